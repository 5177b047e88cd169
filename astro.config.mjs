// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { fileURLToPath } from 'node:url';

/**
 * `SITE` and `BASE` come from the environment so the same build can be hosted
 * at a domain root or under a sub-path (a university server, GitHub Pages):
 *   SITE=https://exemple.univ.fr BASE=/cours/secteurs npm run build
 */
const base = process.env.BASE ?? '/';

/**
 * `client:interaction` (src/scripts/client-interaction.ts): the chapter calculators hydrate at the
 * reader's first interaction with them, not when they scroll into view (README « Mesures »).
 * `client:donnees` (src/scripts/client-donnees.ts): the chapter quiz and the timeline hydrate when seen,
 * with their data fetched from a static JSON file instead of serialized into the page (issue #12).
 */
const hydratationALInteraction = {
  name: 'secteurs:client-interaction',
  hooks: {
    /** @param {{ addClientDirective: (d: { name: string; entrypoint: string | URL }) => void }} options */
    'astro:config:setup': ({ addClientDirective }) => {
      addClientDirective({ name: 'interaction', entrypoint: fileURLToPath(new URL('./src/scripts/client-interaction.ts', import.meta.url)) });
      addClientDirective({ name: 'donnees', entrypoint: fileURLToPath(new URL('./src/scripts/client-donnees.ts', import.meta.url)) });
    },
  },
};

export default defineConfig({
  site: process.env.SITE ?? 'http://localhost:4321',
  base,
  trailingSlash: 'always',
  // The stylesheet (≈ 5 KiB gzip) goes into each page's <head>: as a separate file it was the one
  // render-blocking request, one more round trip before the first paint. Same run, interleaved,
  // median of 3 (README « Mesures »): FCP −40 ms (introduction) and −90 ms (dépassements), within the
  // noise of a loaded machine but in the same direction on both pages. The price: 5 KiB per page, not
  // cached from one page to the next.
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [mdx(), preact(), hydratationALInteraction],
  devToolbar: { enabled: false },
});
