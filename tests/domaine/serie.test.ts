/**
 * The series code of /enseigner/ (src/domaine/serie.ts): round trip, any one mistyped symbol caught,
 * French messages for every kind of bad code (empty, wrong characters, wrong length, wrong check
 * symbol, another generator version), the code's layout lists against the engine and the bank, and the
 * draw of a sheet (what was asked for, nothing else, whatever the order of the bank).
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { listeExercices } from '../../src/engine';
import { ALPHABET } from '../../src/domaine/code';
import { VERSION_GENERATEURS } from '../../src/domaine/constantes';
import {
  CHAPITRES_SERIE,
  elementsDeSerie,
  encoderSerie,
  GRAINE_SERIE_MAX,
  lireSerie,
  LONGUEUR_CODE_SERIE,
  QUESTIONS_MAX,
  serieVide,
  TYPES_EXERCICE_SERIE,
  TYPES_QUESTION_SERIE,
  VARIANTES_MAX,
  type ConfigSerie,
} from '../../src/domaine/serie';
import type { Question } from '../../src/content/schemas/question';

const dossier = new URL('../../src/content/questions/', import.meta.url);
const banque: Question[] = readdirSync(dossier)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => JSON.parse(readFileSync(new URL(f, dossier), 'utf8')));
const KINDS = listeExercices();

const configArb: fc.Arbitrary<ConfigSerie> = fc
  .record({
    graine: fc.integer({ min: 0, max: GRAINE_SERIE_MAX - 1 }),
    variantes: fc.array(fc.integer({ min: 0, max: VARIANTES_MAX }), { minLength: TYPES_EXERCICE_SERIE.length, maxLength: TYPES_EXERCICE_SERIE.length }),
    chapitres: fc.subarray([...CHAPITRES_SERIE]),
    types: fc.subarray([...TYPES_QUESTION_SERIE]),
    nombre: fc.integer({ min: 0, max: QUESTIONS_MAX }),
  })
  .map(({ graine, variantes, chapitres, types, nombre }) => ({
    graine,
    exercices: Object.fromEntries(TYPES_EXERCICE_SERIE.map((t, i) => [t, variantes[i]!]).filter(([, n]) => n !== 0)),
    questions: { chapitres, types, nombre },
  }))
  .filter((c) => !serieVide(c));

const FORMAT = new RegExp(`^[${ALPHABET}]{3}(-[${ALPHABET}]{3}){4}$`);

describe('code de série', () => {
  test('sa disposition couvre chaque type d’exercice du moteur, chaque chapitre et chaque type de question de la banque', () => {
    expect([...TYPES_EXERCICE_SERIE].sort()).toEqual(KINDS.map((k) => k.id).sort());
    expect(new Set(banque.map((q) => q.chapitre))).toEqual(new Set(CHAPITRES_SERIE));
    expect(new Set(banque.map((q) => q.type))).toEqual(new Set(TYPES_QUESTION_SERIE));
    // 15 symbols in five groups of three, and room for millions of seeds per configuration.
    expect(LONGUEUR_CODE_SERIE).toBe(15);
    expect(GRAINE_SERIE_MAX).toBeGreaterThan(1_000_000);
  });

  test('aller-retour : lire(encoder(c)) = c, format XXX-XXX-XXX-XXX-XXX, minuscules et espaces acceptés', () => {
    fc.assert(
      fc.property(configArb, (c) => {
        const code = encoderSerie(c);
        expect(code).toMatch(FORMAT);
        expect(code[0]).toBe(ALPHABET[VERSION_GENERATEURS]);
        const r = lireSerie(code);
        expect(r.ok && r.config).toEqual(c);
        const r2 = lireSerie(` ${code.toLowerCase().replaceAll('-', ' ')} `);
        expect(r2.ok && r2.config).toEqual(c);
      }),
    );
  });

  test('changer un seul caractère, n’importe lequel, par n’importe quel autre est toujours détecté', () => {
    fc.assert(
      fc.property(configArb, fc.integer({ min: 0, max: LONGUEUR_CODE_SERIE - 1 }), fc.integer({ min: 1, max: ALPHABET.length - 1 }), (c, pos, decalage) => {
        const brut = encoderSerie(c).replaceAll('-', '');
        const w = (ALPHABET.indexOf(brut[pos]!) + decalage) % ALPHABET.length;
        const faux = brut.slice(0, pos) + ALPHABET[w] + brut.slice(pos + 1);
        const r = lireSerie(faux);
        expect(r.ok).toBe(false);
        // The check symbol catches it before the version is read: a typo never reads as « another version ».
        expect(!r.ok && r.raison).toBe('controle');
      }),
      { numRuns: 500 },
    );
  });

  test('ne lève jamais d’exception', () => {
    fc.assert(fc.property(fc.string(), (s) => void lireSerie(s)));
    fc.assert(fc.property(fc.stringMatching(new RegExp(`^[${ALPHABET}]{15}$`)), (s) => void lireSerie(s)));
  });

  test('messages en français pour chaque sorte de code refusé', () => {
    const bon = encoderSerie({ graine: 12, exercices: { tcam: 1 }, questions: { chapitres: [], types: [], nombre: 0 } });
    expect(lireSerie('')).toMatchObject({ ok: false, raison: 'vide', message: expect.stringContaining('Saisissez un code de série') });
    expect(lireSerie('   ')).toMatchObject({ ok: false, raison: 'vide' });
    expect(lireSerie('3K7-M4Q-XAB-2C9-DEO')).toMatchObject({ ok: false, raison: 'caracteres', message: expect.stringContaining('«\u00a0O\u00a0»') });
    expect(lireSerie(bon.slice(0, -1))).toMatchObject({
      ok: false,
      raison: 'longueur',
      message: expect.stringContaining('15\u00a0caractères (celui-ci en a 14)'),
    });
    expect(lireSerie('K7M-4QX')).toMatchObject({ ok: false, raison: 'longueur', message: expect.stringContaining('code d’examen') });
    const dernier = ALPHABET[(ALPHABET.indexOf(bon.at(-1)!) + 1) % ALPHABET.length];
    expect(lireSerie(bon.slice(0, -1) + dernier)).toMatchObject({ ok: false, raison: 'controle', message: expect.stringContaining('mal recopié') });
  });

  test('un code d’une autre version des générateurs est refusé avec un avis clair, jamais lu comme une autre fiche', () => {
    const c: ConfigSerie = { graine: 99, exercices: { 'plafond-da': 2 }, questions: { chapitres: ['contrat'], types: ['vrai-faux'], nombre: 3 } };
    for (const version of [VERSION_GENERATEURS + 1, 29]) {
      const r = lireSerie(encoderSerie(c, version));
      expect(r).toMatchObject({ ok: false, raison: 'version', message: expect.stringContaining(`version\u00a0${version}\u00a0;`) });
      expect(!r.ok && r.message).toContain('plus récente');
    }
    expect(() => encoderSerie(c, 0)).toThrow(RangeError);
    expect(() => encoderSerie(c, 30)).toThrow(RangeError);
  });

  test('une configuration impossible ne donne pas de code', () => {
    const base: ConfigSerie = { graine: 0, exercices: { tcam: 1 }, questions: { chapitres: [], types: [], nombre: 0 } };
    expect(() => encoderSerie({ ...base, graine: GRAINE_SERIE_MAX })).toThrow(RangeError);
    expect(() => encoderSerie({ ...base, exercices: { tcam: VARIANTES_MAX + 1 } })).toThrow(RangeError);
    expect(() => encoderSerie({ ...base, exercices: { inconnu: 1 } })).toThrow(RangeError);
    expect(() => encoderSerie({ ...base, questions: { chapitres: [], types: [], nombre: QUESTIONS_MAX + 1 } })).toThrow(RangeError);
    // A code whose data decodes to an empty sheet is refused as a code, not shown as an empty sheet.
    const vide = encoderSerie({ graine: 5, exercices: {}, questions: { chapitres: [], types: [], nombre: 0 } });
    expect(lireSerie(vide)).toMatchObject({ ok: false, raison: 'valeur' });
  });
});

describe('fiche d’une série', () => {
  test('exactement ce qui a été demandé : questions des chapitres et types choisis, sans doublon ; n variantes distinctes par type, dans l’ordre du moteur', () => {
    fc.assert(
      fc.property(configArb, (c) => {
        const items = elementsDeSerie(c, banque, KINDS);
        const questions = items.filter((i) => i.genre === 'question');
        const exercices = items.filter((i) => i.genre === 'exercice');
        const possibles = banque.filter((q) => (c.questions.chapitres as string[]).includes(q.chapitre) && (c.questions.types as string[]).includes(q.type));
        expect(questions.length).toBe(Math.min(c.questions.nombre, possibles.length));
        expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
        for (const q of questions) expect(possibles.map((p) => p.id)).toContain(q.id);
        // Questions first, then exercises.
        expect(items.slice(0, questions.length)).toEqual(questions);
        for (const t of TYPES_EXERCICE_SERIE) {
          const graines = exercices.filter((e) => e.type === t).map((e) => e.graine);
          expect(graines.length).toBe(c.exercices[t] ?? 0);
          expect(new Set(graines).size).toBe(graines.length);
          for (const g of graines) expect(g >= 10000 && g < 100000).toBe(true);
        }
        const ordre = exercices.map((e) => TYPES_EXERCICE_SERIE.indexOf(e.type as (typeof TYPES_EXERCICE_SERIE)[number]));
        expect(ordre).toEqual([...ordre].sort((a, b) => a - b));
        for (const e of exercices) expect(e.theme).toBe(KINDS.find((k) => k.id === e.type)!.theme);
      }),
      { numRuns: 150 },
    );
  });

  test('même code → même fiche, quel que soit l’ordre de lecture de la banque et des types', () => {
    fc.assert(
      fc.property(configArb, (c) => {
        const lu = lireSerie(encoderSerie(c));
        expect(lu.ok).toBe(true);
        const a = elementsDeSerie(c, banque, KINDS);
        const b = elementsDeSerie(lu.ok ? lu.config : c, [...banque].reverse(), [...KINDS].reverse());
        expect(b).toEqual(a);
      }),
      { numRuns: 60 },
    );
  });

  test('une autre graine donne une autre fiche', () => {
    const c: ConfigSerie = { graine: 1, exercices: { 'plafond-da': 3 }, questions: { chapitres: ['histoire'], types: ['choix-unique'], nombre: 4 } };
    expect(elementsDeSerie({ ...c, graine: 2 }, banque, KINDS)).not.toEqual(elementsDeSerie(c, banque, KINDS));
  });
});
