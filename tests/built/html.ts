/**
 * Reading the built site (E2E_DIR, default dist-e2e) without a browser: every HTML page, and its
 * visible text with the tags replaced by a marker, so that checks on words and spaces see what a
 * reader sees across element boundaries (« 25</strong> € » is « 25 € »).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

export const DOSSIER = process.env.E2E_DIR ?? 'dist-e2e';
/** The base path the site was built under (scripts/test-all.mjs builds dist-e2e under /cours/secteurs/). */
export const BASE = process.env.E2E_BASE ?? '/cours/secteurs/';

/** Every HTML page of the build, relative to its folder ("index.html", "chapitres/histoire/index.html"). */
export function pages(dir = DOSSIER): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'pagefind' && e.name !== '_astro') walk(p);
      } else if (e.name.endsWith('.html')) out.push(relative(dir, p).replaceAll('\\', '/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** The same pages as paths under the base, as a reader types them ("", "chapitres/histoire/", "404.html"). */
export function cheminsDuSite(dir = DOSSIER): string[] {
  return pages(dir)
    .map((p) => (p === 'index.html' ? '' : p.endsWith('/index.html') ? p.slice(0, -'index.html'.length) : p))
    .sort();
}

export const lire = (page: string, dir = DOSSIER) => readFileSync(join(dir, page), 'utf8');

/** Marker standing for a tag in `texteVisible`. */
export const BALISE = '\u0001';

const ENTITES: Record<string, string> = { nbsp: '\u00A0', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };

/** The text of a page as rendered: no comments, scripts, styles or templates; tags become BALISE. */
export function texteVisible(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, BALISE)
    .replace(/<[^>]*>/g, BALISE)
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
      e.startsWith('#x') ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : (ENTITES[e] ?? m),
    );
}
