/**
 * Island data kept out of the island's `props` attribute (issue #12): the chapter quiz and the
 * timeline used to serialize all their data into the page a second time, after rendering it. Their
 * data now lives in a static JSON file (src/pages/donnees/), and the island's props carry only its
 * URL (versioned by its content, `urlVersionnee`), which is the key of this registry.
 *
 * - On the server, the Astro wrapper (QuizIlot.astro, Chronologie.astro) deposits the data under
 *   that URL before the island renders; the component reads it synchronously.
 * - In the browser, the `client:donnees` directive (src/scripts/client-donnees.ts) fetches the JSON
 *   and deposits it under the same URL, then hydrates: the component reads the same data and
 *   renders the same markup as the server did.
 *
 * Astro inlines each directive into the page as its own bundle, so it cannot share a module instance
 * with the component: the registry is a global, and this module is the only one that touches it.
 * It imports nothing, so that the directive's inlined bundle stays tiny.
 */
declare global {
  var __secteursDonneesIlots: Map<string, unknown> | undefined;
}

const registre = (): Map<string, unknown> => (globalThis.__secteursDonneesIlots ??= new Map());

/** What a `client:donnees` directive receives: the JSON's URL and the message shown if it fails. */
export interface OptionsDonnees {
  /** Base-aware URL of the island's JSON (also the registry key the component reads). */
  url: string;
  /** The French message shown in the island's place when the data cannot be loaded. */
  erreur: string;
}

/**
 * The URL with a version of the data, `…/histoire.json?v=1x2y3z` (FNV-1a of its JSON text): after a
 * new build whose data differs, the page asks for another URL, so a copy of the older file kept by
 * the browser or a proxy is never hydrated against the newer page (a hydration mismatch). Server-side;
 * the directive receives the URL already versioned.
 */
export function urlVersionnee(url: string, donnees: unknown): string {
  const texte = JSON.stringify(donnees);
  let h = 0x811c9dc5;
  for (let i = 0; i < texte.length; i++) h = Math.imul(h ^ texte.charCodeAt(i), 0x01000193);
  return `${url}?v=${(h >>> 0).toString(36)}`;
}

export function deposerDonnees(url: string, donnees: unknown): void {
  registre().set(url, donnees);
}

/**
 * The data deposited under `url`. Missing data is a programming error (a wrapper that forgot to
 * deposit, or a directive that hydrated too early), never a reader's: it throws, loudly.
 */
export function lireDonnees<T>(url: string): T {
  const r = registre();
  if (!r.has(url)) throw new Error(`Données d’îlot absentes pour «\u00a0${url}\u00a0»\u00a0: elles doivent être déposées avant le rendu.`);
  return r.get(url) as T;
}
