/**
 * The built chapters contain their sections in the order the MDX gives them (which follows the
 * source's structure), plus the layout's parts: objectives first, quiz last, previous/next links.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOSSIER } from './html';
import { chapitres, titresNiveau2 } from '../content/charger';

const texte = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&#39;|&#x27;/g, '’')
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
const depuisMdx = (titre: string) =>
  titre
    .replace(/<[^>]+>/g, '')
    .replace(/[*_`]/g, '')
    .replace(/'/g, '’')
    .replace(/\s+/g, ' ')
    .trim();

describe('structure des chapitres construits', () => {
  for (const c of chapitres()) {
    test(`${c.id} : objectifs, sections dans l’ordre de la source, quiz`, () => {
      const html = readFileSync(join(DOSSIER, 'chapitres', c.id, 'index.html'), 'utf8');
      const article = /<article[^>]*>([\s\S]*?)<\/article>/.exec(html)![1]!;
      const h2 = [...article.matchAll(/<h2[^>]*>([\s\S]*?)<\/h2>/g)].map((m) => texte(m[1]!));
      expect(h2[0]).toBe('Objectifs d’apprentissage');
      expect(h2.at(-1)).toBe('Quiz de fin de chapitre');
      expect(h2.slice(1, -1).map((t) => t.replace(/'/g, '’'))).toEqual(titresNiveau2(c.corps).map(depuisMdx));
    });
  }
});
