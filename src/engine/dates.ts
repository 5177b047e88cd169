/**
 * Dates are ISO strings 'YYYY-MM-DD' everywhere: they compare lexically, they
 * serialise as is in exercise parameters, and they carry no time zone (a tariff
 * "au 1er mai 2017" is a calendar day, not an instant).
 */
import { ErreurMoteur } from './errors.js';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const MOIS = [
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin',
  'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
];

function joursDansMois(annee: number, mois: number): number {
  if (mois === 2) return (annee % 4 === 0 && annee % 100 !== 0) || annee % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(mois) ? 30 : 31;
}

export function estDateIso(s: unknown): s is string {
  if (typeof s !== 'string') return false;
  const m = ISO.exec(s);
  if (!m) return false;
  const a = Number(m[1]);
  const mo = Number(m[2]);
  const j = Number(m[3]);
  return mo >= 1 && mo <= 12 && j >= 1 && j <= joursDansMois(a, mo);
}

export function verifierDate(s: unknown): string {
  if (!estDateIso(s)) {
    throw new ErreurMoteur(
      'DATE_INVALIDE',
      `La date « ${String(s)} » n'est pas une date valide au format AAAA-MM-JJ (par exemple 2017-05-01).`,
    );
  }
  return s;
}

/** "1er mai 2017", "22 décembre 2024": the way the sources write dates. */
export function formatDate(iso: string): string {
  const d = verifierDate(iso);
  const [a, m, j] = d.split('-').map(Number) as [number, number, number];
  return `${j === 1 ? '1er' : String(j)} ${MOIS[m - 1]} ${a}`;
}

export function annee(iso: string): number {
  return Number(verifierDate(iso).slice(0, 4));
}
