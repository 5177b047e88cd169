// Measures, for every page of the site, the JavaScript a reader downloads by load phase, from the
// requests Chromium really makes (gzip -9 of each response body; the page's inline scripts, part of
// its HTML, are shown apart):
//   - before any scroll or interaction (load, then the network quiet);
//   - added by the first engine island that scrolls into view (a numeric exercise, or a calculator on an
//     /integrer/ page; a chapter's exercise hydrates without the engine and loads it at the first action
//     on it, a chapter's calculator hydrates at the first interaction with it: client:interaction);
//   - after scrolling to the bottom by screenfuls (every client:visible island hydrated);
//   - entering the first field of the chapter's first calculator, as the reader's first action
//     (« 1re saisie dans un calculateur », own context: load, scroll to it, enter it; Preact, the
//     engine and the calculator's rules, less what scrolling to it had already fetched);
//   - after the first interaction (/auto-evaluation/: starting an exam, which loads the exam engine;
//     /progression/: exporting, which loads the export/import/reset code; a chapter: entering the
//     answer field of its first exercise, which loads that exercise's kind with its rules);
//   - going to the next chapter after reading one fully, in the same browser (a URL already fetched is
//     not fetched again: the build's /_astro/ files are content-hashed, cached forever by a real host),
//     as a percentage of that next chapter's own total when read alone;
// and the HTML size of each page, and the time of `astro build` for the whole site (with its page count).
// Prints one table with each figure's budget (README, « Mesures »). A measuring script, not a timed test.
//   node scripts/mesurer-js.mjs [dist-dir] [--sans-construction]
// PAGES=/,/chapitres/histoire/ limits the pages; DEBUG=1 lists every JS response as it arrives.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { lancerChromium } from './chromium.mjs';
import { demarrerServeur } from './static-server.mjs';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--')) ?? 'dist';
const construire = !args.includes('--sans-construction');
const KIO = 1024;
/** Budgets by load phase (issue 12), in bytes of gzip, or a fraction. */
const BUDGET = {
  avantDefilement: 10 * KIO,
  avantDefilementAutoEvaluation: 20 * KIO,
  premierIlotMoteur: 30 * KIO,
  basDePage: 60 * KIO,
  chapitreSuivant: 0.5,
};
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const ko = (n) => `${(n / KIO).toFixed(1).replace('.', ',')}`;
const pause = (ms) => new Promise((r) => setTimeout(r, ms));

// ——— Build (timed) ———
let construction = null;
if (construire) {
  const debut = performance.now();
  const r = spawnSync(join('node_modules', '.bin', 'astro'), ['build', '--outDir', dir], {
    encoding: 'utf8',
    env: { ...process.env, BASE: '/' },
    shell: false,
  });
  const secondes = (performance.now() - debut) / 1000;
  if (r.status !== 0) {
    console.error(r.stdout, r.stderr);
    process.exit(1);
  }
  const pagesConstruites = Number(/(\d+) page\(s\) built/.exec(r.stdout)?.[1] ?? NaN);
  const debutPf = performance.now();
  const pf = spawnSync(join('node_modules', '.bin', 'pagefind'), ['--site', dir, '--force-language', 'fr', '--quiet'], { encoding: 'utf8' });
  if (pf.status !== 0) {
    console.error(pf.stdout, pf.stderr);
    process.exit(1);
  }
  construction = { secondes, pages: pagesConstruites, pagefind: (performance.now() - debutPf) / 1000 };
}

// ——— Pages of the build, and which island modules pull the engine ———
function pagesHtml(d) {
  return readdirSync(d).flatMap((n) => {
    const p = join(d, n);
    if (statSync(p).isDirectory()) return n === 'pagefind' || n === '_astro' ? [] : pagesHtml(p);
    return n.endsWith('.html') && n !== '404.html' ? [p] : [];
  });
}
const chemins = pagesHtml(dir)
  .map(
    (p) =>
      '/' +
      relative(dir, p)
        .split('\\')
        .join('/')
        .replace(/index\.html$/, ''),
  )
  .sort((a, b) => (a === '/' ? -1 : b === '/' ? 1 : a.localeCompare(b)));

/**
 * An engine island: a calculator or a numeric exercise. A calculator computes with the engine and
 * decimal.js as it hydrates; a chapter's exercise hydrates from the server's preview of its first
 * variant and loads its kind (rules, grading, worked solution) at the first action on it: that is
 * the « 1re interaction » of a chapter.
 */
const ilotMoteur = (url) => /^(Calculateur|Exercice)/.test(url.split('/').pop());

// ——— Browser and server ———
const serveur = await demarrerServeur({ dir, base: '/', port: 0 });
const origine = new URL(serveur.url).origin;
const browser = await lancerChromium();
const VIEWPORT = { width: 412, height: 823 }; // Lighthouse's mobile screen

/**
 * Follows the JS a page downloads: each response whose body is JavaScript, counted once per URL
 * for the whole context (a second request of the same hashed file would come from the cache).
 */
function suivre(context) {
  const etat = { octets: 0, urls: new Set(), enCours: 0, dernier: performance.now() };
  context.on('request', () => {
    etat.enCours++;
    etat.dernier = performance.now();
  });
  const fini = () => {
    etat.enCours = Math.max(0, etat.enCours - 1);
    etat.dernier = performance.now();
  };
  context.on('requestfailed', fini);
  context.on('requestfinished', async (req) => {
    try {
      const url = req.url();
      const type = req.resourceType();
      if (url.startsWith(origine) && (type === 'script' || /\.m?js(\?|$)/.test(url)) && !etat.urls.has(url)) {
        etat.urls.add(url);
        const rep = await req.response();
        // Read the body before adding: `octets += await …` would add to a stale value.
        const n = rep ? gz(await rep.body()) : 0;
        etat.octets += n;
        if (process.env.DEBUG) console.error('  js', url, etat.octets);
      }
    } finally {
      fini();
    }
  });
  return etat;
}

/** Waits until no request has been in flight for `calme` ms (islands hydrate after their modules arrive). */
async function reseauCalme(etat, calme = 400) {
  const debut = performance.now();
  const limite = debut + 15_000;
  while (performance.now() < limite) {
    await pause(50);
    if (etat.enCours === 0 && performance.now() - etat.dernier >= calme) break;
  }
  if (process.env.DEBUG) console.error('  calme en', Math.round(performance.now() - debut), 'ms, en cours', etat.enCours);
}

async function scriptsInline(page) {
  const textes = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')].filter((s) => s.type !== 'application/json' && s.textContent.trim()).map((s) => s.textContent),
  );
  return textes.reduce((s, t) => s + gz(Buffer.from(t)), 0);
}

/**
 * Scrolls down by 80 % of a screen until the bottom, waiting for the network each time. Calls
 * `apresPas(hydratesMoteur)` after each step with the engine islands that hydrated during it.
 */
async function defilerJusquEnBas(page, etat, apresPas = () => {}) {
  for (let pas = 0; pas < 400; pas++) {
    const avant = await page.evaluate(() => [...document.querySelectorAll('astro-island:not([ssr])')].map((e) => e.getAttribute('component-url')));
    const enBas = await page.evaluate(() => {
      window.scrollBy(0, Math.round(innerHeight * 0.8));
      return innerHeight + scrollY >= document.documentElement.scrollHeight - 2;
    });
    await reseauCalme(etat);
    const apres = await page.evaluate(() => [...document.querySelectorAll('astro-island:not([ssr])')].map((e) => e.getAttribute('component-url')));
    const nouveaux = apres.filter((u, i) => u && !avant.includes(u) && apres.indexOf(u) === i);
    apresPas(nouveaux.filter(ilotMoteur));
    if (enBas) break;
  }
  // Every client:visible island hydrated once seen (a slow one gets a little longer); client:interaction
  // ones (chapter calculators) wait for the reader.
  await page
    .waitForFunction(() => document.querySelectorAll('astro-island[ssr]:not([client="interaction"])').length === 0, null, { timeout: 3_000 })
    .catch(() => {});
  await reseauCalme(etat);
}

async function nouvellePage() {
  const context = await browser.newContext({ locale: 'fr-FR', viewport: VIEWPORT });
  const etat = suivre(context);
  const page = await context.newPage();
  return { context, page, etat };
}

/** One page read alone, in a fresh context: every phase. */
async function mesurerPage(chemin) {
  const { context, page, etat } = await nouvellePage();
  const reponse = await page.goto(origine + chemin, { waitUntil: 'load' });
  const html = await reponse.body();
  await reseauCalme(etat);
  const inline = await scriptsInline(page);
  const avant = etat.octets;
  let premierIlot = null;
  let avantPas = etat.octets;
  await defilerJusquEnBas(page, etat, (moteur) => {
    if (premierIlot === null && moteur.length > 0)
      premierIlot = { octets: etat.octets - avantPas, ilots: moteur.map((u) => u.split('/').pop().replace(/\..*$/, '')) };
    avantPas = etat.octets;
  });
  const bas = etat.octets;
  let interaction = null;
  if (chemin === '/auto-evaluation/') {
    // Start a short exam on every theme, as a learner would, and wait for its first question.
    await page.evaluate(() => scrollTo(0, 0));
    const avantExamen = etat.octets;
    await page.getByRole('button', { name: 'Commencer', exact: true }).click();
    await page.locator('#ae-titre-question').waitFor();
    await reseauCalme(etat);
    interaction = { octets: etat.octets - avantExamen, total: etat.octets, quoi: 'examen commencé' };
  } else if (chemin === '/progression/') {
    // Export the progress (the export/import/reset code loads at the first action).
    await page.evaluate(() => scrollTo(0, 0));
    const avantExport = etat.octets;
    await page.getByRole('button', { name: 'Exporter ma progression', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Fichier de progression téléchargé.' }).waitFor();
    await reseauCalme(etat);
    interaction = { octets: etat.octets - avantExport, total: etat.octets, quoi: 'export' };
  } else if (chemin.startsWith('/chapitres/') && (await page.locator('.exercice input[type="text"]').count()) > 0) {
    // Enter the answer field of the first exercise (every island is hydrated by now).
    const avantExercice = etat.octets;
    await page.locator('.exercice input[type="text"]').first().focus();
    await reseauCalme(etat);
    interaction = { octets: etat.octets - avantExercice, total: etat.octets, quoi: '1er exercice' };
  }
  const suivant = await page.evaluate(() => document.querySelector('a[rel="next"]')?.getAttribute('href') ?? null);
  await context.close();
  return {
    chemin,
    html: html.length,
    htmlGz: gz(html),
    inline,
    avant,
    premierIlot,
    bas,
    interaction,
    suivant: chemin.startsWith('/chapitres/') ? suivant : null,
  };
}

/** Fresh context: scrolls straight to the first chapter calculator and enters its first field. */
async function mesurerSaisieCalculateur(chemin) {
  const { context, page, etat } = await nouvellePage();
  await page.goto(origine + chemin, { waitUntil: 'load' });
  await reseauCalme(etat);
  const champ = page.locator('astro-island[client="interaction"] [data-widget^="calculateur-"] :is(input, select)').first();
  if ((await champ.count()) === 0) {
    await context.close();
    return null;
  }
  await champ.scrollIntoViewIfNeeded();
  await reseauCalme(etat);
  const avant = etat.octets;
  await champ.focus();
  await page.waitForFunction(() => !document.querySelector('astro-island[client="interaction"]')?.hasAttribute('ssr'), null, { timeout: 15_000 });
  await reseauCalme(etat);
  const calculateur = await champ.evaluate((c) => c.closest('[data-widget]')?.getAttribute('data-widget'));
  await context.close();
  return { octets: etat.octets - avant, calculateur };
}

/** Reads `chemin` to the bottom, then goes to the next chapter and reads it to the bottom: JS fetched for the second. */
async function mesurerSuivant(chemin, suivant) {
  const { context, page, etat } = await nouvellePage();
  await page.goto(origine + chemin, { waitUntil: 'load' });
  await reseauCalme(etat);
  await defilerJusquEnBas(page, etat);
  const avant = etat.octets;
  await page.goto(new URL(suivant, origine + chemin).href, { waitUntil: 'load' });
  await reseauCalme(etat);
  await defilerJusquEnBas(page, etat);
  const telecharge = etat.octets - avant;
  await context.close();
  return telecharge;
}

const lignes = [];
try {
  for (const chemin of chemins.filter((c) => !process.env.PAGES || process.env.PAGES.split(',').includes(c))) lignes.push(await mesurerPage(chemin));
  for (const l of lignes) if (l.chemin.startsWith('/chapitres/')) l.saisieCalculateur = await mesurerSaisieCalculateur(l.chemin);
  for (const l of lignes) {
    if (!l.suivant) continue;
    const cible = lignes.find((x) => x.chemin === new URL(l.suivant, origine + l.chemin).pathname);
    if (!cible) continue;
    const octets = await mesurerSuivant(l.chemin, l.suivant);
    l.chapitreSuivant = { vers: cible.chemin, octets, part: octets / cible.bas };
  }
} finally {
  await browser.close();
  await serveur.close();
}

// ——— Table ———
const marque = (ok) => (ok ? '✓' : '✗');
const cellule = (octets, budget) =>
  octets === null || octets === undefined ? '—' : `${ko(octets)}${budget === undefined ? '' : ` ${marque(octets <= budget)}`}`;
const colonnes = [
  ['page', 34],
  ['HTML (gzip)', 18],
  ['dont JS inline', 14],
  ['avant défil.', 14],
  ['1er îlot moteur', 28],
  ['en bas', 10],
  ['1re interaction', 22],
  ['1re saisie calculateur', 36],
  ['chapitre suivant', 34],
];
const ligne = (vals) => vals.map((v, i) => (i === 0 ? String(v).padEnd(colonnes[i][1]) : ` ${String(v).padStart(colonnes[i][1])}`)).join('');
console.log(`JavaScript téléchargé par phase de chargement (Chromium, écran ${VIEWPORT.width}×${VIEWPORT.height}, gzip -9, en Kio), HTML par page`);
console.log(
  `Budgets : avant défilement ≤ ${ko(BUDGET.avantDefilement)} (auto-évaluation ≤ ${ko(BUDGET.avantDefilementAutoEvaluation)}) ; ` +
    `1er îlot moteur ≤ ${ko(BUDGET.premierIlotMoteur)} ; en bas de page ≤ ${ko(BUDGET.basDePage)} ; chapitre suivant ≤ ${BUDGET.chapitreSuivant * 100} % du sien\n`,
);
console.log(ligne(colonnes.map((c) => c[0])));
let echecs = 0;
for (const l of lignes) {
  const budgetAvant = l.chemin === '/auto-evaluation/' ? BUDGET.avantDefilementAutoEvaluation : BUDGET.avantDefilement;
  const oks = [l.avant <= budgetAvant, l.bas <= BUDGET.basDePage];
  if (l.premierIlot) oks.push(l.premierIlot.octets <= BUDGET.premierIlotMoteur);
  if (l.chapitreSuivant) oks.push(l.chapitreSuivant.part <= BUDGET.chapitreSuivant);
  echecs += oks.filter((x) => !x).length;
  console.log(
    ligne([
      l.chemin,
      `${ko(l.htmlGz)} (${ko(l.html)} brut)`,
      ko(l.inline),
      cellule(l.avant, budgetAvant),
      l.premierIlot ? `${cellule(l.premierIlot.octets, BUDGET.premierIlotMoteur)} (${l.premierIlot.ilots.join(', ')})` : '—',
      cellule(l.bas, BUDGET.basDePage),
      l.interaction ? `+${ko(l.interaction.octets)} (${l.interaction.quoi})` : '—',
      l.saisieCalculateur ? `+${ko(l.saisieCalculateur.octets)} (${l.saisieCalculateur.calculateur})` : '—',
      l.chapitreSuivant
        ? `${ko(l.chapitreSuivant.octets)} = ${Math.round(l.chapitreSuivant.part * 100)} % ${marque(l.chapitreSuivant.part <= BUDGET.chapitreSuivant)} (${l.chapitreSuivant.vers.replace('/chapitres/', '')})`
        : '—',
    ]),
  );
}
console.log(`\n${echecs === 0 ? 'Tous les chiffres sont dans leur budget.' : `${echecs} chiffre(s) hors budget (✗).`}`);
if (construction) {
  console.log(
    `Construction : astro build ${construction.secondes.toFixed(1).replace('.', ',')} s pour ${construction.pages} pages ` +
      `(${(construction.secondes / construction.pages).toFixed(2).replace('.', ',')} s par page), pagefind ${construction.pagefind.toFixed(1).replace('.', ',')} s.`,
  );
}
