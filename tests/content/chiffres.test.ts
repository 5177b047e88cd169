/**
 * "A number lives in one place" (issue 11): a euro amount or a rate a chapter states must be a
 * `<Param>` (an engine parameter, checked by figures.test.ts), an `<Exemple>` (computed by the engine
 * at build time), the datum an `<Exemple>` of the same chapter is given, or an entry of the committed
 * list of quoted figures (chiffres-cites.ts, each with its source). A figure computed by hand fails here.
 */
import { describe, expect, test } from 'vitest';
import { chapitres, sourcesBrutes } from './charger';
import { entreesDesExemples, figuresHorsMoteur, nombreDe, normaliser } from './chiffres';
import { CHIFFRES_CITES } from './chiffres-cites';

const lesChapitres = chapitres();
const idsSources = new Set(sourcesBrutes().map((s) => s.id as string));
const cle = (chapitre: string, figure: string) => `${chapitre} | ${normaliser(figure)}`;
const liste = new Map(CHIFFRES_CITES.map((c) => [cle(c.chapitre, c.figure), c]));

describe('chiffres des chapitres : paramètre, exemple calculé ou citation listée', () => {
  for (const c of lesChapitres) {
    test(`${c.id} : aucun chiffre calculé à la main`, () => {
      const entrees = entreesDesExemples(c.corps);
      const inconnus = figuresHorsMoteur(c.corps)
        .filter((f) => !entrees.has(nombreDe(f.figure)) && !liste.has(cle(c.id, f.figure)))
        .map((f) => `« ${f.figure} » dans « …${f.contexte}… »`);
      expect(inconnus, 'à mettre dans <Param>, <Exemple> ou, si c’est une citation, dans tests/content/chiffres-cites.ts').toEqual([]);
    });
  }

  test('chaque entrée de la liste est encore dans son chapitre (pas d’entrée morte)', () => {
    const presentes = new Set(lesChapitres.flatMap((c) => figuresHorsMoteur(c.corps).map((f) => cle(c.id, f.figure))));
    expect([...liste.keys()].filter((k) => !presentes.has(k))).toEqual([]);
  });

  test('pas de doublon dans la liste', () => {
    expect(liste.size).toBe(CHIFFRES_CITES.length);
  });

  test('une citation nomme des sources du registre (src/content/sources.json)', () => {
    const sansSource = CHIFFRES_CITES.filter((c) => c.nature === 'citation')
      .filter((c) => c.source.split(' ; ').some((s) => !idsSources.has(s.split(' ')[0]!)))
      .map((c) => `${c.chapitre} « ${c.figure} » : ${c.source}`);
    expect(sansSource).toEqual([]);
  });
});

describe('le repérage des chiffres', () => {
  test('trouve montants, taux et points, et ignore ce que rendent <Param> et <Exemple>', () => {
    const corps = [
      'Le DA vaut <Param id="x" date="2017-01-01">17,5 %</Param> ; un acte à 60 € donne',
      '<Exemple regle="tauxDepassement" montantFacture="60" tarifOpposable="30" affichage="valeur" />,',
      'soit 1 977,10 € ou 15 Md€, 5 points, 3 ou 4 euros. Le §4.3 et l’an 2017 ne sont pas des chiffres.',
    ].join('\n');
    expect(figuresHorsMoteur(corps).map((f) => f.figure.replace(/\u00A0/g, ' '))).toEqual(['60 €', '1 977,10 €', '15 Md€', '5 points', '4 euros']);
    expect([...entreesDesExemples(corps)].sort()).toEqual(['30', '60']);
  });
});
