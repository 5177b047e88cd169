/**
 * What a series code promises (page /enseigner/), computed by the current code: for fixed configs
 * and seeds, the code itself (its layout), and the sheet it gives — bank questions drawn, exercise
 * kinds, variant seeds, order, and each variant's `generate(graine)`. serie-golden.test.ts compares it
 * with the committed fixture serie-golden.json (README, « Enseigner : fiches et corrigés »).
 *
 * The draw uses a fixed, made-up bank (ids, chapters, themes and types below) with the engine's real
 * exercise kinds: adding a question to the real bank changes the sheets of codes that draw from its
 * chapter and type (a documented limit, as for exam codes), but the code layout, the draw and the
 * generators must not change unnoticed.
 */
import { exercices, listeExercices, THEMES } from '../../src/engine';
import { CHAPITRES_SERIE, elementsDeSerie, encoderSerie, TYPES_QUESTION_SERIE, type ConfigSerie } from '../../src/domaine/serie';
import { VERSION_GENERATEURS } from '../../src/domaine/constantes';

/** 7 questions per chapter, types in turn, themes in turn: every chapter × type pair exists. */
export const BANQUE_SERIE_FIXE = CHAPITRES_SERIE.flatMap((chapitre, c) =>
  Array.from({ length: 7 }, (_, i) => ({
    id: `${chapitre}-q${i + 1}`,
    chapitre,
    theme: THEMES[(c + i) % THEMES.length]!,
    type: TYPES_QUESTION_SERIE[(c + i) % TYPES_QUESTION_SERIE.length]!,
  })),
);

export const CONFIGS_SERIE: ConfigSerie[] = [
  // Exercises only: one variant of every kind.
  { graine: 0, exercices: Object.fromEntries(listeExercices().map((k) => [k.id, 1])), questions: { chapitres: [], types: [], nombre: 0 } },
  // Questions only, from two chapters, two types.
  { graine: 4821, exercices: {}, questions: { chapitres: ['histoire', 'contrat'], types: ['choix-unique', 'vrai-faux'], nombre: 5 } },
  // A typical sheet: three kinds with several variants, questions of every chapter and type.
  {
    graine: 2026,
    exercices: { 'plafond-da': 3, 'prise-en-charge': 2, tcam: 1 },
    questions: { chapitres: [...CHAPITRES_SERIE], types: [...TYPES_QUESTION_SERIE], nombre: 8 },
  },
  // The largest values of each field.
  {
    graine: 14_000_000,
    exercices: Object.fromEntries(listeExercices().map((k) => [k.id, 3])),
    questions: { chapitres: [...CHAPITRES_SERIE], types: [...TYPES_QUESTION_SERIE], nombre: 30 },
  },
];

const json = (v: unknown): unknown => JSON.parse(JSON.stringify(v));

export function calculerSeries() {
  return {
    version: VERSION_GENERATEURS,
    series: CONFIGS_SERIE.map((config) => ({
      code: encoderSerie(config),
      config,
      items: elementsDeSerie(config, BANQUE_SERIE_FIXE, listeExercices()).map((it) =>
        it.genre === 'question' ? it : { ...it, params: json(exercices[it.type]!.generate(it.graine)) },
      ),
    })),
  };
}
