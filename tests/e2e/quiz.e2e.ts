/**
 * Chapter quizzes used as a person would, by keyboard only: one question of each type answered
 * (wrong then right for one of them), the verdict read, progress kept across a reload, and the
 * saved progress exported, reset, re-imported, and protected from a corrupted file.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync, readdirSync } from 'node:fs';
import { hydrate, ouvrir, navigateurPourCeFichier } from './harness';
import type { Question } from '../../src/content/schemas/question';

const dossier = new URL('../../src/content/questions/', import.meta.url);
const banque: Question[] = readdirSync(dossier).flatMap((f) => JSON.parse(readFileSync(new URL(f, dossier), 'utf8')));
const chapitre = 'histoire';
const duChapitre = banque.filter((q) => q.chapitre === chapitre);
const premiere = <T extends Question['type']>(type: T) => duChapitre.find((q) => q.type === type) as Extract<Question, { type: T }> | undefined;

const navigateur = navigateurPourCeFichier();

async function focaliser(page: Page, selecteur: string) {
  await page.locator(selecteur).first().scrollIntoViewIfNeeded();
  await page.locator(selecteur).first().focus();
}
/** Tab to the "Vérifier" button of a question and press Enter; returns the feedback text. */
async function verifierAuClavier(page: Page, id: string) {
  await focaliser(page, `#q-${id} .question-quiz__actions button`);
  await page.keyboard.press('Enter');
  const retour = page.locator(`#q-${id} .question-quiz__retour`);
  await retour.locator('.verdict').waitFor();
  // Focus moves to the verdict so a screen reader reads it.
  await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('question-quiz__retour'))).toBe(true);
  return (await retour.textContent()) ?? '';
}
const attendreHydratation = (page: Page, id: string) => hydrate(page, `#q-${id}`);

describe(`quiz du chapitre « ${chapitre} » au clavier`, () => {
  test('la banque de ce chapitre contient les cinq types', () => {
    for (const t of ['choix-unique', 'choix-multiple', 'vrai-faux', 'association', 'ordre'] as const) expect(premiere(t), t).toBeDefined();
  });

  test('une question de chaque type : réponse fausse puis juste, explication et source affichées, progression gardée au rechargement', async () => {
    const { page, context, erreurs } = await ouvrir(navigateur(), `chapitres/${chapitre}/`);
    await attendreHydratation(page, duChapitre[0]!.id);

    // Vrai/faux: first a wrong answer, read the feedback, start again, then the right one.
    const vf = premiere('vrai-faux')!;
    await focaliser(page, `#q-${vf.id} input[type=radio] >> nth=${vf.reponse ? 1 : 0}`);
    await page.keyboard.press('Space');
    const texte = await verifierAuClavier(page, vf.id);
    expect(texte).toContain('Ce n’est pas la bonne réponse');
    expect(texte).toContain(vf.reponse ? 'Vrai' : 'Faux');
    expect(texte).toContain(vf.source.section);
    await focaliser(page, `#q-${vf.id} .question-quiz__actions button`);
    await page.keyboard.press('Enter');
    await focaliser(page, `#q-${vf.id} input[type=radio] >> nth=${vf.reponse ? 0 : 1}`);
    await page.keyboard.press('Space');
    expect(await verifierAuClavier(page, vf.id)).toContain('Bonne réponse');

    // Single choice: arrow keys move the selection inside the radio group.
    // Options are shown shuffled: find the right one's displayed position from the labels.
    const cu = premiere('choix-unique')!;
    const affichees = (await page.locator(`#q-${cu.id} label.option`).allTextContents()).map((t) => t.trim());
    const bonne = affichees.indexOf(cu.options.find((o) => o.correct)!.texte);
    expect(bonne).toBeGreaterThanOrEqual(0);
    await focaliser(page, `#q-${cu.id} input[type=radio]`);
    await page.keyboard.press('Space');
    for (let i = 0; i < bonne; i++) await page.keyboard.press('ArrowDown');
    expect(await verifierAuClavier(page, cu.id)).toContain('Bonne réponse');

    // Multiple choice: Space on each right option, Tab between them.
    const cm = premiere('choix-multiple')!;
    await focaliser(page, `#q-${cm.id} input[type=checkbox]`);
    for (const texte of (await page.locator(`#q-${cm.id} label.option`).allTextContents()).map((t) => t.trim())) {
      if (cm.options.find((o) => o.texte === texte)!.correct) await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
    }
    expect(await verifierAuClavier(page, cm.id)).toContain('Bonne réponse');

    // Matching: each select chosen with the arrow keys.
    const as = premiere('association')!;
    const selects = page.locator(`#q-${as.id} select`);
    for (let i = 0; i < as.paires.length; i++) {
      const options = await selects.nth(i).locator('option').allTextContents();
      const cible = options.indexOf(as.paires[i]!.droite);
      await selects.nth(i).focus();
      for (let k = 0; k < cible; k++) await page.keyboard.press('ArrowDown');
      await expect(selects.nth(i).evaluate((s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent)).resolves.toBe(as.paires[i]!.droite);
    }
    expect(await verifierAuClavier(page, as.id)).toContain('Bonne réponse');

    // Ordering: move items up with their "Monter" button, by keyboard, until the order is right.
    const or = premiere('ordre')!;
    for (let p = 0; p < or.elements.length; p++) {
      const courant = await page.locator(`#q-${or.id} .question-quiz__ordre li > span:first-child`).allTextContents();
      let position = courant.indexOf(or.elements[p]!);
      if (position > p) {
        await focaliser(page, `#q-${or.id} button[aria-label="Monter «\u00a0${or.elements[p]}\u00a0»"]`);
        while (position > p) {
          await page.keyboard.press('Enter'); // focus follows the moved item
          position--;
        }
      }
    }
    expect(await page.locator(`#q-${or.id} .question-quiz__ordre li > span:first-child`).allTextContents()).toEqual(or.elements);
    expect(await verifierAuClavier(page, or.id)).toContain('Bonne réponse');

    await expect(page.locator('.quiz__score').textContent()).resolves.toContain('Score\u00a0: 5 bonnes réponses sur 5');

    // Reload: the sidebar shows the progress kept in localStorage.
    await page.reload();
    await expect
      .poll(() => page.locator(`.barre-laterale [data-progression-chapitre="${chapitre}"]`).textContent())
      .toContain(`5 / ${duChapitre.length} questions réussies`);
    expect(erreurs).toEqual([]);
    await context.close();
  });
});

describe('page « Ma progression »', () => {
  test('export, réinitialisation confirmée, import ; un fichier corrompu est refusé sans rien changer', async () => {
    const { page, context, erreurs } = await ouvrir(navigateur(), `chapitres/${chapitre}/`);
    // Record one right answer through the quiz.
    const vf = premiere('vrai-faux')!;
    await attendreHydratation(page, vf.id);
    await focaliser(page, `#q-${vf.id} input[type=radio] >> nth=${vf.reponse ? 0 : 1}`);
    await page.keyboard.press('Space');
    await verifierAuClavier(page, vf.id);

    await page.goto(new URL('../../progression/', page.url()).href);
    const ligne = page.locator('tbody tr', { hasText: 'Histoire' }).first();
    await expect.poll(() => ligne.locator('td').first().textContent()).toBe('1');

    // Export.
    const [telechargement] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter ma progression' }).click()]);
    const exporte = readFileSync((await telechargement.path())!, 'utf8');
    expect(JSON.parse(exporte).application).toBe('secteurs-progression');

    // A corrupted file is refused with a French message; progress unchanged.
    await page.locator('#import-progression').setInputFiles({
      name: 'progression.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"application":"secteurs-progression","version":1,"progression":{"questions":{"x":{"correct":"peut-être"}}}}'),
    });
    await expect.poll(() => page.locator('.message').textContent()).toMatch(/^Fichier refusé/);
    await expect(ligne.locator('td').first().textContent()).resolves.toBe('1');
    await page.locator('#import-progression').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('pas du json') });
    await expect.poll(() => page.locator('.message').textContent()).toContain('pas un fichier JSON');

    // Reset asks for confirmation, then empties.
    await page.getByRole('button', { name: 'Réinitialiser…' }).click();
    await page.getByRole('button', { name: 'Annuler' }).click();
    await expect(ligne.locator('td').first().textContent()).resolves.toBe('1');
    await page.getByRole('button', { name: 'Réinitialiser…' }).click();
    await page.getByRole('button', { name: 'Oui, tout effacer' }).click();
    await expect.poll(() => ligne.locator('td').first().textContent()).toBe('0');

    // Import of the exported file restores it.
    await page.locator('#import-progression').setInputFiles({ name: 'p.json', mimeType: 'application/json', buffer: Buffer.from(exporte) });
    await expect.poll(() => page.locator('.message').textContent()).toContain('Progression importée');
    await expect.poll(() => ligne.locator('td').first().textContent()).toBe('1');
    expect(erreurs).toEqual([]);
    await context.close();
  });

  test('une progression enregistrée corrompue est réparée entrée par entrée, sans erreur console', async () => {
    const { page, context, erreurs } = await ouvrir(navigateur(), 'progression/');
    const date = '2026-11-02T10:00:00.000Z';
    const idValide = duChapitre[0]!.id;
    await page.evaluate(
      ([id, d]) =>
        localStorage.setItem(
          'secteurs:progression',
          JSON.stringify({ version: 1, questions: { [id!]: { correct: true, tentatives: 1, date: d }, abîmée: 42 }, exercices: 'n’importe quoi' }),
        ),
      [idValide, date],
    );
    await page.reload();
    await expect.poll(() => page.locator('tbody tr', { hasText: 'Histoire' }).first().locator('td').first().textContent()).toBe('1');
    await expect(page.locator('.message').textContent()).resolves.toContain('écartées');
    expect(erreurs).toEqual([]);
    await context.close();
  });
});
