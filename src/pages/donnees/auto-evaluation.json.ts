/**
 * What an exam of the self-assessment needs beyond its modules, as a static file fetched when an exam,
 * a review or past results open (src/components/auto-evaluation/AutoEvaluation.tsx): the question bank,
 * the citations, and for every question and exercise kind the chapter section to reread
 * (src/domaine/relire.ts). In the island's props it made 20 KiB gzip of the page's 30 (README « Mesures »).
 */
import type { APIRoute } from 'astro';
import { getCollection, render } from 'astro:content';
import { liensARelire, type ChapitreARelire } from '../../domaine/relire';
import { chapitresOrdonnes } from '../../lib/chapitres';
import { chapitreHref } from '../../lib/url';
import { citations, listeExercices } from '../../engine';
import type { BanqueAutoEvaluation } from '../../components/auto-evaluation/types';

export const GET: APIRoute = async () => {
  const banque = (await getCollection('questions')).map((q) => q.data).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const chapitres: ChapitreARelire[] = await Promise.all(
    (await chapitresOrdonnes()).map(async (c) => {
      const { headings } = await render(c);
      return { id: c.id, titreCourt: c.data.titreCourt, theme: c.data.theme, corps: c.body ?? '', sections: headings.filter((h) => h.depth === 2) };
    }),
  );
  const { relireQuestions, relireExercices } = liensARelire(chapitres, banque, listeExercices(), chapitreHref);
  const donnees: BanqueAutoEvaluation = { banque, citations, relireQuestions, relireExercices };
  return new Response(JSON.stringify(donnees), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
