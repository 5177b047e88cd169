/**
 * The page's side of the worker: created on demand (the page calls `demarrer` once it is shown),
 * numbers every request and hands back only the reply to the latest one.
 */
import type { Demande, EtapeChargement, Reponse } from './protocole';
import type { ResultatRegles } from './regles';
import type { Choix, SituationPublicodes } from './situation';

export interface Rappels {
  progression(etape: EtapeChargement): void;
  colonne(id: number, choix: Choix, resultat: ResultatRegles, complet: boolean, dureeMs: number): void;
  erreur(message: string): void;
}

export interface ClientRegles {
  /** Sends the situations; returns the request id. */
  calculer(situations: Partial<Record<Choix, SituationPublicodes>>): number;
  /** Id of the latest request sent (0 before any). */
  derniere(): number;
  arreter(): void;
}

export function demarrer(
  rappels: Rappels,
  creer: () => Worker = () => new Worker(new URL('./regles.worker.ts', import.meta.url), { type: 'module' }),
): ClientRegles {
  const worker = creer();
  let derniere = 0;
  worker.addEventListener('message', (e: MessageEvent<Reponse>) => {
    const m = e.data;
    if (m.type === 'progression') rappels.progression(m.etape);
    else if (m.type === 'colonne') {
      // A reply to an older request is stale: dropped here, so it can never be shown as current.
      if (m.id === derniere) rappels.colonne(m.id, m.choix, m.resultat, m.complet, m.dureeMs);
    } else if (m.type === 'erreur') {
      if (m.id === null || m.id === derniere) rappels.erreur(m.message);
    }
  });
  worker.addEventListener('error', (e) => rappels.erreur(e.message || 'Le calcul des cotisations n’a pas pu démarrer.'));
  return {
    calculer(situations) {
      derniere += 1;
      const d: Demande = { type: 'calculer', id: derniere, situations };
      worker.postMessage(d);
      return derniere;
    },
    derniere: () => derniere,
    arreter: () => worker.terminate(),
  };
}
