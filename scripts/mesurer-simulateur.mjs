// Measures the installation simulator (/simulateur/) in Chromium on a built site and prints:
//   - the JavaScript of the page before any interaction (gzip -9 of each response body), apart from the
//     worker's (the Urssaf's rules, fetched by the worker after the page is shown);
//   - the time from the start of navigation to the first result of the Urssaf's rules (the four columns complete);
//   - with the CPU throttled 4× (a modest phone): the time from a keystroke to the updated result — the
//     course's engine part (first DOM change) and the rules' part (columns current again), median of 5 keystrokes;
//   - the longest main-thread task (PerformanceObserver « longtask », reported from 50 ms) while the rules
//     load and run, at normal speed and at 4×. Goal: none, i.e. never more than 50 ms.
// A measuring script, not a timed test.
//   node scripts/mesurer-simulateur.mjs [dist-dir] [base] [--sans-construction]
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { lancerChromium } from './chromium.mjs';
import { demarrerServeur } from './static-server.mjs';

const args = process.argv.slice(2);
const [dir = 'dist', base = '/'] = args.filter((a) => !a.startsWith('--'));
const CIBLE_TACHE_MS = 50;
const FRAPPES = 5;

if (!args.includes('--sans-construction')) {
  const r = spawnSync(join('node_modules', '.bin', 'astro'), ['build', '--outDir', dir], { encoding: 'utf8', env: { ...process.env, BASE: base } });
  if (r.status !== 0) {
    console.error(r.stdout, r.stderr);
    process.exit(1);
  }
}

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const kio = (n) => `${(n / 1024).toFixed(1).replace('.', ',')} Kio`;
const ms = (x) => `${Math.round(x)} ms`;
const mediane = (t) => {
  const s = [...t].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Installed before any page script: records long tasks and when the columns become current. */
function espion() {
  window.__taches = [];
  window.__aJour = [];
  try {
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) window.__taches.push({ debut: e.startTime, duree: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    /* no long task API: none reported */
  }
  new MutationObserver(() => {
    const c = document.querySelector('.simulateur__colonnes');
    const v = c?.getAttribute('data-a-jour');
    if (v === 'true' && window.__dernierEtat !== 'true') window.__aJour.push(performance.now());
    window.__dernierEtat = v;
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-a-jour'], childList: true });
}

const serveur = await demarrerServeur({ dir, base, port: 0 });
const browser = await lancerChromium();
let auDela;
try {
  const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const erreurs = [];
  page.on('pageerror', (e) => erreurs.push(e.message));
  page.on('console', (m) => m.type() === 'error' && erreurs.push(m.text()));
  await page.addInitScript(espion);

  // JS responses: the page's own, and the worker's (requested from the worker's context).
  const js = { page: 0, worker: 0, fichiersWorker: [] };
  let interaction = false;
  page.on('response', async (r) => {
    const url = r.url();
    const type = r.headers()['content-type'] ?? '';
    if (!/javascript/.test(type) && !url.endsWith('.js')) return;
    const corps = await r.body().catch(() => null);
    if (!corps) return;
    if (/regles\.worker/.test(url) || r.request().frame() === null) {
      js.worker += gz(corps);
      js.fichiersWorker.push(url.split('/').pop());
    } else if (!interaction) js.page += gz(corps);
  });

  await page.goto(new URL('simulateur/', serveur.url).href, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__aJour.length > 0, undefined, { timeout: 120_000 });
  const premier = await page.evaluate(() => ({ t: window.__aJour[0], taches: window.__taches }));
  const pireChargement = Math.max(0, ...premier.taches.map((t) => t.duree));

  // Keystrokes at 4× CPU slowdown.
  interaction = true;
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const frappes = [];
  for (let i = 0; i < FRAPPES; i++) {
    const mesure = await page.evaluate(
      async (valeur) => {
        const champ = document.querySelector('#sim-consultations');
        const cellule = document.querySelector('[data-ligne="honoraires"][data-choix="secteur1"]');
        const nAJour = window.__aJour.length;
        const nTaches = window.__taches.length;
        const t0 = performance.now();
        const moteur = new Promise((ok) => {
          const mo = new MutationObserver(() => {
            mo.disconnect();
            ok(performance.now());
          });
          mo.observe(cellule, { subtree: true, childList: true, characterData: true });
        });
        champ.value = valeur;
        champ.dispatchEvent(new Event('input', { bubbles: true }));
        const tMoteur = await moteur;
        while (window.__aJour.length === nAJour) await new Promise((ok) => setTimeout(ok, 10));
        const tRegles = window.__aJour[nAJour];
        return {
          moteur: tMoteur - t0,
          regles: tRegles - t0,
          taches: window.__taches.slice(nTaches).map((t) => t.duree),
          detail: window.__taches.slice(nTaches).map((t) => `${Math.round(t.debut - t0)}+${Math.round(t.duree)}`),
        };
      },
      String(4100 + 100 * i),
    );
    frappes.push(mesure);
    // DEBUG=1: each long task as « start after the keystroke + duration », in ms.
    if (process.env.DEBUG)
      console.log(`frappe ${i + 1} : moteur ${ms(mesure.moteur)}, règles ${ms(mesure.regles)}, tâches longues ${mesure.detail.join(' ') || 'aucune'}`);
  }
  const pireFrappes = Math.max(0, ...frappes.flatMap((f) => f.taches));
  auDela = Math.max(pireChargement, pireFrappes) > CIBLE_TACHE_MS;

  console.log('Simulateur d’installation (/simulateur/)\n');
  console.log(`JS de la page avant interaction (gzip)          ${kio(js.page)}`);
  console.log(`JS du worker, chargé après l’affichage (gzip)   ${kio(js.worker)}  (${js.fichiersWorker.join(', ')})`);
  console.log(`Du chargement au premier résultat complet       ${ms(premier.t)}`);
  console.log(
    `Frappe → partie du moteur du cours à jour (4×)  médiane ${ms(mediane(frappes.map((f) => f.moteur)))}, pire ${ms(Math.max(...frappes.map((f) => f.moteur)))}`,
  );
  console.log(
    `Frappe → cotisations de l’Urssaf à jour (4×)    médiane ${ms(mediane(frappes.map((f) => f.regles)))}, pire ${ms(Math.max(...frappes.map((f) => f.regles)))}`,
  );
  console.log(
    `Plus longue tâche du fil principal              ${pireChargement ? ms(pireChargement) : `aucune > ${CIBLE_TACHE_MS} ms`} au chargement ; ${pireFrappes ? ms(pireFrappes) : `aucune > ${CIBLE_TACHE_MS} ms`} pendant les frappes (4×) — cible ≤ ${CIBLE_TACHE_MS} ms`,
  );
  if (erreurs.length) console.log(`\nErreurs de la page : ${erreurs.join(' | ')}`);
  if (auDela) console.log(`\nAu-delà de la cible : une tâche du fil principal a duré plus de ${CIBLE_TACHE_MS} ms.`);
  await context.close();
} finally {
  await browser.close();
  await serveur.close();
}
process.exitCode = auDela ? 1 : 0;
