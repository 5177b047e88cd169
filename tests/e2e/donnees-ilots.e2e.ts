/**
 * The chapter quiz and the timeline get their data from a static JSON file fetched when they scroll
 * into view (`client:donnees`, src/scripts/client-donnees.ts), not from their props (issue #12):
 * - with the JSON, they work as before (a question answered by keyboard, the timeline filtered);
 * - without it (request aborted, invalid JSON), the server-rendered content stays, a French message
 *   says what happened, nothing is thrown, and « Réessayer » loads and hydrates once the file is back;
 * - a choice ticked while the JSON is on its way is the one graded after hydration.
 */
import { describe, expect, test } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { auditAxe, hydratee, navigateurPourCeFichier, norm, ouvrir } from './harness';
import type { Question } from '../../src/content/schemas/question';

const questionsDu = (chapitre: string): Question[] =>
  JSON.parse(readFileSync(new URL(`../../src/content/questions/${chapitre}.json`, import.meta.url), 'utf8'));
const evenements: Array<{ titre: string; annee: number; themes: string[] }> = JSON.parse(
  readFileSync(new URL('../../src/content/chronologie.json', import.meta.url), 'utf8'),
);
const vraiFaux = (chapitre: string) => questionsDu(chapitre).find((q): q is Extract<Question, { type: 'vrai-faux' }> => q.type === 'vrai-faux')!;

const MESSAGE_QUIZ = 'Le quiz n’a pas pu se charger\u00a0: vérifiez la connexion, puis réessayez.';
const MESSAGE_FRISE = 'La frise chronologique n’a pas pu se charger (filtres et parcours pas à pas)\u00a0: vérifiez la connexion, puis réessayez.';
const JSON_QUIZ = /\/donnees\/quiz\/[a-z-]+\.json\?v=[0-9a-z]+$/;
const JSON_FRISE = /\/donnees\/chronologie\.json\?v=[0-9a-z]+$/;

/**
 * Chromium itself logs each failed request in the console (« Failed to load resource:
 * net::ERR_INTERNET_DISCONNECTED »): that line is the browser's network log of the request the test
 * made fail, not an error of the page's code. Only that exact line is set aside.
 */
const horsJournalReseau = (erreurs: string[]) => erreurs.filter((e) => e !== 'console: Failed to load resource: net::ERR_INTERNET_DISCONNECTED');

const navigateur = navigateurPourCeFichier();

/** Answers a true/false question by keyboard (the right answer), checks it, and returns the verdict text. */
async function repondreVraiFaux(page: Page, q: Extract<Question, { type: 'vrai-faux' }>) {
  const radio = page.locator(`#q-${q.id} input[type=radio]`).nth(q.reponse ? 0 : 1);
  await radio.scrollIntoViewIfNeeded();
  await radio.focus();
  await page.keyboard.press('Space');
  await page.locator(`#q-${q.id} .question-quiz__actions button`).focus();
  await page.keyboard.press('Enter');
  const verdict = page.locator(`#q-${q.id} .verdict`);
  await verdict.waitFor();
  return verdict.textContent();
}

describe('îlots dont les données arrivent en JSON', () => {
  test('le quiz et la frise fonctionnent comme avant, avec leurs données chargées du fichier JSON', async () => {
    const { page, context, erreurs } = await ouvrir(navigateur(), 'chapitres/histoire/');

    // Timeline: its JSON is fetched when it scrolls into view, then it filters.
    const reponseFrise = page.waitForResponse(JSON_FRISE);
    const frise = page.locator('.chronologie-interactive');
    await frise.scrollIntoViewIfNeeded();
    expect((await reponseFrise).status()).toBe(200);
    await hydratee(page, '.chronologie-interactive');
    for (const libelle of ['Assurance Maladie', 'Conventions', 'Médecin traitant']) {
      await frise.getByRole('checkbox', { name: libelle }).focus();
      await page.keyboard.press('Space');
    }
    // Exactly the « Secteurs » events, by year (the order within a year is not what this test is about).
    const secteurs = evenements.filter((e) => e.themes.includes('secteurs')).sort((a, b) => a.annee - b.annee);
    const items = frise.locator('ol.chronologie > li');
    await expect.poll(async () => (await items.locator('.chronologie__titre').allTextContents()).sort()).toEqual(secteurs.map((e) => e.titre).sort());
    await expect(items.locator('.chronologie__annee').allTextContents()).resolves.toEqual(secteurs.map((e) => String(e.annee)));

    // Quiz: same, then a question answered by keyboard.
    const reponseQuiz = page.waitForResponse(JSON_QUIZ);
    await page.locator('.quiz').scrollIntoViewIfNeeded();
    const r = await reponseQuiz;
    expect(new URL(r.url()).pathname).toMatch(/\/donnees\/quiz\/histoire\.json$/);
    await hydratee(page, '.quiz');
    await expect(repondreVraiFaux(page, vraiFaux('histoire'))).resolves.toContain('Bonne réponse');
    await expect.poll(() => page.locator('.quiz__score').textContent()).toContain('Score\u00a0: 1 bonne réponse sur 1');
    expect(erreurs).toEqual([]);
    await context.close();
  });

  test('JSON du quiz injoignable : le quiz du serveur reste, message en français, rien de levé ; « Réessayer » charge et hydrate', async () => {
    let injoignable = true;
    const tentatives: string[] = [];
    const { page, context, erreurs } = await ouvrir(navigateur(), 'chapitres/introduction/', {
      avantNavigation: (p) =>
        p.route(JSON_QUIZ, (route: Route) => {
          tentatives.push(route.request().url());
          return injoignable ? route.abort('internetdisconnected') : route.continue();
        }),
    });
    const questions = questionsDu('introduction');
    await page.locator('.quiz').scrollIntoViewIfNeeded();
    const avis = page.locator('.donnees-erreur');
    await expect.poll(() => avis.getByRole('alert').textContent()).toBe(MESSAGE_QUIZ);
    expect(tentatives).toHaveLength(1);

    // The server's quiz is still there, every question readable, the island not hydrated.
    await expect(page.locator('.quiz fieldset.question-quiz legend').allTextContents()).resolves.toHaveLength(questions.length);
    expect(norm(await page.locator(`#q-${questions[0]!.id} legend`).textContent())).toContain(norm(questions[0]!.enonce));
    await expect(page.evaluate(() => document.querySelector('.quiz')!.closest('astro-island')!.hasAttribute('ssr'))).resolves.toBe(true);
    // The message is accessible (contrast, roles): zero axe violations with it shown.
    expect(await auditAxe(page)).toEqual([]);
    expect(horsJournalReseau(erreurs)).toEqual([]);

    // A retry while still offline fails again, and says so again.
    await avis.getByRole('button', { name: 'Réessayer' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => tentatives.length).toBe(2);
    await expect.poll(() => avis.getByRole('alert').textContent()).toBe(MESSAGE_QUIZ);

    // Back online: « Réessayer » fetches, hydrates, removes the message and leaves the focus in the quiz.
    injoignable = false;
    await avis.getByRole('button', { name: 'Réessayer' }).focus();
    await page.keyboard.press('Enter');
    await hydratee(page, '.quiz');
    await expect.poll(() => page.locator('.donnees-erreur').count()).toBe(0);
    await expect.poll(() => page.evaluate(() => Boolean(document.activeElement?.closest('.quiz')))).toBe(true);
    await expect(repondreVraiFaux(page, vraiFaux('introduction'))).resolves.toContain('Bonne réponse');
    expect(horsJournalReseau(erreurs)).toEqual([]);
    await context.close();
  });

  test('JSON de la frise illisible (thème sombre) : la liste du serveur reste, message en français, rien de levé', async () => {
    const { page, context, erreurs } = await ouvrir(navigateur(), 'chapitres/histoire/', {
      colorScheme: 'dark',
      avantNavigation: (p) => p.route(JSON_FRISE, (route: Route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"tronqué' })),
    });
    await page.locator('.chronologie-interactive').scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator('.donnees-erreur').getByRole('alert').textContent()).toBe(MESSAGE_FRISE);
    await expect(page.locator('.chronologie-interactive ol.chronologie > li').count()).resolves.toBe(evenements.length);
    await expect(page.evaluate(() => document.querySelector('.chronologie-interactive')!.closest('astro-island')!.hasAttribute('ssr'))).resolves.toBe(true);
    expect(await auditAxe(page)).toEqual([]);
    expect(erreurs).toEqual([]);
    await context.close();
  });

  test('un choix coché pendant que le JSON arrive est celui qui est corrigé après l’hydratation', async () => {
    let liberer!: () => void;
    const porte = new Promise<void>((r) => (liberer = r));
    let retenue = false;
    const { page, context, erreurs } = await ouvrir(navigateur(), 'chapitres/introduction/', {
      avantNavigation: (p) =>
        p.route(JSON_QUIZ, async (route: Route) => {
          retenue = true;
          await porte;
          await route.continue();
        }),
    });
    const q = questionsDu('introduction').find((x): x is Extract<Question, { type: 'choix-unique' }> => x.type === 'choix-unique')!;
    const fs = page.locator(`#q-${q.id}`);
    await fs.scrollIntoViewIfNeeded();
    // The directive has asked for the JSON, which is held: the island cannot hydrate yet.
    await expect.poll(() => retenue).toBe(true);

    // The right option, ticked by keyboard on the server's markup (Space on the focused radio).
    await fs.getByLabel(q.options.find((o) => o.correct)!.texte, { exact: true }).focus();
    await page.keyboard.press('Space');
    await expect(fs.evaluate((f) => f.closest('astro-island')!.hasAttribute('ssr'))).resolves.toBe(true);

    liberer();
    await hydratee(page, `#q-${q.id}`);
    // Graded at once: the answer was taken from the DOM at mount.
    await fs.getByRole('button', { name: 'Vérifier' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => fs.locator('.verdict').textContent()).toContain('Bonne réponse');
    expect(erreurs).toEqual([]);
    await context.close();
  });
});
