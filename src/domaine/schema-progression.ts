/**
 * The learner's saved progress: its versioned schema, the item-by-item repair of what is read back
 * from localStorage, and the strict validation of an imported file. Pure functions, no DOM, so they
 * are unit-tested directly (tests/stores).
 *
 * Repair vs import, on purpose different:
 * - what the browser already holds is *repaired*: a corrupt item is dropped, every valid item is kept
 *   (a learner never loses valid progress because one entry went bad);
 * - an imported file is *validated*: if anything in it is malformed or hostile it is refused whole,
 *   with a French message, and nothing changes.
 */

export const VERSION_PROGRESSION = 1;
export const MARQUE_EXPORT = 'secteurs-progression';
/** An export of the whole bank with every exercise is a few tens of KB; anything far above is not ours. */
export const TAILLE_MAX_IMPORT = 1_000_000;

export interface ReponseQuestion {
  /** Last answer correct? */
  correct: boolean;
  /** Number of times answered. */
  tentatives: number;
  /** ISO date-time of the last answer. */
  date: string;
}
export interface ResultatExercice {
  tentatives: number;
  /** Exercises answered correctly (verdict "correct"). */
  reussites: number;
  /** Best score, 0 to 1 (1 = correct, 0.5 = close), over answers given before the solution was shown. */
  meilleurScore: number;
  /**
   * Variants whose worked solution was shown before they were solved (« solution vue »). Answers given
   * after that are attempts, never successes. Absent from files written before it existed: 0.
   */
  solutionsVues: number;
  date: string;
}
export interface Progression {
  version: typeof VERSION_PROGRESSION;
  questions: Record<string, ReponseQuestion>;
  exercices: Record<string, ResultatExercice>;
  /** Chapters the learner opened, with the date of the last visit. */
  chapitres: Record<string, { derniereVisite: string }>;
}

export function progressionVide(): Progression {
  return { version: VERSION_PROGRESSION, questions: {}, exercices: {}, chapitres: {} };
}

const ID = /^[a-z0-9][a-z0-9:-]{0,119}$/;
const DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const CLES_INTERDITES = new Set(['__proto__', 'constructor', 'prototype']);

const estObjet = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const entierPositif = (v: unknown, max = 1_000_000): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= max;
const dateValide = (v: unknown): v is string => typeof v === 'string' && DATE.test(v) && !Number.isNaN(Date.parse(v));
const idValide = (k: string) => ID.test(k) && !CLES_INTERDITES.has(k);

function lireQuestion(v: unknown): ReponseQuestion | null {
  if (!estObjet(v)) return null;
  if (typeof v.correct !== 'boolean' || !entierPositif(v.tentatives) || v.tentatives < 1 || !dateValide(v.date)) return null;
  return { correct: v.correct, tentatives: v.tentatives, date: v.date };
}
function lireExercice(v: unknown): ResultatExercice | null {
  if (!estObjet(v)) return null;
  const { tentatives, reussites, meilleurScore, date } = v;
  const solutionsVues = v.solutionsVues === undefined ? 0 : v.solutionsVues;
  if (!entierPositif(solutionsVues)) return null;
  // An entry exists once an answer was checked or a solution shown.
  if (!entierPositif(tentatives) || tentatives + solutionsVues < 1 || !entierPositif(reussites) || reussites > tentatives) return null;
  if (typeof meilleurScore !== 'number' || !(meilleurScore >= 0 && meilleurScore <= 1) || !dateValide(date)) return null;
  return { tentatives, reussites, meilleurScore, solutionsVues, date };
}
function lireChapitre(v: unknown): { derniereVisite: string } | null {
  return estObjet(v) && dateValide(v.derniereVisite) ? { derniereVisite: v.derniereVisite } : null;
}

type Lecteur<T> = (v: unknown) => T | null;
/** Reads a record of items; returns the valid ones and the keys of the invalid ones. */
function lireTable<T>(v: unknown, lire: Lecteur<T>): { valides: Record<string, T>; rejets: string[] } {
  const valides: Record<string, T> = Object.create(null);
  const rejets: string[] = [];
  if (!estObjet(v)) return { valides, rejets: v === undefined ? [] : ['(table entière)'] };
  for (const [cle, item] of Object.entries(v)) {
    const lu = idValide(cle) ? lire(item) : null;
    if (lu) valides[cle] = lu;
    else rejets.push(cle.slice(0, 60));
  }
  return { valides, rejets };
}

export interface Reparation {
  progression: Progression;
  /** Keys of dropped items (for a console-free, visible notice). */
  rejets: string[];
  /** True when the stored text was not JSON or not ours at all. */
  illisible: boolean;
}

/**
 * Repairs what localStorage holds. Never throws: unreadable data gives an empty progress
 * (`illisible: true`, the caller keeps a copy aside); otherwise each invalid item is dropped alone.
 */
export function reparerProgression(brut: string | null | undefined): Reparation {
  if (brut === null || brut === undefined || brut === '') return { progression: progressionVide(), rejets: [], illisible: false };
  let donnees: unknown;
  try {
    donnees = JSON.parse(brut);
  } catch {
    return { progression: progressionVide(), rejets: [], illisible: true };
  }
  if (!estObjet(donnees)) return { progression: progressionVide(), rejets: [], illisible: true };
  // Version 1 is the only one so far; a future version adds its migration here.
  const q = lireTable(donnees.questions, lireQuestion);
  const e = lireTable(donnees.exercices, lireExercice);
  const c = lireTable(donnees.chapitres, lireChapitre);
  return {
    progression: { version: VERSION_PROGRESSION, questions: q.valides, exercices: e.valides, chapitres: c.valides },
    rejets: [...q.rejets.map((k) => `question ${k}`), ...e.rejets.map((k) => `exercice ${k}`), ...c.rejets.map((k) => `chapitre ${k}`)],
    illisible: false,
  };
}

/** The file "Exporter ma progression" writes. */
export function exporterProgression(p: Progression, maintenant = new Date()): string {
  return JSON.stringify({ application: MARQUE_EXPORT, version: VERSION_PROGRESSION, exporteLe: maintenant.toISOString(), progression: p }, null, 2);
}

export type ResultatImport = { ok: true; progression: Progression; resume: string } | { ok: false; message: string };

/**
 * Validates an imported file strictly and merges it into the current progress (the most recent
 * answer per question wins; per exercise, attempts and successes are the larger of the two, the best
 * score the best of both). Refuses the whole file on the first problem.
 */
/**
 * The first checks of any imported file (progress alone, or everything the course stores): its size,
 * that it is JSON, and that it was exported by this course. Never throws.
 */
export function lireFichierExporte(texte: string): { ok: true; donnees: Record<string, unknown> } | { ok: false; message: string } {
  if (texte.length > TAILLE_MAX_IMPORT)
    return { ok: false, message: 'Fichier refusé : il est bien trop volumineux pour être une progression exportée par ce cours.' };
  let donnees: unknown;
  try {
    donnees = JSON.parse(texte);
  } catch {
    return { ok: false, message: 'Fichier refusé : ce n’est pas un fichier JSON lisible. Choisissez le fichier créé par « Exporter ma progression ».' };
  }
  if (!estObjet(donnees) || donnees.application !== MARQUE_EXPORT) {
    return { ok: false, message: 'Fichier refusé : ce fichier ne vient pas de « Exporter ma progression » de ce cours.' };
  }
  return { ok: true, donnees };
}

export function importerProgression(texte: string, actuelle: Progression): ResultatImport {
  const lu = lireFichierExporte(texte);
  if (!lu.ok) return lu;
  const donnees = lu.donnees;
  if (donnees.version !== VERSION_PROGRESSION) {
    return { ok: false, message: `Fichier refusé : version de progression ${JSON.stringify(donnees.version)} inconnue (attendue : ${VERSION_PROGRESSION}).` };
  }
  const p = donnees.progression;
  if (!estObjet(p)) return { ok: false, message: 'Fichier refusé : la progression est absente du fichier.' };
  const q = lireTable(p.questions, lireQuestion);
  const e = lireTable(p.exercices, lireExercice);
  const c = lireTable(p.chapitres, lireChapitre);
  const rejets = [...q.rejets, ...e.rejets, ...c.rejets];
  if (rejets.length > 0) {
    return {
      ok: false,
      message: `Fichier refusé : ${rejets.length} entrée${rejets.length > 1 ? 's sont invalides' : ' est invalide'} (par exemple « ${rejets[0]} »). Rien n’a été modifié.`,
    };
  }
  const fusion: Progression = {
    version: VERSION_PROGRESSION,
    questions: Object.assign(Object.create(null), actuelle.questions),
    exercices: Object.assign(Object.create(null), actuelle.exercices),
    chapitres: Object.assign(Object.create(null), actuelle.chapitres),
  };
  for (const [id, r] of Object.entries(q.valides)) {
    const a = fusion.questions[id];
    if (!a || r.date > a.date) fusion.questions[id] = r;
  }
  for (const [id, r] of Object.entries(e.valides)) {
    const a = fusion.exercices[id];
    fusion.exercices[id] = a
      ? {
          tentatives: Math.max(a.tentatives, r.tentatives),
          reussites: Math.max(a.reussites, r.reussites),
          meilleurScore: Math.max(a.meilleurScore, r.meilleurScore),
          solutionsVues: Math.max(a.solutionsVues, r.solutionsVues),
          date: a.date > r.date ? a.date : r.date,
        }
      : r;
    // keep reussites ≤ tentatives after the max of each
    fusion.exercices[id]!.reussites = Math.min(fusion.exercices[id]!.reussites, fusion.exercices[id]!.tentatives);
  }
  for (const [id, r] of Object.entries(c.valides)) {
    const a = fusion.chapitres[id];
    if (!a || r.derniereVisite > a.derniereVisite) fusion.chapitres[id] = r;
  }
  const nq = Object.keys(q.valides).length;
  const ne = Object.keys(e.valides).length;
  return { ok: true, progression: fusion, resume: `Progression importée : ${nq} question${nq > 1 ? 's' : ''} et ${ne} exercice${ne > 1 ? 's' : ''}.` };
}

/** Progress of one chapter: questions answered correctly (last answer) out of the chapter's questions. */
export function progressionChapitre(p: Progression, idsQuestions: readonly string[]) {
  const reussies = idsQuestions.filter((id) => p.questions[id]?.correct).length;
  const repondues = idsQuestions.filter((id) => p.questions[id]).length;
  return { reussies, repondues, total: idsQuestions.length };
}
