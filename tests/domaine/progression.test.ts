import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  exporterProgression,
  importerProgression,
  progressionChapitre,
  progressionVide,
  reparerProgression,
  type Progression,
} from '../../src/domaine/schema-progression';

const date = '2026-11-02T10:00:00.000Z';
const plusTard = '2026-11-20T10:00:00.000Z';
const exemple = (): Progression => ({
  version: 1,
  questions: { 'histoire-1980': { correct: true, tentatives: 2, date } },
  exercices: { 'plafond-da': { tentatives: 3, reussites: 1, meilleurScore: 1, solutionsVues: 0, date } },
  chapitres: { histoire: { derniereVisite: date } },
});

describe('réparation de la progression enregistrée', () => {
  test('rien d’enregistré : progression vide, sans alerte', () => {
    expect(reparerProgression(null)).toEqual({ progression: progressionVide(), rejets: [], illisible: false });
  });

  test('une entrée corrompue est retirée seule, les entrées valides restent', () => {
    const stocke = exemple() as unknown as Record<string, Record<string, unknown>>;
    stocke.questions!['depassements-da'] = { correct: 'oui', tentatives: -1, date: 'hier' };
    stocke.exercices!['redevance'] = { tentatives: 1, reussites: 5, meilleurScore: 2, date };
    // A hostile key, written as raw JSON (an object literal would set the prototype instead).
    const brut = JSON.stringify(stocke).replace('"questions":{', `"questions":{"__proto__":{"correct":true,"tentatives":1,"date":"${date}"},`);
    const r = reparerProgression(brut);
    expect(r.illisible).toBe(false);
    expect(r.progression.questions['histoire-1980']).toEqual(exemple().questions['histoire-1980']);
    expect(r.progression.exercices['plafond-da']).toEqual(exemple().exercices['plafond-da']);
    expect(Object.keys(r.progression.questions)).toEqual(['histoire-1980']);
    expect(Object.keys(r.progression.exercices)).toEqual(['plafond-da']);
    expect(r.rejets).toHaveLength(3);
  });

  test('un exercice enregistré avant le compte des solutions vues se lit avec 0 solution vue ; un compte négatif est écarté', () => {
    const r = reparerProgression(
      JSON.stringify({
        version: 1,
        exercices: {
          'plafond-da': { tentatives: 2, reussites: 1, meilleurScore: 1, date },
          tcam: { tentatives: 1, reussites: 0, meilleurScore: 0, solutionsVues: -1, date },
        },
      }),
    );
    expect(r.progression.exercices['plafond-da']).toEqual({ tentatives: 2, reussites: 1, meilleurScore: 1, solutionsVues: 0, date });
    expect(r.rejets).toEqual(['exercice tcam']);
  });

  test('une solution vue sans réponse vérifiée est une entrée valide (« solution vue »)', () => {
    const r = reparerProgression(
      JSON.stringify({ version: 1, exercices: { tcam: { tentatives: 0, reussites: 0, meilleurScore: 0, solutionsVues: 1, date } } }),
    );
    expect(r.rejets).toEqual([]);
    expect(r.progression.exercices.tcam!.solutionsVues).toBe(1);
  });

  test('un texte qui n’est pas du JSON est signalé illisible, sans exception', () => {
    const r = reparerProgression('{"questions": {');
    expect(r.illisible).toBe(true);
    expect(r.progression).toEqual(progressionVide());
  });

  test('propriété : n’importe quel texte ou JSON se répare sans exception en une progression valide', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify({ questions: v, exercices: v })),
        ),
        (brut) => {
          const r = reparerProgression(brut);
          // what comes out is itself valid: repairing its serialisation drops nothing
          expect(reparerProgression(JSON.stringify(r.progression)).rejets).toEqual([]);
        },
      ),
    );
  });
});

describe('import d’un fichier de progression', () => {
  test('export puis import dans un navigateur vierge redonne la même progression', () => {
    const r = importerProgression(exporterProgression(exemple()), progressionVide());
    expect(r.ok).toBe(true);
    if (r.ok) expect(JSON.parse(JSON.stringify(r.progression))).toEqual(exemple());
  });

  const refus: Array<[string, string]> = [
    ['pas du JSON', 'ceci n’est pas un fichier'],
    ['un autre logiciel', JSON.stringify({ application: 'autre', version: 1, progression: {} })],
    ['une version inconnue', JSON.stringify({ application: 'secteurs-progression', version: 99, progression: {} })],
    ['une entrée invalide', JSON.stringify({ application: 'secteurs-progression', version: 1, progression: { questions: { x: { correct: 1 } } } })],
    [
      'une clé hostile',
      '{"application":"secteurs-progression","version":1,"progression":{"questions":{"__proto__":{"correct":true,"tentatives":1,"date":"2026-11-02T10:00:00.000Z"}}}}',
    ],
    ['un fichier énorme', 'x'.repeat(2_000_000)],
  ];
  for (const [nom, texte] of refus) {
    test(`refuse ${nom} avec un message en français`, () => {
      const r = importerProgression(texte, exemple());
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/^Fichier refusé\u00a0: /);
    });
  }

  test('la fusion garde la réponse la plus récente et le meilleur score', () => {
    const importee: Progression = {
      version: 1,
      questions: { 'histoire-1980': { correct: false, tentatives: 1, date: plusTard }, 'contrat-af': { correct: true, tentatives: 1, date } },
      exercices: { 'plafond-da': { tentatives: 1, reussites: 0, meilleurScore: 0.5, solutionsVues: 0, date: plusTard } },
      chapitres: {},
    };
    const r = importerProgression(exporterProgression(importee), exemple());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.progression.questions['histoire-1980']!.date).toBe(plusTard);
    expect(r.progression.questions['contrat-af']!.correct).toBe(true);
    expect(r.progression.exercices['plafond-da']!.meilleurScore).toBe(1);
    expect(r.progression.exercices['plafond-da']!.tentatives).toBe(3);
  });
});

test('progression d’un chapitre : réussies et répondues sur le total', () => {
  const p = exemple();
  p.questions['histoire-1945'] = { correct: false, tentatives: 1, date };
  expect(progressionChapitre(p, ['histoire-1980', 'histoire-1945', 'histoire-1971'])).toEqual({ reussies: 1, repondues: 2, total: 3 });
});
