/**
 * The MDX vocabulary (src/components/content/vocabulaire.ts) against what it stands for: every
 * exercise kind the engine registers can be embedded with `<Exercice type>`, and nothing else; every
 * calculator island on disk with `<Calculateur type>`, and nothing else; each entry has its import and
 * its render line in the .astro component (a missing line would render an empty block); and a bad
 * value stops the build with a message naming the prop, the value and the allowed ones.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { AstroError } from 'astro/errors';
import { describe, expect, test } from 'vitest';
import { exercices } from '../../src/engine';
import { CALCULATEURS, ENCADRES, EXERCICES, valeurPermise } from '../../src/components/content/vocabulaire';
import { chapitres } from './charger';

const composants = new URL('../../src/components/', import.meta.url);
const ilotsSurDisque = (dossier: string, prefixe: string): string[] =>
  readdirSync(new URL(`${dossier}/`, composants))
    .filter((f) => f.startsWith(prefixe) && f.endsWith('.tsx'))
    .map((f) => f.replace(/\.tsx$/, ''))
    .sort();
const source = (fichier: string): string => readFileSync(new URL(`content/${fichier}`, composants), 'utf8');
/** The `type` values an .astro component renders: its lines `{type === 'x' && <Ilot client:visible …`. */
const lignesRendues = (texte: string): Array<[string, string]> =>
  [...texte.matchAll(/\{type === '([^']+)' && <(\w+) client:visible\b/g)].map((m) => [m[1]!, m[2]!] as [string, string]);

test('<Exercice type>: its kinds are exactly the engine’s exercise kinds', () => {
  expect(Object.keys(EXERCICES).sort()).toEqual(Object.keys(exercices).sort());
});

// Every island on disk can be embedded, and nothing else; for exercises, with the test above, every
// kind the engine registers (the engine has no calculator registry: the islands are the list).
describe.each([
  { balise: 'Exercice', registre: EXERCICES as Record<string, string>, dossier: 'exercices' },
  { balise: 'Calculateur', registre: CALCULATEURS as Record<string, string>, dossier: 'calculateurs' },
])('<$balise type>', ({ balise, registre, dossier }) => {
  test(`its islands are exactly the files of src/components/${dossier}/`, () => {
    expect(Object.values(registre).sort()).toEqual(ilotsSurDisque(dossier, balise));
  });
  test(`${balise}.astro imports and renders each type with its own island, once`, () => {
    const texte = source(`${balise}.astro`);
    expect(lignesRendues(texte).sort()).toEqual(Object.entries(registre).sort());
    for (const ilot of Object.values(registre)) expect(texte).toContain(`import ${ilot} from '../${dossier}/${ilot}';`);
  });
});

describe('the chapters use the vocabulary', () => {
  const usages = (balise: string) =>
    chapitres().flatMap((c) => [...c.corps.matchAll(new RegExp(`<${balise}\\s+type="([^"]*)"`, 'g'))].map((m) => ({ chapitre: c.id, type: m[1]! })));

  test.each([
    ['Calculateur', CALCULATEURS],
    ['Exercice', EXERCICES],
    ['Encadre', ENCADRES],
  ] as const)('every <%s type> of a chapter is a known type', (balise, registre) => {
    const trouves = usages(balise);
    expect(trouves.length).toBeGreaterThan(0);
    expect(trouves.filter((u) => !(u.type in registre))).toEqual([]);
  });
  test('no chapter still uses the old per-calculator tags (<CalculateurPatient /> …)', () => {
    expect(chapitres().flatMap((c) => c.corps.match(/<Calculateur[A-Z]\w*/g) ?? [])).toEqual([]);
  });
  test('every calculator is shown in at least one chapter', () => {
    const montres = new Set(usages('Calculateur').map((u) => u.type));
    expect([...montres].sort()).toEqual(Object.keys(CALCULATEURS).sort());
  });
});

describe('valeurPermise: the check the components run on their props', () => {
  const types = Object.keys(CALCULATEURS);
  test('returns an allowed value unchanged', () => {
    expect(valeurPermise('Calculateur', 'type', 'tcam', types)).toBe('tcam');
  });
  test.each([['patiant'], [''], [undefined], [3]])('rejects %j with an AstroError naming the prop, the value and the allowed ones', (mauvais) => {
    let erreur: unknown;
    try {
      valeurPermise('Calculateur', 'type', mauvais, types, 'src/components/content/vocabulaire.ts');
    } catch (e) {
      erreur = e;
    }
    expect(erreur).toBeInstanceOf(AstroError);
    const message = (erreur as AstroError).message;
    expect(message).toContain('<Calculateur type=');
    expect(message).toContain('`type`');
    expect(message).toContain(mauvais === undefined ? 'absent' : `« ${String(mauvais)} »`);
    expect(message).toContain('patient, da, cotisations, redevance, fpmt, optam, tcam, tarif-date');
    expect((erreur as AstroError).hint).toContain('vocabulaire.ts');
  });
  test('a long registry is cut in the message, with the count', () => {
    const ids = Array.from({ length: 40 }, (_, i) => `p${i}`);
    expect(() => valeurPermise('Param', 'id', 'inconnu', ids)).toThrow(/p14… \(40 en tout\)/);
  });
});
