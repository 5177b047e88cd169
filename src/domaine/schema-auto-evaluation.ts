/**
 * The self-assessment's saved state — the attempt in progress, the history of finished attempts and
 * the spaced-review cards — with the item-by-item repair of what localStorage gives back.
 * Pure functions, no DOM, unit-tested in tests/domaine; src/stores persists them. Nothing here throws: a corrupt item is dropped
 * alone, valid items are kept; unreadable data gives the empty value.
 */
import { LONGUEURS, THEMES, type Theme } from './constantes';
import type { Item } from './examen';
import type { Reponse } from './corriger';
import { pointsQuestion, pointsVerdict, pourcentage, estReussi } from './score';

export const VERSION_AUTO_EVALUATION = 1;
/** localStorage key of the review cards (also read by the home page's src/scripts/a-revoir.ts). */
export const CLE_CARTES_BRUTE = 'secteurs:auto-evaluation:cartes';
/** History beyond this is dropped, oldest first. */
export const HISTORIQUE_MAX = 100;
export const ITEMS_MAX = 60;

export type VerdictExercice = 'correct' | 'proche' | 'faux';
export type ReponseItem = { genre: 'question'; reponse: Reponse; correct: boolean } | { genre: 'exercice'; saisie: string; verdict: VerdictExercice };

export interface Session {
  version: typeof VERSION_AUTO_EVALUATION;
  /** An exam (scored, kept in history) or a review session of due items. */
  mode: 'examen' | 'revision';
  /** Exam code ("K7M-4QX"); empty for a review session. */
  code: string;
  longueur: number;
  themes: Theme[];
  items: Item[];
  /** VERSION_GENERATEURS when the exam was drawn (absent before it existed). */
  generateurs?: number;
  /** One per item, null while unanswered. */
  reponses: Array<ReponseItem | null>;
  /** Index of the question on screen. */
  index: number;
  chrono: boolean;
  /** Seconds spent on the exam (counted while the page is open). */
  secondes: number;
  debut: string;
}

export interface Tentative {
  code: string;
  /** ISO date-time of the end. */
  date: string;
  longueur: number;
  themes: Theme[];
  items: Item[];
  /** VERSION_GENERATEURS when the exam was drawn (absent before it existed). */
  generateurs?: number;
  reponses: Array<ReponseItem | null>;
  secondes: number;
}

/** A ts-fsrs card as JSON (dates as ISO strings). */
export interface CarteStockee {
  due: string;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: 0 | 1 | 2 | 3;
  last_review?: string;
}
export interface EntreeRevision {
  /** What to ask again: a bank question, or an exercise kind (a fresh variant each time). */
  item: Item;
  carte: CarteStockee;
}
export type Cartes = Record<string, EntreeRevision>;

const DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const ID = /^[a-z0-9][a-z0-9-]{0,119}$/;
const CLES_INTERDITES = new Set(['__proto__', 'constructor', 'prototype']);
const estObjet = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const entier = (v: unknown, min: number, max: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
const fini = (v: unknown, min = -1e9, max = 1e9): v is number => typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;
const dateValide = (v: unknown): v is string => typeof v === 'string' && DATE.test(v) && !Number.isNaN(Date.parse(v));
const estTheme = (v: unknown): v is Theme => typeof v === 'string' && (THEMES as readonly string[]).includes(v);

export function lireItem(v: unknown): Item | null {
  if (!estObjet(v) || !estTheme(v.theme)) return null;
  if (v.genre === 'question' && typeof v.id === 'string' && ID.test(v.id) && !CLES_INTERDITES.has(v.id)) return { genre: 'question', id: v.id, theme: v.theme };
  if (v.genre === 'exercice' && typeof v.type === 'string' && ID.test(v.type) && !CLES_INTERDITES.has(v.type) && entier(v.graine, 0, 2 ** 32 - 1)) {
    return { genre: 'exercice', type: v.type, graine: v.graine, theme: v.theme };
  }
  return null;
}

const indices = (v: unknown, max = 20): v is number[] => Array.isArray(v) && v.length <= max && v.every((x) => entier(x, 0, 50));

/** Shape of a bank answer (its consistency with the question is checked by the page, which knows the bank). */
export function lireReponse(v: unknown): Reponse | null {
  if (!estObjet(v)) return null;
  switch (v.type) {
    case 'choix-unique':
      return v.choix === null || entier(v.choix, 0, 50) ? { type: 'choix-unique', choix: v.choix } : null;
    case 'vrai-faux':
      return v.choix === null || typeof v.choix === 'boolean' ? { type: 'vrai-faux', choix: v.choix } : null;
    case 'choix-multiple':
      return indices(v.choix) ? { type: 'choix-multiple', choix: [...v.choix] } : null;
    case 'association':
      return Array.isArray(v.choix) && v.choix.length <= 20 && v.choix.every((x) => x === null || entier(x, 0, 50))
        ? { type: 'association', choix: [...(v.choix as Array<number | null>)] }
        : null;
    case 'ordre':
      return indices(v.ordre) ? { type: 'ordre', ordre: [...v.ordre] } : null;
    default:
      return null;
  }
}

function lireReponseItem(v: unknown, item: Item): ReponseItem | null {
  if (!estObjet(v) || v.genre !== item.genre) return null;
  if (v.genre === 'question') {
    const r = lireReponse(v.reponse);
    return r && typeof v.correct === 'boolean' ? { genre: 'question', reponse: r, correct: v.correct } : null;
  }
  if (typeof v.saisie === 'string' && v.saisie.length <= 200 && (v.verdict === 'correct' || v.verdict === 'proche' || v.verdict === 'faux')) {
    return { genre: 'exercice', saisie: v.saisie, verdict: v.verdict };
  }
  return null;
}

/** The generators' version stored with an attempt, kept only when it is a plausible one. */
const generateurs = (v: unknown): { generateurs?: number } => (entier(v, 1, 1000) ? { generateurs: v } : {});

function lireThemes(v: unknown): Theme[] | null {
  if (!Array.isArray(v)) return null;
  const t = THEMES.filter((x) => v.includes(x));
  return t.length > 0 ? t : null;
}

/** Items with their answers, pair by pair: a bad item goes with its answer; a bad answer becomes "unanswered". */
function lirePaires(items: unknown, reponses: unknown): { items: Item[]; reponses: Array<ReponseItem | null>; rejets: number } {
  const out: { items: Item[]; reponses: Array<ReponseItem | null>; rejets: number } = { items: [], reponses: [], rejets: 0 };
  if (!Array.isArray(items)) return out;
  const rs = Array.isArray(reponses) ? reponses : [];
  items.slice(0, ITEMS_MAX).forEach((brut, i) => {
    const item = lireItem(brut);
    if (!item) {
      out.rejets++;
      return;
    }
    const r = rs[i] == null ? null : lireReponseItem(rs[i], item);
    if (rs[i] != null && !r) out.rejets++;
    out.items.push(item);
    out.reponses.push(r);
  });
  return out;
}

export interface Lecture<T> {
  valeur: T;
  /** Number of dropped or reset items (for a console-free notice). */
  rejets: number;
}

function json(brut: string | null | undefined): { ok: true; v: unknown } | { ok: false } {
  if (brut === null || brut === undefined || brut === '') return { ok: false };
  try {
    return { ok: true, v: JSON.parse(brut) };
  } catch {
    return { ok: false };
  }
}

/** The attempt in progress, or null. The current index is kept in range; answers stay with their items. */
export function reparerSession(brut: string | null | undefined): Lecture<Session | null> {
  const j = json(brut);
  if (!j.ok || !estObjet(j.v)) return { valeur: null, rejets: j.ok && j.v !== null ? 1 : 0 };
  const v = j.v;
  const paires = lirePaires(v.items, v.reponses);
  if (paires.items.length === 0) return { valeur: null, rejets: 1 };
  const mode = v.mode === 'revision' ? 'revision' : 'examen';
  const themes = lireThemes(v.themes) ?? [...new Set(paires.items.map((i) => i.theme))];
  // First unanswered question if the stored index is unusable.
  const premierLibre = paires.reponses.findIndex((r) => r === null);
  const index = entier(v.index, 0, paires.items.length) ? v.index : premierLibre === -1 ? paires.items.length - 1 : premierLibre;
  return {
    valeur: {
      version: VERSION_AUTO_EVALUATION,
      mode,
      code: typeof v.code === 'string' && /^[0-9A-Z]{3}-[0-9A-Z]{3}$/.test(v.code) ? v.code : '',
      longueur: paires.items.length,
      themes,
      items: paires.items,
      ...generateurs(v.generateurs),
      reponses: paires.reponses,
      index,
      chrono: v.chrono === true,
      secondes: entier(v.secondes, 0, 10_000_000) ? v.secondes : 0,
      debut: dateValide(v.debut) ? v.debut : new Date(0).toISOString(),
    },
    rejets: paires.rejets,
  };
}

function lireTentative(v: unknown): Tentative | null {
  if (!estObjet(v) || !dateValide(v.date)) return null;
  const paires = lirePaires(v.items, v.reponses);
  if (paires.items.length === 0) return null;
  const themes = lireThemes(v.themes) ?? [...new Set(paires.items.map((i) => i.theme))];
  return {
    code: typeof v.code === 'string' && /^[0-9A-Z]{3}-[0-9A-Z]{3}$/.test(v.code) ? v.code : '',
    date: v.date,
    longueur: entier(v.longueur, 1, ITEMS_MAX) ? v.longueur : paires.items.length,
    themes,
    items: paires.items,
    ...generateurs(v.generateurs),
    reponses: paires.reponses,
    secondes: entier(v.secondes, 0, 10_000_000) ? v.secondes : 0,
  };
}

/** Finished attempts, oldest first; each bad attempt is dropped alone. */
export function reparerHistorique(brut: string | null | undefined): Lecture<Tentative[]> {
  const j = json(brut);
  if (!j.ok) return { valeur: [], rejets: 0 };
  if (!Array.isArray(j.v)) return { valeur: [], rejets: 1 };
  const valeur: Tentative[] = [];
  let rejets = 0;
  for (const t of j.v) {
    const lu = lireTentative(t);
    if (lu) valeur.push(lu);
    else rejets++;
  }
  valeur.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { valeur: valeur.slice(-HISTORIQUE_MAX), rejets };
}

export function lireCarte(v: unknown): CarteStockee | null {
  if (!estObjet(v) || !dateValide(v.due)) return null;
  const { stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, state, last_review } = v;
  if (!fini(stability, 0) || !fini(difficulty, 0, 11) || !fini(elapsed_days, 0) || !fini(scheduled_days, 0)) return null;
  if (!entier(learning_steps, 0, 1000) || !entier(reps, 0, 1_000_000) || !entier(lapses, 0, 1_000_000) || !entier(state, 0, 3)) return null;
  if (last_review !== undefined && last_review !== null && !dateValide(last_review)) return null;
  const c: CarteStockee = {
    due: v.due,
    stability,
    difficulty,
    elapsed_days,
    scheduled_days,
    learning_steps,
    reps,
    lapses,
    state: state as CarteStockee['state'],
  };
  if (typeof last_review === 'string') c.last_review = last_review;
  return c;
}

/** Review cards by key ("q:<question id>", "x:<exercise kind>"); each bad card is dropped alone. */
export function reparerCartes(brut: string | null | undefined): Lecture<Cartes> {
  const j = json(brut);
  const valeur: Cartes = Object.create(null);
  if (!j.ok) return { valeur, rejets: 0 };
  if (!estObjet(j.v)) return { valeur, rejets: 1 };
  let rejets = 0;
  for (const [cle, e] of Object.entries(j.v)) {
    const item = estObjet(e) ? lireItem(e.item) : null;
    const carte = estObjet(e) ? lireCarte(e.carte) : null;
    const attendue = item ? (item.genre === 'question' ? `q:${item.id}` : `x:${item.type}`) : null;
    if (item && carte && cle === attendue) valeur[cle] = { item, carte };
    else rejets++;
  }
  return { valeur, rejets };
}

// ——— Scores ———

/** Points of an answer under the course's one scoring policy (score.ts); unanswered is 0. */
export const scoreReponse = (r: ReponseItem | null): number => (r === null ? 0 : r.genre === 'question' ? pointsQuestion(r.correct) : pointsVerdict(r.verdict));
/** Missed = not fully right (a "close" numeric answer is reviewed too). */
export const estManque = (r: ReponseItem | null) => !estReussi(scoreReponse(r));

export interface Score {
  points: number;
  total: number;
  /** 0 to 100, rounded. */
  pourcent: number;
}
const score = (points: number, total: number): Score => ({ points, total, pourcent: pourcentage(points, total) });

export function scoreGlobal(items: readonly Item[], reponses: ReadonlyArray<ReponseItem | null>): Score {
  return score(
    items.reduce((s, _, i) => s + scoreReponse(reponses[i] ?? null), 0),
    items.length,
  );
}

/** Per theme, in the canonical order, only the themes present in the exam. */
export function scoresParTheme(items: readonly Item[], reponses: ReadonlyArray<ReponseItem | null>): Array<{ theme: Theme } & Score> {
  return THEMES.flatMap((t) => {
    const idx = items.map((it, i) => (it.theme === t ? i : -1)).filter((i) => i >= 0);
    if (idx.length === 0) return [];
    return [
      {
        theme: t,
        ...score(
          idx.reduce((s, i) => s + scoreReponse(reponses[i] ?? null), 0),
          idx.length,
        ),
      },
    ];
  });
}

/** Trend of an attempt against the previous one, in percentage points. */
export function tendance(historique: readonly Tentative[], i: number): number | null {
  if (i <= 0 || i >= historique.length) return null;
  const a = historique[i - 1]!;
  const b = historique[i]!;
  return scoreGlobal(b.items, b.reponses).pourcent - scoreGlobal(a.items, a.reponses).pourcent;
}

export { LONGUEURS };

/** Cards due at `maintenant`, the most overdue first. */
export function cartesDues(cartes: Cartes, maintenant = new Date()): Array<{ cle: string } & EntreeRevision> {
  const t = maintenant.getTime();
  return Object.entries(cartes)
    .filter(([, e]) => Date.parse(e.carte.due) <= t)
    .sort(([, a], [, b]) => Date.parse(a.carte.due) - Date.parse(b.carte.due))
    .map(([cle, e]) => ({ cle, ...e }));
}

/** The next due date among cards not yet due, or null. */
export function prochaineEcheance(cartes: Cartes, maintenant = new Date()): string | null {
  const t = maintenant.getTime();
  const futures = Object.values(cartes)
    .map((e) => e.carte.due)
    .filter((d) => Date.parse(d) > t)
    .sort();
  return futures[0] ?? null;
}
