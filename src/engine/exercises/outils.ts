/** Helpers for generators: seeded dates within the periods a parameter is known. */
import type { Alea } from '../random.js';
import { definition } from '../parametres/index.js';
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
