// Prints, for every page of a build, the JavaScript it ships, gzipped: inline scripts, module
// scripts, and every island's component and renderer with their static imports (followed
// recursively, each file counted once per page). Budget: 35 KB for a chapter with all its widgets.
//   npm exec -- node scripts/mesurer-js.mjs [dist-dir]
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, dirname, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

const dir = process.argv[2] ?? 'dist';
const BUDGET_KO = 35;
const gz = (buf) => gzipSync(buf, { level: 9 }).length;

function pages(d) {
  return readdirSync(d).flatMap((n) => {
    const p = join(d, n);
    if (statSync(p).isDirectory()) return n === 'pagefind' || n === '_astro' ? [] : pages(p);
    return n.endsWith('.html') ? [p] : [];
  });
}

/** Maps a URL found in the HTML (absolute under the base, or relative) to a file of the build. */
function fichier(url, pageFile) {
  const chemin = url.split(/[?#]/)[0];
  if (chemin.startsWith('/')) {
    // strip the base: find the first suffix of the path that exists in dist
    const parts = chemin.split('/').filter(Boolean);
    for (let i = 0; i < parts.length; i++) {
      const f = join(dir, ...parts.slice(i));
      try { if (statSync(f).isFile()) return f; } catch { /* try a shorter suffix */ }
    }
    return null;
  }
  return join(dirname(pageFile), chemin);
}

function importsStatiques(f) {
  const src = readFileSync(f, 'utf8');
  const out = new Set();
  for (const m of src.matchAll(/(?:import|export)\s*(?:[^'"()]*?from\s*)?["']([^"']+\.js)["']/g)) out.add(posix.normalize(join(dirname(f), m[1])));
  return [...out];
}

const lignes = [];
for (const page of pages(dir).sort()) {
  const html = readFileSync(page, 'utf8');
  let inline = 0;
  for (const m of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) if (m[1].trim()) inline += gz(Buffer.from(m[1]));
  const racines = new Set();
  for (const m of html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) racines.add(m[1]);
  for (const m of html.matchAll(/\b(?:component-url|renderer-url)="([^"]+)"/g)) racines.add(m[1]);
  const vus = new Set();
  const pile = [...racines].map((u) => fichier(u, page)).filter(Boolean);
  while (pile.length) {
    const f = pile.pop();
    if (vus.has(f)) continue;
    vus.add(f);
    pile.push(...importsStatiques(f));
  }
  let fichiers = 0;
  for (const f of vus) fichiers += gz(readFileSync(f));
  const ilots = (html.match(/<astro-island/g) ?? []).length;
  lignes.push({ page: '/' + relative(dir, page).replace(/index\.html$/, ''), ilots, inline, fichiers, total: inline + fichiers });
}

const ko = (n) => (n / 1024).toFixed(1).replace('.', ',');
console.log(`JavaScript livré par page (gzip -9), dossier ${dir} — budget ${BUDGET_KO} Ko par page\n`);
console.log('page'.padEnd(42) + 'îlots'.padStart(6) + 'inline'.padStart(10) + 'modules'.padStart(10) + 'total'.padStart(10));
for (const l of lignes) {
  const alerte = l.total > BUDGET_KO * 1024 ? '  ← au-delà du budget' : '';
  console.log(l.page.padEnd(42) + String(l.ilots).padStart(6) + `${ko(l.inline)} Ko`.padStart(10) + `${ko(l.fichiers)} Ko`.padStart(10) + `${ko(l.total)} Ko`.padStart(10) + alerte);
}
const max = Math.max(...lignes.map((l) => l.total));
console.log(`\nMaximum : ${ko(max)} Ko (${max <= BUDGET_KO * 1024 ? 'dans' : 'hors du'} budget de ${BUDGET_KO} Ko).`);
