/**
 * The worked-example calculators used as a person would, in Chromium on the built site: type
 * `25`, `25,00 €`, `abc`, a negative number; read the result and the step trace; the French message
 * appears next to the field while the last valid result stays, marked as out of date; one calculator
 * is used with the keyboard only. The expected figures are worked out by hand from the sources (section
 * and arithmetic in the comments, values as dated in src/engine/parametres/), never asked of the engine
 * under test; the expected messages are the texts a reader must see.
 */
import { describe, expect, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { createRequire } from 'node:module';
import { hydrateALInteraction, navigateurPourCeFichier, norm, ouvrir, REGLES_AXE } from './harness';

const navigateur = navigateurPourCeFichier();

const NEGATIF = 'La valeur ne peut pas être négative.';
const ENTIER = 'Saisissez un nombre entier.';
/** The messages of the French number reading (src/engine/francais.ts), as the reader sees them. */
const ILLISIBLE_MONTANT = (s: string) => `« ${s} » n’est pas un nombre lisible : écrivez par exemple 1 234,56 €.`;
const ILLISIBLE_NOMBRE = (s: string) => `« ${s} » n’est pas un nombre lisible : écrivez par exemple 1 234.`;
const SCIENTIFIQUE = 'La notation scientifique (comme 1e9) n’est pas acceptée : écrivez le nombre en chiffres, par exemple 1 000 000 000.';
const VIDE = 'La saisie est vide : écrivez un nombre, par exemple 1 234,56 €.';
const NOMBRE_PAS_MONTANT = 'Un nombre sans unité est attendu, pas un montant en euros.';
const TAUX_PAS_MONTANT = 'Un taux est attendu (par exemple 17,5 %), pas un montant en euros.';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** axe-core (WCAG 2.x A/AA and best practices) on one widget only, in whatever state it is. */
async function axeWidget(page: Page, nom: string) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(
    async ([n, regles]) => {
      // @ts-expect-error -- injected global
      const r = await window.axe.run(`[data-widget="${n}"]`, { runOnly: { type: 'tag', values: regles } });
      return r.violations.map((v: { id: string; nodes: Array<{ target: string[] }> }) => `${v.id} : ${v.nodes.map((x) => x.target.join(' ')).join(', ')}`);
    },
    [nom, REGLES_AXE] as const,
  );
}

/** Opens a chapter, scrolls to the widget, enters its first field and waits until its island is hydrated. */
async function widget(chemin: string, nom: string, theme: 'light' | 'dark' = 'light') {
  const suivi = await ouvrir(navigateur(), chemin, { colorScheme: theme });
  await hydrateALInteraction(suivi.page, `[data-widget="${nom}"]`);
  return { ...suivi, w: suivi.page.locator(`[data-widget="${nom}"]`) };
}

/** Result region n (0-based) of a widget. */
const resultat = (w: Locator, n = 0) => w.locator('.resultat').nth(n);

/** The field's message, right next to it (same `.champ`). */
const messageDuChamp = (w: Locator, id: string) => w.locator('.champ', { has: w.page().locator(`#${id}`) }).locator('.champ__erreur');

async function saisir(page: Page, id: string, texte: string) {
  await page.locator(`#${id}`).fill(texte);
}

/** Types `texte` in a field that cannot read it: message next to the field, last result kept and marked. */
async function verifierRefus(w: Locator, id: string, texte: string, message: string, n = 0) {
  await w.locator(`#${id}`).fill(texte);
  await expect.poll(async () => norm(await messageDuChamp(w, id).textContent())).toBe(norm(message));
  expect(await w.locator(`#${id}`).getAttribute('aria-invalid')).toBe('true');
  expect(await w.locator(`#${id}`).getAttribute('aria-describedby')).toContain(`${id}-erreur`);
  const r = resultat(w, n);
  expect(await r.getAttribute('class')).toContain('resultat--perime');
  expect(await r.getAttribute('aria-live')).toBe('polite');
  const texteResultat = norm(await r.textContent());
  expect(texteResultat).toContain('Résultat précédent conservé');
  expect(texteResultat).not.toContain('NaN');
}

/** Waits until the main result line shows `texte`. */
async function attendrePrincipal(w: Locator, texte: string) {
  await expect.poll(async () => norm(await resultat(w).locator('.resultat__principal').textContent())).toContain(norm(texte));
}

/**
 * Types each input in field `id` and waits for its figure, worked out by hand, on the main result line
 * and at the end of the trace (`trace`: which trace of the widget, the first by default).
 */
async function verifierSaisies(w: Locator, id: string, cas: ReadonlyArray<readonly [saisie: string, attendu: string]>, trace = w.locator('.trace').first()) {
  for (const [saisie, attendu] of cas) {
    await saisir(w.page(), id, saisie);
    await attendrePrincipal(w, attendu);
    await verifierTrace(trace, attendu);
  }
}

/** The trace shown ends on the expected result (its last step reads `= dernier`). */
async function verifierTrace(trace: Locator, dernier: string) {
  const li = trace.locator('.trace__etape');
  await expect.poll(async () => norm(await li.last().locator('.trace__resultat').textContent())).toBe(norm(`= ${dernier}`));
  expect(await li.count()).toBeGreaterThan(1);
}

describe('calculateurs', () => {
  test('patient : secteurs côte à côte, saisies françaises, refus et trace', async () => {
    const { page, w, erreurs, context } = await widget('chapitres/depassements/', 'calculateur-patient');
    const id = 'calc-patient-facture';
    const ligne = w.locator('tr', { has: page.locator('th', { hasText: 'Secteur 2 sans OPTAM' }) });
    expect(await w.locator('tbody tr').count()).toBe(7);

    // Default case: GP, 1 June 2017, in the parcours (70 %, ISNAR §4.2), participation forfaitaire 1 €
    // (Magnolia), ticket modérateur covered; secteur 2 without OPTAM: base 23 € (AG2R, ambiguity 9).
    //   25 € billed: AMO 0,70 × 23 − 1 = 16,10 − 1 = 15,10 € ; complémentaire (TM) 23 − 16,10 = 6,90 € ;
    //     patient 25 − 15,10 − 6,90 = 3,00 € (the 2 € dépassement + the 1 € participation).
    //   1 200 € billed: same AMO and TM; patient 1 200 − 15,10 − 6,90 = 1 178,00 €.
    //   12,50 € billed, below the base: base 12,50 € ; AMO 0,70 × 12,50 − 1 = 7,75 € ; TM 12,50 − 8,75 = 3,75 € ;
    //     patient 12,50 − 7,75 − 3,75 = 1,00 €.
    const cas = [
      { saisie: '25', ligne: '25,00 €15,10 €6,90 €3,00 €', reste: '3,00 €' },
      { saisie: '25,00 €', ligne: '25,00 €15,10 €6,90 €3,00 €', reste: '3,00 €' },
      { saisie: '1 200 €', ligne: '1 200,00 €15,10 €6,90 €1 178,00 €', reste: '1 178,00 €' },
      { saisie: '12,5', ligne: '12,50 €7,75 €3,75 €1,00 €', reste: '1,00 €' },
    ];
    for (const c of cas) {
      await saisir(page, id, c.saisie);
      await expect.poll(async () => norm(await ligne.textContent())).toBe(norm(`Secteur 2 sans OPTAM${c.ligne}`));
      expect(await messageDuChamp(w, id).count()).toBe(0);
      await verifierTrace(w.locator('.calculateur__detail .trace'), c.reste);
    }
    // Refused inputs: the last valid result (12,50 € billed) stays on screen.
    for (const [saisie, message] of [
      ['abc', ILLISIBLE_MONTANT('abc')],
      ['-5', NEGATIF],
      ['1e9', SCIENTIFIQUE],
      ['', VIDE],
    ] as const) {
      await verifierRefus(w, id, saisie, message);
      expect(norm(await ligne.textContent())).toBe(norm('Secteur 2 sans OPTAM12,50 €7,75 €3,75 €1,00 €'));
    }

    // External values and the other readings are shown.
    await saisir(page, id, '40');
    expect(norm(await w.locator('.calculateur__externes').textContent())).toContain('participation forfaitaire');
    expect(norm(await w.locator('.calculateur__lectures').textContent())).toContain('ambiguïté n° 9');
    // The engine's refusal (secteur 1 DA inside the parcours is not offered: DA is always outside).
    await page.locator('#calc-patient-date').fill('');
    await expect.poll(async () => norm(await messageDuChamp(w, 'calc-patient-date').textContent())).toContain('La date est vide');
    expect(await resultat(w).getAttribute('class')).toContain('resultat--perime');
    await page.locator('#calc-patient-date').fill('2017-06-01');
    await expect.poll(async () => resultat(w).getAttribute('class')).not.toContain('resultat--perime');
    expect(erreurs).toEqual([]);
    await context.close();
  });

  test('patient au clavier seulement : montant, acte, parcours', async () => {
    const { page, w, erreurs, context } = await widget('chapitres/depassements/', 'calculateur-patient');
    // From the date field (one text field, jj/mm/aaaa), Tab to the amount.
    await page.locator('#calc-patient-date').focus();
    for (let i = 0; i < 4 && (await page.evaluate(() => document.activeElement?.id)) !== 'calc-patient-facture'; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('calc-patient-facture');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('50');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('calc-patient-acte');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('calc-patient-parcours');
    await page.keyboard.press('Space');
    // Specialist, outside the parcours, OPTAM (ISNAR §4.5: same base as secteur 1), 1 June 2017, 50 € billed,
    // ticket modérateur covered: base CS + MPC = 23 + 2 = 25 € (FMF); AMO 0,30 × 25 − 1 = 6,50 € ;
    // complémentaire 25 − 7,50 = 17,50 € ; patient 50 − 6,50 − 17,50 = 26,00 €.
    const ligne = w.locator('tr', { has: page.locator('th', { hasText: 'Secteur 2 avec OPTAM' }) });
    await expect.poll(async () => norm(await ligne.textContent())).toBe(norm('Secteur 2 avec OPTAM50,00 €6,50 €17,50 €26,00 €'));
    expect(norm(await w.locator('caption').first().textContent())).toContain('hors du parcours');
    expect(erreurs).toEqual([]);
    await context.close();
  });

  test('patient : le DA est réservé au spécialiste et se rembourse sur CS + MPC hors parcours (issue 9)', async () => {
    const { page, w, erreurs, context } = await widget('chapitres/depassements/', 'calculateur-patient');
    const ligneDA = w.locator('tr', { has: page.locator('th', { hasText: 'Secteur 1 avec DA' }) });
    // GP's consultation (default act): ISNAR §4.3 reserves the DA to specialists (ambiguity 5) — no figures, the reason instead.
    await expect.poll(async () => norm(await ligneDA.textContent())).toBe(norm('Secteur 1 avec DA (hors parcours)sans objetsans objetsans objetsans objet'));
    expect(norm(await w.locator('.calculateur__refus').textContent())).toContain('réservé aux praticiens spécialistes');
    // The example: 1 July 2017, specialist, 35,25 € billed, no complémentaire.
    // Base CS + MPC = 25 € (FMF): AMO 0,30 × 25 − 1 = 6,50 € ; patient 35,25 − 6,50 = 28,75 €.
    await page.locator('#calc-patient-date').fill('2017-07-01');
    await saisir(page, 'calc-patient-facture', '35,25');
    await page.locator('#calc-patient-acte').selectOption('consultationCoordonnee');
    await page.locator('#calc-patient-complementaire').selectOption('aucune');
    await expect.poll(async () => norm(await ligneDA.textContent())).toBe(norm('Secteur 1 avec DA (hors parcours)35,25 €6,50 €0,00 €28,75 €'));
    expect(await w.locator('.calculateur__refus').count()).toBe(0);
    expect(erreurs).toEqual([]);
    await context.close();
  });

  test('DA : trois lectures et ratio de 70 % (lectures A et B)', async () => {
    const { page, w, erreurs, context } = await widget('chapitres/depassements/', 'calculateur-da');
    expect(await resultat(w, 0).locator('tbody tr').count()).toBe(3);
    // 1 July 2017, convention 2016 art. 37.1 (FMF), clinical act: billed at most 117,5 % of the parcours tariff
    // (consultation coordonnée 30 €, ISNAR §5.2), rounded up to the euro: 1,175 × 30 = 35,25 → 36 € ;
    // DA over CS + MPC = 23 + 2 = 25 € : 36 − 25 = 11,00 €.
    expect(norm(await resultat(w, 0).textContent())).toContain('11,00 €');
    const id = 'calc-da-l0-facture';
    // Default lines: 300 acts at 25 € billed as typed, 600 at 25 € billed 25 €, 100 at 30 € billed 30 €.
    // 25 € typed: no dépassement, readings A and B 100,0 % ≥ 70 % (ISNAR §4.3): « oui ».
    // 27,50 € typed: total 300 × 27,50 + 600 × 25 + 100 × 30 = 8 250 + 15 000 + 3 000 = 26 250 € ;
    //   A (honoraires of acts without dépassement) 18 000 / 26 250 = 68,57 % → 68,6 %, under 70 %: « non » ;
    //   B (total − dépassements 300 × 2,50 = 750) 25 500 / 26 250 = 97,14 % → 97,1 %.
    const cas = [
      { saisie: '25', a: '100,0 %', b: '100,0 %', respecte: 'oui' },
      { saisie: '25,00 €', a: '100,0 %', b: '100,0 %', respecte: 'oui' },
      { saisie: '27,5', a: '68,6 %', b: '97,1 %', respecte: 'non' },
    ];
    for (const c of cas) {
      await saisir(page, id, c.saisie);
      await expect.poll(async () => norm(await resultat(w, 1).textContent())).toContain(norm(c.a));
      expect(norm(await resultat(w, 1).textContent())).toContain(norm(c.b));
      await verifierTrace(w.locator('.trace').nth(1), c.respecte);
    }
    await verifierRefus(w, id, 'abc', ILLISIBLE_MONTANT('abc'), 1);
    await verifierRefus(w, id, '-5', NEGATIF, 1);
    await verifierRefus(w, 'calc-da-l0-nombre', '12,5', ENTIER, 1);
    // Tariffs typed by the reader.
    await saisir(page, id, '29');
    await saisir(page, 'calc-da-l0-nombre', '300');
    await page.locator('#calc-da-tarifs').check();
    await saisir(page, 'calc-da-opposable', '25,00 €');
    await verifierRefus(w, 'calc-da-parcours', 'abc', ILLISIBLE_MONTANT('abc'), 0);
    // Technical act (convention art. 37.1, FMF): DA ≤ 17,5 % × 69,04 = 12,082 → 12,08 € (cap rounded down to the cent),
    // billed ≤ 81,12 € — no rounding to the euro, which is for clinical acts only (a clinical act would allow 82 €).
    await page.locator('#calc-da-type').selectOption('technique');
    await saisir(page, 'calc-da-technique', '69,04');
    await attendrePrincipal(w, 'DA maximal (lecture retenue) : 12,08 €, soit 81,12 € facturés au plus.');
    expect(norm(await resultat(w, 0).textContent())).toContain('sans arrondi à l’euro');
    expect(erreurs).toEqual([]);
    await context.close();
  });

  test('cotisations : revenu, graphique et ses données', async () => {
    const { page, w, erreurs, context } = await widget('chapitres/contrat/', 'calculateur-cotisations');
    const id = 'calc-cotisations-revenu';
    // Secteur 1, 2017 (ISNAR §4.3): the CPAM takes (9,8 % − 0,1 %) = 9,7 % of the maladie contribution's base,
    // and a share of the AF contribution by tranche of income (PASS 39 228 €: 1,1 PASS = 43 150,80 €,
    // 1,4 PASS = 54 919,20 €), each contribution rounded to the cent.
    //   25 €: maladie 9,7 % × 25 = 2,425 → 2,43 € ; AF 100 % × 2,15 % × 25 = 0,5375 → 0,54 € ; 2,97 €.
    //   50 000 €: maladie 4 850,00 € ; AF rate 2,15 % + 3,10 % × (50 000 − 43 150,80) / 11 768,40 ≈ 3,954198 %,
    //     75 % × 3,954198 % × 50 000 = 1 482,824 → 1 482,82 € ; 6 332,82 €.
    //   60 000 € (above 1,4 PASS): maladie 5 820,00 € ; AF 60 % × 5,25 % × 60 000 = 1 890,00 € ; 7 710,00 €.
    await verifierSaisies(w, id, [
      ['25', '2,97 €'],
      ['25,00 €', '2,97 €'],
      ['50 000', '6 332,82 €'],
      ['60000', '7 710,00 €'],
    ]);
    await verifierRefus(w, id, 'abc', ILLISIBLE_MONTANT('abc'));
    await verifierRefus(w, id, '-5', NEGATIF);
    const svg = w.locator('svg[role="img"]');
    expect(norm(await svg.locator('desc').textContent())).toContain('110 %');
    expect(await svg.locator('.graphique-af__seuil').count()).toBe(2);
    await w.getByText('Voir les données du graphique').click();
    await expect.poll(() => w.locator('.graphique-af__donnees tbody tr').count()).toBe(41);
    const ligne110 = w.locator('.graphique-af__donnees tbody tr').nth(22);
    await expect.poll(async () => norm(await ligne110.locator('th').textContent())).toBe('110 %');
    // By secteur (issue 9). 100 000 € in 2017: maladie due 9,8 % × 100 000 = 9 800 €.
    await saisir(page, id, '100 000');
    // Secteur 2 (ISNAR §4.4): "La CNAM ne participe pas financièrement aux cotisations sociales".
    await page.locator('#calc-cotisations-secteur').selectOption('secteur2');
    await attendrePrincipal(w, 'Pris en charge par l’Assurance Maladie : 0,00 € par an.');
    const maladie = w.locator('tr', { has: page.locator('th', { hasText: 'Maladie' }) });
    await expect.poll(async () => norm(await maladie.textContent())).toBe(norm('Maladie9,8 %9 800,00 €0,00 €9 800,00 €'));
    // OPTAM (§4.5): none either, replaced by the OPTAM remuneration.
    await page.locator('#calc-cotisations-secteur').selectOption('optam');
    await attendrePrincipal(w, 'Pris en charge par l’Assurance Maladie : 0,00 € par an.');
    // CAS on 1 June 2017: « Le CAS est donc remplacé par l’[OPTAM] » (ISNAR §4.5), in force since January 2017
    // (CdC II-B-3): the retained reading of ambiguity 21 refuses it, with the engine's French message.
    await page.locator('#calc-cotisations-secteur').selectOption('cas');
    await saisir(page, 'calc-cotisations-assiette', '60 000');
    const refus = w.locator('.calculateur__refus');
    await expect.poll(async () => norm(await refus.textContent())).toContain('Lecture retenue par le cours : pas de calcul');
    await expect
      .poll(async () => norm(await refus.textContent()))
      .toContain('Le secteur « secteur 2 adhérent au contrat d’accès aux soins (CAS) » n’existait plus au 1er juin 2017');
    await expect.poll(async () => norm(await refus.textContent())).toContain('calculable à aucune date');
    // The other reading (« maintenu en place par la convention de 2016 », §3.2), labelled as such: the secteur 1
    // rates (CdC note 171) on the honoraires without dépassements, 60 000 € here: maladie (9,8 % − 0,1 %) × 60 000
    // = 5 820 € ; AF, 100 000 € > 1,4 PASS (tranche 3, 5,25 %, CPAM 60 %): 60 % × 5,25 % × 60 000 = 1 890 € ; 7 710,00 €.
    await attendrePrincipal(w, 'Selon l’autre lecture (ambiguïté n° 21, CAS maintenu), pris en charge par l’Assurance Maladie : 7 710,00 € par an.');
    await expect.poll(async () => norm(await maladie.textContent())).toBe(norm('Maladie9,8 %9 800,00 €5 820,00 €3 980,00 €'));
    const lien = w.locator('.calculateur__lectures li', { hasText: 'lecture non retenue' }).locator('a');
    await expect.poll(async () => lien.getAttribute('href')).toMatch(/\/baremes\/#ambiguite-a21$/);
    await expect.poll(async () => norm(await lien.textContent())).toBe('ambiguïté n° 21');
    // The refusal and the other reading on screen: still no axe violation.
    expect(await axeWidget(page, 'calculateur-cotisations')).toEqual([]);
    // Back to secteur 1: no refusal left on screen.
    await page.locator('#calc-cotisations-secteur').selectOption('secteur1');
    await expect.poll(() => refus.count()).toBe(0);
    expect(erreurs).toEqual([]);
    await context.close();
  });

  test('redevance : montants par catégorie et plafond de 20 %', async () => {
    const { page, w, erreurs, context } = await widget('chapitres/depassements/', 'calculateur-redevance');
    const id = 'calc-redevance-consultation';
    // CHU, ISNAR §3.4: 16 % of consultations, 25 % of other acts (4 000 € by default), 60 % of imaging and
    // biology (2 000 € by default): 25 % × 4 000 + 60 % × 2 000 = 1 000 + 1 200 = 2 200 €, plus
    //   25 € of consultations: 16 % × 25 = 4 € → 2 204,00 € ; 1 200 €: 16 % × 1 200 = 192 € → 2 392,00 €.
    await verifierSaisies(w, id, [
      ['25', '2 204,00 €'],
      ['25,00 €', '2 204,00 €'],
      ['1 200 €', '2 392,00 €'],
    ]);
    await verifierRefus(w, id, 'abc', ILLISIBLE_MONTANT('abc'));
    await verifierRefus(w, id, '-5', NEGATIF);
    await page.locator('#calc-redevance-etablissement').selectOption('CH');
    await saisir(page, 'calc-redevance-liberal', '12');
    await expect.poll(async () => norm(await resultat(w, 1).textContent())).toContain('dépassé');
    await verifierRefus(w, 'calc-redevance-service', 'abc', ILLISIBLE_NOMBRE('abc'), 1);
    expect(erreurs).toEqual([]);
    await context.close();
  });

  test('forfait patientèle : effectifs par catégorie', async () => {
    const { w, erreurs, context } = await widget('chapitres/conventions-aujourdhui/', 'calculateur-fpmt');
    const id = 'calc-fpmt-enfants';
    // Cour des comptes 2022, II-A-2, note 161 (2018): 6 € per child of 0 to 6, 42 € over 80 or in ALD, 70 € over 80
    // and in ALD, 5 € otherwise; a child in ALD at the ALD rate (ambiguity 12). Default patientèle: 2 children in
    // ALD, 200 over 80 or ALD, 50 over 80 and ALD, 800 others: 2 × 42 + 200 × 42 + 50 × 70 + 800 × 5 = 84 + 8 400
    // + 3 500 + 4 000 = 15 984 €, plus the children typed: 25 × 6 = 150 → 16 134,00 € ; 1 200 × 6 = 7 200 → 23 184,00 €.
    await verifierSaisies(w, id, [
      ['25', '16 134,00 €'],
      ['1 200', '23 184,00 €'],
    ]);
    await verifierRefus(w, id, '25,00 €', NOMBRE_PAS_MONTANT);
    await verifierRefus(w, id, 'abc', ILLISIBLE_NOMBRE('abc'));
    await verifierRefus(w, id, '-5', NEGATIF);
    await verifierRefus(w, id, '12,5', ENTIER);
    expect(erreurs).toEqual([]);
    await context.close();
  });

  test('OPTAM : prime, lecture de la seule Cour et barème externe', async () => {
    const { page, w, erreurs, context } = await widget('chapitres/conventions-aujourdhui/', 'calculateur-optam');
    const id = 'calc-optam-honoraires';
    // Default: speciality rate 8,3 %, largest gap to the commitments 2,5 points (the other 1 point). Modulation
    // (Synmad, 23 October 2017): a gap of more than 2 and at most 3 points pays 70 % of the prime.
    //   25 €: 25 × 8,3 % = 2,075 € × 70 % = 1,4525 → 1,45 € ; 100 000 €: 8 300 € × 70 % = 5 810,00 €.
    await verifierSaisies(w, id, [
      ['25', '1,45 €'],
      ['25,00 €', '1,45 €'],
      ['100 000 €', '5 810,00 €'],
    ]);
    expect(norm(await resultat(w).textContent())).toContain('non déterminée');
    expect(await resultat(w).locator('.calculateur__ligne-active').count()).toBe(1);
    // No gap at all: the whole prime, 100 000 × 8,3 % = 8 300,00 € (the Cour's reading, II-B-3).
    await saisir(page, 'calc-optam-ecart1', '0');
    await saisir(page, 'calc-optam-ecart2', '0');
    await expect.poll(async () => norm(await resultat(w).textContent())).toContain(norm('8 300,00 €'));
    await verifierRefus(w, id, 'abc', ILLISIBLE_MONTANT('abc'));
    await verifierRefus(w, id, '-5', NEGATIF);
    await verifierRefus(w, 'calc-optam-taux', '25,00 €', TAUX_PAS_MONTANT);
    expect(erreurs).toEqual([]);
    await context.close();
  });

  test('TCAM : tableau n° 23 et part de croissance', async () => {
    const { page, w, erreurs, context } = await widget('chapitres/conventions-aujourdhui/', 'calculateur-tcam');
    const tableau = norm(await w.locator('table').first().textContent());
    for (const t of ['5,2 %', '6,3 %', '7,5 %', '3,8 %']) expect(tableau).toContain(t);
    await page.locator('#calc-tcam-de').selectOption('2017');
    await page.locator('#calc-tcam-a').selectOption('2018');
    // Cour des comptes 2022, I-A, tableau n° 23 (M€): honoraires médicaux et dentaires 19 055 → 19 697 (+642),
    // soins de ville 72 483 → 74 391 (+1 908): 642 / 1 908 = 0,33648 → 33,6 % of the growth.
    await expect.poll(async () => norm(await resultat(w).textContent())).toContain('33,6 %');
    await verifierTrace(w.locator('.trace').first(), '≈ 33,6478 %');
    // Impossible period: the message next to the year, last result kept.
    await page.locator('#calc-tcam-de').selectOption('2019');
    await expect
      .poll(async () => norm(await messageDuChamp(w, 'calc-tcam-de').textContent()))
      .toBe('Les colonnes de début et de fin de la période sont incorrectes.');
    expect(await resultat(w).getAttribute('class')).toContain('resultat--perime');
    expect(norm(await resultat(w).textContent())).toContain('33,6 %');
    expect(erreurs).toEqual([]);
    await context.close();
  });

  test('tarif à une date : période, source, date trop ancienne, période de valeur inconnue (APC)', async () => {
    const { page, w, erreurs, context } = await widget('chapitres/depassements/', 'calculateur-tarif-date');
    // ISNAR §5.2: the GP's consultation G is 25 € from 1 May 2017 (MMG included).
    await page.locator('#calc-tarif-date').fill('2017-05-01');
    await attendrePrincipal(w, '25,00 €');
    expect(norm(await resultat(w).textContent())).toContain('Guide ISNAR-IMG 2017');
    await expect.poll(async () => norm(await w.locator('.trace .trace__etape').last().locator('.trace__resultat').textContent())).toBe(norm('= 25,00 €'));
    // ISNAR §2.2 dates the G at 23 € from 1 January 2011 and gives nothing earlier: the day before is refused.
    await page.locator('#calc-tarif-date').fill('2010-12-31');
    await expect.poll(async () => norm(await messageDuChamp(w, 'calc-tarif-date').textContent())).toContain("n'est connue au 31 décembre 2010");
    expect(norm(await messageDuChamp(w, 'calc-tarif-date').textContent())).toContain('1er janvier 2011');
    expect(await resultat(w).getAttribute('class')).toContain('resultat--perime');
    expect(norm(await resultat(w).textContent())).toContain('25,00 €');
    await page.locator('#calc-tarif-acte').selectOption('APC');
    await page.locator('#calc-tarif-date').fill('2018-06-01');
    // ISNAR §5.2: APC 50 € on 1 June 2018, attested that day (Quotidien du médecin).
    await attendrePrincipal(w, '50,00 €');
    expect(norm(await resultat(w).textContent())).toContain('attestée jusqu’au 1er juin 2018');
    // Between June 2018 and 22 December 2024 no cited source dates the 50 → 56,50 € step: refused, never 50 € shown as current.
    await page.locator('#calc-tarif-date').fill('2020-03-15');
    await expect.poll(async () => norm(await messageDuChamp(w, 'calc-tarif-date').textContent())).toContain("n'est pas connue");
    expect(norm(await messageDuChamp(w, 'calc-tarif-date').textContent())).toContain('56,50 €');
    expect(norm(await messageDuChamp(w, 'calc-tarif-date').textContent())).toContain('22 décembre 2024');
    expect(await resultat(w).getAttribute('class')).toContain('resultat--perime');
    // ameli (convention 2024-2029): APC 60 € from 22 December 2024.
    await page.locator('#calc-tarif-date').fill('2024-12-22');
    await attendrePrincipal(w, '60,00 €');
    expect(erreurs).toEqual([]);
    await context.close();
  });

  // One test per widget and theme (each runs axe-core twice on a whole chapter page: slow on a loaded machine).
  const cas = [
    { chemin: 'chapitres/contrat/', nom: 'calculateur-cotisations', champ: 'calc-cotisations-revenu' },
    { chemin: 'chapitres/depassements/', nom: 'calculateur-patient', champ: 'calc-patient-facture' },
    { chemin: 'chapitres/conventions-aujourdhui/', nom: 'calculateur-optam', champ: 'calc-optam-honoraires' },
  ];
  for (const theme of ['light', 'dark'] as const) {
    for (const c of cas) {
      test(`accessibilité de ${c.nom} en état d’erreur, graphique et données ouverts (${theme === 'light' ? 'clair' : 'sombre'})`, async () => {
        const { page, w, erreurs } = await widget(c.chemin, c.nom, theme);
        expect(await axeWidget(page, c.nom)).toEqual([]);
        await w.locator(`#${c.champ}`).fill('abc');
        await expect.poll(() => resultat(w).getAttribute('class')).toContain('resultat--perime');
        // Open every closed section, a bounded number of clicks: one per section found at the start
        // (sections do not nest closed ones here), then none may remain closed.
        const fermes = w.locator('details:not([open]) > summary');
        const n = await fermes.count();
        expect(n).toBeGreaterThan(0);
        for (let i = 0; i < n; i++) await fermes.first().click();
        await expect.poll(() => fermes.count()).toBe(0);
        expect(await axeWidget(page, c.nom)).toEqual([]);
        expect(erreurs).toEqual([]);
      });
    }
  }
});
