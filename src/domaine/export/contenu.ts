/**
 * What the LMS exports contain: questions of the bank (the typed `Question`, with its chapter and
 * theme) and seeded variants of the engine's exercise kinds, given as the self-assessment's `Item`s.
 * A series made on /enseigner/ resolves to an `Item[]`; `resoudreItems` turns it into this content,
 * so « export a series » is the same code as « export the whole bank ».
 * Pure: no Node API, no DOM — it runs at build time and in the browser.
 */
import { exercice, listeExercices, THEMES, type Decimal, type Etape, type Theme } from '../../engine';
import type { Question } from '../../content/schemas/question';
import type { Item } from '../examen';
import { hacher } from '../examen';

export type ItemExercice = Extract<Item, { genre: 'exercice' }>;

export interface ContenuExport {
  questions: readonly Question[];
  exercices: readonly ItemExercice[];
}

/** An export that cannot be made (unknown question or exercise kind…), with a French message. */
export class ErreurExport extends Error {
  override name = 'ErreurExport';
}

import { VARIANTES_MAX, VARIANTES_PAR_DEFAUT } from './limites';
export { VARIANTES_MAX, VARIANTES_PAR_DEFAUT };

/** An exercise kind's variant seeds for the exports: distinct, stable, same range as the self-assessment's (10000–99999). */
export function grainesExport(type: string, n: number): number[] {
  const graines: number[] = [];
  for (let i = 0; graines.length < n; i++) {
    const g = (hacher(`export:${type}:${i}`) % 90000) + 10000;
    if (!graines.includes(g)) graines.push(g);
  }
  return graines;
}

export interface ChoixContenu {
  /** Variants per exercise kind (0 = no exercise). */
  variantes?: number;
  /** Chapters whose questions are exported (all when absent). */
  chapitres?: readonly string[];
  /** Themes whose exercise kinds are exported (all when absent). */
  themes?: readonly Theme[];
}

/** The whole bank (or some chapters) and `variantes` seeded variants of every exercise kind (or of some themes). */
export function contenuBanque(banque: readonly Question[], choix: ChoixContenu = {}): ContenuExport {
  const n = choix.variantes ?? VARIANTES_PAR_DEFAUT;
  if (!Number.isInteger(n) || n < 0 || n > VARIANTES_MAX) {
    throw new ErreurExport(`Le nombre de variantes par exercice doit être un entier de 0 à ${VARIANTES_MAX}.`);
  }
  const questions = banque.filter((q) => !choix.chapitres || choix.chapitres.includes(q.chapitre));
  const exercices = listeExercices()
    .filter((k) => !choix.themes || choix.themes.includes(k.theme))
    .flatMap((k) => grainesExport(k.id, n).map((graine): ItemExercice => ({ genre: 'exercice', type: k.id, graine, theme: k.theme })));
  return { questions, exercices };
}

/** A series' items resolved against the bank, in the series' order. Unknown ids or kinds → ErreurExport. */
export function resoudreItems(items: readonly Item[], banque: readonly Question[]): ContenuExport {
  const parId = new Map(banque.map((q) => [q.id, q]));
  const kinds = new Set(listeExercices().map((k) => k.id));
  const questions: Question[] = [];
  const exercices: ItemExercice[] = [];
  for (const it of items) {
    if (it.genre === 'question') {
      const q = parId.get(it.id);
      if (!q) throw new ErreurExport(`La question « ${it.id} » n’est plus dans la banque du cours : la série a été faite avec une autre version.`);
      questions.push(q);
    } else {
      if (!kinds.has(it.type)) throw new ErreurExport(`L’exercice « ${it.type} » n’existe pas dans cette version du cours.`);
      exercices.push(it);
    }
  }
  return { questions, exercices };
}

/** One accepted answer of a numeric question, as decimal strings with a dot (Moodle and GIFT read a dot). */
export interface ReponseNumerique {
  valeur: string;
  tolerance: string;
}

/** A variant of an exercise kind, computed by the engine, ready to be written in any format. */
export interface VarianteCalculee {
  type: string;
  graine: number;
  titre: string;
  theme: Theme;
  enonce: string;
  unite: 'euros' | 'taux';
  /** The unit of the number typed in the LMS: euros, or percentage points for a rate. */
  symbole: '€' | '%';
  /** Expected answer, formatted in French (« 15,10 € », « 66,8 % »). */
  attendu: string;
  /**
   * Accepted answers. Usually one, the expected value ± the engine's tolerance. When the engine's
   * grader accepts only one side of it (a cap: never above, even by a cent — noter.ts, `plafond`),
   * two: the exact value, and the half-interval below it written as centre ± half-width, since
   * Moodle's numerical tolerance is symmetric.
   */
  reponses: ReponseNumerique[];
  /** The engine's tolerance, in French. */
  descriptionTolerance: string;
  indices: string[];
  etapes: Etape[];
}

const enTexte = (d: Decimal) => d.toFixed();

/**
 * Computes a variant with the engine: statement, solution, hints, trace, and the accepted interval.
 * The interval is the engine's own: its grader's tolerance, and whether an answer at each end of it
 * is graded « correct » (probed with the grader itself, so a one-sided rule such as a cap is kept).
 */
export function calculerVariante(it: Pick<ItemExercice, 'type' | 'graine'>): VarianteCalculee {
  const k = exercice(it.type);
  const params = k.generate(it.graine);
  const sol = k.solve(params);
  const pourcent = sol.unite === 'taux';
  // The LMS reads the number typed: euros, or a percentage for a rate (the engine's rates are fractions).
  const vers = (d: Decimal) => (pourcent ? d.mul(100) : d);
  const saisie = (d: Decimal) => enTexte(vers(d));
  const notation = k.grade(params, saisie(sol.valeur));
  if (notation.verdict !== 'correct') {
    throw new ErreurExport(`L’exercice « ${it.type} » (graine ${it.graine}) ne reconnaît pas sa propre solution : export impossible.`);
  }
  const tol = notation.tolerance.correct;
  const accepte = (d: Decimal) => k.grade(params, saisie(d)).verdict === 'correct';
  const haut = accepte(sol.valeur.plus(tol));
  const bas = accepte(sol.valeur.minus(tol));
  const v = vers(sol.valeur);
  const t = vers(tol);
  const demi = t.div(2);
  let reponses: ReponseNumerique[];
  if (haut && bas) reponses = [{ valeur: enTexte(v), tolerance: enTexte(t) }];
  else if (bas)
    reponses = [
      { valeur: enTexte(v), tolerance: '0' },
      { valeur: enTexte(v.minus(demi)), tolerance: enTexte(demi) },
    ];
  else if (haut)
    reponses = [
      { valeur: enTexte(v), tolerance: '0' },
      { valeur: enTexte(v.plus(demi)), tolerance: enTexte(demi) },
    ];
  else reponses = [{ valeur: enTexte(v), tolerance: '0' }];
  return {
    type: k.id,
    graine: it.graine,
    titre: k.titre,
    theme: k.theme,
    enonce: k.enonce(params),
    unite: sol.unite,
    symbole: pourcent ? '%' : '€',
    attendu: notation.attendu,
    reponses,
    descriptionTolerance: notation.tolerance.description,
    indices: k.indices(params),
    etapes: sol.etapes,
  };
}

/** Canonical order of themes, for stable output. */
export const rangTheme = (t: Theme) => THEMES.indexOf(t);
