/**
 * The self-assessment's exam: the seeded, theme-balanced draw of questions from the bank and numeric
 * exercises from the engine, keyed by its short code (code.ts, re-exported here).
 * Pure functions, no DOM: the same code gives the same exam on every machine (same questions, same
 * variants, same order), as long as the question bank and the engine are the same.
 */
import { mulberry32 } from '../engine';
import { fnv1a, melangeDeterministe } from './melange';

import { THEMES, type Theme } from './constantes';
import type { ConfigExamen } from './code';
export { LONGUEURS, THEMES, VERSION_GENERATEURS, type Longueur, type Theme } from './constantes';
// The code lives in its own module (the start screen needs it without the engine); same names here.
export { ALPHABET, GRAINE_MAX, encoderCode, lireCode, graineAleatoire, type ConfigExamen, type LectureCode } from './code';

export type Item = { genre: 'question'; id: string; theme: Theme } | { genre: 'exercice'; type: string; graine: number; theme: Theme };

export interface EntreeBanque {
  id: string;
  theme: string;
}

/** FNV-1a of a string, then mulberry32: a stable 32-bit number per key. */
export function hacher(cle: string): number {
  return mulberry32(fnv1a(cle))();
}

/** Seed of a numeric exercise's variant, shown to the learner as "variante n° 12345". */
export const graineVariante = (cle: string) => (hacher(cle) % 90000) + 10000;

/**
 * Draws the exam of a config: the length is split as evenly as possible across the chosen themes
 * (the themes that get one more are drawn by the seed); inside a theme, about a third are numeric
 * exercises of the engine (distinct kinds first), the rest questions of the bank (no repeat). If a theme
 * runs out of questions, exercises (other variants) fill its share. The whole list is then shuffled.
 */
export function tirerExamen(c: ConfigExamen, banque: readonly EntreeBanque[], kinds: readonly EntreeBanque[]): Item[] {
  const themes = THEMES.filter((t) => c.themes.includes(t));
  if (themes.length === 0) return [];
  const cle = `ae:${c.graine}`;
  const base = Math.floor(c.longueur / themes.length);
  const plus = new Set(melangeDeterministe(themes, `${cle}:reste`).slice(0, c.longueur - base * themes.length));
  const items: Item[] = [];
  for (const t of themes) {
    const quota = base + (plus.has(t) ? 1 : 0);
    const questions = melangeDeterministe(
      banque
        .filter((q) => q.theme === t)
        .map((q) => q.id)
        .sort(),
      `${cle}:${t}:questions`,
    );
    const types = melangeDeterministe(
      kinds
        .filter((k) => k.theme === t)
        .map((k) => k.id)
        .sort(),
      `${cle}:${t}:exercices`,
    );
    let nExercices = types.length === 0 ? 0 : Math.round(quota / 3);
    nExercices = Math.max(nExercices, quota - questions.length);
    if (types.length === 0) nExercices = 0;
    const nQuestions = Math.min(quota - nExercices, questions.length);
    for (const id of questions.slice(0, nQuestions)) items.push({ genre: 'question', id, theme: t });
    for (let i = 0; i < nExercices; i++) {
      items.push({ genre: 'exercice', type: types[i % types.length]!, graine: graineVariante(`${cle}:${t}:${i}`), theme: t });
    }
  }
  return melangeDeterministe(items, `${cle}:ordre`);
}

/** Stable key of an item for spaced review: a question by id, an exercise by kind (each review draws a new variant). */
export const cleRevision = (i: Item) => (i.genre === 'question' ? `q:${i.id}` : `x:${i.type}`);
