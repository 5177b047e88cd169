/**
 * A teacher's series code (page /enseigner/): which exercise kinds and how many variants of each,
 * which bank questions (by chapter, by type) and how many, a seed, and the generator version ↔
 * "3K7-M4Q-XAB-2C9-DEF", read aloud like the exam code (code.ts: same alphabet, same grouping by three).
 * `elementsDeSerie` turns a config into the ordered list of items of the sheet, in the exam's `Item`
 * shape (examen.ts): the sheet, its key and the LMS exports all take that list.
 *
 * Pure (no DOM) and engine-free except the seeded shuffle: the /enseigner/ page encodes codes and
 * previews a sheet without loading the exercise kinds (it gets their ids and themes from the build).
 *
 * Layout of a code, fixed for every version (so that any code can at least say which version made it):
 * 15 symbols of ALPHABET = 1 version symbol (VERSION_GENERATEURS as a digit, 1…29) + 13 data symbols
 * (one base-30 number) + 1 check symbol. The data number is, from its least significant part: the
 * number of questions (0…QUESTIONS_MAX), the question types as a bit mask in TYPES_QUESTION_SERIE
 * order, the chapters as a bit mask in CHAPITRES_SERIE order, the variants of each kind (0…VARIANTES_MAX)
 * in TYPES_EXERCICE_SERIE order, and the seed. Those three lists are the code's layout: appending to
 * one changes every code, so it goes with a new VERSION_GENERATEURS (README, « Codes d’examen : une
 * promesse »); tests/domaine/serie.test.ts checks that they cover the engine's kinds and the bank's
 * chapters and types.
 */
import type { TypeQuestion } from '../content/schemas/question';
import type { ChapitreId } from '../content/schemas/common';
import { ALPHABET, grouperParTrois, messageCaracteresInterdits, nettoyerCode } from './code';
import { VERSION_GENERATEURS, type Theme } from './constantes';
import { graineVariante, type Item } from './examen';
import { melangeDeterministe } from './melange';

/** The engine's exercise kinds, in the code's order (the engine registry's order when this was written). */
export const TYPES_EXERCICE_SERIE = [
  'tarif-a-la-date',
  'prise-en-charge',
  'plafond-da',
  'ratio-70',
  'taux-depassement',
  'cotisations',
  'redevance',
  'fpmt',
  'prime-optam',
  'tcam',
  'majoration-48h',
  'aide-installation',
] as const;

/** The bank's chapters, in reading order (src/content/schemas/common.ts CHAPITRES; this copy is the code's layout). */
export const CHAPITRES_SERIE = [
  'introduction',
  'histoire',
  'depassements',
  'contrat',
  'medecin-traitant',
  'conventions-aujourdhui',
] as const satisfies readonly ChapitreId[];

/** The bank's question types (src/content/schemas/question.ts), in the code's order. */
export const TYPES_QUESTION_SERIE = ['choix-unique', 'choix-multiple', 'vrai-faux', 'association', 'ordre'] as const satisfies readonly TypeQuestion[];

export type ChapitreSerie = (typeof CHAPITRES_SERIE)[number];
export type TypeQuestionSerie = (typeof TYPES_QUESTION_SERIE)[number];

/** At most 3 variants of one kind on a sheet (a fourth is the next sheet's job), at most 30 bank questions. */
export const VARIANTES_MAX = 3;
export const QUESTIONS_MAX = 30;

export interface ConfigSerie {
  /** 0 ≤ graine < GRAINE_SERIE_MAX. */
  graine: number;
  /** Kind id → number of variants (1…VARIANTES_MAX); a kind that is not on the sheet is absent. */
  exercices: Partial<Record<string, number>>;
  questions: {
    /** Chapters the questions come from, in CHAPITRES_SERIE order. */
    chapitres: ChapitreSerie[];
    /** Question types allowed, in TYPES_QUESTION_SERIE order. */
    types: TypeQuestionSerie[];
    /** How many questions (0…QUESTIONS_MAX); fewer if the chosen chapters and types have fewer. */
    nombre: number;
  };
}

const B = BigInt(ALPHABET.length);
const SYMBOLES_DONNEES = 13;
/** Version + data + check. */
export const LONGUEUR_CODE_SERIE = 1 + SYMBOLES_DONNEES + 1;
const RADIX_NOMBRE = BigInt(QUESTIONS_MAX + 1);
const RADIX_TYPES = 1n << BigInt(TYPES_QUESTION_SERIE.length);
const RADIX_CHAPITRES = 1n << BigInt(CHAPITRES_SERIE.length);
const RADIX_VARIANTES = BigInt(VARIANTES_MAX + 1);
const COMBINAISONS = RADIX_NOMBRE * RADIX_TYPES * RADIX_CHAPITRES * RADIX_VARIANTES ** BigInt(TYPES_EXERCICE_SERIE.length);
/** Seeds per configuration that fit in 13 data symbols (about 15 million). */
export const GRAINE_SERIE_MAX = Number(B ** BigInt(SYMBOLES_DONNEES) / COMBINAISONS);

/**
 * Check symbol: Luhn mod 30 over the version and data symbols. Every second symbol from the right is
 * doubled and folded (a → ⌊2a / 30⌋ + 2a mod 30, a permutation of 0…29), so changing any one symbol
 * changes the sum modulo 30 — always detected. (The exam code's weighted sum modulo 29 cannot tell
 * « 2 » from « Z », whose values 0 and 29 are equal modulo 29; exam codes already shared keep it.)
 */
function controle(chiffres: readonly number[]): number {
  const n = ALPHABET.length;
  let somme = 0;
  let doubler = true;
  for (let i = chiffres.length - 1; i >= 0; i--) {
    let a = chiffres[i]!;
    if (doubler) a = Math.floor((2 * a) / n) + ((2 * a) % n);
    somme += a;
    doubler = !doubler;
  }
  return (n - (somme % n)) % n;
}

const masque = <T>(liste: readonly T[], choisis: readonly T[]) => liste.reduce((m, x, i) => (choisis.includes(x) ? m | (1 << i) : m), 0);
const demasquer = <T>(liste: readonly T[], m: number) => liste.filter((_, i) => m & (1 << i));

/** Does the config put anything on a sheet? */
export function serieVide(c: ConfigSerie): boolean {
  return (
    TYPES_EXERCICE_SERIE.every((t) => !c.exercices[t]) && (c.questions.nombre === 0 || c.questions.chapitres.length === 0 || c.questions.types.length === 0)
  );
}

/** Config → "3K7-M4Q-XAB-2C9-DEF". Throws on an impossible config (a programming error: the page only builds valid ones). */
export function encoderSerie(c: ConfigSerie, version: number = VERSION_GENERATEURS): string {
  const n = c.questions.nombre;
  const variantes = TYPES_EXERCICE_SERIE.map((t) => c.exercices[t] ?? 0);
  const inconnus = Object.keys(c.exercices).filter((t) => !(TYPES_EXERCICE_SERIE as readonly string[]).includes(t));
  if (
    !Number.isInteger(c.graine) ||
    c.graine < 0 ||
    c.graine >= GRAINE_SERIE_MAX ||
    !Number.isInteger(n) ||
    n < 0 ||
    n > QUESTIONS_MAX ||
    inconnus.length > 0 ||
    variantes.some((v) => !Number.isInteger(v) || v < 0 || v > VARIANTES_MAX) ||
    !Number.isInteger(version) ||
    version < 1 ||
    version >= ALPHABET.length
  )
    throw new RangeError('Configuration de série impossible.');
  let v = BigInt(c.graine);
  for (let i = TYPES_EXERCICE_SERIE.length - 1; i >= 0; i--) v = v * RADIX_VARIANTES + BigInt(variantes[i]!);
  v = v * RADIX_CHAPITRES + BigInt(masque(CHAPITRES_SERIE, c.questions.chapitres));
  v = v * RADIX_TYPES + BigInt(masque(TYPES_QUESTION_SERIE, c.questions.types));
  v = v * RADIX_NOMBRE + BigInt(n);
  const donnees: number[] = [];
  for (let i = 0; i < SYMBOLES_DONNEES; i++) {
    donnees.unshift(Number(v % B));
    v /= B;
  }
  const chiffres = [version, ...donnees];
  chiffres.push(controle(chiffres));
  return grouperParTrois(chiffres.map((d) => ALPHABET[d]).join(''));
}

/** Why a code was refused, for the pages (and tests) to tell apart. */
export type RaisonRefus = 'vide' | 'caracteres' | 'longueur' | 'controle' | 'version' | 'valeur';
export type LectureSerie = { ok: true; config: ConfigSerie; code: string } | { ok: false; raison: RaisonRefus; message: string };

const EXEMPLE = '«\u00a03K7-M4Q-XAB-2C9-DEF\u00a0»';

/** Reads a typed or linked code ("3k7 m4q…", "3K7-M4Q-…"). Never throws; a bad code gives a French message. */
export function lireSerie(saisie: string): LectureSerie {
  const brut = nettoyerCode(saisie);
  if (brut === '') return { ok: false, raison: 'vide', message: `Saisissez un code de série, par exemple ${EXEMPLE}.` };
  const interdits = messageCaracteresInterdits(brut);
  if (interdits) return { ok: false, raison: 'caracteres', message: interdits };
  if (brut.length !== LONGUEUR_CODE_SERIE)
    return {
      ok: false,
      raison: 'longueur',
      message: `Un code de série compte ${LONGUEUR_CODE_SERIE}\u00a0caractères (celui-ci en a ${brut.length}), par exemple ${EXEMPLE}.${
        brut.length === 6 ? ' Un code de 6\u00a0caractères est un code d’examen\u00a0: utilisez le champ «\u00a0Code d’examen\u00a0».' : ''
      }`,
    };
  const chiffres = [...brut].map((ch) => ALPHABET.indexOf(ch));
  if (controle(chiffres.slice(0, -1)) !== chiffres.at(-1))
    return {
      ok: false,
      raison: 'controle',
      message: 'Ce code n’est pas valide\u00a0: un caractère a sans doute été mal recopié. Vérifiez-le sur la fiche d’origine.',
    };
  const version = chiffres[0]!;
  if (version !== VERSION_GENERATEURS) {
    const quand = version < VERSION_GENERATEURS ? 'une version antérieure' : 'une version plus récente';
    return {
      ok: false,
      raison: 'version',
      message: `Ce code a été créé avec ${quand} des générateurs d’exercices (version\u00a0${version}\u00a0; ce site est en version\u00a0${VERSION_GENERATEURS})\u00a0: ses variantes ne seraient plus les mêmes, et ce site ne peut pas reproduire cette fiche. Créez un nouveau code sur la page «\u00a0Enseigner\u00a0».`,
    };
  }
  let v = 0n;
  for (const d of chiffres.slice(1, -1)) v = v * B + BigInt(d);
  const nombre = Number(v % RADIX_NOMBRE);
  v /= RADIX_NOMBRE;
  const types = demasquer(TYPES_QUESTION_SERIE, Number(v % RADIX_TYPES));
  v /= RADIX_TYPES;
  const chapitres = demasquer(CHAPITRES_SERIE, Number(v % RADIX_CHAPITRES));
  v /= RADIX_CHAPITRES;
  const exercices: Partial<Record<string, number>> = {};
  for (const t of TYPES_EXERCICE_SERIE) {
    const k = Number(v % RADIX_VARIANTES);
    if (k > 0) exercices[t] = k;
    v /= RADIX_VARIANTES;
  }
  const graine = Number(v);
  const config: ConfigSerie = { graine, exercices, questions: { chapitres, types, nombre } };
  if (graine >= GRAINE_SERIE_MAX || serieVide(config))
    return { ok: false, raison: 'valeur', message: 'Ce code n’est pas valide\u00a0: il ne correspond à aucune fiche. Vérifiez-le sur la fiche d’origine.' };
  return { ok: true, config, code: grouperParTrois(brut) };
}

/** A fresh random seed for a new series (crypto when available). */
export function graineSerieAleatoire(): number {
  const a = new Uint32Array(1);
  globalThis.crypto.getRandomValues(a);
  return a[0]! % GRAINE_SERIE_MAX;
}

/** A bank question as the draw needs it. */
export interface QuestionSerie {
  id: string;
  theme: Theme;
  chapitre: string;
  type: string;
}

/**
 * The sheet of a config, in order: first the bank questions (those of the chosen chapters and types,
 * shuffled by the seed, the first `nombre`), then the exercises, kind by kind in TYPES_EXERCICE_SERIE
 * order, each variant with its own seed derived from the series seed (distinct within a kind). `kinds`
 * gives each kind's theme (the engine's `listeExercices()`); the result does not depend on the order of
 * `banque` or `kinds`.
 */
export function elementsDeSerie(c: ConfigSerie, banque: readonly QuestionSerie[], kinds: readonly { id: string; theme: Theme }[]): Item[] {
  const cle = `serie:${c.graine}`;
  const items: Item[] = [];
  const retenues = banque
    .filter((q) => (c.questions.chapitres as readonly string[]).includes(q.chapitre) && (c.questions.types as readonly string[]).includes(q.type))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const theme = new Map(retenues.map((q) => [q.id, q.theme]));
  for (const id of melangeDeterministe(
    retenues.map((q) => q.id),
    `${cle}:questions`,
  ).slice(0, c.questions.nombre))
    items.push({ genre: 'question', id, theme: theme.get(id)! });
  for (const type of TYPES_EXERCICE_SERIE) {
    const k = kinds.find((x) => x.id === type);
    const n = c.exercices[type] ?? 0;
    if (!k || n === 0) continue;
    const graines = new Set<number>();
    for (let i = 0; i < n; i++) {
      // Two variants of one kind never share a seed (a draw of 90 000 seeds rarely repeats; then redraw).
      let g = graineVariante(`${cle}:${type}:${i}`);
      for (let essai = 1; graines.has(g); essai++) g = graineVariante(`${cle}:${type}:${i}:${essai}`);
      graines.add(g);
      items.push({ genre: 'exercice', type, graine: g, theme: k.theme });
    }
  }
  return items;
}
