/**
 * Series codes are promises: a code printed on a sheet or sent to colleagues must give the same sheet
 * after any refactor or deployment that did not deliberately change the generators. This compares what
 * the code computes now with serie-golden.json, written once from the code of VERSION_GENERATEURS 1 and
 * reviewed; the test never writes it. On a mismatch it leaves the current values in
 * test-results/serie-golden.actuel.json for review: a deliberate change to the code layout, the draw, the
 * shuffle or a generator bumps VERSION_GENERATEURS and replaces this fixture and codes-golden.json in
 * the same commit.
 */
import { describe, expect, test } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { VERSION_GENERATEURS } from '../../src/domaine/constantes';
import { lireSerie } from '../../src/domaine/serie';
import { calculerSeries, CONFIGS_SERIE } from './serie-golden';

const attendu = JSON.parse(readFileSync(new URL('./serie-golden.json', import.meta.url), 'utf8')) as ReturnType<typeof calculerSeries>;
const actuel = calculerSeries();

function garderPourRevue() {
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/serie-golden.actuel.json', `${JSON.stringify(actuel, null, 1)}\n`);
}

describe('codes de série : une promesse', () => {
  test('la fixture est celle de la version actuelle des générateurs et couvre chaque configuration', () => {
    expect(attendu.version).toBe(VERSION_GENERATEURS);
    expect(attendu.series.map((s) => s.config)).toEqual(JSON.parse(JSON.stringify(CONFIGS_SERIE)));
  });

  test.each(CONFIGS_SERIE.map((_, i) => i))('configuration n° %i : même code', (i) => {
    if (actuel.series[i]!.code !== attendu.series[i]!.code) garderPourRevue();
    expect(actuel.series[i]!.code).toBe(attendu.series[i]!.code);
  });

  test.each(CONFIGS_SERIE.map((_, i) => i))('configuration n° %i : le code enregistré se relit en la même configuration', (i) => {
    const lu = lireSerie(attendu.series[i]!.code);
    expect(lu.ok && lu.config).toEqual(attendu.series[i]!.config);
  });

  test.each(CONFIGS_SERIE.map((_, i) => i))('configuration n° %i : même fiche (questions, exercices, variantes, ordre, énoncés générés)', (i) => {
    if (JSON.stringify(actuel.series[i]!.items) !== JSON.stringify(attendu.series[i]!.items)) garderPourRevue();
    expect(actuel.series[i]!.items).toEqual(attendu.series[i]!.items);
  });
});
