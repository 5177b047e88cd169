/** The engine's refusal of a computation, for the tests that read its code and its French message. */
import { expect } from 'vitest';
import { ErreurMoteur } from '../../src/engine';

/** The ErreurMoteur that `calcul` throws; the test fails if it returns, or throws anything else. */
export function erreurMoteur(calcul: () => unknown): ErreurMoteur {
  let erreur: unknown;
  try {
    calcul();
  } catch (e) {
    erreur = e;
  }
  expect(erreur).toBeInstanceOf(ErreurMoteur);
  return erreur as ErreurMoteur;
}
