import type { Question } from '../../content/schemas/question';
import type { Lien } from '../../domaine/relire';

/** What the page computes at build time and hands to the island. */
export interface DonneesAutoEvaluation {
  banque: Question[];
  /** Citation text of each source id. */
  citations: Record<string, string>;
  /** Base-aware link to the sources page. */
  pageSources: string;
  /** Section to reread for each question id, and for each exercise kind. */
  relireQuestions: Record<string, Lien>;
  relireExercices: Record<string, Lien>;
  /** Ids of the engine's exercise kinds, so that stored items naming a removed kind can be set aside
   * before the exam engine loads (the start screen counts due review cards without it). */
  typesExercices: string[];
}
