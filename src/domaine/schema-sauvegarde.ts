/**
 * The whole of what the course stores in the browser, as one file: the progress (quiz answers,
 * exercises, chapters visited) and the self-assessment (attempt in progress, finished attempts, review
 * cards). Pure functions, unit-tested in tests/stores. « Exporter » writes all of it, « Importer »
 * validates all of it strictly (a single bad entry refuses the file, nothing changes) and merges it
 * into what the browser holds; version 1 files (progress only) are still accepted.
 */
import { importerProgression, lireFichierExporte, MARQUE_EXPORT, type Progression } from './schema-progression';
import { HISTORIQUE_MAX, reparerCartes, reparerHistorique, reparerSession, type Cartes, type Session, type Tentative } from './schema-auto-evaluation';

/** Version 2: progress plus the self-assessment. */
export const VERSION_SAUVEGARDE = 2;

export interface EtatComplet {
  progression: Progression;
  session: Session | null;
  historique: Tentative[];
  cartes: Cartes;
}

/** What the page lists as stored (and therefore exported, imported and erased). */
export const CONTENU_SAUVEGARDE = [
  'vos réponses aux quiz des chapitres (juste ou non, nombre de tentatives) ;',
  'vos exercices chiffrés : tentatives, réussites, meilleur résultat et solutions vues ;',
  'les chapitres visités ;',
  'l’examen d’auto-évaluation en cours, s’il y en a un ;',
  'l’historique de vos examens terminés ;',
  'vos cartes de révision espacée (questions et exercices à revoir).',
] as const;

export function exporterTout(e: EtatComplet, maintenant = new Date()): string {
  return JSON.stringify(
    {
      application: MARQUE_EXPORT,
      version: VERSION_SAUVEGARDE,
      exporteLe: maintenant.toISOString(),
      progression: e.progression,
      autoEvaluation: { session: e.session, historique: e.historique, cartes: e.cartes },
    },
    null,
    2,
  );
}

export type ResultatImportTout = { ok: true; etat: EtatComplet; resume: string } | { ok: false; message: string };

const estObjet = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** `quoi`: what is wrong, as a French clause (« l’historique des examens est invalide »). */
const refus = (quoi: string): ResultatImportTout => ({ ok: false, message: `Fichier refusé : ${quoi}. Rien n’a été modifié.` });

/** Newest review wins for a card present on both sides (the one with the later last review, else the later due date). */
function carteRecente(a: Cartes[string], b: Cartes[string]): Cartes[string] {
  const ra = a.carte.last_review ?? '';
  const rb = b.carte.last_review ?? '';
  if (ra !== rb) return rb > ra ? b : a;
  return b.carte.due > a.carte.due ? b : a;
}

export function importerTout(texte: string, actuel: EtatComplet): ResultatImportTout {
  const lu = lireFichierExporte(texte);
  if (!lu.ok) return lu;
  const donnees = lu.donnees;
  if (donnees.version === 1) {
    const r = importerProgression(texte, actuel.progression);
    return r.ok ? { ok: true, etat: { ...actuel, progression: r.progression }, resume: r.resume } : r;
  }
  if (donnees.version !== VERSION_SAUVEGARDE) {
    return { ok: false, message: `Fichier refusé : version de progression ${JSON.stringify(donnees.version)} inconnue (attendue : ${VERSION_SAUVEGARDE}).` };
  }
  // The progress part goes through the same strict validation as a version 1 file.
  const p = importerProgression(JSON.stringify({ application: MARQUE_EXPORT, version: 1, progression: donnees.progression }), actuel.progression);
  if (!p.ok) return p;

  const ae = donnees.autoEvaluation;
  if (!estObjet(ae)) return refus('la partie « auto-évaluation » est absente ou invalide');
  const session = ae.session === null || ae.session === undefined ? null : reparerSession(JSON.stringify(ae.session));
  if (session && (session.rejets > 0 || session.valeur === null)) return refus('l’examen en cours est invalide');
  if (!Array.isArray(ae.historique)) return refus('l’historique des examens est invalide');
  const historique = reparerHistorique(JSON.stringify(ae.historique));
  if (historique.rejets > 0 || historique.valeur.length !== ae.historique.length) return refus('l’historique des examens est invalide');
  if (!estObjet(ae.cartes)) return refus('les cartes de révision sont invalides');
  const cartes = reparerCartes(JSON.stringify(ae.cartes));
  if (cartes.rejets > 0) return refus('les cartes de révision sont invalides');

  // Merge: history is the union (an attempt is its end date and code), cards keep the latest review,
  // an attempt in progress here is kept over the imported one.
  const vues = new Set(actuel.historique.map((t) => `${t.date}|${t.code}`));
  const nouvelles = historique.valeur.filter((t) => !vues.has(`${t.date}|${t.code}`));
  const fusionHistorique = [...actuel.historique, ...nouvelles].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)).slice(-HISTORIQUE_MAX);
  const fusionCartes: Cartes = Object.assign(Object.create(null), actuel.cartes);
  for (const [cle, e] of Object.entries(cartes.valeur)) {
    const a = fusionCartes[cle];
    fusionCartes[cle] = a ? carteRecente(a, e) : e;
  }
  const reprise = actuel.session === null && session?.valeur ? session.valeur : actuel.session;
  const nc = Object.keys(cartes.valeur).length;
  const morceaux = [`${nouvelles.length} examen${nouvelles.length > 1 ? 's terminés' : ' terminé'}`, `${nc} carte${nc > 1 ? 's' : ''} de révision`];
  if (reprise && reprise !== actuel.session) morceaux.push('l’examen en cours');
  return {
    ok: true,
    etat: { progression: p.progression, session: reprise, historique: fusionHistorique, cartes: fusionCartes },
    resume: `${p.resume.replace(/\.$/, '')} ; auto-évaluation : ${morceaux.join(', ')}.`,
  };
}
