/**
 * Export, import and reset of everything the course stores in this browser (progress and
 * self-assessment), for the « Ma progression » page. The format and its validation are in
 * src/domaine/schema-sauvegarde.ts.
 */
import { $cartes, $historique, $session, effacerAutoEvaluation } from './auto-evaluation';
import { $progression, CLE_PROGRESSION, reinitialiser } from './progression';
import { exporterTout, importerTout, type ResultatImportTout } from '../domaine/schema-sauvegarde';

const etat = () => ({ progression: $progression.get(), session: $session.get(), historique: $historique.get(), cartes: $cartes.get() });

export function exporterSauvegarde(): string {
  return exporterTout(etat());
}

export function importerSauvegarde(texte: string): ResultatImportTout {
  const r = importerTout(texte, etat());
  if (r.ok) {
    $progression.set(r.etat.progression);
    $session.set(r.etat.session);
    $historique.set(r.etat.historique);
    $cartes.set(r.etat.cartes);
  }
  return r;
}

/** « Effacer toute la progression »: progress, self-assessment, and the copy of unreadable data kept aside. */
export function effacerTout() {
  reinitialiser();
  effacerAutoEvaluation();
  try {
    localStorage.removeItem(`${CLE_PROGRESSION}:illisible`);
  } catch {
    /* storage disabled: nothing to remove */
  }
}
