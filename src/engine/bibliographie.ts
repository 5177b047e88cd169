/**
 * The bibliography: one registry, one id scheme. Its data is ./sources.json, read here by the
 * engine (parameters and rules cite its ids through `isnar`, `cdc`, `ext`) and by the Astro
 * `sources` collection (src/content.config.ts loads the same file, validated by
 * src/content/schemas/source.ts). It lives under src/engine because the engine is the lowest layer
 * and imports nothing from the rest of src.
 *
 * Server-side only: an island that imported `sources` or `citations` would ship every title and
 * usage note. Islands receive ids, cite with `citer` (./citer.ts) and link to the sources page.
 */
import registre from './sources.json';
import { CITATIONS_DOCUMENTS, type Citations } from './citer.js';

/** Verification status of a public source: several concordant sources, a single secondary one, or not verified. */
export type StatutSource = 'verifie' | 'source-unique' | 'non-verifie';

export interface EntreeSource {
  /** What `SourceRef.document` names, and the anchor of the entry on the sources page. */
  id: string;
  /** `principale`: one of the two source documents; `juridique`: a legal text they cite; `publique`: a public source used beyond them. */
  type: 'principale' | 'juridique' | 'publique';
  titre: string;
  auteur?: string;
  date?: string;
  url?: string;
  /** What the course takes from it. */
  usage: string;
  statut?: StatutSource;
  /** How it is cited in text; absent for the two documents, whose citation is CITATIONS_DOCUMENTS. */
  citation?: string;
}

export const sources = registre as readonly EntreeSource[];

function construireCitations(): Citations {
  const c: Record<string, string> = {};
  for (const s of sources) if (s.citation !== undefined) c[s.id] = s.citation;
  return { ...c, ...CITATIONS_DOCUMENTS };
}

/** Id → citation for every entry of the registry (server-side, see above). */
export const citations: Citations = /* @__PURE__ */ construireCitations();

export function sourceConnue(id: string): boolean {
  return Object.hasOwn(citations, id);
}

/** Public sources are the ones the course marks "hors du guide" (`externe: true` on a parameter). */
export function estExterne(id: string): boolean {
  return !Object.hasOwn(CITATIONS_DOCUMENTS, id);
}
