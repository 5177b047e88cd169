/**
 * `donnees/chronologie.json`: the events of the timeline island (Chronologie.astro), fetched by its
 * `client:donnees` directive when it scrolls into view instead of being serialized into the page
 * (src/lib/donnees-ilots.ts). Prerendered at build.
 */
import type { APIRoute } from 'astro';
import { evenementsChronologie } from '../../components/chronologie/donnees';
import { reponseJson } from './_json';

export const GET: APIRoute = async () => reponseJson(await evenementsChronologie());
