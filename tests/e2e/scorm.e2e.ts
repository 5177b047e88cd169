/**
 * The SCORM 1.2 package against independent implementations: its manifest validated by xmllint
 * against the four official SCORM 1.2 schema files it ships, then, in Chromium, each SCO launched
 * from a folder of the package unzipped with fflate, inside a harness page whose `window.API` is
 * scorm-again's Scorm12API (an LMS runtime from npm): the self-assessment taken as a learner would,
 * the status, score and session time the runtime recorded, a relaunch mid-exam resumed from
 * `cmi.suspend_data`, the 4 096-character limit on the longest exam, and the page opened without an LMS.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { unzipSync } from 'fflate';
import type { Frame, Page } from 'playwright-core';
import { demarrerServeur } from '../../scripts/static-server.mjs';
import { auditAxe, navigateurPourCeFichier } from './harness';
import { questionSchema, type Question } from '../../src/content/schemas/question';
import { questionsBrutes } from '../content/charger';
import { exercice } from '../../src/engine';

const require = createRequire(import.meta.url);
const navigateur = navigateurPourCeFichier();
const banque = new Map<string, Question>(questionsBrutes().map((b) => [String(b.question.id), questionSchema.parse(b.question)]));

/** The package is unzipped into a folder with a space and three levels: relative paths only, or it breaks. */
const DOSSIER = 'un/dossier quelconque/paquet';
let temp = '';
let zip: Record<string, Uint8Array> = {};
let serveur: { url: string; close: () => Promise<void> };

function construire(sortie: string) {
  execFileSync(process.execPath, ['scripts/build-scorm.mjs', '--sortie', sortie], { stdio: 'pipe' });
  return readFileSync(sortie);
}

const HARNAIS = `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><title>Harnais SCORM 1.2 (scorm-again)</title><script src="scorm12.js"></script></head>
<body>
<iframe id="sco" title="SCO" style="width: 100%; height: 90vh"></iframe>
<script>
  // An LMS in a page: scorm-again's runtime as window.API, every LMSSetValue journaled.
  window.journal = [];
  window.finitions = 0;
  function nouvelleApi(cmi) {
    window.API = new Scorm12API({ logLevel: 5, autocommit: false });
    if (cmi) window.API.loadFromJSON(cmi);
    window.API.on('LMSSetValue.cmi.*', (element, valeur) => window.journal.push([element, valeur]));
    window.API.on('LMSFinish', () => (window.finitions += 1));
  }
  window.lancer = (sco) => {
    nouvelleApi(null);
    document.getElementById('sco').src = '${DOSSIER}/' + sco;
  };
  // What an LMS does when the learner leaves: the SCO's page goes away (pagehide), the SCO saves and finishes.
  window.decharger = () => (document.getElementById('sco').src = 'about:blank');
  // Relaunch: a new runtime with the stored data of the attempt, entry « resume », as an LMS gives it.
  window.relancer = (sco) => {
    const avant = window.API.renderCMIToJSONObject().cmi;
    nouvelleApi({ core: { entry: 'resume', lesson_status: avant.core.lesson_status }, suspend_data: avant.suspend_data });
    document.getElementById('sco').src = '${DOSSIER}/' + sco;
  };
  window.cmi = () => window.API.renderCMIToJSONObject().cmi;
</script>
</body>
</html>`;

beforeAll(async () => {
  temp = mkdtempSync(join(tmpdir(), 'secteurs-scorm-'));
  const octets = construire(join(temp, 'secteurs-scorm12.zip'));
  zip = unzipSync(new Uint8Array(octets));
  const site = join(temp, 'site');
  for (const [nom, contenu] of Object.entries(zip)) {
    const chemin = join(site, DOSSIER, nom);
    mkdirSync(dirname(chemin), { recursive: true });
    writeFileSync(chemin, contenu);
  }
  writeFileSync(join(site, 'harnais.html'), HARNAIS);
  copyFileSync(require.resolve('scorm-again/scorm12'), join(site, 'scorm12.js'));
  writeFileSync(join(site, '404.html'), 'introuvable');
  serveur = await demarrerServeur({ dir: site, base: '/', port: 0 });
}, 120_000);

afterAll(async () => {
  await serveur?.close();
  if (temp) rmSync(temp, { recursive: true, force: true });
});

const texte = (nom: string) => new TextDecoder().decode(zip[nom]);

describe('le paquet', () => {
  test('imsmanifest.xml est valide pour les schémas SCORM 1.2 qu’il contient (xmllint)', () => {
    const dossier = join(temp, 'schemas');
    mkdirSync(dossier, { recursive: true });
    for (const nom of ['imscp_rootv1p1p2.xsd', 'adlcp_rootv1p2.xsd', 'imsmd_rootv1p2p1.xsd', 'ims_xml.xsd', 'imsmanifest.xml'])
      writeFileSync(join(dossier, nom), zip[nom]!);
    // xmllint does not follow the manifest's xsi:schemaLocation, and imscp's wildcard for adlcp's
    // attributes is strict: one schema that imports the three namespaces from the package's files.
    writeFileSync(
      join(dossier, 'scorm12.xsd'),
      `<?xml version="1.0" encoding="UTF-8"?>
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:secteurs:scorm12">
  <xsd:import namespace="http://www.imsproject.org/xsd/imscp_rootv1p1p2" schemaLocation="imscp_rootv1p1p2.xsd"/>
  <xsd:import namespace="http://www.adlnet.org/xsd/adlcp_rootv1p2" schemaLocation="adlcp_rootv1p2.xsd"/>
  <xsd:import namespace="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1" schemaLocation="imsmd_rootv1p2p1.xsd"/>
</xsd:schema>`,
    );
    // Throws (non-zero exit) on any validity error; ims_xml.xsd's own namespace warning goes to stderr.
    const sortie = execFileSync('xmllint', ['--noout', '--schema', 'scorm12.xsd', 'imsmanifest.xml'], { cwd: dossier, stdio: 'pipe', encoding: 'utf8' });
    expect(sortie).toBe('');
    // A manifest with a wrong SCORM type fails: the validation does look at adlcp's attributes.
    writeFileSync(join(dossier, 'faux.xml'), texte('imsmanifest.xml').replace('adlcp:scormtype="sco"', 'adlcp:scormtype="cours"'));
    expect(() => execFileSync('xmllint', ['--noout', '--schema', 'scorm12.xsd', 'faux.xml'], { cwd: dossier, stdio: 'pipe' })).toThrow();
  });

  test('une SCO d’auto-évaluation et une par quiz de chapitre ; chaque fichier cité est dans le zip ; chemins relatifs seulement', () => {
    const manifeste = texte('imsmanifest.xml');
    const scos = [...manifeste.matchAll(/adlcp:scormtype="sco" href="([^"]+)"/g)].map((m) => m[1]!);
    expect(scos).toEqual([
      'auto-evaluation.html',
      ...['introduction', 'histoire', 'depassements', 'contrat', 'medecin-traitant', 'conventions-aujourdhui'].map((c) => `quiz-${c}.html`),
    ]);
    for (const m of manifeste.matchAll(/<file href="([^"]+)"/g)) expect(zip[m[1]!], m[1]).toBeDefined();
    for (const nom of Object.keys(zip).filter((n) => n.endsWith('.html') || n.endsWith('.css'))) {
      for (const m of texte(nom).matchAll(/(?:src|href)="([^"]+)"|url\(([^)]+)\)/g)) {
        const lien = (m[1] ?? m[2]!).replace(/^['"]|['"]$/g, '');
        if (lien.startsWith('data:')) continue;
        expect(lien, `${nom} : ${lien}`).toMatch(/^\.?\.?\/?[^/:]/);
        expect(lien, `${nom} : ${lien}`).not.toMatch(/^\/|^[a-z]+:/);
      }
    }
  });

  test('un chapitre inconnu dans --chapitres : un message en français, pas de paquet', () => {
    const sortie = join(temp, 'inconnu.zip');
    let erreur = '';
    try {
      execFileSync(process.execPath, ['scripts/build-scorm.mjs', '--chapitres', 'histoire,chapitre-x', '--sortie', sortie], {
        stdio: 'pipe',
        encoding: 'utf8',
      });
    } catch (e) {
      erreur = String((e as { stderr: string }).stderr);
    }
    expect(erreur).toContain('Chapitre inconnu : chapitre-x.');
    expect(() => readFileSync(sortie)).toThrow();
  });

  test('même source, même paquet, octet pour octet', () => {
    expect(construire(join(temp, 'deuxieme.zip')).equals(readFileSync(join(temp, 'secteurs-scorm12.zip')))).toBe(true);
  }, 60_000);
});

/** The SCO's frame, once its page has loaded. */
async function cadreSco(page: Page, sco: string): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => f.url().endsWith(sco))).toBe(true);
  return page.frames().find((f) => f.url().endsWith(sco))!;
}

/** Answers the question on screen as a learner would; returns whether the answer given is right. */
async function repondre(f: Frame): Promise<boolean> {
  await f.locator('fieldset.question-quiz, section.exercice').first().waitFor();
  const champ = f.locator('section.exercice input[id^="exercice-"]');
  if ((await champ.count()) === 1) {
    // A numeric exercise: its kind and seed are on screen; the engine gives its solution, typed in French.
    const type = /^exercice-(.+)-reponse$/.exec((await champ.getAttribute('id'))!)![1]!;
    const graine = Number(/variante n° (\d+)/.exec((await f.locator('section.exercice .widget__titre').textContent())!)![1]);
    const k = exercice(type);
    const sol = k.solve(k.generate(graine));
    await champ.fill((sol.unite === 'taux' ? sol.valeur.mul(100) : sol.valeur).toFixed().replace('.', ','));
    await f.locator('section.exercice').getByRole('button', { name: 'Vérifier' }).click();
    return true;
  }
  const cadre = f.locator('fieldset.question-quiz');
  const q = banque.get((await cadre.getAttribute('id'))!.replace(/^q-/, ''))!;
  let juste = false;
  if (q.type === 'choix-unique') {
    await cadre.getByLabel(q.options.find((o) => o.correct)!.texte, { exact: true }).check();
    juste = true;
  } else if (q.type === 'vrai-faux') {
    await cadre.getByLabel(q.reponse ? 'Vrai' : 'Faux', { exact: true }).check();
    juste = true;
  } else if (q.type === 'choix-multiple') {
    // One box ticked where at least two are right: wrong.
    await cadre.locator('input[type="checkbox"]').first().check();
  } else if (q.type === 'association') {
    // The same right-hand item for every left one: wrong (the pairs have distinct right-hand items).
    for (const s of await cadre.locator('select').all()) await s.selectOption({ index: 1 });
  }
  // An ordering question starts never in the right order (ordreInitial): checked as it is, wrong.
  await cadre.getByRole('button', { name: 'Vérifier' }).click();
  return juste;
}

async function suivante(f: Frame, derniere: boolean) {
  await f.getByRole('button', { name: derniere ? 'Terminer et voir le résultat' : 'Question suivante' }).click();
}

describe('dans un LMS (scorm-again)', () => {
  test('auto-évaluation : reprise après relance, puis statut, score et durée enregistrés par le runtime', async () => {
    const page = await (await navigateur().newContext({ locale: 'fr-FR' })).newPage();
    const erreurs: string[] = [];
    page.on('pageerror', (e) => erreurs.push(e.message));
    await page.goto(`${serveur.url}harnais.html`);
    await page.evaluate(() => (window as unknown as { lancer: (s: string) => void }).lancer('auto-evaluation.html'));
    let f = await cadreSco(page, 'auto-evaluation.html');
    await f.getByLabel('15 questions').check();
    await f.getByRole('button', { name: 'Commencer l’examen' }).click();
    await expect.poll(() => f.locator('h1').textContent()).toBe('Question 1 sur 15');
    const code = /examen (\S+)/.exec((await f.locator('.ae-examen__contexte').textContent())!)![1]!;

    let justes = 0;
    for (let i = 1; i <= 6; i++) {
      await expect.poll(() => f.locator('h1').textContent()).toBe(`Question ${i} sur 15`);
      if (await repondre(f)) justes += 1;
      await suivante(f, false);
    }
    await expect.poll(() => f.locator('h1').textContent()).toBe('Question 7 sur 15');
    // The runtime holds the state after each answer (LMSSetValue + LMSCommit), status « incomplete ».
    const pendant = await page.evaluate(() => (window as unknown as { cmi: () => { suspend_data: string; core: { lesson_status: string } } }).cmi());
    expect(pendant.core.lesson_status).toBe('incomplete');
    expect(pendant.suspend_data).toContain(code);

    // The learner leaves (page hidden): the SCO suspends and finishes; the LMS relaunches it with its data.
    await page.evaluate(() => (window as unknown as { decharger: () => void }).decharger());
    await expect.poll(() => page.evaluate(() => (window as unknown as { finitions: number }).finitions)).toBe(1);
    const journal1 = await page.evaluate(() => (window as unknown as { journal: [string, string][] }).journal);
    expect(journal1).toContainEqual(['cmi.core.exit', 'suspend']);
    await page.evaluate(() => (window as unknown as { relancer: (s: string) => void }).relancer('auto-evaluation.html'));
    await expect
      .poll(() =>
        page
          .frames()
          .find((x) => x.url().endsWith('auto-evaluation.html'))
          ?.locator('h1')
          .textContent(),
      )
      .toBe('Question 7 sur 15');
    f = await cadreSco(page, 'auto-evaluation.html');
    expect(await f.locator('.ae-examen__contexte').textContent()).toContain(`examen ${code}`);
    await expect.poll(() => f.getByText('Reprise là où vous vous étiez arrêté').count()).toBe(1);

    for (let i = 7; i <= 15; i++) {
      await expect.poll(() => f.locator('h1').textContent()).toBe(`Question ${i} sur 15`);
      if (await repondre(f)) justes += 1;
      await suivante(f, i === 15);
    }
    const attendu = Math.round((100 * justes) / 15);
    await expect.poll(() => f.locator('#sco-score').textContent()).toContain(`${attendu}\u00a0%`);
    await expect.poll(() => page.evaluate(() => (window as unknown as { finitions: number }).finitions)).toBe(2);
    const fin = await page.evaluate(() =>
      (
        window as unknown as { cmi: () => { suspend_data: string; core: { lesson_status: string; session_time: string; score: Record<string, string> } } }
      ).cmi(),
    );
    expect(fin.core.lesson_status).toBe('completed');
    expect(fin.core.score).toMatchObject({ raw: String(attendu), min: '0', max: '100' });
    expect(fin.suspend_data.length).toBeLessThanOrEqual(4096);
    // The runtime validated and recorded this attempt's session time (SCORM 1.2 CMITimespan).
    const journal = await page.evaluate(() => (window as unknown as { journal: [string, string][] }).journal);
    const duree = journal.filter(([e]) => e === 'cmi.core.session_time').at(-1)![1];
    expect(duree).toMatch(/^\d{4}:[0-5]\d:[0-5]\d\.\d{2}$/);
    expect(duree).not.toBe('0000:00:00.00');
    expect(await page.evaluate(() => (window as unknown as { API: { lastErrorCode: string } }).API.lastErrorCode)).toBe('0');
    expect(erreurs).toEqual([]);
  }, 180_000);

  test('l’examen le plus long (40 questions, réponses longues) : l’état de reprise reste sous 4 096 caractères et le runtime l’accepte', async () => {
    const page = await (await navigateur().newContext({ locale: 'fr-FR' })).newPage();
    await page.goto(`${serveur.url}harnais.html`);
    await page.evaluate(() => (window as unknown as { lancer: (s: string) => void }).lancer('auto-evaluation.html'));
    const f = await cadreSco(page, 'auto-evaluation.html');
    await f.getByLabel('40 questions').check();
    await f.getByRole('button', { name: 'Commencer l’examen' }).click();
    for (let i = 1; i <= 40; i++) {
      await expect.poll(() => f.locator('h1').textContent()).toBe(`Question ${i} sur 40`);
      const champ = f.locator('section.exercice input[id^="exercice-"]');
      await f.locator('fieldset.question-quiz, section.exercice').first().waitFor();
      if ((await champ.count()) === 1) {
        await champ.fill('-1 234 567 890,12 €');
        await f.locator('section.exercice').getByRole('button', { name: 'Vérifier' }).click();
      } else {
        // Every box and every option: the longest answers.
        for (const c of await f.locator('fieldset.question-quiz input[type="checkbox"]').all()) await c.check();
        if ((await f.locator('fieldset.question-quiz input[type="radio"]').count()) > 0)
          await f.locator('fieldset.question-quiz input[type="radio"]').last().check();
        for (const s of await f.locator('fieldset.question-quiz select').all()) await s.selectOption({ index: 1 });
        await f.locator('fieldset.question-quiz').getByRole('button', { name: 'Vérifier' }).click();
      }
      await suivante(f, i === 40);
    }
    await expect.poll(() => f.locator('#sco-score').count()).toBe(1);
    const journal = await page.evaluate(() => (window as unknown as { journal: [string, string][] }).journal);
    const etats = journal.filter(([e]) => e === 'cmi.suspend_data').map(([, v]) => v);
    expect(etats.length).toBeGreaterThanOrEqual(40);
    for (const s of etats) expect(s.length).toBeLessThanOrEqual(4096);
    expect(await page.evaluate(() => (window as unknown as { cmi: () => { suspend_data: string } }).cmi().suspend_data)).toBe(etats.at(-1));
    expect(await page.evaluate(() => (window as unknown as { API: { lastErrorCode: string } }).API.lastErrorCode)).toBe('0');
  }, 240_000);

  test('un quiz de chapitre : toutes ses questions, score et statut envoyés', async () => {
    const page = await (await navigateur().newContext({ locale: 'fr-FR' })).newPage();
    await page.goto(`${serveur.url}harnais.html`);
    await page.evaluate(() => (window as unknown as { lancer: (s: string) => void }).lancer('quiz-introduction.html'));
    const f = await cadreSco(page, 'quiz-introduction.html');
    const n = [...banque.values()].filter((q) => q.chapitre === 'introduction').length;
    let justes = 0;
    for (let i = 1; i <= n; i++) {
      await expect.poll(() => f.locator('h1').textContent()).toBe(`Question ${i} sur ${n}`);
      if (await repondre(f)) justes += 1;
      await suivante(f, i === n);
    }
    await expect.poll(() => page.evaluate(() => (window as unknown as { finitions: number }).finitions)).toBe(1);
    const fin = await page.evaluate(() => (window as unknown as { cmi: () => { core: { lesson_status: string; score: Record<string, string> } } }).cmi());
    expect(fin.core.lesson_status).toBe('completed');
    expect(fin.core.score.raw).toBe(String(Math.round((100 * justes) / n)));
  }, 120_000);
});

describe('sans LMS', () => {
  for (const theme of ['light', 'dark'] as const) {
    test(`ouvert directement (${theme === 'light' ? 'clair' : 'sombre'}) : il fonctionne, dit qu’aucun score n’est envoyé, sans violation axe`, async () => {
      const page = await (await navigateur().newContext({ locale: 'fr-FR', colorScheme: theme })).newPage();
      const erreurs: string[] = [];
      page.on('pageerror', (e) => erreurs.push(e.message));
      page.on('console', (m) => {
        if (m.type() === 'error') erreurs.push(m.text());
      });
      await page.goto(`${serveur.url}${DOSSIER}/auto-evaluation.html`);
      await expect.poll(() => page.getByText('aucun score n’est envoyé').count()).toBe(1);
      expect(await auditAxe(page)).toEqual([]);
      await page.getByRole('button', { name: 'Commencer l’examen' }).click();
      await expect.poll(() => page.locator('h1').textContent()).toBe('Question 1 sur 15');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('sco-titre');
      expect(await auditAxe(page)).toEqual([]);
      expect(erreurs).toEqual([]);
    });
  }
});
