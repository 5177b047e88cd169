/**
 * The self-assessment's exam code (what a teacher writes on the board): `{ graine, longueur, themes }`
 * ↔ "K7M-4QX", and a fresh random seed. No engine here: the start screen reads and creates codes
 * without loading the exam draw (examen.ts), which comes with the engine when an exam starts.
 * Pure (no DOM): src/domaine holds the course's learning logic; it imports only the engine.
 */
import { LONGUEURS, THEMES, type Longueur, type Theme } from './constantes';

export interface ConfigExamen {
  /** 0 ≤ graine < GRAINE_MAX. */
  graine: number;
  longueur: Longueur;
  /** At least one theme; kept in the canonical order of THEMES. */
  themes: Theme[];
}

/** Unambiguous alphabet: no 0/O, 1/I/L, nor U (read as V). 30 symbols. */
export const ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
const B = ALPHABET.length;
/** 5 data symbols (30^5 values) hold graine × 2 lengths × 31 theme selections; the 6th is a check symbol. */
const CAPACITE = B ** 5;
const COMBINAISONS = LONGUEURS.length * (2 ** THEMES.length - 1);
export const GRAINE_MAX = Math.floor(CAPACITE / COMBINAISONS);
const MODULE_CONTROLE = 29;

function controle(chiffres: number[]): number {
  let s = 0;
  chiffres.forEach((v, i) => (s += (i + 1) * v));
  return s % MODULE_CONTROLE;
}

/** What a person typed, as bare symbols: upper case, without spaces, hyphens, dots or underscores. */
export function nettoyerCode(saisie: string): string {
  return String(saisie ?? '')
    .toUpperCase()
    .replace(/[\s\-–—._]/g, '');
}

/** The French message for symbols outside ALPHABET in `brut` (nettoyerCode's output), or null. */
export function messageCaracteresInterdits(brut: string): string | null {
  const interdits = [...new Set([...brut].filter((ch) => !ALPHABET.includes(ch)))];
  if (interdits.length === 0) return null;
  return `Caractère${interdits.length > 1 ? 's' : ''} impossible${interdits.length > 1 ? 's' : ''} dans un code\u00a0: ${interdits
    .slice(0, 5)
    .map((c) => `«\u00a0${c}\u00a0»`)
    .join(', ')}. Un code n’utilise que les chiffres 2 à 9 et les lettres sauf I, L, O et U.`;
}

/** "ABCDEF" → "ABC-DEF": groups of three symbols, easy to read aloud and to copy from a board. */
export const grouperParTrois = (brut: string): string => brut.match(/.{1,3}/g)?.join('-') ?? '';

function masque(themes: readonly Theme[]): number {
  return THEMES.reduce((m, t, i) => (themes.includes(t) ? m | (1 << i) : m), 0);
}

/** `{ graine, longueur, themes }` → "K7M-4QX". Throws on an impossible config (a programming error). */
export function encoderCode(c: ConfigExamen): string {
  const m = masque(c.themes);
  const l = LONGUEURS.indexOf(c.longueur);
  if (m === 0 || l < 0 || !Number.isInteger(c.graine) || c.graine < 0 || c.graine >= GRAINE_MAX) throw new RangeError('Configuration d’examen impossible.');
  let v = (c.graine * LONGUEURS.length + l) * 31 + (m - 1);
  const chiffres: number[] = [];
  for (let i = 0; i < 5; i++) {
    chiffres.unshift(v % B);
    v = Math.floor(v / B);
  }
  chiffres.push(controle(chiffres));
  return grouperParTrois(chiffres.map((d) => ALPHABET[d]).join(''));
}

export type LectureCode = { ok: true; config: ConfigExamen; code: string } | { ok: false; message: string };

/** Reads what a learner typed ("k7m 4qx", "K7M-4QX"…). Never throws; a bad code gives a French message. */
export function lireCode(saisie: string): LectureCode {
  const brut = nettoyerCode(saisie);
  if (brut === '') return { ok: false, message: 'Saisissez le code d’examen donné par votre enseignant, par exemple «\u00a0K7M-4QX\u00a0».' };
  const interdits = messageCaracteresInterdits(brut);
  if (interdits) return { ok: false, message: interdits };
  if (brut.length !== 6)
    return { ok: false, message: `Un code d’examen compte 6\u00a0caractères (vous en avez saisi ${brut.length}), par exemple «\u00a0K7M-4QX\u00a0».` };
  const chiffres = [...brut].map((ch) => ALPHABET.indexOf(ch));
  if (controle(chiffres.slice(0, 5)) !== chiffres[5])
    return { ok: false, message: 'Ce code n’est pas valide\u00a0: un caractère a sans doute été mal recopié. Vérifiez-le auprès de votre enseignant.' };
  let v = 0;
  for (const d of chiffres.slice(0, 5)) v = v * B + d;
  const m = (v % 31) + 1;
  v = Math.floor(v / 31);
  const l = v % LONGUEURS.length;
  const graine = Math.floor(v / LONGUEURS.length);
  if (graine >= GRAINE_MAX) return { ok: false, message: 'Ce code n’est pas valide\u00a0: vérifiez-le auprès de votre enseignant.' };
  const config: ConfigExamen = { graine, longueur: LONGUEURS[l]!, themes: THEMES.filter((_, i) => m & (1 << i)) };
  return { ok: true, config, code: grouperParTrois(brut) };
}

/** A fresh random seed for a new exam (crypto when available). */
export function graineAleatoire(): number {
  const a = new Uint32Array(1);
  globalThis.crypto.getRandomValues(a);
  return a[0]! % GRAINE_MAX;
}
