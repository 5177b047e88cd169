/** Registry of exercise kinds, and a seeded self-assessment built round-robin across kinds. */
import { ErreurMoteur } from '../errors.js';
import { mulberry32 } from '../random.js';
import type { ExerciseKind, Params, Theme } from './types.js';
import { tarifALaDate, aideInstallationExercice } from './histoire.js';
import { priseEnChargeExercice } from './patient.js';
import { plafondDAExercice, tauxDepassementExercice, redevanceExercice } from './depassements.js';
import { ratio70Exercice, cotisationsExercice } from './contrat.js';
import { fpmtExercice, primeOptamExercice, tcamExercice, majoration48hExercice } from './cdc.js';

export type { ExerciseKind, Params, Theme, Solution, Notation, Verdict, Tolerance } from './types.js';
export { noter, TOLERANCE_EUROS, TOLERANCE_TAUX, type ErreurType } from './noter.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each kind has its own Params type; indexer() widens them
const liste: ExerciseKind<any>[] = [
  tarifALaDate,
  priseEnChargeExercice,
  plafondDAExercice,
  ratio70Exercice,
  tauxDepassementExercice,
  cotisationsExercice,
  redevanceExercice,
  fpmtExercice,
  primeOptamExercice,
  tcamExercice,
  majoration48hExercice,
  aideInstallationExercice,
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see liste above
function indexer(kinds: ExerciseKind<any>[]): Record<string, ExerciseKind<Params>> {
  return Object.fromEntries(kinds.map((k) => [k.id, k as ExerciseKind<Params>]));
}

/** Every exercise kind by id. (Marked pure so that a bundle which does not use exercises drops them all.) */
export const exercices: Record<string, ExerciseKind<Params>> = /* @__PURE__ */ indexer(liste);

export function listeExercices(): Array<{ id: string; titre: string; theme: Theme }> {
  return liste.map((k) => ({ id: k.id, titre: k.titre, theme: k.theme }));
}

export function exercice(id: string): ExerciseKind<Params> {
  const k = exercices[id];
  if (!k) throw new ErreurMoteur('EXERCICE_INCONNU', `L’exercice « ${id} » n’existe pas.`, { id });
  return k;
}

export interface QuestionAutoEvaluation {
  numero: number;
  exercice: string;
  theme: Theme;
  seed: number;
  params: Params;
}

/**
 * A self-assessment of `n` questions drawn round-robin across kinds (optionally
 * restricted to some themes); the per-question seeds derive from `seed`.
 */
export function autoEvaluation(seed: number, n = 40, themes?: Theme[]): QuestionAutoEvaluation[] {
  const kinds = themes ? liste.filter((k) => themes.includes(k.theme)) : liste;
  if (kinds.length === 0) throw new ErreurMoteur('ENTREE_INVALIDE', 'Aucun exercice pour les thèmes demandés.');
  const next = mulberry32(seed);
  return Array.from({ length: n }, (_, i) => {
    const k = kinds[i % kinds.length] as ExerciseKind<Params>;
    const s = next();
    return { numero: i + 1, exercice: k.id, theme: k.theme, seed: s, params: k.generate(s) };
  });
}
