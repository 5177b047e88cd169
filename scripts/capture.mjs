// Developer tool: screenshots of built pages, to look at what a reader sees.
//   npm exec -- node scripts/capture.mjs <dist-dir> <base> <out-dir> <width> [path ...] [--dark] [--el=css-selector]
import { lancerChromium } from './chromium.mjs';
import { demarrerServeur } from './static-server.mjs';

const [dir = 'dist', base = '/', out = '/tmp/captures', width = '1280', ...rest] = process.argv.slice(2);
const dark = rest.includes('--dark');
const selecteur = rest.find((r) => r.startsWith('--el='))?.slice(5);
const chemins = rest.filter((r) => r !== '--dark' && !r.startsWith('--el='));
const serveur = await demarrerServeur({ dir, base, port: 0 });
const browser = await lancerChromium();
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: dark ? 'dark' : 'light', locale: 'fr-FR' });
for (const c of chemins.length ? chemins : ['']) {
  await page.goto(new URL(c, serveur.url).href, { waitUntil: 'networkidle' });
  const fichier = `${out}/${(c || 'accueil').replace(/[/#?]+/g, '_')}-${width}${dark ? '-sombre' : ''}.png`;
  if (selecteur) await page.locator(selecteur).first().screenshot({ path: fichier });
  else await page.screenshot({ path: fichier, fullPage: true });
  const large = await page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      .slice(0, 5)
      .map((e) => `${e.tagName}.${e.className}`),
  );
  console.log(fichier, large.length ? `déborde: ${large.join(', ')}` : '');
}
await browser.close();
await serveur.close();
