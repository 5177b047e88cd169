/**
 * What a reading page asks for before its first paint (issue 12, README « Mesures »): the document,
 * nothing else. Its own scripts — header tools, search loader, stored progress — wait in
 * `<template data-apres-rendu>` (src/components/layout/ApresRendu.astro) until the page has painted,
 * and no island hydrates at load. The self-assessment's island starts at load (its start screen), but
 * the question bank is a file of its own, fetched when an exam starts: not in the page.
 */
import { describe, expect, test } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BASE, DOSSIER, lire } from './html';
import { chapitres, questionsBrutes } from '../content/charger';

const PAGES_DE_LECTURE = [
  'index.html',
  ...chapitres().map((c) => `chapitres/${c.id}/index.html`),
  'glossaire/index.html',
  'baremes/index.html',
  'sources/index.html',
  'progression/index.html',
];
const horsModeles = (html: string) => html.replace(/<template data-apres-rendu>[\s\S]*?<\/template>/g, '');

describe('chemin de chargement des pages de lecture', () => {
  for (const page of PAGES_DE_LECTURE) {
    test(`${page} : aucun script demandé ni îlot hydraté avant le premier rendu`, () => {
      const html = lire(page);
      const visibles = horsModeles(html);
      // Scripts that the browser would fetch while parsing: none outside the templates.
      expect(visibles.match(/<script\b[^>]*\bsrc=[^>]*>/g) ?? []).toEqual([]);
      expect(visibles.match(/<link\b[^>]*rel="(modulepreload|stylesheet|preload)"[^>]*>/g) ?? []).toEqual([]);
      expect(visibles.match(/<astro-island\b[^>]*client="(load|only|idle)"/g) ?? []).toEqual([]);
      // …and the page's scripts are there, waiting (the header's at least).
      expect(html.length - visibles.length).toBeGreaterThan(0);
      expect(html).toMatch(/<template data-apres-rendu><script type="module" src="[^"]+"><\/script><\/template>/);
    });
  }
});

describe('auto-évaluation : la banque hors de la page', () => {
  test('aucun énoncé de la banque dans le HTML de la page ; le fichier de la banque les a tous', async () => {
    const html = lire('auto-evaluation/index.html');
    const enonces = questionsBrutes().map((q) => String(q.question.enonce));
    expect(enonces.length).toBeGreaterThan(50);
    // The island's props are HTML-escaped JSON: look for fragments that escaping leaves as they are.
    const fragments = enonces.map((e) => e.slice(0, 40)).filter((f) => !/[&"'<>\\]/.test(f));
    expect(fragments.length).toBeGreaterThan(50);
    expect(fragments.filter((f) => html.includes(f))).toEqual([]);
    // The island is given the file's address, versioned by its content.
    const adresse = /adresseDonnees&quot;:\[0,&quot;([^&]+)&quot;\]/.exec(html)?.[1];
    expect(adresse).toMatch(new RegExp(`^${BASE}donnees/auto-evaluation\\.json\\?v=\\w+$`));
    const fichier = join(DOSSIER, 'donnees', 'auto-evaluation.json');
    expect(existsSync(fichier)).toBe(true);
    const donnees = JSON.parse(lire('donnees/auto-evaluation.json')) as { banque: Array<{ id: string; enonce: string }> };
    expect(donnees.banque.map((q) => q.id).sort()).toEqual(
      questionsBrutes()
        .map((q) => String(q.question.id))
        .sort(),
    );
    expect(donnees.banque.map((q) => q.enonce).sort()).toEqual([...enonces].sort());
  });
});
