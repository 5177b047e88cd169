import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BASE, DOSSIER, cheminsDuSite } from './html';

/**
 * Crawls every HTML file of the build: each internal link, script, stylesheet and image must point
 * to a file of the build, under the base path, and each #anchor must exist on its target page.
 */
const dir = DOSSIER;
const base = BASE;
const pages = cheminsDuSite();

function fichierPour(chemin: string): string | null {
  // chemin is a decoded pathname starting with the base.
  const rel = chemin.slice(base.length);
  const p = join(dir, rel);
  if (existsSync(p) && statSync(p).isFile()) return p;
  const index = join(p, 'index.html');
  if (existsSync(index)) return index;
  return null;
}

const ids = new Map<string, Set<string>>();
function idsDe(fichier: string): Set<string> {
  let s = ids.get(fichier);
  if (!s) {
    const html = readFileSync(fichier, 'utf8');
    s = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decodeEntities(m[1]!)));
    ids.set(fichier, s);
  }
  return s;
}
function decodeEntities(s: string) {
  return s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

describe('liens internes de tout dist/', () => {
  for (const page of pages) {
    test(`/${page} : aucun lien ni ancre cassés`, () => {
      const fichier = join(dir, page.endsWith('.html') ? page : `${page}index.html`);
      const html = readFileSync(fichier, 'utf8');
      const pageUrl = new URL(base + page, 'http://site.test');
      const casses: string[] = [];
      for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
        const brut = decodeEntities(m[1]!);
        if (/^(mailto:|tel:|data:|javascript:)/.test(brut)) continue;
        const url = new URL(brut, pageUrl);
        if (url.origin !== 'http://site.test') continue; // external links are not requests; checked elsewhere
        const chemin = decodeURIComponent(url.pathname);
        if (!chemin.startsWith(base)) {
          casses.push(`${brut} (hors du chemin de base ${base})`);
          continue;
        }
        const cible = fichierPour(chemin);
        if (!cible) {
          casses.push(`${brut} (fichier absent)`);
          continue;
        }
        if (url.hash.length > 1) {
          const ancre = decodeURIComponent(url.hash.slice(1));
          if (!idsDe(cible).has(ancre)) casses.push(`${brut} (ancre #${ancre} absente)`);
        }
      }
      expect(casses).toEqual([]);
    });
  }
});
