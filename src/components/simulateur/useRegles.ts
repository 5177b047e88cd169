/**
 * The Urssaf's rules, evaluated in a Web Worker. The worker is created only after the page has been
 * shown (after first paint, when the browser is idle), never on another page. The hook sends the
 * latest situations and keeps, for display, the latest result with the request id it answers: a
 * result is « à jour » only when that id is the id of the latest request sent.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { demarrer, type ClientRegles } from '../../simulateur/client';
import type { EtapeChargement } from '../../simulateur/protocole';
import type { ResultatRegles } from '../../simulateur/regles';
import type { Choix, SituationPublicodes } from '../../simulateur/situation';

export interface EtatRegles {
  etape: EtapeChargement | 'attente';
  /** Columns received for the request `id` (all of them once `complet`). */
  resultats: Partial<Record<Choix, ResultatRegles>> | null;
  id: number;
  complet: boolean;
  /** Id of the latest request sent. */
  demande: number;
  dureeMs: number | null;
  erreur: string | null;
}

/** Runs after the first paint: two animation frames, then idle time when the browser has some. */
function apresAffichage(f: () => void): () => void {
  let annule = false;
  const lancer = () => {
    if (!annule) f();
  };
  const raf = requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      if ('requestIdleCallback' in window) window.requestIdleCallback(lancer, { timeout: 500 });
      else setTimeout(lancer, 0);
    }),
  );
  return () => {
    annule = true;
    cancelAnimationFrame(raf);
  };
}

export function useRegles(situations: Partial<Record<Choix, SituationPublicodes>> | null): EtatRegles {
  const client = useRef<ClientRegles | null>(null);
  const [etat, setEtat] = useState<EtatRegles>({ etape: 'attente', resultats: null, id: 0, complet: false, demande: 0, dureeMs: null, erreur: null });
  const [pret, setPret] = useState(false);

  useEffect(
    () =>
      apresAffichage(() => {
        client.current = demarrer({
          progression: (etape) => setEtat((e) => ({ ...e, etape })),
          colonne: (id, choix, resultat, complet, dureeMs) =>
            setEtat((e) => ({
              ...e,
              id,
              complet,
              dureeMs: complet ? dureeMs : e.dureeMs,
              resultats: { ...(e.id === id ? e.resultats : {}), [choix]: resultat },
              erreur: null,
            })),
          erreur: (message) => {
            console.error(message);
            setEtat((e) => ({
              ...e,
              erreur: 'Le calcul des cotisations par les règles de l’Urssaf a échoué. Rechargez la page\u00a0; si le problème persiste, signalez-le.',
            }));
          },
        });
        setPret(true);
      }),
    [],
  );
  useEffect(() => () => client.current?.arreter(), []);

  const cle = situations ? JSON.stringify(situations) : '';
  useEffect(() => {
    if (!pret || !client.current || !situations) return;
    const id = client.current.calculer(situations);
    setEtat((e) => ({ ...e, demande: id }));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cle, pret]);

  return etat;
}
