// French parsing and formatting (src/engine/francais.ts): accepted forms, refused forms, round trip.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parseMontant, parseTaux, parseNombre, formatEuros, formatTaux, formatNombre, D } from '../../src/engine/index';

const NNBSP = '\u202F';
const NBSP = '\u00A0';

describe('formatage à la française', () => {
  it('formatEuros : espace fine insécable entre milliers, espace insécable avant €, comme Intl fr-FR', () => {
    expect(formatEuros(D('1234.56'))).toBe(`1${NNBSP}234,56${NBSP}€`);
    expect(formatEuros(D('25'))).toBe(`25,00${NBSP}€`);
    expect(formatEuros(D('1234567.8'))).toBe(`1${NNBSP}234${NNBSP}567,80${NBSP}€`);
    expect(formatEuros(D('0'))).toBe(`0,00${NBSP}€`);
    expect(formatEuros(D('1234.56'))).toBe(new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(1234.56));
  });
  it('formatEuros signale une valeur non exacte au centime (valeur intermédiaire d’une trace)', () => {
    expect(formatEuros(D('1977.096612'))).toBe(`≈ 1${NNBSP}977,0966${NBSP}€`);
  });
  it('formatTaux : « 17,5 % » avec espace insécable', () => {
    expect(formatTaux(D('0.175'))).toBe(`17,5${NBSP}%`);
    expect(formatTaux(D('0.7'))).toBe(`70${NBSP}%`);
    expect(formatTaux(D('0.052'), 1)).toBe(`5,2${NBSP}%`);
  });
  it('formatNombre groupe les milliers', () => {
    expect(formatNombre(D('83143'))).toBe(`83${NNBSP}143`);
  });
});

describe('lecture des saisies', () => {
  const ok = (r: ReturnType<typeof parseMontant>) => (r.ok ? r.valeur.toString() : `ERR ${r.erreur.code}`);
  it.each([
    ['1 234,56', '1234.56'],
    ['1234.56', '1234.56'],
    ['1 234,56 €', '1234.56'],
    [`1${NBSP}234,56${NBSP}€`, '1234.56'],
    [`1${NNBSP}234,56${NBSP}€`, '1234.56'],
    ['25', '25'],
    ['25,00 €', '25'],
    ['  25 € ', '25'],
    ['-5', '-5'],
  ])('montant « %s » → %s', (raw, attendu) => {
    expect(ok(parseMontant(raw))).toBe(attendu);
  });
  it.each([
    ['17,5 %', '0.175'],
    ['17.5%', '0.175'],
    ['17,5', '0.175'],
    ['5,2 %', '0.052'],
  ])('taux « %s » → %s (fraction)', (raw, attendu) => {
    expect(ok(parseTaux(raw))).toBe(attendu);
  });
  it.each([
    ['', 'VIDE'],
    ['   ', 'VIDE'],
    ['abc', 'FORMAT'],
    ['1e9', 'NOTATION_SCIENTIFIQUE'],
    ['12,5,3', 'SEPARATEURS'],
    ['--5', 'SIGNES'],
    ['+-5', 'SIGNES'],
    ['5-', 'SIGNES'],
    ['12 34', 'SEPARATEURS'],
    ['17,5 %', 'UNITE'],
    ['2000000000000', 'TROP_GRAND'],
  ])('montant « %s » refusé (%s) avec un message en français', (raw, code) => {
    const r = parseMontant(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.erreur.code).toBe(code);
      expect(r.erreur.message).toMatch(/^[A-ZÀ-ÿ«].+\.$/);
    }
  });
  // Issue 10: « .5 » and « 25, » were answered with a message about spaces between thousands.
  it.each([
    ['.5', 'PARTIE_ENTIERE', /avant la virgule.*0,5/],
    [',75 €', 'PARTIE_ENTIERE', /avant la virgule.*0,75/],
    ['25,', 'DECIMALES', /aucun chiffre.*«\u00A025\u00A0»/],
    ['25.', 'DECIMALES', /aucun chiffre/],
    ['1 234, €', 'DECIMALES', /«\u00A01 234\u00A0»/],
  ])('« %s » refusé (%s) : le message dit ce qui manque, pas les milliers', (raw, code, message) => {
    const r = parseMontant(raw);
    expect(r.ok ? 'accepté' : r.erreur.code).toBe(code);
    expect(r.ok ? '' : r.erreur.message).toMatch(message);
    expect(r.ok ? '' : r.erreur.message).not.toMatch(/milliers/);
  });
  it('un taux en euros est refusé ; un nombre n’accepte pas d’unité', () => {
    expect(parseTaux('25 €').ok).toBe(false);
    expect(parseNombre('25 %').ok).toBe(false);
    expect(ok(parseNombre('1 234'))).toBe('1234');
  });
  it('ne lève jamais d’exception, même sur une entrée qui n’est pas une chaîne', () => {
    expect(parseMontant(undefined).ok).toBe(false);
    expect(parseMontant(42 as unknown).ok).toBe(false);
    fc.assert(
      fc.property(fc.string(), (s) => {
        parseMontant(s);
        parseTaux(s);
        parseNombre(s);
      }),
    );
  });
});

describe('propriété : parse(format(x)) = x', () => {
  it('pour tout montant au centime', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -100_000_000_000_00n, max: 100_000_000_000_00n }), (centimes) => {
        const x = D(centimes.toString()).div(100);
        const r = parseMontant(formatEuros(x));
        return r.ok && r.valeur.equals(x);
      }),
    );
  });
  it('pour tout taux au millième de point', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (n) => {
        const x = D(n).div(10_000_000); // 0 à 100 %, 5 décimales de pourcentage → affiché exactement jusqu'à 4
        const y = x.toDecimalPlaces(6);
        const r = parseTaux(formatTaux(y));
        return r.ok && r.valeur.equals(y);
      }),
    );
  });
});
