/**
 * Messages between the simulator page and its worker (regles.worker.ts). Every request carries an id;
 * a reply carries the id of the request it answers, so the page shows a result only if it answers the
 * latest request (a stale one is dropped, never shown as current).
 */
import type { ResultatRegles } from './regles';
import type { Choix, SituationPublicodes } from './situation';

export type Demande = { type: 'calculer'; id: number; situations: Partial<Record<Choix, SituationPublicodes>> };

export type EtapeChargement = 'telechargement' | 'analyse' | 'pret';

export type Reponse =
  | { type: 'progression'; etape: EtapeChargement }
  /**
   * One column, as soon as it is computed (the first one shows before the other three); `complet` on
   * the last column of the request, with the time the whole request took.
   */
  | { type: 'colonne'; id: number; choix: Choix; resultat: ResultatRegles; complet: boolean; dureeMs: number }
  | { type: 'abandon'; id: number }
  | { type: 'erreur'; id: number | null; message: string };
