/**
 * The teacher's side (issue 13, /enseigner/): a sheet built by keyboard gives a series code whose
 * sheet is the one the domain draws; the sheet and its key printed to A4 PDF by Chromium and read back
 * with poppler's pdftotext (page count, running header and « Page x / y », every item in order, no site
 * chrome, every answer of the key equal to the engine's solution — and two of them recomputed here from
 * the sources' arithmetic); the same code gives the same HTML in two fresh browsers; an exam code
 * prints the learner's draw; bad codes get a French message; axe is clean in light and dark; the
 * builder stays light (no engine) until a sheet is opened.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { auditAxe, navigateurPourCeFichier, ouvrir, siteDir, siteUrl } from './harness';
import { exercices, formatEuros, formatTaux, listeExercices } from '../../src/engine';
import { elementsDeSerie, encoderSerie, lireSerie, TYPES_QUESTION_SERIE, type ConfigSerie } from '../../src/domaine/serie';
import { encoderCode, THEMES, tirerExamen, type Item } from '../../src/domaine/examen';
import { VERSION_GENERATEURS } from '../../src/domaine/constantes';
import { chapitres } from '../content/charger';
import type { Question } from '../../src/content/schemas/question';
import { parse as lireGift } from 'gift-pegjs';
import { XMLParser } from 'fast-xml-parser';
import { exporterSerie } from '../../src/domaine/export';
import { optionsCours } from '../export/outils';

const dossier = new URL('../../src/content/questions/', import.meta.url);
const banque: Question[] = readdirSync(dossier)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => JSON.parse(readFileSync(new URL(f, dossier), 'utf8')));
const parId = new Map(banque.map((q) => [q.id, q]));
const KINDS = listeExercices();

const navigateur = navigateurPourCeFichier();
const ATTENTE = { timeout: 15_000 };
const SORTIES = 'test-results/enseigner';

/** A fixed sheet: four questions of two chapters, and five exercises (two variants of the DA ceiling). */
const CONFIG: ConfigSerie = {
  graine: 2026,
  exercices: { 'tarif-a-la-date': 1, 'prise-en-charge': 1, 'plafond-da': 2, 'taux-depassement': 1 },
  questions: { chapitres: ['depassements', 'contrat'], types: [...TYPES_QUESTION_SERIE], nombre: 4 },
};
const CODE = encoderSerie(CONFIG);
const ITEMS = elementsDeSerie(CONFIG, banque, KINDS);

/** Text as pdftotext gives it, with no-break and thin spaces read as spaces and runs of spaces collapsed. */
const aplatir = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ');

function attenduExercice(item: Extract<Item, { genre: 'exercice' }>): string {
  const kind = exercices[item.type]!;
  const s = kind.solve(kind.generate(item.graine));
  return aplatir(s.unite === 'euros' ? formatEuros(s.valeur) : formatTaux(s.valeur));
}

async function ouvrirFiche(page: Page, chemin: string) {
  await page.goto(new URL(chemin, siteUrl()).href);
  await page.locator('[data-fiche-prete], [data-erreur-code]').first().waitFor(ATTENTE);
}

/** The items a sheet shows, from its articles' data attributes, in order. */
const itemsAffiches = (page: Page) =>
  page.locator('article[data-item]').evaluateAll((els) =>
    els.map((e) => {
      const d = (e as HTMLElement).dataset;
      return d.item === 'question' ? `q:${d.id}` : `x:${d.type}:${d.graine}`;
    }),
  );
const cle = (i: Item) => (i.genre === 'question' ? `q:${i.id}` : `x:${i.type}:${i.graine}`);

/** Prints the page to A4 PDF with Chromium, keeps it as an artifact, and returns its text, page by page. */
async function imprimer(page: Page, nom: string): Promise<string[]> {
  mkdirSync(SORTIES, { recursive: true });
  const fichier = join(SORTIES, `${nom}.pdf`);
  await page.pdf({ path: fichier, format: 'A4' });
  const texte = execFileSync('pdftotext', ['-enc', 'UTF-8', fichier, '-'], { encoding: 'utf8' });
  // pdftotext ends every page with a form feed.
  return texte.split('\f').slice(0, -1).map(aplatir);
}

/** Every item of ITEMS appears in the PDF text (whitespace collapsed), in order, under its number. */
function verifierOrdre(texte: string) {
  let depuis = 0;
  ITEMS.forEach((item, i) => {
    const titre = texte.indexOf(`Question ${i + 1} ·`, depuis);
    expect(titre, `question ${i + 1} absente ou hors d’ordre`).toBeGreaterThanOrEqual(depuis);
    const repere = item.genre === 'question' ? aplatir(parId.get(item.id)!.enonce).slice(0, 40) : `Variante n° ${item.graine}`;
    const suivant = texte.indexOf(`Question ${i + 2} ·`, titre);
    const ou = texte.indexOf(repere, titre);
    expect(ou, `${repere} absent de la question ${i + 1}`).toBeGreaterThan(titre);
    if (suivant > -1) expect(ou).toBeLessThan(suivant);
    depuis = titre + 1;
  });
}

const CHROME = ['Aller au contenu', 'Rechercher', 'Ma progression', 'Glossaire', 'Thème', 'Version élève', 'Version corrigée', 'Imprimer', 'Retour à'];

describe('/enseigner/ : composer une fiche', () => {
  test('au clavier : thème, variantes, types, nombre ; le code relu donne ce qui a été choisi, l’aperçu et la fiche ouverte suivent le tirage', async () => {
    const { page, erreurs } = await ouvrir(navigateur(), 'enseigner/');
    await page.locator('#ens-nombre').waitFor(ATTENTE);
    await expect.poll(() => page.locator('#contenu [role=status]').first().textContent()).toContain('Choisissez au moins un exercice');

    // A theme ticks its kinds (one variant each) and its chapters.
    await page.getByRole('checkbox', { name: 'Dépassements d’honoraires' }).focus();
    await page.keyboard.press('Space');
    await page.locator('#ens-var-plafond-da').focus();
    await page.keyboard.press('ArrowDown'); // 1 → 2 variants
    await page.getByRole('checkbox', { name: 'Remettre dans l’ordre' }).focus();
    await page.keyboard.press('Space'); // no ordering questions
    await page.locator('#ens-nombre').focus();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp'); // 5 → 3 questions

    await expect.poll(() => page.locator('[data-code-serie]').count()).toBe(1);
    await expect.poll(async () => lireSerie((await page.locator('[data-code-serie]').textContent()) ?? '').ok).toBe(true);
    const code = (await page.locator('[data-code-serie]').textContent())!;
    const lu = lireSerie(code);
    if (!lu.ok) throw new Error(lu.message);
    const duTheme = KINDS.filter((k) => k.theme === 'depassements').map((k) => k.id);
    expect(duTheme.length).toBeGreaterThan(1);
    expect(lu.config.exercices).toEqual(Object.fromEntries(duTheme.map((id) => [id, id === 'plafond-da' ? 2 : 1])));
    expect(lu.config.questions).toEqual({
      chapitres: chapitres()
        .filter((c) => c.frontmatter.theme === 'depassements')
        .map((c) => c.id),
      types: TYPES_QUESTION_SERIE.filter((t) => t !== 'ordre'),
      nombre: 3,
    });

    // The preview, the page's address and the shareable link follow the code.
    const attendus = elementsDeSerie(lu.config, banque, KINDS);
    await expect.poll(() => page.locator('[data-apercu] > li').count()).toBe(attendus.length);
    expect(await page.locator('[data-apercu] > li').allTextContents()).toEqual(
      attendus.map((i) =>
        i.genre === 'question'
          ? expect.stringContaining(parId.get(i.id)!.enonce)
          : expect.stringContaining(`${KINDS.find((k) => k.id === i.type)!.titre} (variante n°\u00a0${i.graine})`),
      ),
    );
    expect(new URL(page.url()).searchParams.get('serie')).toBe(code);
    expect(await page.getByLabel('Lien à partager').inputValue()).toBe(new URL(`enseigner/?serie=${code}`, siteUrl()).href);

    // « Autres variantes » keeps the choices and changes the seed.
    await page.getByRole('button', { name: 'Autres variantes' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-code-serie]').textContent()).not.toBe(code);
    const code2 = (await page.locator('[data-code-serie]').textContent())!;
    const lu2 = lireSerie(code2);
    expect(lu2.ok && { ...lu2.config, graine: 0 }).toEqual({ ...lu.config, graine: 0 });

    // The link opens the student sheet of that code, items in the drawn order.
    await page.getByRole('link', { name: 'Ouvrir la fiche élève' }).focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-fiche-prete]').waitFor(ATTENTE);
    expect(new URL(page.url()).searchParams.get('serie')).toBe(code2);
    expect(await itemsAffiches(page)).toEqual(elementsDeSerie(lu2.ok ? lu2.config : lu.config, banque, KINDS).map(cle));
    expect(erreurs).toEqual([]);
  });

  test('un code collé dans l’adresse rouvre ses réglages ; un code faux dans l’adresse est signalé', async () => {
    const { page } = await ouvrir(navigateur(), `enseigner/?serie=${CODE}`);
    await expect.poll(() => page.locator('[data-code-serie]').textContent(), ATTENTE).toBe(CODE);
    await expect.poll(() => page.locator('#ens-var-plafond-da').inputValue()).toBe('2');
    await page.goto(new URL(`enseigner/?serie=${CODE.slice(0, -1)}`, siteUrl()).href);
    await expect.poll(() => page.locator('.ens-avis').textContent(), ATTENTE).toContain('15\u00a0caractères');
  });

  test('ouvrir une fiche par son code, imprimer l’auto-évaluation d’un code d’examen (le tirage de l’apprenant), codes refusés en français', async () => {
    const { page } = await ouvrir(navigateur(), 'enseigner/');
    await page.getByLabel('Code de série').waitFor(ATTENTE);
    await page.getByLabel('Code de série').fill('3K7-M4Q');
    await page.getByLabel('Code de série').press('Enter');
    await expect.poll(() => page.locator('#ens-code-serie-erreur').textContent()).toContain('15\u00a0caractères');
    await page.getByLabel('Code de série').fill(CODE.toLowerCase().replaceAll('-', ' '));
    await page.getByLabel('Code de série').press('Enter');
    await page.locator('[data-fiche-prete]').waitFor(ATTENTE);
    expect(await itemsAffiches(page)).toEqual(ITEMS.map(cle));

    const examen = { graine: 4821, longueur: 15 as const, themes: [...THEMES] };
    await page.goBack();
    await page.getByLabel('Code d’examen de l’auto-évaluation').waitFor(ATTENTE);
    await page.getByLabel('Code d’examen de l’auto-évaluation').fill('ABC');
    await page.getByLabel('Code d’examen de l’auto-évaluation').press('Enter');
    await expect.poll(() => page.locator('#ens-code-examen-erreur').textContent()).toContain('6\u00a0caractères');
    await page.getByLabel('Code d’examen de l’auto-évaluation').fill(encoderCode(examen));
    await page.getByLabel('Code d’examen de l’auto-évaluation').press('Enter');
    await page.locator('[data-fiche-prete]').waitFor(ATTENTE);
    // The same draw as the self-assessment page (its island calls tirerExamen with the whole bank and every kind).
    expect(await itemsAffiches(page)).toEqual(tirerExamen(examen, banque, KINDS).map(cle));
    await expect.poll(() => page.locator('h1').textContent()).toBe('Secteurs — Auto-évaluation');
  });
});

describe('fiche et corrigé imprimés (Chromium → PDF A4 → pdftotext)', () => {
  test('la fiche élève : nombre de pages, en-tête et « Page x / y », chaque question dans l’ordre, rien du site, aucune solution', async () => {
    const { page, erreurs } = await ouvrir(navigateur(), 'enseigner/');
    await ouvrirFiche(page, `enseigner/fiche/?serie=${CODE}`);
    expect(await itemsAffiches(page)).toEqual(ITEMS.map(cle));
    const pages = await imprimer(page, 'fiche');
    // 9 items with room to answer: more than one page, never more than one page per item.
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages.length).toBeLessThanOrEqual(ITEMS.length);
    pages.forEach((p, i) => {
      expect(p).toContain('Secteurs — Fiche d’exercices');
      expect(p).toContain(`Code de la série : ${CODE}`);
      expect(p).toContain(`Page ${i + 1} / ${pages.length}`);
    });
    const texte = pages.join(' ');
    verifierOrdre(texte);
    for (const mot of CHROME) expect(texte).not.toContain(mot);
    expect(texte).not.toContain('Réponse attendue');
    expect(texte).not.toContain('pas à pas');
    expect(erreurs).toEqual([]);
  });

  test('le corrigé : chaque réponse égale à la solution du moteur pour sa graine, solution pas à pas et sources ; deux chiffres refaits depuis les sources', async () => {
    const { page, erreurs } = await ouvrir(navigateur(), 'enseigner/');
    await ouvrirFiche(page, `enseigner/corrige/?serie=${CODE}`);
    const pages = await imprimer(page, 'corrige');
    expect(pages.length).toBeGreaterThanOrEqual(3);
    // A worked solution can run past a page, but not past three per item.
    expect(pages.length).toBeLessThanOrEqual(3 * ITEMS.length);
    pages.forEach((p, i) => {
      expect(p).toContain('Secteurs — Corrigé de la fiche');
      expect(p).toContain(`Page ${i + 1} / ${pages.length}`);
    });
    const texte = pages.join(' ');
    verifierOrdre(texte);
    for (const mot of CHROME) expect(texte).not.toContain(mot);

    // Each item's block: from its title to the next one.
    const blocs = ITEMS.map((_, i) => {
      const debut = texte.indexOf(`Question ${i + 1} ·`);
      const fin = i + 1 < ITEMS.length ? texte.indexOf(`Question ${i + 2} ·`) : texte.length;
      return texte.slice(debut, fin);
    });
    ITEMS.forEach((item, i) => {
      const bloc = blocs[i]!;
      expect(bloc).toContain('Réponse attendue :');
      if (item.genre === 'exercice') {
        expect(bloc).toContain(`Réponse attendue : ${attenduExercice(item)}`);
        expect(bloc).toMatch(/Source : \S/);
      } else {
        const q = parId.get(item.id)!;
        if (q.type === 'vrai-faux') expect(bloc).toContain(`Réponse attendue : ${q.reponse ? 'Vrai' : 'Faux'}`);
        if (q.type === 'choix-unique') expect(bloc).toContain(aplatir(q.options.find((o) => o.correct)!.texte).slice(0, 30));
      }
    });

    // Two figures from the sources, independently of the engine. The draw of CONFIG holds them:
    const ex = ITEMS.filter((i): i is Extract<Item, { genre: 'exercice' }> => i.genre === 'exercice');
    const da = ex.find((i) => i.type === 'plafond-da' && i.graine === 59273);
    expect(da).toBeDefined();
    expect(exercices['plafond-da']!.generate(59273)).toEqual({ variante: 'consultation', date: '2022-09-23', lecture: 'isnar31' });
    // Specialist of secteur 1 seen outside the care pathway, 23 September 2022, guide §3.1 reading:
    // CS 23 € (guide §5.2) + MPC 2 € (convention 2016) = 25 € tarif opposable; DA ≤ 17,5 % × 25 = 4,375 €,
    // cut to the cent below (a ceiling is not exceeded) = 4,37 €; at most 25 + 4,37 = 29,37 €.
    expect(blocs[ITEMS.indexOf(da!)]).toContain('Réponse attendue : 29,37 €');
    const taux = ex.find((i) => i.type === 'taux-depassement')!;
    expect(exercices['taux-depassement']!.generate(taux.graine)).toEqual({ tarif: '60', facture: '113', definition: 'cnam' });
    // Convention's definition (dépassement ÷ honoraires remboursables, Légifrance annexe 21):
    // (113 − 60) ÷ 60 = 0,88333… = 88,3 % to the tenth.
    expect(blocs[ITEMS.indexOf(taux)]).toContain('Réponse attendue : 88,3 %');
    expect(erreurs).toEqual([]);
  });

  test('« Version élève / Version corrigée » en un clic, dans les deux sens', async () => {
    const { page } = await ouvrir(navigateur(), 'enseigner/');
    await ouvrirFiche(page, `enseigner/fiche/?serie=${CODE}`);
    expect(await page.locator('.fiche-corrige').count()).toBe(0);
    await page.getByRole('link', { name: 'Version corrigée' }).click();
    await page.locator('[data-fiche-prete].fiche--corrige').waitFor(ATTENTE);
    expect(await page.locator('.fiche-corrige').count()).toBe(ITEMS.length);
    expect(await page.getByRole('link', { name: 'Version corrigée' }).getAttribute('aria-current')).toBe('page');
    await page.getByRole('link', { name: 'Version élève' }).click();
    await page.locator('[data-fiche-prete].fiche--eleve').waitFor(ATTENTE);
    expect(new URL(page.url()).searchParams.get('serie')).toBe(CODE);
  });

  test('même code → même HTML de la fiche et du corrigé dans deux navigateurs neufs', async () => {
    for (const mode of ['fiche', 'corrige']) {
      const html: string[] = [];
      for (let i = 0; i < 2; i++) {
        const { page, context } = await ouvrir(navigateur(), `enseigner/${mode}/?serie=${CODE}`);
        await page.locator('[data-fiche-prete]').waitFor(ATTENTE);
        html.push(await page.evaluate(() => document.documentElement.outerHTML));
        await context.close();
      }
      expect(html[0]).toContain(`data-graine="${(ITEMS.find((i) => i.genre === 'exercice') as { graine: number }).graine}"`);
      expect(html[1]).toBe(html[0]);
    }
  });
});

describe('exporter une série vers Moodle (la même que la fiche)', () => {
  test.each(['gift', 'moodle-xml'] as const)(
    '%s : le fichier téléchargé depuis le corrigé a une question par élément de la fiche, octet pour octet celui que Node écrit pour ce code',
    async (format) => {
      const { page, context, erreurs } = await ouvrir(navigateur(), `enseigner/corrige/?serie=${CODE}`);
      try {
        await page.locator('[data-fiche-prete]').waitFor(ATTENTE);
        const telechargement = page.waitForEvent('download', ATTENTE);
        await page.getByRole('button', { name: format === 'gift' ? 'GIFT' : 'Moodle XML' }).click();
        const fichier = await telechargement;
        expect(fichier.suggestedFilename()).toBe(`secteurs-serie-${CODE}${format === 'gift' ? '.gift.txt' : '.xml'}`);
        const texte = readFileSync((await fichier.path())!, 'utf8');
        await expect.poll(() => page.getByRole('status').filter({ hasText: 'prêt' }).count(), ATTENTE).toBe(1);
        // Independent readers: gift-pegjs for GIFT (category lines aside), fast-xml-parser for Moodle XML.
        const questions =
          format === 'gift'
            ? (lireGift(texte) as Array<{ type: string }>).filter((q) => q.type !== 'Category')
            : [new XMLParser({ ignoreAttributes: false }).parse(texte).quiz.question].flat().filter((q: Record<string, string>) => q['@_type'] !== 'category');
        expect(questions).toHaveLength(ITEMS.length);
        // The browser's file is the one Node writes for the same code: a teacher's series exports the same anywhere.
        expect(texte).toBe(exporterSerie(ITEMS, banque, format, optionsCours));
        expect(erreurs).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});

describe('codes refusés', () => {
  const valide = encoderSerie(CONFIG).replaceAll('-', '');
  const derniere = '23456789ABCDEFGHJKMNPQRSTVWXYZ'.replace(valide.at(-1)!, '')[0]!;
  const cas: Array<[string, string, RegExp]> = [
    ['sans code', 'enseigner/fiche/', /ne contient pas de code de fiche/],
    ['code vide', 'enseigner/fiche/?serie=', /Saisissez un code de série/],
    ['mauvaise longueur', `enseigner/corrige/?serie=${valide.slice(0, 12)}`, /compte 15\u00a0caractères \(celui-ci en a 12\)/],
    ['mauvais caractère de contrôle', `enseigner/fiche/?serie=${valide.slice(0, -1)}${derniere}`, /mal recopié/],
    ['autre version des générateurs', `enseigner/fiche/?serie=${encoderSerie(CONFIG, VERSION_GENERATEURS + 1)}`, /version plus récente des générateurs/],
    ['code d’examen faux', 'enseigner/corrige/?code=K7M-4QI', /impossible/],
  ];
  test.each(cas)('%s : message en français, jamais une page blanche, le moteur n’est pas chargé', async (_, chemin, message) => {
    const { page, erreurs } = await ouvrir(navigateur(), '404.html');
    const requetes: string[] = [];
    page.on('request', (r) => requetes.push(r.url()));
    await ouvrirFiche(page, chemin);
    await expect.poll(() => page.locator('[data-erreur-code]').textContent()).toMatch(message);
    expect(await page.locator('h1').textContent()).toBe('Fiche introuvable');
    expect(await page.getByRole('link', { name: /Revenir à la page/ }).getAttribute('href')).toMatch(/\/enseigner\/$/);
    await page.waitForLoadState('networkidle');
    expect(requetes.filter((u) => /rendu-feuille/.test(u))).toEqual([]);
    expect(erreurs).toEqual([]);
  });
});

describe('accessibilité et poids', () => {
  for (const theme of ['light', 'dark'] as const) {
    test(`axe (${theme === 'light' ? 'clair' : 'sombre'}) : /enseigner/ avec une fiche composée, la fiche et le corrigé`, async () => {
      const { page, erreurs } = await ouvrir(navigateur(), `enseigner/?serie=${CODE}`, { colorScheme: theme });
      await expect.poll(() => page.locator('[data-apercu] > li').count(), ATTENTE).toBe(ITEMS.length);
      await page.getByLabel('Code de série').fill('ABC');
      await page.getByLabel('Code de série').press('Enter');
      await expect.poll(() => page.locator('#ens-code-serie-erreur').textContent()).not.toBe('');
      expect(await auditAxe(page)).toEqual([]);
      for (const mode of ['fiche', 'corrige']) {
        await ouvrirFiche(page, `enseigner/${mode}/?serie=${CODE}`);
        const violations = await auditAxe(page);
        expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
      }
      expect(erreurs).toEqual([]);
    });
  }

  test('/enseigner/ avant interaction : au plus 20 Kio de JavaScript (gzip), sans le moteur', async () => {
    const { context } = await ouvrir(navigateur(), '404.html');
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await page.goto(new URL('enseigner/', siteUrl()).href);
    await page.locator('#ens-nombre').waitFor(ATTENTE);
    await page.waitForLoadState('networkidle');
    const base = new URL(siteUrl()).pathname;
    const octets = scripts.reduce((s, p) => s + gzipSync(readFileSync(join(siteDir(), p.slice(base.length)))).length, 0);
    expect(scripts.length).toBeGreaterThan(0);
    expect(octets).toBeLessThanOrEqual(20 * 1024);
    expect(scripts.filter((p) => /rendu-feuille|decimal|moteur/.test(p))).toEqual([]);
  });
});
