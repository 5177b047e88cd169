/**
 * Worked examples (`<Exemple>`, src/components/content/exemples.ts): every one a chapter writes runs
 * in the engine, and a wrong one is refused with a message naming the chapter and the prop, as the
 * build would (Exemple.astro calls the same `calculerExemple`).
 */
import { describe, expect, test } from 'vitest';
import { calculerExemple } from '../../src/components/content/exemples';
import { chapitres } from './charger';
import { exemplesDuChapitre } from './exemples-mdx';

const tous = chapitres().flatMap((c) => exemplesDuChapitre(c.corps).map((props) => ({ chapitre: c.id, props })));

describe('les exemples des chapitres sont calculés par le moteur', () => {
  test('les chapitres ont des exemples calculés', () => {
    expect(tous.length).toBeGreaterThan(20);
  });
  test.each(tous.map((x) => [x.chapitre, JSON.stringify(x.props), x.props] as const))('%s : %s', (chapitre, _texte, props) => {
    const ex = calculerExemple(props, `/chapitres/${chapitre}/`);
    // A figure in French, never NaN, blank or an English number.
    expect(ex.valeur).toMatch(/^(?:≈ )?-?\d{1,3}(?:\u202F\d{3})*(?:,\d+)?(?:\u00A0(?:€|%|points?))?$/);
    expect(ex.etapes.length).toBeGreaterThan(0);
  });
});

describe('un exemple mal écrit arrête la construction, avec le chapitre et la prop', () => {
  const page = '/chapitres/contrat/';
  test('règle inconnue', () => {
    expect(() => calculerExemple({ regle: 'tauxDepasement' }, page)).toThrow(/chapitres\/contrat.*regle="tauxDepasement" inconnue/);
  });
  test('prop obligatoire absente', () => {
    expect(() => calculerExemple({ regle: 'tarifActe', acte: 'G' }, page)).toThrow(/chapitres\/contrat.*prop date manquante/);
  });
  test('prop inconnue (faute de frappe)', () => {
    expect(() => calculerExemple({ regle: 'tarifActe', acte: 'G', date: '2017-05-01', dat: 'x' }, page)).toThrow(/prop dat inconnue/);
  });
  test('entrée refusée par le moteur', () => {
    expect(() => calculerExemple({ regle: 'tarifActe', acte: 'G', date: '2010-01-01' }, page)).toThrow(/chapitres\/contrat.*DATE_ANTERIEURE/);
    expect(() => calculerExemple({ regle: 'tauxDepassement', montantFacture: 'soixante', tarifOpposable: '30' }, page)).toThrow(
      /chapitres\/contrat.*moteur refuse/,
    );
  });
  test('champ inconnu, décimales invalides', () => {
    expect(() => calculerExemple({ regle: 'tauxDepassement', montantFacture: '60', tarifOpposable: '30', champ: 'guide' }, page)).toThrow(
      /champ="guide" inconnue/,
    );
    expect(() => calculerExemple({ regle: 'tauxDepassement', montantFacture: '60', tarifOpposable: '30', decimales: 1.5 }, page)).toThrow(/decimales/);
  });
  test('la valeur affichée est celle du moteur, au format français', () => {
    // ISNAR §4.1: price ÷ tariff = 60 ÷ 30 = 200 %; convention (annexe 21): (60 − 30) ÷ 30 = 100 %.
    expect(calculerExemple({ regle: 'tauxDepassement', montantFacture: '60', tarifOpposable: '30', champ: 'isnar' }, page).valeur).toBe('200\u00A0%');
    expect(calculerExemple({ regle: 'tauxDepassement', montantFacture: '60', tarifOpposable: '30' }, page).valeur).toBe('100\u00A0%');
    // AF 2017 (aga-ps formula): 2,15 % + 3,10 % × (50 000 − 43 150,80) ÷ 11 768,40 = 3,95418… %, shown to 2 decimals.
    expect(calculerExemple({ regle: 'tauxAllocationsFamiliales', revenu: '50000', date: '2017-06-01', decimales: 2 }, page).valeur).toBe('3,95\u00A0%');
  });
});
