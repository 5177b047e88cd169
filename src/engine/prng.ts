/**
 * mulberry32: a seeded 32-bit pseudo-random generator using only integer operations, so the same
 * seed gives the same sequence on every machine and JS engine. Kept apart from random.ts (which
 * needs decimal.js) so that display code — a quiz shuffling its options — can use it without
 * shipping decimal.js.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}
