/**
 * The learner's progress as a nanostore persisted in localStorage (key `secteurs:progression`).
 * Reading repairs item by item (schema-progression.ts); unreadable data is copied aside under
 * `secteurs:progression:illisible` before being replaced, so nothing is destroyed silently.
 */
import { persistentAtom } from '@nanostores/persistent';
import { estReussi } from '../domaine/score';
import {
  exporterProgression,
  importerProgression,
  progressionVide,
  reparerProgression,
  type Progression,
  type ResultatImport,
} from '../domaine/schema-progression';

export const CLE_PROGRESSION = 'secteurs:progression';

/** Items dropped at the last read (shown once on the progress panel, never an error in the console). */
export let derniersRejets: string[] = [];

function decoder(brut: string): Progression {
  const r = reparerProgression(brut);
  derniersRejets = r.rejets;
  if (r.illisible) {
    try {
      localStorage.setItem(`${CLE_PROGRESSION}:illisible`, brut.slice(0, 200_000));
    } catch {
      /* storage full or disabled: nothing more to keep */
    }
  }
  return r.progression;
}

export const $progression = persistentAtom<Progression>(CLE_PROGRESSION, progressionVide(), {
  encode: (v) => JSON.stringify(v),
  decode: decoder,
});

const maintenant = () => new Date().toISOString();

export function enregistrerQuestion(id: string, correct: boolean) {
  const p = $progression.get();
  const avant = p.questions[id];
  $progression.set({ ...p, questions: { ...p.questions, [id]: { correct, tentatives: (avant?.tentatives ?? 0) + 1, date: maintenant() } } });
}

/**
 * `score`: the verdict's points under the one scoring policy (src/domaine/score.ts). With `solutionVue` (the worked
 * solution of that variant was shown before the answer) it is counted as an attempt only: neither a
 * success nor a best score, whatever its verdict.
 */
export function enregistrerExercice(id: string, score: number, options: { solutionVue?: boolean } = {}) {
  const p = $progression.get();
  const avant = p.exercices[id];
  const compte = !options.solutionVue;
  $progression.set({
    ...p,
    exercices: {
      ...p.exercices,
      [id]: {
        tentatives: (avant?.tentatives ?? 0) + 1,
        reussites: (avant?.reussites ?? 0) + (compte && estReussi(score) ? 1 : 0),
        meilleurScore: compte ? Math.max(avant?.meilleurScore ?? 0, score) : (avant?.meilleurScore ?? 0),
        solutionsVues: avant?.solutionsVues ?? 0,
        date: maintenant(),
      },
    },
  });
}

/** The worked solution of a variant was shown before it was solved (« solution vue »). */
export function marquerSolutionVue(id: string) {
  const p = $progression.get();
  const avant = p.exercices[id];
  $progression.set({
    ...p,
    exercices: {
      ...p.exercices,
      [id]: {
        tentatives: avant?.tentatives ?? 0,
        reussites: avant?.reussites ?? 0,
        meilleurScore: avant?.meilleurScore ?? 0,
        solutionsVues: (avant?.solutionsVues ?? 0) + 1,
        date: maintenant(),
      },
    },
  });
}

export function enregistrerVisite(chapitre: string) {
  const p = $progression.get();
  $progression.set({ ...p, chapitres: { ...p.chapitres, [chapitre]: { derniereVisite: maintenant() } } });
}

export function exporter(): string {
  return exporterProgression($progression.get());
}

export function importer(texte: string): ResultatImport {
  const r = importerProgression(texte, $progression.get());
  if (r.ok) $progression.set(r.progression);
  return r;
}

export function reinitialiser() {
  $progression.set(progressionVide());
}
