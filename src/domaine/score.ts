/**
 * The course's one scoring policy. A bank question is right or wrong (1 or 0 point); a numeric
 * exercise's verdict (src/engine/exercises/noter.ts) is worth 1 when correct, ½ when close (within the
 * kind's wider tolerance), 0 when wrong or unreadable. An item is mastered only at full marks: a close
 * answer is not a success, is reviewed again (spaced review) and shows as « proche » in the progress.
 * The chapter exercises (progress), the self-assessment (scores, review cards) and the progress page
 * all read it from here.
 */
import type { Verdict } from '../engine';

export const POINTS_VERDICT: Readonly<Record<Verdict, number>> = { correct: 1, proche: 0.5, faux: 0, illisible: 0 };

export const pointsVerdict = (v: Verdict): number => POINTS_VERDICT[v];
export const pointsQuestion = (correcte: boolean): number => (correcte ? 1 : 0);

/** Full marks: a success (counted as « réussie », no review card). */
export const estReussi = (points: number): boolean => points === 1;

/** 0 to 100, rounded to the unit; 0 for an empty set. */
export const pourcentage = (points: number, total: number): number => (total === 0 ? 0 : Math.round((100 * points) / total));

/** Where an exercise stands in the progress, from its best score and whether a solution was shown first. */
export type EtatExercice = 'juste' | 'solution vue' | 'proche' | 'pas encore juste';
export function etatExercice(meilleurScore: number, solutionsVues: number): EtatExercice {
  if (estReussi(meilleurScore)) return 'juste';
  if (solutionsVues > 0) return 'solution vue';
  return meilleurScore > 0 ? 'proche' : 'pas encore juste';
}
