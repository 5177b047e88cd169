/**
 * What a SCO asks: the items of an attempt — the exam of a code, drawn as on the site from the
 * package's chapters (the self-assessment), or a chapter's questions in the bank's order, as its
 * end-of-chapter quiz shows them. Pure, so it is tested without a browser.
 */
import { listeExercices, THEMES } from '../engine';
import type { Question } from '../content/schemas/question';
import { lireCode, tirerExamen, type Item } from '../domaine/examen';

export type ConfigSco = { genre: 'auto-evaluation'; titre: string; chapitres: string[] | null } | { genre: 'quiz'; titre: string; chapitre: string };

/** The items of a state: the exam of its code, or the chapter's questions in the bank's order. */
export function itemsDe(config: ConfigSco, banque: Question[], cle: string): Item[] | null {
  if (config.genre === 'quiz') {
    return cle === config.chapitre ? banque.filter((q) => q.chapitre === config.chapitre).map((q) => ({ genre: 'question', id: q.id, theme: q.theme })) : null;
  }
  const lu = lireCode(cle);
  if (!lu.ok) return null;
  const questions = config.chapitres ? banque.filter((q) => config.chapitres!.includes(q.chapitre)) : banque;
  const themes = new Set(questions.map((q) => q.theme));
  const kinds = listeExercices().filter((k) => themes.has(k.theme));
  return tirerExamen(lu.config, questions, kinds);
}

/** Themes an exam of this package draws from: those of its chapters' questions (all five without a restriction). */
export function themesDe(config: ConfigSco, banque: Question[]) {
  if (config.genre !== 'auto-evaluation' || !config.chapitres) return [...THEMES];
  const t = new Set(banque.filter((q) => config.chapitres!.includes(q.chapitre)).map((q) => q.theme));
  return THEMES.filter((x) => t.has(x));
}
