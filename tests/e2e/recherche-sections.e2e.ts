/**
 * Issue 10: search must land on the section that treats the term — « OPTAM » pointed three times to
 * « Objectifs d’apprentissage », « secteur 2 gel 1990 » to the top of the Histoire page — and its
 * excerpts must not quote engine ids or glued words.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { navigateurPourCeFichier, ouvrir, siteBase, siteDir } from './harness';

const navigateur = navigateurPourCeFichier();

async function chercher(requete: string) {
  const suivie = await ouvrir(navigateur(), '');
  const { page } = suivie;
  await page.keyboard.press('/');
  await page.keyboard.type(requete, { delay: 20 });
  await expect.poll(() => page.locator('[data-annonce]').textContent(), { timeout: 15_000 }).toContain(`«\u00a0${requete}\u00a0»`);
  const resultats = await page
    .locator('#recherche-resultats li')
    .evaluateAll((lis) => lis.map((li) => ({ href: li.querySelector('a')!.getAttribute('href') ?? '', extrait: li.querySelector('p')?.textContent ?? '' })));
  return { ...suivie, resultats };
}

/** The built HTML of the page a result links to. */
function htmlDe(href: string): string {
  const chemin = new URL(href, 'http://x').pathname.slice(siteBase().length);
  return readFileSync(join(siteDir(), chemin, 'index.html'), 'utf8');
}

/** The text of the heading a result links to, read from the built page. */
function titreVise(href: string): string {
  const url = new URL(href, 'http://x');
  const html = htmlDe(href);
  const id = decodeURIComponent(url.hash.slice(1));
  const m = new RegExp(`<h[1-6][^>]*\\sid="${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>([\\s\\S]*?)</h[1-6]>`).exec(html);
  return (m?.[1] ?? '').replace(/<[^>]*>/g, '');
}

describe('la recherche mène à la section qui traite le terme', () => {
  test('« OPTAM » : des sections sur l’OPTAM, jamais « Objectifs d’apprentissage »', async () => {
    const { resultats, context, erreurs } = await chercher('OPTAM');
    const chapitres = resultats.filter((r) => r.href.includes('/chapitres/'));
    expect(chapitres.length).toBeGreaterThanOrEqual(3);
    expect(chapitres.filter((r) => /#objectifs-titre$/.test(r.href) || !/#./.test(r.href))).toEqual([]);
    // Every chapter that has a section on the OPTAM (a heading naming it) is entered through one.
    const avecSection = chapitres.filter((r) => /<h[23][^>]*>[^<]*OPTAM/.test(htmlDe(r.href)));
    expect(avecSection.length).toBeGreaterThanOrEqual(2);
    expect(avecSection.map((r) => [r.href, titreVise(r.href)]).filter(([, t]) => !/OPTAM/.test(t!))).toEqual([]);
    expect(erreurs).toEqual([]);
    await context.close();
  });

  test('« secteur 2 gel 1990 » : la section 1990 de l’histoire', async () => {
    const { resultats, context } = await chercher('secteur 2 gel 1990');
    const premier = resultats[0]!;
    expect(premier.href).toMatch(/\/chapitres\/histoire\/#./);
    expect(titreVise(premier.href)).toMatch(/1990\s*:\s*le gel du secteur 2/);
    await context.close();
  });

  test('extraits sans identifiant interne ni mots collés (Barèmes)', async () => {
    const { resultats, context } = await chercher('consultation complexe');
    const extraits = resultats.map((r) => r.extrait).join(' | ');
    expect(resultats.some((r) => r.href.includes('/baremes/'))).toBe(true);
    expect(extraits).not.toMatch(/\b(acte|optam|secteur2|cotisation)\.[a-zA-Z]/);
    expect(extraits).not.toMatch(/[a-zà-ÿ]hors du guide|Depuis le\s*Valeur|\bleV/);
    await context.close();
  });
});
