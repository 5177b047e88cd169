/**
 * Everything the course stores, as one file (export, strict import, merge), and the setting aside of
 * stored items the course no longer has (old data must never block an exam or a review).
 */
import { describe, expect, test } from 'vitest';
import { planifier } from '../../src/domaine/revision';
import type { Item } from '../../src/domaine/examen';
import { exporterProgression, progressionVide, type Progression } from '../../src/domaine/schema-progression';
import { VERSION_AUTO_EVALUATION, type Session, type Tentative } from '../../src/domaine/schema-auto-evaluation';
import { annonceEcartes, ecarterInconnus } from '../../src/domaine/ecarter';
import { exporterTout, importerTout, type EtatComplet } from '../../src/domaine/schema-sauvegarde';

const date = '2026-11-02T10:00:00.000Z';
const q1: Item = { genre: 'question', id: 'histoire-1980', theme: 'histoire' };
const xInconnu: Item = { genre: 'exercice', type: 'inconnu', graine: 12, theme: 'depassements' };
const xDa: Item = { genre: 'exercice', type: 'plafond-da', graine: 5, theme: 'depassements' };

const progression = (): Progression => ({
  version: 1,
  questions: { 'histoire-1980': { correct: true, tentatives: 1, date } },
  exercices: { 'plafond-da': { tentatives: 2, reussites: 0, meilleurScore: 0, solutionsVues: 1, date } },
  chapitres: {},
});
const session = (items: Item[], index = 0): Session => ({
  version: VERSION_AUTO_EVALUATION,
  mode: 'examen',
  code: 'K7M-4QX',
  longueur: items.length,
  themes: ['histoire', 'depassements'],
  items,
  reponses: items.map(() => null),
  index,
  chrono: false,
  secondes: 3,
  debut: date,
});
const tentative: Tentative = {
  code: 'ABC-DEF',
  date,
  longueur: 1,
  themes: ['histoire'],
  items: [q1],
  reponses: [{ genre: 'question', reponse: { type: 'vrai-faux', choix: true }, correct: true }],
  secondes: 10,
};
const cartes = () =>
  planifier(
    {},
    [
      { item: q1, juste: false },
      { item: xDa, juste: false },
    ],
    new Date(date),
  );
const plein = (): EtatComplet => ({ progression: progression(), session: session([q1, xDa]), historique: [tentative], cartes: cartes() });
const vide = (): EtatComplet => ({ progression: progressionVide(), session: null, historique: [], cartes: {} });

describe('sauvegarde complète', () => {
  test('exporter puis importer dans un navigateur vierge redonne tout : progression, examen en cours, historique, cartes', () => {
    const r = importerTout(exporterTout(plein()), vide());
    expect(r.ok).toBe(true);
    expect(JSON.parse(JSON.stringify(r.ok && r.etat))).toEqual(JSON.parse(JSON.stringify(plein())));
    expect(r.ok && r.resume).toContain('1 examen terminé');
    expect(r.ok && r.resume).toContain('2 cartes de révision');
  });

  test('un fichier de version 1 (progression seule) est encore accepté et ne touche pas à l’auto-évaluation', () => {
    const actuel = { ...vide(), historique: [tentative] };
    const r = importerTout(exporterProgression(progression()), actuel);
    expect(r.ok && r.etat.historique).toEqual([tentative]);
    expect(r.ok && r.etat.progression.exercices['plafond-da']!.solutionsVues).toBe(1);
  });

  test('une seule entrée invalide de l’auto-évaluation refuse tout le fichier', () => {
    const f = JSON.parse(exporterTout(plein()));
    f.autoEvaluation.cartes['q:histoire-1980'].carte.difficulty = 'beaucoup';
    const r = importerTout(JSON.stringify(f), vide());
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/^Fichier refusé\u00a0: les cartes de révision/);
    const g = JSON.parse(exporterTout(plein()));
    g.autoEvaluation.historique.push({ date: 'hier' });
    expect(importerTout(JSON.stringify(g), vide()).ok).toBe(false);
    const h = JSON.parse(exporterTout(plein()));
    delete h.autoEvaluation;
    expect(importerTout(JSON.stringify(h), vide()).ok).toBe(false);
  });

  test('fusion : l’historique est l’union sans doublon, l’examen en cours ici est gardé', () => {
    const autre: Tentative = { ...tentative, code: 'XYZ-123', date: '2026-11-03T10:00:00.000Z' };
    const ici = { ...vide(), session: session([xDa]), historique: [tentative] };
    const r = importerTout(exporterTout({ ...plein(), historique: [tentative, autre] }), ici);
    expect(r.ok && r.etat.historique.map((t) => t.code)).toEqual(['ABC-DEF', 'XYZ-123']);
    expect(r.ok && r.etat.session?.items).toEqual([xDa]);
  });
});

describe('éléments que le cours n’a plus', () => {
  const catalogue = { existe: (it: Item) => it.genre === 'question' || it.type !== 'inconnu' };

  test('un exercice disparu est retiré de l’examen en cours et des cartes, et nommé ; le reste est gardé', () => {
    const c = { ...cartes(), ...planifier({}, [{ item: xInconnu, juste: false }], new Date(date)) };
    const s = session([q1, xInconnu, xDa], 2);
    const r = ecarterInconnus(s, c, catalogue);
    expect(r.change).toBe(true);
    expect(r.session?.items).toEqual([q1, xDa]);
    // The learner was on the third item (plafond-da): still on it.
    expect(r.session?.items[r.session.index]).toEqual(xDa);
    expect(Object.keys(r.cartes).sort()).toEqual(['q:histoire-1980', 'x:plafond-da']);
    expect(r.ecartes).toEqual(['l’exercice «\u00a0inconnu\u00a0»']);
    expect(annonceEcartes(r.ecartes)).toBe(
      'Un élément enregistré n’existe plus dans ce cours (l’exercice «\u00a0inconnu\u00a0»)\u00a0: il a été retiré de l’examen en cours et des révisions\u00a0; le reste est conservé.',
    );
  });

  test('un examen fait seulement d’éléments disparus est abandonné, sans erreur', () => {
    const r = ecarterInconnus(session([xInconnu]), {}, catalogue);
    expect(r.session).toBeNull();
  });

  test('rien à retirer : mêmes objets, rien ne change', () => {
    const s = session([q1, xDa]);
    const c = cartes();
    const r = ecarterInconnus(s, c, catalogue);
    expect(r.change).toBe(false);
    expect(r.session).toBe(s);
    expect(r.cartes).toBe(c);
    expect(annonceEcartes(r.ecartes)).toBe('');
  });
});
