/**
 * The SCO's resume state, written in `cmi.suspend_data`, which SCORM 1.2 caps at 4 096 characters
 * (a known failure of other tools: resume breaks once the state outgrows it). Compact by design:
 * the exam code (or the chapter of a quiz) and, per item, the answer's indices or the typed number
 * — never a question's text. tests/scorm/etat.test.ts checks the bound on the longest exam.
 *
 *   1;A;K7M-4QX;3;0;95;u2/m013/vF/xc15,10//        (version 1, self-assessment, code, index, finished?, seconds, answers)
 */
import type { Reponse } from '../domaine/corriger';
import type { Verdict } from '../engine';
import { VERSION_GENERATEURS } from '../domaine/constantes';

/** SCORM 1.2's limit on `cmi.suspend_data` (CMIString4096). */
export const LIMITE_SUSPEND = 4096;
/** A typed number is kept to this many characters (digits, one separator, a sign): enough for any amount of the course. */
export const SAISIE_MAX = 16;

export type ReponseSco = { genre: 'question'; reponse: Reponse } | { genre: 'exercice'; verdict: Verdict; saisie: string };

export interface EtatSco {
  /** 'A': the self-assessment (`cle` = exam code); 'Q': a chapter quiz (`cle` = chapter id). */
  genre: 'A' | 'Q';
  cle: string;
  index: number;
  fini: boolean;
  secondes: number;
  reponses: Array<ReponseSco | null>;
}

const VERDICTS: Record<string, Verdict> = { c: 'correct', p: 'proche', f: 'faux', i: 'illisible' };
const chiffres = (xs: readonly number[]) => xs.map((x) => x.toString(36)).join('');
const lireChiffres = (s: string) => [...s].map((c) => parseInt(c, 36));

/** A typed number without its unit or grouping spaces (« 1 234,56 € » → « 1234,56 »): the same value when read again. */
export const saisieCompacte = (s: string) => s.replace(/[^0-9,.-]/g, '').slice(0, SAISIE_MAX);

function jeton(r: ReponseSco | null): string {
  if (!r) return '';
  if (r.genre === 'exercice') return `x${r.verdict[0]}${saisieCompacte(r.saisie)}`;
  const x = r.reponse;
  switch (x.type) {
    case 'choix-unique':
      return x.choix === null ? '' : `u${chiffres([x.choix])}`;
    case 'choix-multiple':
      return `m${chiffres(x.choix)}`;
    case 'vrai-faux':
      return x.choix === null ? '' : `v${x.choix ? 'V' : 'F'}`;
    case 'association':
      return x.choix.some((c) => c === null) ? '' : `a${chiffres(x.choix as number[])}`;
    case 'ordre':
      return `o${chiffres(x.ordre)}`;
  }
}

function lireJeton(j: string): ReponseSco | null {
  if (j === '') return null;
  const corps = j.slice(1);
  switch (j[0]) {
    case 'u':
      return { genre: 'question', reponse: { type: 'choix-unique', choix: lireChiffres(corps)[0] ?? null } };
    case 'm':
      return { genre: 'question', reponse: { type: 'choix-multiple', choix: lireChiffres(corps) } };
    case 'v':
      return { genre: 'question', reponse: { type: 'vrai-faux', choix: corps === 'V' } };
    case 'a':
      return { genre: 'question', reponse: { type: 'association', choix: lireChiffres(corps) } };
    case 'o':
      return { genre: 'question', reponse: { type: 'ordre', ordre: lireChiffres(corps) } };
    case 'x': {
      const verdict = VERDICTS[corps[0] ?? ''];
      return verdict ? { genre: 'exercice', verdict, saisie: corps.slice(1) } : null;
    }
    default:
      return null;
  }
}

export function encoderEtat(e: EtatSco): string {
  const s = [String(VERSION_GENERATEURS), e.genre, e.cle, e.index, e.fini ? 1 : 0, Math.max(0, Math.floor(e.secondes)), e.reponses.map(jeton).join('/')].join(
    ';',
  );
  // Cannot happen with the course's items (40 at most, SAISIE_MAX characters each): a loud error rather than a state the LMS would cut.
  if (s.length > LIMITE_SUSPEND) throw new RangeError(`État de reprise trop long (${s.length} caractères > ${LIMITE_SUSPEND}).`);
  return s;
}

export type LectureEtat = { ok: true; etat: EtatSco } | { ok: false; raison: 'vide' | 'version' | 'illisible' };

/** Reads a stored state. Another generator version or anything unreadable → a fresh start (the caller says why). */
export function lireEtat(s: string): LectureEtat {
  if (!s) return { ok: false, raison: 'vide' };
  const champs = s.split(';');
  if (champs.length !== 7) return { ok: false, raison: 'illisible' };
  const [version, genre, cle, index, fini, secondes, reponses] = champs as [string, string, string, string, string, string, string];
  if (version !== String(VERSION_GENERATEURS)) return { ok: false, raison: 'version' };
  if ((genre !== 'A' && genre !== 'Q') || !/^\d+$/.test(index) || !/^[01]$/.test(fini) || !/^\d+$/.test(secondes)) return { ok: false, raison: 'illisible' };
  return {
    ok: true,
    etat: {
      genre,
      cle,
      index: Number(index),
      fini: fini === '1',
      secondes: Number(secondes),
      reponses: reponses === '' ? [] : reponses.split('/').map(lireJeton),
    },
  };
}
