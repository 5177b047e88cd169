/**
 * The embeds' pure parts (src/components/integrer/registre.ts): the seed read from an address — digits
 * only, 0 to 2³² − 1, anything else refused in French rather than turned into another variant — and
 * the `<iframe>` snippet a teacher pastes.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { GRAINE_MAX, codeIframe, cheminExercice, lireGraine } from '../../src/components/integrer/registre';

describe('lireGraine', () => {
  test('une graine écrite en chiffres est lue telle quelle', () => {
    expect(lireGraine('?graine=4821')).toEqual({ etat: 'lue', graine: 4821 });
    expect(lireGraine('?graine=0')).toEqual({ etat: 'lue', graine: 0 });
    expect(lireGraine('?graine=4294967295')).toEqual({ etat: 'lue', graine: 4_294_967_295 });
    expect(lireGraine('?autre=1&graine=%204821%20')).toEqual({ etat: 'lue', graine: 4821 });
  });
  test('sans graine : absente', () => {
    expect(lireGraine('')).toEqual({ etat: 'absente' });
    expect(lireGraine('?autre=3')).toEqual({ etat: 'absente' });
  });
  test.each(['abc', '12abc', '1e3', '-5', '4.5', '4,5', '0x10', '4294967296', '99999999999', '１２'])(
    '« %s » est refusée, avec un message en français qui la cite',
    (s) => {
      const r = lireGraine(`?graine=${encodeURIComponent(s)}`);
      expect(r.etat).toBe('invalide');
      if (r.etat !== 'invalide') throw new Error('refus attendu');
      expect(r.message).toBe(`« ${s} » n’est pas une graine valable : un nombre entier de 0 à 4\u202F294\u202F967\u202F295 est attendu.`);
    },
  );
  test('graine vide : refusée', () => {
    expect(lireGraine('?graine=')).toEqual({ etat: 'invalide', saisie: '', message: 'La graine de l’adresse est vide.' });
  });
  test('propriété : toute graine de 0 à 2³² − 1 fait l’aller-retour par l’adresse de l’exercice', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: GRAINE_MAX }), (g) => {
        const chemin = cheminExercice('tcam', g);
        expect(lireGraine(chemin.slice(chemin.indexOf('?')))).toEqual({ etat: 'lue', graine: g });
      }),
    );
  });
});

describe('codeIframe', () => {
  test('le code à coller : adresse, titre, hauteur, sans bordure, chargement différé', () => {
    expect(codeIframe('https://exemple.univ.fr/cours/secteurs/integrer/calculateur/da/', 'Prime OPTAM', 900)).toBe(
      '<iframe src="https://exemple.univ.fr/cours/secteurs/integrer/calculateur/da/" title="Prime OPTAM — Secteurs" width="100%" height="900" style="border:0;max-width:100%" loading="lazy"></iframe>',
    );
  });
  test('les guillemets et & du titre ou de l’adresse sont échappés', () => {
    expect(codeIframe('https://x.fr/a?b=1&c=2', 'Le "DA" & le reste', 500)).toContain(
      'src="https://x.fr/a?b=1&amp;c=2" title="Le &quot;DA&quot; &amp; le reste — Secteurs"',
    );
  });
});
