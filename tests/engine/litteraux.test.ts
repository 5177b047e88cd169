/**
 * "A number lives in one place": no money amount or rate that is a parameter of the engine may be
 * written as a literal in the rules or the exercises (code, statements, hints, graders) — it must be
 * read from `parametre(id, date)`, so that changing the barème changes every use. This test reads
 * src/engine/rules and src/engine/exercises (comments excluded), finds euro amounts and rates, in
 * code (`D('0.098')`, `.mul(42)`) and in French text (« 9,8 % », « 15 € »), and fails on any whose
 * value is one of a parameter's values, unless it is in the small allow-list below, each entry with
 * its reason.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { listeParametres, D, type Decimal } from '../../src/engine/index';

const RACINE = join(__dirname, '../../src/engine');
const DOSSIERS = ['rules', 'exercises'];

/** file → literal as written → why it may stay. Keep it short: every entry is a number typed twice. */
const AUTORISES: Record<string, Record<string, string>> = {
  'exercises/noter.ts': { '0.5': 'tolérance de notation (« proche » à ± 0,50 €), une règle de correction qui vaut par hasard un palier OPTAM (50 %)' },
  'exercises/depassements.ts': {
    '60 €': 'exemple chiffré du guide (ISNAR §4.1 : un acte à 60 € pour un tarif de 30 €), pas un barème',
    '30 €': 'même exemple du guide (ISNAR §4.1)',
  },
};

/** Every value a parameter takes, by unit: rates as fractions, amounts in euros, counts (hours, points, years). */
const valeursDe = (unite: 'euros' | 'taux' | 'nombre'): Decimal[] =>
  listeParametres()
    .filter((p) => p.unite === unite)
    .flatMap((p) => p.periodes.map((per) => per.valeurBrute))
    .filter((v) => !v.includes('/'))
    .map((v) => D(v))
    .filter((v) => !v.isZero() && !v.equals(1));
const VALEURS = { euros: valeursDe('euros'), taux: valeursDe('taux'), nombre: valeursDe('nombre') };
const valeurs = [...VALEURS.euros, ...VALEURS.taux];
/** A literal in code has no unit: it is compared with amounts and rates; « x € » with amounts; « x % » with rates. */
const estParametre = (t: Trouve) =>
  (t.genre === 'euros' ? VALEURS.euros : t.genre === 'taux' ? VALEURS.taux : [...VALEURS.euros, ...VALEURS.taux]).some((x) => x.equals(t.valeur));

/** Source without comments (line comments, block comments), strings kept. */
function sansCommentaires(src: string): string {
  return src.replace(/\/\*[\s\S]*?\*\//g, (m) => m.replace(/[^\n]/g, ' ')).replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

interface Trouve {
  fichier: string;
  ligne: number;
  litteral: string;
  valeur: Decimal;
  genre: 'code' | 'euros' | 'taux';
}

function litteraux(fichier: string, src: string): Trouve[] {
  const trouves: Trouve[] = [];
  const lignes = sansCommentaires(src).split('\n');
  lignes.forEach((l, i) => {
    // Code: D('0.098'), D(23), .mul('0.064'), .plus(42), .lessThanOrEqualTo(48)…
    for (const m of l.matchAll(
      /(?:\bD|\.(?:mul|plus|minus|div|lessThan|lessThanOrEqualTo|greaterThan|greaterThanOrEqualTo|equals))\(\s*(['"]?)(\d+(?:\.\d+)?)\1\s*[),]/g,
    )) {
      trouves.push({ fichier, ligne: i + 1, litteral: m[2]!, valeur: D(m[2]!), genre: 'code' });
    }
    // Arithmetic on plain numbers feeding a Decimal: `p.plus80EtAld * 42`.
    for (const m of l.matchAll(/\*\s*\(?(\d+(?:\.\d+)?)\b/g)) trouves.push({ fichier, ligne: i + 1, litteral: m[1]!, valeur: D(m[1]!), genre: 'code' });
    // French text: « 9,8 % », « 15 € », « 50 000 € » (normal, non-breaking or thin spaces).
    for (const m of l.matchAll(/(\d{1,3}(?:[ \u00a0\u202f]\d{3})*(?:,\d+)?)[ \u00a0\u202f]?(€|%|euros?\b)/g)) {
      const n = D(m[1]!.replace(/[ \u00a0\u202f]/g, '').replace(',', '.'));
      trouves.push({
        fichier,
        ligne: i + 1,
        litteral: m[0]!.replace(/[\u00a0\u202f]/g, ' '),
        valeur: m[2] === '%' ? n.div(100) : n,
        genre: m[2] === '%' ? 'taux' : 'euros',
      });
    }
  });
  return trouves;
}

const fichiers = DOSSIERS.flatMap((d) =>
  readdirSync(join(RACINE, d))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => `${d}/${f}`),
);

describe('aucun paramètre écrit en dur dans les règles et les exercices', () => {
  it('la liste des valeurs de paramètres n’est pas vide (le test peut échouer)', () => {
    expect(valeurs.length).toBeGreaterThan(30);
    expect(VALEURS.nombre.length).toBeGreaterThan(0);
    expect(litteraux('x.ts', "const a = D('0.098'); // 9,8 %\nconst t = 'taux de 9,8 %, 3 ou 4 euros';").map((t) => t.litteral)).toEqual([
      '0.098',
      '9,8 %',
      '4 euros',
    ]);
  });
  for (const f of fichiers) {
    it(f, () => {
      const src = readFileSync(join(RACINE, f), 'utf8');
      const fautifs = litteraux(f, src)
        .filter((t) => !t.valeur.isZero() && !t.valeur.equals(1) && estParametre(t))
        .filter((t) => !(AUTORISES[f]?.[t.litteral] ?? AUTORISES[f]?.[t.litteral.replace(/ /g, '\u00a0')]))
        .map((t) => `${f}:${t.ligne} « ${t.litteral} »`);
      expect(fautifs).toEqual([]);
    });
  }
  it('chaque entrée de la liste blanche sert encore (le littéral est là et vaut un paramètre)', () => {
    for (const [f, entrees] of Object.entries(AUTORISES)) {
      const trouves = litteraux(f, readFileSync(join(RACINE, f), 'utf8'))
        .filter((t) => estParametre(t))
        .map((t) => t.litteral);
      for (const l of Object.keys(entrees)) expect(trouves, `${f} « ${l} »`).toContain(l);
    }
  });
});
