/**
 * Build-time data of the export files: the validated question bank (Astro's collection), the chapters
 * in course order with their titles, the bibliography's citations. Shared by the download endpoints
 * and the page, so the files and the page's counts are the same content.
 */
import { getCollection } from 'astro:content';
import { citations } from '../../../engine';
import { chapitresOrdonnes } from '../../../lib/chapitres';
import { contenuBanque, VARIANTES_PAR_DEFAUT, type OptionsExport } from '../../../domaine/export';
import type { Question } from '../../../content/schemas/question';

export async function donneesExport() {
  const banque: Question[] = (await getCollection('questions')).map((e) => e.data).sort((a, b) => a.id.localeCompare(b.id));
  const chapitres = (await chapitresOrdonnes()).map((c) => ({ id: c.id, titre: c.data.titre }));
  const options: OptionsExport = { chapitres, citations };
  const contenu = contenuBanque(banque, { variantes: VARIANTES_PAR_DEFAUT });
  return { banque, chapitres, options, contenu };
}

/** The files offered for download: name, format, options, what it is. */
export const FICHIERS_EXPORT = [
  { nom: 'secteurs-moodle.xml', format: 'moodle-xml', ordre: 'ordering', type: 'application/xml; charset=utf-8' },
  { nom: 'secteurs-moodle-sans-ordering.xml', format: 'moodle-xml', ordre: 'association', type: 'application/xml; charset=utf-8' },
  { nom: 'secteurs.gift.txt', format: 'gift', ordre: 'association', type: 'text/plain; charset=utf-8' },
] as const;
