/**
 * Exam codes are promises (README, « Codes d’examen : une promesse »): a code written on a board or
 * kept in a learner's history must give the same exam after any refactor. This compares what the code
 * computes now with codes-golden.json, written once from the code of VERSION_GENERATEURS 1 and
 * reviewed; the test never writes it. On a mismatch it leaves the current values in
 * test-results/codes-golden.actuel.json for review: a deliberate change to a generator, the draw or
 * the shuffle bumps VERSION_GENERATEURS and replaces the fixture in the same commit.
 */
import { describe, expect, test } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { listeExercices } from '../../src/engine';
import { VERSION_GENERATEURS } from '../../src/domaine/constantes';
import { calculerCodes, CODES, GRAINES_EXERCICES } from './codes-golden';

const attendu = JSON.parse(readFileSync(new URL('./codes-golden.json', import.meta.url), 'utf8')) as ReturnType<typeof calculerCodes>;
const actuel = calculerCodes();

function garderPourRevue() {
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/codes-golden.actuel.json', `${JSON.stringify(actuel, null, 1)}\n`);
}

describe('codes d’examen : une promesse', () => {
  test('la fixture est celle de la version actuelle des générateurs', () => {
    expect(attendu.version).toBe(VERSION_GENERATEURS);
  });

  test('la fixture couvre chaque type d’exercice du moteur, pour chaque graine', () => {
    expect(Object.keys(attendu.generateurs).sort()).toEqual(
      listeExercices()
        .map((k) => k.id)
        .sort(),
    );
    for (const liste of Object.values(attendu.generateurs)) expect(liste.map((e) => e.graine)).toEqual([...GRAINES_EXERCICES]);
    expect(attendu.examens.map((e) => e.code)).toEqual([...CODES]);
  });

  test.each(listeExercices().map((k) => k.id))('generate(graine) de « %s » est inchangé', (id) => {
    if (JSON.stringify(actuel.generateurs[id]) !== JSON.stringify(attendu.generateurs[id])) garderPourRevue();
    expect(actuel.generateurs[id]).toEqual(attendu.generateurs[id]);
  });

  test('le tirage des feuilles (autoEvaluation) est inchangé', () => {
    if (JSON.stringify(actuel.feuilles) !== JSON.stringify(attendu.feuilles)) garderPourRevue();
    expect(actuel.feuilles).toEqual(attendu.feuilles);
  });

  test.each([...CODES])('le code %s donne le même examen (questions, exercices, variantes, ordre)', (code) => {
    const a = actuel.examens.find((e) => e.code === code);
    const b = attendu.examens.find((e) => e.code === code);
    if (JSON.stringify(a) !== JSON.stringify(b)) garderPourRevue();
    expect(a).toEqual(b);
  });

  test('l’ordre d’affichage des options, des associations et des questions à ordonner est inchangé', () => {
    if (JSON.stringify(actuel.ordres) !== JSON.stringify(attendu.ordres)) garderPourRevue();
    expect(actuel.ordres).toEqual(attendu.ordres);
  });
});
