/**
 * Dates are ISO strings 'YYYY-MM-DD' everywhere: they compare lexically, they
 * serialise as is in exercise parameters, and they carry no time zone (a tariff
 * "au 1er mai 2017" is a calendar day, not an instant).
 */
import { ErreurMoteur, type CodeErreurSaisie, type Resultat } from './errors.js';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

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
    throw new ErreurMoteur('DATE_INVALIDE', `La date « ${String(s)} » n'est pas une date valide au format AAAA-MM-JJ (par exemple 2017-05-01).`);
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

// ---------------------------------------------------------------- typed dates

/** Years a date field accepts: the course's history starts in 1945; later years are typos. */
export const ANNEES_SAISIE = { min: 1945, max: 2099 } as const;

/** "01/06/2017" from '2017-06-01': how a French reader types a date (jj/mm/aaaa). */
export function formatDateNumerique(iso: string): string {
  const [a, m, j] = verifierDate(iso).split('-');
  return `${j}/${m}/${a}`;
}

/**
 * Reads a date typed the French way, day first — « 01/06/2017 », « 1/6/2017 », « 01-06-2017 »,
 * « 01.06.2017 » — whatever the browser's locale (a native date field shows the browser's order,
 * 06/01/2017 in English). An ISO date (2017-06-01) is accepted too. Never throws: the error says
 * what is wrong with what was typed.
 */
export function parseDate(raw: unknown): Resultat<string> {
  const echec = (code: CodeErreurSaisie, message: string) => ({ ok: false as const, erreur: { code, message } });
  if (typeof raw !== 'string' || raw.trim() === '') {
    return echec('VIDE', 'La date est vide : écrivez-la au format jj/mm/aaaa, par exemple 01/06/2017 pour le 1er juin 2017.');
  }
  const s = raw.trim();
  const fr = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (!fr && !iso) {
    return echec(
      'DATE_FORMAT',
      `«\u00A0${s}\u00A0» n’est pas une date au format jj/mm/aaaa : écrivez le jour, le mois puis l’année sur quatre chiffres, par exemple 01/06/2017 pour le 1er juin 2017.`,
    );
  }
  const [j, m, a] = fr ? [Number(fr[1]), Number(fr[2]), Number(fr[3])] : [Number(iso![3]), Number(iso![2]), Number(iso![1])];
  if (m < 1 || m > 12) return echec('DATE_INEXISTANTE', `Le mois ${m} n’existe pas : le mois s’écrit de 01 à 12, après le jour (jj/mm/aaaa).`);
  if (j < 1 || j > joursDansMois(a, m)) {
    return echec(
      'DATE_INEXISTANTE',
      `Le ${String(j).padStart(2, '0')}/${String(m).padStart(2, '0')}/${a} n’existe pas : ${MOIS[m - 1]} ${a} compte ${joursDansMois(a, m)} jours.`,
    );
  }
  if (a < ANNEES_SAISIE.min || a > ANNEES_SAISIE.max) {
    return echec('DATE_HORS_BORNES', `L’année ${a} est hors du champ du cours : choisissez une date entre 1945 et 2099.`);
  }
  return { ok: true, valeur: `${a}-${String(m).padStart(2, '0')}-${String(j).padStart(2, '0')}` };
}
