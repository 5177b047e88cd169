/** The same as secteurs-moodle.xml, ordering questions written as matching (a Moodle without the « ordering » type). */
import type { APIRoute } from 'astro';
import { reponseFichier } from './_fichier';

export const GET: APIRoute = () => reponseFichier('secteurs-moodle-sans-ordering.xml');
