// Issue 10: date fields showed the browser's order (06/01/2017 in English) while the help says 01/06/2017.
// The course reads typed dates day first, whatever the locale, with a message that says what is wrong.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatDateNumerique, parseDate } from '../../src/engine/index';

describe('parseDate : jj/mm/aaaa, le jour d’abord', () => {
  it.each([
    ['01/06/2017', '2017-06-01'],
    ['1/6/2017', '2017-06-01'],
    [' 01-06-2017 ', '2017-06-01'],
    ['01.06.2017', '2017-06-01'],
    ['29/02/2016', '2016-02-29'],
    ['2017-06-01', '2017-06-01'],
  ])('« %s » → %s', (raw, iso) => {
    expect(parseDate(raw)).toEqual({ ok: true, valeur: iso });
  });
  it.each([
    ['', 'VIDE', /vide.*jj\/mm\/aaaa/],
    ['juin 2017', 'DATE_FORMAT', /n’est pas une date au format jj\/mm\/aaaa/],
    ['01/06/17', 'DATE_FORMAT', /quatre chiffres/],
    ['31/02/2017', 'DATE_INEXISTANTE', /31\/02\/2017 n’existe pas\u00a0: février 2017 compte 28 jours/],
    ['06/13/2017', 'DATE_INEXISTANTE', /mois 13 n’existe pas/],
    ['01/06/1900', 'DATE_HORS_BORNES', /1945/],
  ])('« %s » refusé (%s)', (raw, code, message) => {
    const r = parseDate(raw);
    expect(r.ok ? 'accepté' : r.erreur.code).toBe(code);
    expect(r.ok ? '' : r.erreur.message).toMatch(message);
  });
  it('propriété : parseDate(formatDateNumerique(d)) = d pour toute date de 1945 à 2099', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1945-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        expect(parseDate(formatDateNumerique(iso))).toEqual({ ok: true, valeur: iso });
      }),
    );
  });
});
