/**
 * French typography of everything a reader sees (README, "Typographie française"): a non-breaking
 * space (U+00A0, or the narrow U+202F) before € M€ Md€ % ; : ! ? and », and after «. An ordinary
 * space there lets the browser break the line before the sign ("25" at the end of a line, "€" on
 * the next), which is what this test forbids in every chapter, question, glossary entry, source
 * and timeline event.
 */
import { describe, expect, test } from 'vitest';
import { chapitres, chronologieBrute, fautesTypographiques, glossaireBrut, questionsBrutes, sourcesBrutes, texteVisibleMdx } from './charger';

/** Every string of a JSON value, with its path, except URLs (not prose). */
function chaines(valeur: unknown, chemin: string): Array<[string, string]> {
  if (typeof valeur === 'string') return chemin.endsWith('.url') ? [] : [[chemin, valeur]];
  if (Array.isArray(valeur)) return valeur.flatMap((v, i) => chaines(v, `${chemin}[${i}]`));
  if (valeur && typeof valeur === 'object') return Object.entries(valeur).flatMap(([k, v]) => chaines(v, `${chemin}.${k}`));
  return [];
}

describe('le contrôle lui-même', () => {
  test('repère une espace ordinaire avant €, M€, ;, :, », après « et entre les milliers', () => {
    expect(fautesTypographiques('18 M€, 25 €, a ; b : « c »')).toHaveLength(6);
    expect(fautesTypographiques('642 ÷ 1 908, en 2017 et 2018')).toHaveLength(1);
    expect(fautesTypographiques('18\u00a0M€, 25\u00a0€, a\u202f; b\u00a0: «\u00a0c\u00a0» 17,5\u00a0%')).toEqual([]);
  });
  test('ignore les adresses, le code et les lignes d’alignement des tableaux, pas le texte', () => {
    expect(texteVisibleMdx('voir https://exemple.fr/a?b=1 et `x : y`\n| :--- | ---: |\n')).not.toMatch(/ :|\?/);
    expect(fautesTypographiques(texteVisibleMdx('Lecture A : le taux'))).toHaveLength(1);
  });
});

describe('espaces insécables dans le contenu', () => {
  for (const c of chapitres()) {
    test(`chapitre ${c.id} (en-tête et corps)`, () => {
      const { corps, frontmatter } = c;
      const fautes = [...fautesTypographiques(texteVisibleMdx(corps)), ...chaines(frontmatter, 'en-tête').flatMap(([, t]) => fautesTypographiques(t))];
      expect(fautes).toEqual([]);
    });
  }
  const collections: Array<[string, () => unknown]> = [
    ['questions', () => questionsBrutes().map((q) => q.question)],
    ['glossaire', glossaireBrut],
    ['sources', sourcesBrutes],
    ['chronologie', chronologieBrute],
  ];
  for (const [nom, lire] of collections) {
    test(nom, () => {
      const fautes = chaines(lire(), nom).flatMap(([chemin, t]) => fautesTypographiques(t).map((f) => `${chemin} : ${f}`));
      expect(fautes).toEqual([]);
    });
  }
});
