/**
 * What an exam code promises, computed by the current code: `generate(seed)` of every exercise kind
 * for fixed seeds, the engine's printed-sheet draw (`autoEvaluation`), the self-assessment's draw for
 * fixed exam codes, and the display order of choice options, association right-hand items and
 * ordering questions for fixed question ids. codes-golden.test.ts compares it with the committed
 * fixture codes-golden.json (README, « Codes d’examen : une promesse »).
 *
 * The exam draws use a fixed, made-up bank (ids and themes below) with the engine's real exercise
 * kinds: the real bank grows with the course, and adding a question to a theme does change the exams
 * of that theme's codes (a documented limit), but the draw itself, the shuffle and the generators must
 * not change unnoticed.
 */
import { autoEvaluation, exercices, listeExercices, THEMES } from '../../src/engine';
import { lireCode, tirerExamen, VERSION_GENERATEURS } from '../../src/domaine/examen';
import { ordreDroite, ordreInitial, ordreOptions } from '../../src/domaine/corriger';
import type { Question } from '../../src/content/schemas/question';

export const GRAINES_EXERCICES = [0, 1, 42, 4821, 99999] as const;
export const GRAINES_FEUILLES = [1, 2026] as const;
/** 15 items on every theme (graine 4821), 40 items on two themes (graine 0), 15 on one theme (graine 12345). */
export const CODES = ['2D4-6EK', '222-3CV', '2YC-FHC'] as const;

/** Made-up bank: 8 questions per theme, so every theme gets questions and exercises. */
export const BANQUE_FIXE = THEMES.flatMap((t) => Array.from({ length: 8 }, (_, i) => ({ id: `${t}-q${i + 1}`, theme: t })));

/** Question ids (real ones from the bank) and their number of options, pairs or elements. */
export const ORDRES = {
  options: [
    ['contrat-taux-depassement-convention', 4],
    ['contrat-conditions-da', 4],
    ['contrat-champ-convention', 5],
    ['conventions-aujourdhui-forfaits', 6],
  ],
  droite: [
    ['contrat-sigles', 6],
    ['conventions-aujourdhui-fpmt-montants', 4],
  ],
  ordre: [
    ['contrat-cas-optam', 4],
    ['conventions-aujourdhui-etapes', 5],
  ],
} as const;

const json = (v: unknown): unknown => JSON.parse(JSON.stringify(v));

export function calculerCodes() {
  const generateurs = Object.fromEntries(
    listeExercices().map((k) => [k.id, GRAINES_EXERCICES.map((graine) => ({ graine, params: json(exercices[k.id]!.generate(graine)) }))]),
  );
  const feuilles = GRAINES_FEUILLES.map((graine) => ({
    graine,
    questions: autoEvaluation(graine, 12).map((q) => ({ exercice: q.exercice, theme: q.theme, seed: q.seed, params: json(q.params) })),
  }));
  const examens = CODES.map((code) => {
    const lu = lireCode(code);
    if (!lu.ok) throw new Error(`code golden illisible : ${code}`);
    const items = tirerExamen(lu.config, BANQUE_FIXE, listeExercices());
    return {
      code,
      config: lu.config,
      items: items.map((it) =>
        it.genre === 'question'
          ? { genre: it.genre, id: it.id, theme: it.theme }
          : { genre: it.genre, type: it.type, graine: it.graine, theme: it.theme, params: json(exercices[it.type]!.generate(it.graine)) },
      ),
    };
  });
  const q = (id: string, n: number, champ: 'options' | 'paires' | 'elements') =>
    ({
      id,
      [champ]: Array.from({ length: n }, (_, i) =>
        champ === 'options' ? { texte: `${i}`, correct: i === 0 } : champ === 'paires' ? { gauche: `${i}`, droite: `${i}` } : `${i}`,
      ),
    }) as unknown as Question;
  const ordres = {
    options: ORDRES.options.map(([id, n]) => ({ id, n, ordre: ordreOptions(q(id, n, 'options') as Extract<Question, { type: 'choix-unique' }>) })),
    droite: ORDRES.droite.map(([id, n]) => ({ id, n, ordre: ordreDroite(q(id, n, 'paires') as Extract<Question, { type: 'association' }>) })),
    ordre: ORDRES.ordre.map(([id, n]) => ({ id, n, ordre: ordreInitial(q(id, n, 'elements') as Extract<Question, { type: 'ordre' }>) })),
  };
  return { version: VERSION_GENERATEURS, generateurs, feuilles, examens, ordres };
}
