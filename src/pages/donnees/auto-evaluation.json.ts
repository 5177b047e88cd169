/**
 * `donnees/auto-evaluation.json`: what an exam of the self-assessment needs beyond its modules — the
 * question bank, the citations, the sections to reread — fetched when an exam, a review or past
 * results open (AutoEvaluation.tsx). In the island's props it made 20 KiB gzip of the page's 30.
 * Prerendered at build.
 */
import type { APIRoute } from 'astro';
import { banqueAutoEvaluation } from '../../components/auto-evaluation/donnees';
import { reponseJson } from './_json';

export const GET: APIRoute = async () => reponseJson(await banqueAutoEvaluation());
