/**
 * The one citation format of the course: « Guide ISNAR-IMG 2017, §5.2 », « Cour des comptes 2022,
 * II-B-3 », « Urssaf, cotisations des PAMC ». Pages, chapters, quiz explanations, the Barèmes page
 * and calculation traces all call `citer`; none formats a citation itself.
 *
 * This module holds no bibliography, so an island may import it: it passes the `citations` it has
 * (none, or a map the server handed it) and links to the sources page for the rest. Server code
 * passes the registry's full map, `citations` of ./bibliographie.ts.
 */
import type { SourceRef } from './parametres/types.js';

/** Id → how the source is cited in text. */
export type Citations = Readonly<Record<string, string>>;

/**
 * How the two source documents are cited. Their home is here rather than in sources.json because
 * islands cite them in every calculation trace and must not ship the bibliography; the registry
 * (bibliographie.ts) merges them with the citations of every other entry.
 */
export const CITATIONS_DOCUMENTS = {
  isnar: 'Guide ISNAR-IMG 2017',
  cdc: 'Cour des comptes 2022',
} as const satisfies Citations;

/** Said of a public source an island has no citation for; the link next to it leads to the entry. */
export const SOURCE_HORS_GUIDE = 'source publique hors du guide';

export function citer(ref: SourceRef, citations: Citations = CITATIONS_DOCUMENTS): string {
  const nom = citations[ref.document] ?? SOURCE_HORS_GUIDE;
  return ref.section ? `${nom}, ${ref.section}` : nom;
}
