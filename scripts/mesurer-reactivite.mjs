// Prints, for each calculator, the time from a keystroke to the updated result, with Chromium's CPU
// throttled 4× (a modest phone). In the page: performance.now() before a synthetic input (or change)
// event, then the first DOM mutation of the widget (the new result is written), then the next
// animation frame (the result can be painted). Median and worst of 20 keystrokes, after one warm-up.
// Target: < 50 ms.
//   npm exec -- node scripts/mesurer-reactivite.mjs <dist-dir> <base>
import { lancerChromium } from './chromium.mjs';
import { demarrerServeur } from './static-server.mjs';

const [dir = 'dist', base = '/'] = process.argv.slice(2);
const CIBLE_MS = 50;
const FRAPPES = 20;

/** Widget, page, field; `valeur(i)` gives the i-th typed value (each one changes the result). */
const CALCULATEURS = [
  { nom: 'calculateur-patient', chemin: 'chapitres/depassements/', champ: '#calc-patient-facture', valeur: (i) => `${40 + i},50` },
  { nom: 'calculateur-da', chemin: 'chapitres/depassements/', champ: '#calc-da-l0-facture', valeur: (i) => String(26 + i) },
  { nom: 'calculateur-cotisations', chemin: 'chapitres/contrat/', champ: '#calc-cotisations-revenu', valeur: (i) => `${50 + i} 000 €` },
  { nom: 'calculateur-redevance', chemin: 'chapitres/depassements/', champ: '#calc-redevance-consultation', valeur: (i) => String(6000 + i) },
  { nom: 'calculateur-tarif-date', chemin: 'chapitres/depassements/', champ: '#calc-tarif-date', valeur: (i) => `2017-06-${String(1 + i).padStart(2, '0')}` },
  { nom: 'calculateur-fpmt', chemin: 'chapitres/conventions-aujourdhui/', champ: '#calc-fpmt-enfants', valeur: (i) => String(100 + i) },
  { nom: 'calculateur-optam', chemin: 'chapitres/conventions-aujourdhui/', champ: '#calc-optam-honoraires', valeur: (i) => String(100000 + 10 * i) },
  { nom: 'calculateur-tcam', chemin: 'chapitres/conventions-aujourdhui/', champ: '#calc-tcam-de', valeur: (i) => String(2015 + (i % 3)), evenement: 'change' },
];

const mediane = (t) => {
  const s = [...t].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ms = (x) => `${x.toFixed(1).replace('.', ',')} ms`.padStart(10);

const serveur = await demarrerServeur({ dir, base, port: 0 });
const browser = await lancerChromium();

let auDela = 0;
try {
  console.log(`Réactivité des calculateurs (CPU ralenti 4×, ${FRAPPES} frappes, médiane et pire cas) — cible < ${CIBLE_MS} ms\n`);
  console.log(`${'calculateur'.padEnd(26)}${'DOM médiane'.padStart(12)}${'image méd.'.padStart(12)}${'image pire'.padStart(12)}`);
  for (const c of CALCULATEURS) {
    const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const erreurs = [];
    page.on('pageerror', (e) => erreurs.push(e.message));
    await page.goto(new URL(c.chemin, serveur.url).href, { waitUntil: 'load' });
    const widget = page.locator(`[data-widget="${c.nom}"]`);
    await widget.scrollIntoViewIfNeeded();
    await page.waitForFunction((n) => {
      const el = document.querySelector(`[data-widget="${n}"]`);
      return el !== null && !el.closest('astro-island')?.hasAttribute('ssr');
    }, c.nom);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const valeurs = Array.from({ length: FRAPPES + 1 }, (_, i) => c.valeur(i + 1));
    const mesures = await page.evaluate(
      async ({ nom, champ, valeurs, evenement }) => {
        const racine = document.querySelector(`[data-widget="${nom}"]`);
        const el = racine.querySelector(champ);
        const out = [];
        for (const v of valeurs) {
          const t0 = performance.now();
          let tDom = 0;
          const fin = new Promise((ok) => {
            const mo = new MutationObserver(() => {
              mo.disconnect();
              tDom = performance.now();
              requestAnimationFrame(() => ok(performance.now()));
            });
            mo.observe(racine, { subtree: true, childList: true, characterData: true, attributes: true });
          });
          el.value = v;
          el.dispatchEvent(new Event(evenement, { bubbles: true }));
          const tImage = await fin;
          out.push({ dom: tDom - t0, image: tImage - t0 });
          await new Promise((ok) => setTimeout(ok, 30));
        }
        return out.slice(1); // the first keystroke is a warm-up
      },
      { nom: c.nom, champ: c.champ, valeurs, evenement: c.evenement ?? 'input' },
    );
    const dom = mediane(mesures.map((m) => m.dom));
    const image = mediane(mesures.map((m) => m.image));
    const pire = Math.max(...mesures.map((m) => m.image));
    if (image >= CIBLE_MS) auDela++;
    console.log(
      `${c.nom.padEnd(26)}${ms(dom).padStart(12)}${ms(image).padStart(12)}${ms(pire).padStart(12)}${image >= CIBLE_MS ? '  ← au-delà de la cible' : ''}${erreurs.length ? `  erreurs : ${erreurs.join(' | ')}` : ''}`,
    );
    await context.close();
  }
  console.log(
    auDela ? `\n${auDela} calculateur(s) au-delà de ${CIBLE_MS} ms.` : `\nTous les calculateurs sous ${CIBLE_MS} ms (médiane jusqu’à l’image suivante).`,
  );
} finally {
  await browser.close();
  await serveur.close();
}
process.exitCode = auDela ? 1 : 0;
