/**
 * Embeds (issue 13, « Embedding »), used as a teacher and a student would, in Chromium on the build
 * served under a sub-path: the « Intégrer » control of a chapter gives an `<iframe>` snippet; pasted
 * into a page served from another local origin (a second static server on another port), the
 * calculator and the exercise are used with the keyboard only, post their height to the host, and log
 * no console error; the exercise's address carries its seed (a bad one gets a French message); an
 * embed writes nothing into the learner's course progress.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { demarrerServeur } from '../../scripts/static-server.mjs';
import { exercices, formatEuros, formatTaux } from '../../src/engine';
import { hydrate, navigateurPourCeFichier, norm, ouvrir, siteBase, siteUrl } from './harness';

const navigateur = navigateurPourCeFichier();

// ——— The host: a second static server, on another port (another origin), serving the page written below ———
const dossierHote = mkdtempSync(join(tmpdir(), 'secteurs-hote-'));
const serveursHote: Array<{ close: () => Promise<void> }> = [];
afterAll(async () => {
  await Promise.all(serveursHote.map((s) => s.close()));
  rmSync(dossierHote, { recursive: true, force: true });
});

/**
 * A host page holding `snippet` as pasted, and the listener the README documents: it records every
 * height message (with the origin it came from) and sizes the frame to it. Served by its own server
 * (the static server lists its folder when it starts), on a free port: another origin than the site's.
 */
async function pageHote(nom: string, snippet: string): Promise<string> {
  const dossier = join(dossierHote, nom);
  mkdirSync(dossier);
  writeFileSync(
    join(dossier, 'index.html'),
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Cours de l’université</title><link rel="icon" href="data:,"></head><body>
<main><h1>Séance 3</h1><p><a href="#suite">Lien avant le cadre</a></p>
${snippet}
<p id="suite">Suite de la page.</p></main>
<script>
  window.messages = [];
  addEventListener('message', (e) => {
    if (!e.data || e.data.type !== 'secteurs:hauteur') return;
    window.messages.push({ origine: e.origin, hauteur: e.data.hauteur, adresse: e.data.adresse });
    for (const f of document.querySelectorAll('iframe')) if (f.contentWindow === e.source) f.height = String(e.data.hauteur);
  });
</script></body></html>`,
  );
  const serveur = (await demarrerServeur({ dir: dossier, base: '/', port: 0 })) as { url: string; close: () => Promise<void> };
  serveursHote.push(serveur);
  return serveur.url;
}

/** Opens the host page in a fresh context, recording console errors of the page and its frames. */
async function ouvrirHote(url: string) {
  const context = await navigateur().newContext({ locale: 'fr-FR', viewport: { width: 1000, height: 800 } });
  const page = await context.newPage();
  const erreurs: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') erreurs.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => erreurs.push(`exception: ${e.message}`));
  await page.goto(url, { waitUntil: 'load' });
  return { context, page, erreurs };
}

/** The snippet of the « Intégrer » control of `selecteurWidget`'s block on a chapter, opened with the keyboard. */
async function snippetDuChapitre(chemin: string, nom: string): Promise<string> {
  const { page, context, erreurs } = await ouvrir(navigateur(), chemin);
  const details = page.locator(`details[data-integrer]:has(textarea[data-chemin$="${nom}"])`);
  await details.locator('summary').focus();
  await page.keyboard.press('Enter');
  const zone = details.locator('textarea');
  // The control rewrites the address as this browser reaches the site (the build only knows SITE).
  await expect.poll(() => zone.inputValue()).toContain(`src="${siteUrl()}`);
  const code = await zone.inputValue();
  expect(erreurs).toEqual([]);
  await context.close();
  return code;
}

/** The frame of the embed once its island is hydrated. */
async function cadre(page: Page, selecteur: string): Promise<Frame> {
  const handle = await page.waitForSelector('iframe');
  const frame = (await handle.contentFrame())!;
  await frame.waitForFunction((sel) => {
    const el = document.querySelector(sel);
    return el !== null && !el.closest('astro-island')?.hasAttribute('ssr');
  }, selecteur);
  return frame;
}

const messages = (page: Page) =>
  page.evaluate(() => (window as unknown as { messages: Array<{ origine: string; hauteur: number; adresse: string }> }).messages);

describe('widgets intégrables', () => {
  test('le contrôle « Intégrer » d’un chapitre donne un <iframe> sous le chemin de base, et le copie', async () => {
    const { page, context, erreurs } = await ouvrir(navigateur(), 'chapitres/depassements/');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(siteUrl()).origin });
    const details = page.locator('details[data-integrer]:has(textarea[data-chemin$="integrer/calculateur/da/"])');
    const bouton = details.getByRole('button', { name: 'Copier le code' });
    expect(await bouton.isVisible()).toBe(false);
    await details.locator('summary').click();
    await expect.poll(() => bouton.isVisible()).toBe(true);
    const code = await details.locator('textarea').inputValue();
    expect(code).toMatch(
      new RegExp(
        `^<iframe src="${siteUrl().replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}integrer/calculateur/da/" title="[^"]+ — Secteurs" width="100%" height="\\d+"`,
      ),
    );
    expect(new URL(/src="([^"]+)"/.exec(code)![1]!).pathname.startsWith(siteBase())).toBe(true);
    await bouton.press('Enter');
    await expect.poll(() => details.locator('[data-copie-etat]').textContent()).toBe('Code copié.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    // « Ouvrir seul, plein écran »: the bare page, without the course's header, sidebar or footer.
    await page.locator('a.integrer__ouvrir[href$="integrer/calculateur/da/"]').click();
    await page.waitForURL(/integrer\/calculateur\/da\/$/);
    await expect(page.locator('h1').textContent()).resolves.toContain('Calculateur');
    expect(await page.locator('header, footer, nav, aside.barre-laterale').count()).toBe(0);
    await hydrate(page, '[data-widget="calculateur-da"]');
    expect(erreurs).toEqual([]);
    await context.close();
  });

  test('un calculateur intégré dans la page d’une autre origine : au clavier, résultat, hauteur annoncée, aucune erreur', async () => {
    const snippet = await snippetDuChapitre('chapitres/depassements/', 'integrer/calculateur/patient/');
    const { page, context, erreurs } = await ouvrirHote(await pageHote('calculateur', snippet));
    expect(new URL(page.url()).origin).not.toBe(new URL(siteUrl()).origin);
    const frame = await cadre(page, '#calc-patient-facture');

    // The embed tells the host its height, which the host's listener applies to the frame.
    await expect.poll(async () => (await messages(page)).length).toBeGreaterThan(0);
    const premier = (await messages(page)).at(-1)!;
    expect(premier.origine).toBe(new URL(siteUrl()).origin);
    expect(premier.adresse).toBe(`${siteBase()}integrer/calculateur/patient/`);
    expect(premier.hauteur).toBeGreaterThan(300);
    await expect.poll(() => page.locator('iframe').getAttribute('height')).toBe(String((await messages(page)).at(-1)!.hauteur));
    // The frame's content fits the announced height: no inner scroll bar.
    await expect.poll(() => frame.evaluate(() => document.documentElement.scrollHeight - innerHeight)).toBeLessThanOrEqual(1);

    // Keyboard only: from the host's link, Tab into the frame until the amount billed.
    await page.locator('a[href="#suite"]').focus();
    const actif = () => frame.evaluate(() => (document.hasFocus() ? document.activeElement?.id : null));
    for (let i = 0; i < 8 && (await actif()) !== 'calc-patient-facture'; i++) await page.keyboard.press('Tab');
    expect(await actif()).toBe('calc-patient-facture');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('50');
    // Default case (GP, 1 June 2017, in the parcours; secteur 2 without OPTAM, base 23 €, ISNAR §4.2 and
    // ambiguity 9, as in calculateurs.e2e.ts): AMO 0,70 × 23 − 1 = 15,10 € ; complémentaire 23 − 16,10 = 6,90 € ;
    // patient 50 − 15,10 − 6,90 = 28,00 €.
    const ligne = frame.locator('tr', { has: frame.locator('th', { hasText: 'Secteur 2 sans OPTAM' }) });
    await expect.poll(async () => norm(await ligne.textContent())).toBe(norm('Secteur 2 sans OPTAM50,00 €15,10 €6,90 €28,00 €'));
    expect(erreurs).toEqual([]);
    await context.close();
  });

  test('un exercice intégré (graine 4821) dans une autre origine : même variante qu’au chapitre, réponse au clavier, hauteur suivie', async () => {
    const kind = exercices['tarif-a-la-date']!;
    const params = kind.generate(4821);
    const solution = kind.solve(params);
    // The chapter shows this kind with seed 4821 (medecin-traitant.mdx): its control points to the same variant.
    const snippet = await snippetDuChapitre('chapitres/medecin-traitant/', 'integrer/exercice/tarif-a-la-date/?graine=4821');
    const { page, context, erreurs } = await ouvrirHote(await pageHote('exercice', snippet));
    const frame = await cadre(page, '#exercice-tarif-a-la-date-reponse');
    expect(norm(await frame.locator('.widget__titre').textContent())).toContain('variante n° 4821');
    expect(await frame.locator('.exercice__enonce').textContent()).toBe(kind.enonce(params));
    await expect.poll(async () => (await messages(page)).length).toBeGreaterThan(0);
    const avant = (await messages(page)).at(-1)!.hauteur;

    await page.locator('a[href="#suite"]').focus();
    const actif = () => frame.evaluate(() => (document.hasFocus() ? document.activeElement?.id : null));
    for (let i = 0; i < 8 && (await actif()) !== 'exercice-tarif-a-la-date-reponse'; i++) await page.keyboard.press('Tab');
    expect(await actif()).toBe('exercice-tarif-a-la-date-reponse');
    await page.keyboard.type(solution.unite === 'euros' ? formatEuros(solution.valeur) : formatTaux(solution.valeur));
    await page.keyboard.press('Enter');
    await expect.poll(async () => norm(await frame.locator('.exercice__retour').textContent())).toContain('✓ Juste.');
    // The worked solution made the page taller: a new message, and the host's frame followed.
    await expect.poll(async () => (await messages(page)).at(-1)!.hauteur).toBeGreaterThan(avant);
    await expect.poll(() => page.locator('iframe').getAttribute('height')).toBe(String((await messages(page)).at(-1)!.hauteur));
    expect(erreurs).toEqual([]);
    await context.close();
  });

  test('graine absente ou invalide : message en français, variante tirée au hasard inscrite dans l’adresse', async () => {
    for (const [requete, attendu] of [
      ['', 'Aucune graine dans l’adresse : variante n° '],
      ['?graine=abc', '« abc » n’est pas une graine valable : un nombre entier de 0 à 4 294 967 295 est attendu. Variante n° '],
      ['?graine=1e3', '« 1e3 » n’est pas une graine valable'],
      ['?graine=', 'La graine de l’adresse est vide. Variante n° '],
    ] as const) {
      const { page, context, erreurs } = await ouvrir(navigateur(), `integrer/exercice/tcam/${requete}`);
      const message = page.locator('.integre__graine');
      await expect.poll(async () => norm(await message.textContent())).toContain(norm(attendu));
      const tiree = Number(/variante n° (\d+)/i.exec(norm(await message.textContent()))![1]);
      await expect.poll(async () => norm(await page.locator('.widget__titre').textContent())).toContain(`variante n° ${tiree}`);
      await expect.poll(() => new URL(page.url()).searchParams.get('graine')).toBe(String(tiree));
      expect(erreurs).toEqual([]);
      await context.close();
    }
  });

  test('un exercice intégré n’écrit rien dans la progression du cours', async () => {
    const { page, context, erreurs } = await ouvrir(navigateur(), 'integrer/exercice/plafond-da/?graine=2005');
    const champ = page.getByLabel('Votre réponse');
    await expect.poll(() => champ.isVisible()).toBe(true);
    await champ.fill('1 €');
    await champ.press('Enter');
    await expect.poll(async () => norm(await page.locator('.exercice__retour').textContent())).toMatch(/Ce n’est pas le bon résultat|Presque/);
    await page.getByRole('button', { name: 'Voir la solution' }).click();
    await expect.poll(() => page.locator('.exercice__solution').count()).toBe(1);
    // In a chapter, these two actions write `secteurs:progression` (exercice.e2e.ts); here, nothing.
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('secteurs:progression')))).toEqual([]);
    expect(erreurs).toEqual([]);
    await context.close();
  });
});
