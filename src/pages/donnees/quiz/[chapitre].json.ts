/**
 * `donnees/quiz/<chapitre>.json`: the data of a chapter's quiz island, fetched by its `client:donnees`
 * directive when the quiz scrolls into view, instead of being serialized into the chapter page
 * (src/lib/donnees-ilots.ts). Prerendered at build, like every page of the site.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chapitresAvecQuiz, donneesQuiz } from '../../../components/quiz/donnees';
import { reponseJson } from '../_json';

export const getStaticPaths = (async () => (await chapitresAvecQuiz()).map((chapitre) => ({ params: { chapitre } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => reponseJson(await donneesQuiz(params.chapitre!));
