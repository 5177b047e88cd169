/**
 * Deterministic shuffle for display orders: the same key gives the same order on the server render
 * and in the hydrated island (no mismatch, no layout jump), and the same order for every learner.
 */
import { mulberry32 } from '../engine';

/** FNV-1a hash of a string to a 32-bit seed. */
export function fnv1a(cle: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < cle.length; i++) {
    h ^= cle.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Fisher–Yates shuffle driven by mulberry32 seeded from `cle`. Returns a new array. */
export function melangeDeterministe<T>(liste: readonly T[], cle: string): T[] {
  const suivant = mulberry32(fnv1a(cle));
  const out = [...liste];
  for (let i = out.length - 1; i > 0; i--) {
    const j = suivant() % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
