/** Exercise kinds: generate / enonce / solve / grade / indices (PrairieLearn-style). */
import type { Decimal } from '../decimal.js';
import type { Etape } from '../trace.js';

import type { Theme } from '../themes.js';
export type { Theme };

export type Verdict = 'correct' | 'proche' | 'faux' | 'illisible';

export interface Solution {
  valeur: Decimal;
  unite: 'euros' | 'taux';
  etapes: Etape[];
}

export interface Tolerance {
  /** |answer − expected| ≤ correct → 'correct'. In euros, or in fraction for rates (0.0005 = 0,05 point). */
  correct: Decimal;
  /** |answer − expected| ≤ proche → 'proche'. */
  proche: Decimal;
  /** The same, in French, for display. */
  description: string;
}

export interface Notation {
  verdict: Verdict;
  message: string;
  erreurProbable?: string;
  tolerance: Tolerance;
  /** Expected answer, formatted. */
  attendu: string;
}

/** Params must stay JSON-serialisable (strings for decimals) so a seed's exercise can be printed or shared. */
export type Params = Record<string, unknown>;

export interface ExerciseKind<P extends Params = Params> {
  id: string;
  titre: string;
  theme: Theme;
  generate(seed: number): P;
  enonce(params: P): string;
  solve(params: P): Solution;
  grade(params: P, raw: string): Notation;
  indices(params: P): string[];
}
