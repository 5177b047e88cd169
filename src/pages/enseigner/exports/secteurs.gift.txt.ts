/** The whole bank and 20 variants per exercise kind, GIFT. */
import type { APIRoute } from 'astro';
import { reponseFichier } from './_fichier';

export const GET: APIRoute = () => reponseFichier('secteurs.gift.txt');
