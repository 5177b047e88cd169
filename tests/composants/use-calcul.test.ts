/**
 * useCalcul: an engine refusal (ErreurMoteur) is a normal outcome shown as the engine words it, with
 * nothing in the console; any other exception is a bug, so it goes to console.error (which the browser
 * tests' console checks catch) and the reader gets a plain French message, never a blank result.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { ErreurMoteur } from '../../src/engine';
import { ERREUR_INATTENDUE, useCalcul } from '../../src/components/calculateurs/commun';

function rendre(calculer: () => number | null): { r: number | null; erreur: string | null } {
  let vu: { r: number | null; erreur: string | null } = { r: null, erreur: null };
  function Sonde() {
    const c = useCalcul(calculer, []);
    vu = { r: c.r, erreur: c.erreur };
    return null;
  }
  renderToString(h(Sonde, null));
  return vu;
}

afterEach(() => vi.restoreAllMocks());

describe('useCalcul', () => {
  test('une ErreurMoteur garde son message et n’écrit rien dans la console', () => {
    const console_ = vi.spyOn(console, 'error').mockImplementation(() => {});
    const vu = rendre(() => {
      throw new ErreurMoteur('ENTREE_INVALIDE', 'Le montant doit être positif.');
    });
    expect(vu).toEqual({ r: null, erreur: 'Le montant doit être positif.' });
    expect(console_).not.toHaveBeenCalled();
  });

  test('une autre exception va dans la console, et le lecteur lit un message en français', () => {
    const console_ = vi.spyOn(console, 'error').mockImplementation(() => {});
    const bogue = new TypeError('x is undefined');
    const vu = rendre(() => {
      throw bogue;
    });
    expect(vu).toEqual({ r: null, erreur: ERREUR_INATTENDUE });
    expect(console_).toHaveBeenCalledWith(bogue);
  });

  test('un calcul qui aboutit donne son résultat, sans erreur', () => {
    expect(rendre(() => 42)).toEqual({ r: 42, erreur: null });
  });
});
