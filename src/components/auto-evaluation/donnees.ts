/**
 * The self-assessment's bank file, one definition for both places that need it: the JSON file
 * (src/pages/donnees/auto-evaluation.json.ts) and the page, which gives the island that file's URL,
 * versioned by its content (`urlVersionnee`: a browser never pairs a newer page with an older bank).
 */
import { getCollection, render } from 'astro:content';
import { liensARelire, type ChapitreARelire } from '../../domaine/relire';
import { chapitresOrdonnes } from '../../lib/chapitres';
import { chapitreHref, href } from '../../lib/url';
import { citations, listeExercices } from '../../engine';
import type { BanqueAutoEvaluation } from './types';

export const urlBanqueAutoEvaluation = () => href('donnees/auto-evaluation.json');

/** The bank (sorted by id), the citations, and for every question and exercise kind the section to reread. */
export async function banqueAutoEvaluation(): Promise<BanqueAutoEvaluation> {
  const banque = (await getCollection('questions')).map((q) => q.data).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const chapitres: ChapitreARelire[] = await Promise.all(
    (await chapitresOrdonnes()).map(async (c) => {
      const { headings } = await render(c);
      return { id: c.id, titreCourt: c.data.titreCourt, theme: c.data.theme, corps: c.body ?? '', sections: headings.filter((h) => h.depth === 2) };
    }),
  );
  const { relireQuestions, relireExercices } = liensARelire(chapitres, banque, listeExercices(), chapitreHref);
  return { banque, citations, relireQuestions, relireExercices };
}
