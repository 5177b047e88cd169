// Issue 10: about 180 breakable spaces stood before « € » or « % » across the site, so that an amount
// could end a line and its unit start the next. Every page of the build: an amount or a rate is
// joined to its unit by a non-breaking space (U+00A0) or nothing else.
import { describe, expect, it } from 'vitest';
import { BALISE, lire, pages, texteVisible } from './html';

/** Each place where an ordinary (breakable) space, possibly across tags, stands before € or %. */
function espacesSecables(texte: string): string[] {
  const re = new RegExp(`([^\\s${BALISE}][${BALISE}]*)([ \\t\\r\\n][ \\t\\r\\n${BALISE}]*)([€%])`, 'g');
  const out: string[] = [];
  for (const m of texte.matchAll(re)) {
    const i = m.index ?? 0;
    out.push(
      texte
        .slice(Math.max(0, i - 30), i + m[0].length)
        .replaceAll(BALISE, '')
        .replace(/\s+/g, ' '),
    );
  }
  return out;
}

/** Each group of thousands split by an ordinary (breakable) space: « 50 000 € » can break as « 50 / 000 € ». */
function milliersSecables(texte: string): string[] {
  return [...texte.matchAll(/(?<![\d,.])\d{1,3}(?: \d{3})+(?!\d)/g)].map((m) =>
    texte.slice(Math.max(0, (m.index ?? 0) - 30), (m.index ?? 0) + m[0].length + 5).replaceAll(BALISE, ''),
  );
}

describe('espace insécable avant € et %, milliers groupés par une espace fine insécable', () => {
  const liste = pages();
  it('le site construit a des pages', () => {
    expect(liste.length).toBeGreaterThan(5);
  });
  it.each(liste)('%s', (page) => {
    const texte = texteVisible(lire(page));
    expect(espacesSecables(texte)).toEqual([]);
    // The thousands of an amount are grouped with U+202F (as Intl fr-FR), never a breakable space.
    expect(milliersSecables(texte)).toEqual([]);
  });
  it('le contrôle repère bien une espace ordinaire, même à travers une balise', () => {
    expect(espacesSecables(texteVisible('<p>coûte <strong>25</strong> €, soit 10 %</p>'))).toHaveLength(2);
    expect(espacesSecables(texteVisible('<p>coûte 25&nbsp;€, soit 10\u00A0%</p>'))).toEqual([]);
    expect(milliersSecables('soit 50 000\u00A0€ ou 1\u202F234,56\u00A0€')).toHaveLength(1);
  });
});
