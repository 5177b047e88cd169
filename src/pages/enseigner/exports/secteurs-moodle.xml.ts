/** The whole bank and 20 variants per exercise kind, Moodle XML with Moodle's « ordering » type (Moodle ≥ 4.4). */
import type { APIRoute } from 'astro';
import { reponseFichier } from './_fichier';

export const GET: APIRoute = () => reponseFichier('secteurs-moodle.xml');
