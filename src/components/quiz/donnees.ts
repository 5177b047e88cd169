/**
 * The data of a chapter's quiz island, one definition for both places that need it: the JSON file
 * the browser fetches (src/pages/donnees/quiz/[chapitre].json.ts) and the server render
 * (QuizIlot.astro). Same function, same data: the hydrated quiz renders what the server printed.
 */
import { getCollection } from 'astro:content';
import { citations as toutesLesCitations } from '../../engine';
import { href } from '../../lib/url';
import type { Question } from '../../content/schemas/question';

export interface DonneesQuiz {
  /** The chapter's questions, in the collection's order (the question bank file's). */
  questions: Question[];
  /** Citation text of the sources these questions cite, and only those (Explication reads no other). */
  citations: Record<string, string>;
}

export const urlDonneesQuiz = (chapitre: string) => href(`donnees/quiz/${chapitre}.json`);

export async function donneesQuiz(chapitre: string): Promise<DonneesQuiz> {
  const questions = (await getCollection('questions')).map((q) => q.data).filter((q) => q.chapitre === chapitre);
  const citations: Record<string, string> = {};
  for (const q of questions) {
    const c = toutesLesCitations[q.source.document];
    if (c !== undefined) citations[q.source.document] = c;
  }
  return { questions, citations };
}

/** The chapters that have a quiz (at least one question). */
export async function chapitresAvecQuiz(): Promise<string[]> {
  return [...new Set((await getCollection('questions')).map((q) => q.data.chapitre))];
}
