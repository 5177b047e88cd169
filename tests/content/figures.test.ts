/**
 * "No number typed twice": every figure a chapter wraps in <Param id date> must equal the engine's
 * parameter at that date (src/engine/parametres, each value with its own source). A chapter that
 * quotes a tariff, rate or threshold different from the engine's fails here.
 */
import { describe, expect, test } from 'vitest';
import { parametre, parseMontant, parseNombre, parseTaux } from '../../src/engine';
import { chapitres, usages } from './charger';

/** Reads the author's figure: "25 €" as an amount, "17,5 %" as a rate, "5 points" or "2/3" as a number. */
function lireFigure(texte: string) {
  const fraction = /^(\d+)\s*\/\s*(\d+)$/.exec(texte.trim());
  if (fraction) return { ok: true as const, fraction: [fraction[1]!, fraction[2]!] as const };
  const nombre = /[-+]?\d[\d\s\u00A0\u202F]*(?:[.,]\d+)?/.exec(texte)?.[0]?.trim() ?? '';
  if (texte.includes('€')) return parseMontant(`${nombre} €`);
  if (texte.includes('%')) return parseTaux(`${nombre} %`);
  return parseNombre(nombre);
}

const tous = chapitres().flatMap((c) => usages(c.corps, 'Param').map((u) => ({ chapitre: c.id, ...u })));

describe('chiffres des chapitres = paramètres du moteur', () => {
  test('les chapitres citent des paramètres du moteur', () => {
    expect(tous.length).toBeGreaterThan(20);
  });
  for (const { chapitre, attributs, enfants } of tous) {
    test(`${chapitre} : ${attributs.id} au ${attributs.date} = « ${enfants} »`, () => {
      const p = parametre(attributs.id!, attributs.date!);
      const lu = lireFigure(enfants);
      expect(lu.ok, `« ${enfants} » illisible`).toBe(true);
      if (!lu.ok) return;
      if ('fraction' in lu) {
        // "2/3": compare exactly as a ratio, not as a rounded float.
        expect(p.valeur.mul(lu.fraction[1]).equals(lu.fraction[0])).toBe(true);
      } else {
        expect(p.valeur.equals(lu.valeur), `moteur : ${p.valeur.toString()}`).toBe(true);
      }
    });
  }
});
