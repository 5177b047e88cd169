/**
 * The events of the timeline island, one definition for the JSON file the browser fetches
 * (src/pages/donnees/chronologie.json.ts) and the server render (Chronologie.astro).
 */
import { getCollection } from 'astro:content';
import { chapitreHref, href } from '../../lib/url';
import type { EvenementAffiche } from './ChronologieInteractive';

export const URL_CHRONOLOGIE = href('donnees/chronologie.json');

// Stable sort on the year only: within a year the file's order (the source's order) is kept,
// since events without a known day cannot be placed against dated ones.
export async function evenementsChronologie(): Promise<EvenementAffiche[]> {
  return (await getCollection('chronologie'))
    .map((e) => e.data)
    .sort((a, b) => a.annee - b.annee)
    .map((e) => ({
      id: e.id,
      annee: e.annee,
      titre: e.titre,
      description: e.description,
      themes: e.themes,
      lien: e.ancre ? chapitreHref(e.chapitre, e.ancre) : undefined,
    }));
}
