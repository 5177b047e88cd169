// First paint of Secteurs next to a plain Starlight site, same machine, same run: Lighthouse (mobile
// preset: simulated slow 4G and 4× CPU), 3 runs per page interleaved between the two sites, median.
// Prints FCP, LCP, TBT, CLS, Speed Index and the JS the page requests before any scroll (gzip -9),
// then, for each Secteurs page, what Lighthouse found on the load path (render-blocking requests,
// the LCP element) from the median run. Also prints both sites' build times.
// Lighthouse and Starlight are not dependencies of the project: they are installed on demand into
// .mesures/ (ignored by git). The Starlight site is the "basics" example (scripts/premier-rendu/).
//   node scripts/mesurer-premier-rendu.mjs [--sans-construction] [--runs=3] [--pages=/,/chapitres/histoire/]
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { demarrerServeur } from './static-server.mjs';

const args = process.argv.slice(2);
const option = (nom) => args.find((a) => a.startsWith(`--${nom}=`))?.split('=')[1];
const construire = !args.includes('--sans-construction');
const RUNS = Number(option('runs') ?? 3);
const MESURES = resolve('.mesures');
const STARLIGHT = join(MESURES, 'starlight');
const OUTILS = join(MESURES, 'outils');
/** Pinned versions: the comparison must not change under our feet. */
const VERSIONS = { starlight: '0.42.4', astro: '7.3.5', sharp: '0.35.3', lighthouse: '13.5.0' };
const CHROME = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const PAGES_SECTEURS = option('pages')?.split(',') ?? [
  '/',
  '/chapitres/introduction/',
  '/chapitres/histoire/',
  '/chapitres/depassements/',
  '/chapitres/contrat/',
  '/chapitres/medecin-traitant/',
  '/chapitres/conventions-aujourdhui/',
  '/auto-evaluation/',
  '/progression/',
  '/glossaire/',
  '/baremes/',
  '/sources/',
];
const PAGES_STARLIGHT = ['/', '/guides/example/'];

function executer(cmd, argv, options = {}) {
  const r = spawnSync(cmd, argv, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  if (r.status !== 0) {
    console.error(`Échec : ${cmd} ${argv.join(' ')}\n${r.stdout ?? ''}\n${r.stderr ?? ''}`);
    process.exit(1);
  }
  return r;
}
const chrono = (f) => {
  const t = performance.now();
  f();
  return (performance.now() - t) / 1000;
};

// ——— On-demand installs (npm registry only), into .mesures/ ———
mkdirSync(MESURES, { recursive: true });
function installer(dossier, dependances) {
  const paquet = { name: `mesure-${dossier.split('/').pop()}`, private: true, type: 'module', dependencies: dependances };
  const fichier = join(dossier, 'package.json');
  const attendu = JSON.stringify(paquet, null, 2);
  if (existsSync(fichier) && readFileSync(fichier, 'utf8') === attendu && existsSync(join(dossier, 'node_modules'))) return;
  mkdirSync(dossier, { recursive: true });
  writeFileSync(fichier, attendu);
  console.log(
    `Installation dans ${dossier} : ${Object.entries(dependances)
      .map(([n, v]) => `${n}@${v}`)
      .join(', ')}…`,
  );
  executer('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dossier, stdio: 'inherit' });
}
cpSync('scripts/premier-rendu/starlight-basics', STARLIGHT, { recursive: true });
installer(STARLIGHT, { '@astrojs/starlight': VERSIONS.starlight, astro: VERSIONS.astro, sharp: VERSIONS.sharp });
installer(OUTILS, { lighthouse: VERSIONS.lighthouse });

// ——— Builds (timed) ———
const astroBin = (dossier) => join(dossier, 'node_modules', '.bin', 'astro');
let temps = null;
if (construire) {
  rmSync(join(STARLIGHT, 'dist'), { recursive: true, force: true });
  const tStarlight = chrono(() => executer(astroBin(STARLIGHT), ['build'], { cwd: STARLIGHT, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } }));
  let pages = NaN;
  const tSecteurs = chrono(() => {
    const r = executer(astroBin('.'), ['build'], { env: { ...process.env, BASE: '/', ASTRO_TELEMETRY_DISABLED: '1' } });
    pages = Number(/(\d+) page\(s\) built/.exec(r.stdout)?.[1] ?? NaN);
  });
  executer(join('node_modules', '.bin', 'pagefind'), ['--site', 'dist', '--force-language', 'fr', '--quiet']);
  temps = { starlight: tStarlight, secteurs: tSecteurs, pages };
}

// ——— Both sites on loopback, Lighthouse on each page ———
const sites = {
  starlight: { nom: 'Starlight (exemple basics)', dossier: join(STARLIGHT, 'dist'), pages: PAGES_STARLIGHT },
  secteurs: { nom: 'Secteurs', dossier: resolve('dist'), pages: PAGES_SECTEURS },
};
for (const s of Object.values(sites)) {
  s.serveur = await demarrerServeur({ dir: s.dossier, base: '/', port: 0 });
  s.origine = new URL(s.serveur.url).origin;
}

const CLI_LIGHTHOUSE = join(OUTILS, 'node_modules', 'lighthouse', 'cli', 'index.js');
const DRAPEAUX =
  '--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync';
/** Runs Lighthouse's CLI asynchronously: the two sites are served by this very process. */
function lighthouse(url) {
  const sortie = join(MESURES, 'lh.json');
  return new Promise((ok, ko) => {
    const p = spawn(
      process.execPath,
      [CLI_LIGHTHOUSE, url, '--only-categories=performance', '--output=json', `--output-path=${sortie}`, `--chrome-flags=${DRAPEAUX}`, '--quiet'],
      {
        env: { ...process.env, CHROME_PATH: CHROME },
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    p.on('error', ko);
    p.on('exit', (code) => (code === 0 ? ok(JSON.parse(readFileSync(sortie, 'utf8'))) : ko(new Error(`Lighthouse a échoué (${code}) sur ${url}`))));
  });
}

/** gzip -9 size of the scripts Lighthouse saw requested at load (files of the served build). */
function jsAvantDefilement(rapport, site) {
  let octets = 0;
  for (const r of rapport.audits['network-requests']?.details?.items ?? []) {
    if (r.resourceType !== 'Script' || !r.url.startsWith(site.origine)) continue;
    const chemin = join(site.dossier, decodeURIComponent(new URL(r.url).pathname));
    if (existsSync(chemin)) octets += gzipSync(readFileSync(chemin), { level: 9 }).length;
  }
  return octets;
}

function chiffres(rapport, site) {
  const a = rapport.audits;
  return {
    score: Math.round((rapport.categories.performance.score ?? 0) * 100),
    fcp: a['first-contentful-paint'].numericValue,
    lcp: a['largest-contentful-paint'].numericValue,
    tbt: a['total-blocking-time'].numericValue,
    cls: a['cumulative-layout-shift'].numericValue,
    si: a['speed-index'].numericValue,
    js: jsAvantDefilement(rapport, site),
    rapport,
  };
}

const resultats = new Map(); // "site page" → runs
try {
  for (let run = 1; run <= RUNS; run++) {
    for (const [cle, site] of Object.entries(sites)) {
      for (const page of site.pages) {
        process.stdout.write(`\rLighthouse : passage ${run}/${RUNS}, ${site.nom} ${page}                    `);
        const k = `${cle} ${page}`;
        if (!resultats.has(k)) resultats.set(k, []);
        resultats.get(k).push(chiffres(await lighthouse(site.origine + page), site));
      }
    }
  }
} finally {
  for (const s of Object.values(sites)) await s.serveur.close();
}
process.stdout.write('\r'.padEnd(90) + '\r');

// ——— Table ———
const mediane = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fr = (x, d) => x.toFixed(d).replace('.', ',');
const sec = (ms) => `${fr(ms / 1000, 2)} s`;
const col = [
  ['page', 46],
  ['perf', 13],
  ['FCP', 9],
  ['LCP', 9],
  ['TBT', 9],
  ['CLS', 6],
  ['SI', 9],
  ['JS avant défil.', 16],
];
const ligne = (v) => v.map((x, i) => (i === 0 ? String(x).padEnd(col[i][1]) : ` ${String(x).padStart(col[i][1])}`)).join('');
console.log(`Premier rendu, Lighthouse ${VERSIONS.lighthouse} mobile (lent 4G simulé, CPU ×4), médiane de ${RUNS} passages, même exécution`);
console.log(
  `Chromium : ${spawnSync(CHROME, ['--version'], { encoding: 'utf8' }).stdout.trim()} ; machine : ${(await import('node:os')).cpus().length} cœurs ; ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC\n`,
);
console.log(ligne(col.map((c) => c[0])));
const medianes = new Map();
for (const [cle, site] of Object.entries(sites)) {
  for (const page of site.pages) {
    const runs = resultats.get(`${cle} ${page}`);
    const m = Object.fromEntries(['fcp', 'lcp', 'tbt', 'cls', 'si', 'js'].map((k) => [k, mediane(runs.map((r) => r[k]))]));
    medianes.set(`${cle} ${page}`, m);
    console.log(
      ligne([
        `${site.nom} ${page}`,
        runs.map((r) => r.score).join(' '),
        sec(m.fcp),
        sec(m.lcp),
        `${Math.round(m.tbt)} ms`,
        fr(m.cls, 2),
        sec(m.si),
        `${fr(m.js / 1024, 1)} Kio`,
      ]),
    );
  }
}

// Goal: FCP and LCP ≤ Starlight's (the slower of its two pages would be lenient: compare with the faster).
const ref = (k) => Math.min(...PAGES_STARLIGHT.map((p) => medianes.get(`starlight ${p}`)[k]));
const [refFcp, refLcp] = [ref('fcp'), ref('lcp')];
console.log(`\nObjectif : FCP ≤ ${sec(refFcp)} et LCP ≤ ${sec(refLcp)} (la meilleure des pages Starlight, même exécution).`);
let hors = 0;
for (const page of PAGES_SECTEURS) {
  const m = medianes.get(`secteurs ${page}`);
  const ok = m.fcp <= refFcp && m.lcp <= refLcp;
  if (!ok) hors++;
  console.log(`  ${ok ? '✓' : '✗'} ${page} : FCP ${sec(m.fcp)}, LCP ${sec(m.lcp)}`);
}
console.log(hors === 0 ? 'Toutes les pages de Secteurs atteignent l’objectif.' : `${hors} page(s) de Secteurs au-delà de l’objectif.`);

// What Lighthouse saw on the load path, from the run closest to the median LCP.
console.log('\nChemin de chargement (passage médian) : requêtes bloquant le rendu, élément du LCP');
for (const [cle, site] of Object.entries(sites)) {
  for (const page of site.pages) {
    const runs = resultats.get(`${cle} ${page}`);
    const m = medianes.get(`${cle} ${page}`);
    const r = runs.reduce((a, b) => (Math.abs(b.lcp - m.lcp) < Math.abs(a.lcp - m.lcp) ? b : a)).rapport;
    const bloquants = (r.audits['render-blocking-insight']?.details?.items ?? r.audits['render-blocking-resources']?.details?.items ?? []).map(
      (i) => `${new URL(i.url).pathname} (${fr((i.totalBytes ?? i.transferSize ?? 0) / 1024, 1)} Kio)`,
    );
    // Lighthouse 13 names the LCP element in its « LCP breakdown » insight (a node item), older ones in an audit.
    const noeudLcp =
      r.audits['lcp-breakdown-insight']?.details?.items?.find((i) => i.type === 'node') ??
      r.audits['largest-contentful-paint-element']?.details?.items?.flatMap((i) => i.items ?? [i]).find((i) => i.node)?.node;
    const lcp = noeudLcp ? `${noeudLcp.selector ?? ''} « ${(noeudLcp.nodeLabel ?? noeudLcp.snippet ?? '').slice(0, 60)} »` : '—';
    console.log(`  ${site.nom} ${page}\n    bloquant : ${bloquants.join(', ') || 'rien'}\n    LCP : ${lcp.slice(0, 110)}`);
  }
}
if (temps) {
  console.log(
    `\nConstruction : Secteurs ${fr(temps.secteurs, 1)} s pour ${temps.pages} pages (astro build) ; ` +
      `Starlight (exemple basics) ${fr(temps.starlight, 1)} s, même exécution.`,
  );
}
