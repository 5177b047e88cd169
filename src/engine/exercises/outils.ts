/** Helpers for generators: seeded dates within the periods a parameter is known. */
import type { Alea } from '../random.js';
import { definition, valeurConnue, parametre, formatParametre } from '../parametres/registre.js';
import type { Decimal } from '../decimal.js';
import { formatDate } from '../dates.js';

const deux = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** A date between two years (days 1–28, so every month is valid), not before `auPlusTot`. */
export function dateAleatoire(alea: Alea, anneeMin: number, anneeMax: number, auPlusTot = '0000-00-00', auPlusTard = '9999-99-99'): string {
  for (let essai = 0; essai < 50; essai++) {
    const d = `${alea.entier(anneeMin, anneeMax)}-${deux(alea.entier(1, 12))}-${deux(alea.entier(1, 28))}`;
    if (d >= auPlusTot && d <= auPlusTard) return d;
  }
  return auPlusTot > '0000' ? auPlusTot : `${anneeMin}-01-01`;
}

export function premiereDate(id: string): string {
  return definition(id).periodes[0]?.depuis ?? '0000-00-00';
}

export { formatDate };

/**
 * A date between two years at which parameter `id` has a known value: never before its first
 * period, never in a period where the value is unknown (`attesteeJusquau`). Redraws with the same
 * seeded generator, so a seed still gives one exercise everywhere.
 */
export function dateConnue(alea: Alea, id: string, anneeMin: number, anneeMax: number): string {
  const premiere = premiereDate(id);
  for (let essai = 0; essai < 50; essai++) {
    const d = dateAleatoire(alea, anneeMin, anneeMax, premiere);
    if (valeurConnue(id, d)) return d;
  }
  return premiere;
}

/** A parameter's value at the exercise's date: graders recompute typical mistakes from the barème, never from a typed number. */
export function val(id: string, date: string): Decimal {
  return parametre(id, date).valeur;
}

/** The same, formatted in French (« 15,00 € », « 9,8 % ») for statements and hints. */
export function txt(id: string, date: string): string {
  return formatParametre(id, date);
}
