/**
 * Seeded pseudo-random numbers (mulberry32): same seed → same exercise on every
 * machine and every JS engine (only 32-bit integer operations). Never Math.random.
 */
import { D, Decimal } from './decimal.js';
import { mulberry32 } from './prng.js';

export { mulberry32 };

export interface Alea {
  /** Unsigned 32-bit integer. */
  suivant(): number;
  /** Integer in [min, max]. */
  entier(min: number, max: number): number;
  choix<T>(liste: readonly T[]): T;
  /** Decimal in [min, max] on a grid of `pas` (all three given as decimal strings or Decimals). */
  montant(min: string, max: string, pas: string): Decimal;
  booleen(): boolean;
}

export function creerAlea(seed: number): Alea {
  const next = mulberry32(seed);
  const entier = (min: number, max: number): number => min + (next() % (max - min + 1));
  return {
    suivant: next,
    entier,
    choix: <T>(liste: readonly T[]): T => liste[entier(0, liste.length - 1)] as T,
    montant: (min, max, pas) => {
      const p = D(pas);
      // eslint-disable-next-line no-restricted-properties -- a count of steps (an integer, floored in Decimal) for the PRNG, not an amount
      const n = D(max).minus(min).div(p).floor().toNumber();
      return D(min).plus(p.mul(entier(0, n)));
    },
    booleen: () => (next() & 1) === 1,
  };
}
