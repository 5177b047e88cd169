/**
 * The installation simulator (/simulateur/) used as a person would, in Chromium on the built site:
 * fill the form, wait for the four columns (the Urssaf's rules run in a worker), check a secteur-1
 * figure against the course's engine and one against the sources' arithmetic, the doctor's net income
 * against modele-social evaluated here in Node, change the date to 2017 and back, bad inputs, keyboard
 * only, axe in light and dark, 320 px, no console error.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import rules from 'modele-social';
import Engine from 'publicodes';
import { auditAxe, hydratee, navigateurPourCeFichier, norm, ouvrir } from './harness';
import { D, formatEuros, formatNombre, tarifActe } from '../../src/engine/index';
import { evaluerSituation } from '../../src/simulateur/regles';
import { simulation, type EntreesSimulateur } from '../../src/simulateur/situation';

const navigateur = navigateurPourCeFichier();

const deux = (n: number) => String(n).padStart(2, '0');
const maintenant = new Date();
const AUJOURDHUI_FR = `${deux(maintenant.getDate())}/${deux(maintenant.getMonth() + 1)}/${maintenant.getFullYear()}`;
/**
 * The date the figures are checked at: a date modele-social 11.1.0 covers (2022–2026), so the test does
 * not depend on the day it runs (the page's default date, today, is checked apart).
 */
const DATE_REGLES = '2026-07-01';
const DATE_REGLES_FR = '01/07/2026';

let moteurUrssaf: Engine;
beforeAll(() => {
  moteurUrssaf = new Engine(rules as ConstructorParameters<typeof Engine>[0], { logger: { log() {}, warn() {}, error() {} } });
}, 60_000);

/** Opens the simulator and sets the date of the rules to DATE_REGLES, as a reader would type it. */
async function ouvrirSimulateur(options: Parameters<typeof ouvrir>[2] = {}) {
  const suivi = await ouvrir(navigateur(), 'simulateur/', options);
  await hydratee(suivi.page, '#sim-consultations');
  expect(await suivi.page.locator('#sim-date').inputValue()).toBe(AUJOURDHUI_FR);
  await suivi.page.locator('#sim-date').fill(DATE_REGLES_FR);
  return suivi;
}

const cellule = (page: Page, ligne: string, choix: string) => page.locator(`[data-ligne="${ligne}"][data-choix="${choix}"]`);
const texteCellule = async (page: Page, ligne: string, choix: string) => norm(await cellule(page, ligne, choix).textContent());

/** Waits until the Urssaf's rules have answered the latest request (the worker's result is current). */
async function attendreRegles(page: Page) {
  await page.waitForFunction(() => document.querySelector('.simulateur__colonnes')?.getAttribute('data-a-jour') === 'true', undefined, { timeout: 60_000 });
}

async function saisir(page: Page, id: string, texte: string) {
  await page.locator(`#${id}`).fill(texte);
}

const champErreur = (page: Page, id: string) => page.locator('.champ', { has: page.locator(`#${id}`) }).locator('.champ__erreur');

describe('Simulateur d’installation', () => {
  test('remplir le formulaire : quatre colonnes, un chiffre du secteur 1 contre le moteur, un contre les sources, le revenu net contre modele-social', async () => {
    const { page, erreurs, externes } = await ouvrirSimulateur();
    await saisir(page, 'sim-consultations', '5 000');
    await saisir(page, 'sim-autres-actes', '12 000 €');
    await saisir(page, 'sim-depassement', '50 %');
    await saisir(page, 'sim-frais', '45000');
    await attendreRegles(page);

    // The course's engine: tariff of G at the date × 5 000 + 12 000 €.
    const g = tarifActe('G', DATE_REGLES).valeur;
    await expect.poll(() => texteCellule(page, 'honoraires', 'secteur1')).toBe(norm(formatEuros(g.mul(5000).plus(12000))));
    // The sources' arithmetic: G = 30 € since 22 December 2024 (convention 2024-2029, ameli) →
    // 5 000 × 30 + 12 000 = 162 000 € ; the patient: 70 % × 30 − 2 € (participation forfaitaire since 15 May 2024) = 19 €.
    expect(await texteCellule(page, 'honoraires', 'secteur1')).toBe('162 000,00 €');
    expect(await texteCellule(page, 'amo', 'secteur1')).toBe('19,00 €');
    // Secteur 2 at 50 %: 162 000 × 1,5 = 243 000 € billed.
    expect(await texteCellule(page, 'honoraires', 'secteur2')).toBe('243 000,00 €');

    // Every column has its net income; secteur 1's is modele-social's, evaluated here on the same situation.
    const e: EntreesSimulateur = {
      date: DATE_REGLES,
      specialite: 'generaliste',
      consultations: D(5000),
      autresActes: D(12000),
      depassementSecteur2: D('0.5'),
      optamPartOpposable: D('0.6'),
      optamDepassement: D('0.2'),
      tauxPrimeOptam: null,
      frais: D(45000),
      partComplementaire: D('0.8'),
    };
    const attendu = evaluerSituation(moteurUrssaf, simulation(e).situations!.secteur1);
    expect(await texteCellule(page, 'net', 'secteur1')).toBe(norm(`${formatNombre(D(attendu.net!), 0)} €`));
    for (const c of ['optam', 'secteur2', 'nonConventionne']) expect(await texteCellule(page, 'net', c)).toMatch(/^\d[\d ]* €$/);
    expect(norm(await page.locator('[data-resume]').textContent())).toMatch(
      /^En secteur 2 sans OPTAM, vous gagnez [\d ]+ € de (plus|moins) par an qu’en secteur 1/,
    );
    expect(norm(await page.locator('.simulateur__a-jour').textContent())).toContain('modele-social 11.1.0 (publicodes 1.10.3)');
    expect(norm(await page.locator('main').textContent())).not.toContain('NaN');
    // French typography of what the island writes (the built-HTML check cannot see a client-only island):
    // no breakable space before € or %, thousands grouped by U+202F.
    const brut = (await page.locator('.simulateur').textContent()) ?? '';
    expect(brut.match(/\d[ \t\n][€%]/g)).toBeNull();
    expect(brut.match(/\d{1,3} \d{3}(?!\d)/g)).toBeNull();
    expect(erreurs).toEqual([]);
    expect(externes).toEqual([]);
  }, 120_000);

  test('date 2017 puis retour en 2026 : seul le moteur du cours en 2017, les règles de l’Urssaf de nouveau ensuite', async () => {
    const { page, erreurs } = await ouvrirSimulateur();
    await attendreRegles(page);
    await saisir(page, 'sim-date', '01/06/2017');
    await page.waitForFunction(() => document.querySelector('.simulateur__colonnes')?.getAttribute('data-a-jour') === 'sans-regles');
    // ISNAR §5.2: G = 23 € + MMG 2 € = 25 € from 1 May 2017.
    expect(await texteCellule(page, 'tarif', 'secteur1')).toBe('25,00 €');
    expect(norm(await page.locator('.simulateur__etat').textContent())).toContain('ne modélisent que les années 2022 à 2026');
    // Secteur 2 (§4.4): no participation; secteur 1 (§4.3): some.
    expect(await texteCellule(page, 'participation-2017', 'secteur2')).toBe('0,00 €');
    expect(await texteCellule(page, 'participation-2017', 'secteur1')).not.toBe('0,00 €');
    await expect.poll(() => page.locator('[data-ligne="net"]').count()).toBe(0);
    await saisir(page, 'sim-date', DATE_REGLES_FR);
    await attendreRegles(page);
    // The columns may still flag the 2017 result as current for a moment after the date changes back: wait for the figure.
    await expect.poll(() => texteCellule(page, 'net', 'secteur1'), { timeout: 60_000 }).toMatch(/^\d[\d ]* €$/);
    expect(erreurs).toEqual([]);
  }, 120_000);

  test('saisies fautives : message en français au champ, dernier résultat gardé et marqué, jamais NaN', async () => {
    const { page, erreurs } = await ouvrirSimulateur();
    await attendreRegles(page);
    const avant = await texteCellule(page, 'net', 'secteur1');
    await saisir(page, 'sim-consultations', 'abc');
    await expect
      .poll(async () => norm(await champErreur(page, 'sim-consultations').textContent()))
      .toBe('« abc » n’est pas un nombre lisible : écrivez par exemple 1 234.');
    expect(await page.locator('#sim-consultations').getAttribute('aria-invalid')).toBe('true');
    expect(norm(await page.locator('.simulateur__resultats').textContent())).toContain('Résultat précédent conservé');
    expect(await texteCellule(page, 'net', 'secteur1')).toBe(avant);
    await saisir(page, 'sim-consultations', '4000');
    await saisir(page, 'sim-complementaire', '150 %');
    await expect.poll(async () => norm(await champErreur(page, 'sim-complementaire').textContent())).toBe('Une part ne peut pas dépasser 100 %.');
    await saisir(page, 'sim-frais', '-5');
    await expect.poll(async () => norm(await champErreur(page, 'sim-frais').textContent())).toBe('La valeur ne peut pas être négative.');
    await saisir(page, 'sim-date', '31/02/2026');
    await expect.poll(async () => norm(await champErreur(page, 'sim-date').textContent())).not.toBe('');
    expect(norm(await page.locator('main').textContent())).not.toContain('NaN');
    await saisir(page, 'sim-date', DATE_REGLES_FR);
    await saisir(page, 'sim-complementaire', '80 %');
    await saisir(page, 'sim-frais', '40000');
    await attendreRegles(page);
    await expect.poll(() => page.locator('.resultat--perime').count()).toBe(0);
    expect(await texteCellule(page, 'net', 'secteur1')).toBe(avant);
    expect(erreurs).toEqual([]);
  }, 120_000);

  test('au clavier seulement : tabulation jusqu’au champ, saisie, résultat à jour', async () => {
    const { page, erreurs } = await ouvrirSimulateur();
    await attendreRegles(page);
    for (let i = 0; i < 30 && (await page.evaluate(() => document.activeElement?.id)) !== 'sim-consultations'; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sim-consultations');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('3000');
    await page.keyboard.press('Tab');
    // 3 000 × 30 € + 10 000 € = 100 000 €
    await expect.poll(() => texteCellule(page, 'honoraires', 'secteur1')).toBe('100 000,00 €');
    await attendreRegles(page);
    // The specialty list with arrows: the OPTAM prime rate of dermatology comes from the CSMF list (8,3 %).
    while ((await page.evaluate(() => document.activeElement?.id)) !== 'sim-specialite') await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => norm(await page.locator('#sim-taux-prime').inputValue())).toBe('8,3 %');
    await attendreRegles(page);
    expect(await texteCellule(page, 'prime', 'optam')).toMatch(/^\d[\d ]*,\d\d €$/);
    expect(erreurs).toEqual([]);
  }, 120_000);

  test.each(['light', 'dark'] as const)(
    'axe (%s) : aucune violation, résultats affichés et explications ouvertes',
    async (theme) => {
      const { page, erreurs } = await ouvrirSimulateur({ colorScheme: theme });
      await attendreRegles(page);
      await page.locator('.simulateur__explication summary').first().click();
      expect(await auditAxe(page)).toEqual([]);
      expect(erreurs).toEqual([]);
    },
    120_000,
  );

  test('liens : la carte « Internes avant l’installation » de l’accueil et les chapitres contrat et dépassements mènent au simulateur', async () => {
    const { page, erreurs } = await ouvrir(navigateur(), '');
    await page.locator('section[aria-labelledby="public-installation"]').getByRole('link', { name: 'simulateur d’installation' }).click();
    await page.waitForURL(/\/simulateur\/$/);
    await hydratee(page, '#sim-consultations');
    for (const chapitre of ['contrat', 'depassements']) {
      await page.goto(new URL(`chapitres/${chapitre}/`, page.url().replace(/simulateur\/$/, '')).href);
      await page.getByRole('link', { name: 'simulateur d’installation' }).click();
      await page.waitForURL(/\/simulateur\/$/);
    }
    expect(erreurs).toEqual([]);
  }, 120_000);

  test('320 px : la page ne déborde pas, les tableaux défilent dans leur cadre', async () => {
    const { page, erreurs } = await ouvrirSimulateur({ viewport: { width: 320, height: 700 } });
    await attendreRegles(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const tableau = page.locator('.simulateur__table').first();
    expect(await tableau.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    expect(await auditAxe(page)).toEqual([]);
    expect(erreurs).toEqual([]);
  }, 120_000);
});
