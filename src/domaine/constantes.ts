/**
 * Constants shared by the exam code, the exam draw and the stored-state schema. Imports only the
 * engine's import-free themes module, so the home page's script and the start screen stay tiny.
 */
export { THEMES, type Theme } from '../engine/themes';

export const LONGUEURS = [15, 40] as const;
export type Longueur = (typeof LONGUEURS)[number];

/**
 * Version of what an exam code draws: the question draw (examen.ts), the deterministic shuffle
 * (melange.ts) and every exercise kind's `generate(seed)` — and so what a series code of /enseigner/
 * draws (serie.ts writes this number into the code; tests/domaine/serie-golden). A code written on a
 * board or kept in a learner's history is a promise that it gives the same exam later. tests/domaine/codes-golden.test.ts
 * compares all of this with a committed fixture; a deliberate change to a generator, the draw or the
 * shuffle bumps this number and updates the fixture in the same commit (README, « Codes d’examen :
 * une promesse »). Stored with each attempt, so a result can say which version drew it.
 */
export const VERSION_GENERATEURS = 1;
