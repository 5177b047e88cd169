import type { Question } from '../../content/schemas/question';
import type { Lien } from '../../domaine/relire';

/** The island's props: small, since they are written into the page's HTML. */
export interface ProprietesAutoEvaluation {
  /** Base-aware address of the static file holding the bank (src/pages/donnees/auto-evaluation.json.ts). */
  adresseDonnees: string;
  /** Base-aware link to the sources page. */
  pageSources: string;
  /** Ids of the engine's exercise kinds, so that stored items naming a removed kind can be set aside
   * before the exam engine loads (the start screen counts due review cards without it). */
  typesExercices: string[];
}

/** The file at `adresseDonnees`, computed at build time: fetched with the exam's modules. */
export interface BanqueAutoEvaluation {
  banque: Question[];
  /** Citation text of each source id. */
  citations: Record<string, string>;
  /** Section to reread for each question id, and for each exercise kind. */
  relireQuestions: Record<string, Lien>;
  relireExercices: Record<string, Lien>;
}

/** What the exam screen and the results read: the props and the fetched file together. */
export type DonneesAutoEvaluation = ProprietesAutoEvaluation & BanqueAutoEvaluation;
