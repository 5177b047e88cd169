/**
 * Embeddable widgets (issue 13, « Embedding »): the stable addresses of the bare pages, their French
 * titles, the height an `<iframe>` starts with, the ready-to-paste snippet, and the reading of the
 * `?graine=` of an exercise's address. Pure functions: the chapters' « Intégrer » control, the embed
 * pages and tests/composants/integrer.test.ts use the same ones.
 */
import type { TypeCalculateur } from '../content/vocabulaire';

/**
 * Title (page title, `<h1>` and iframe `title`) and starting height of each calculator's embed, in CSS
 * pixels: about what the calculator takes in an 800 px wide frame with its default inputs (measured
 * in Chromium), so that a host which ignores the height message still shows it without a cramped
 * scroll bar. A host that listens to the message adjusts it (see `MESSAGE_HAUTEUR`).
 */
export const CALCULATEURS_INTEGRES: Record<TypeCalculateur, { titre: string; hauteur: number }> = {
  patient: { titre: 'Ce que paie le patient selon le secteur du médecin', hauteur: 1500 },
  da: { titre: 'Plafond du dépassement autorisé et engagement de 70 %', hauteur: 1900 },
  cotisations: { titre: 'Cotisations prises en charge par l’Assurance Maladie', hauteur: 1500 },
  redevance: { titre: 'Activité libérale d’un praticien hospitalier', hauteur: 1350 },
  fpmt: { titre: 'Forfait patientèle médecin traitant', hauteur: 900 },
  optam: { titre: 'Prime OPTAM', hauteur: 1250 },
  tcam: { titre: 'Croissance des honoraires (Cour des comptes, tableau n° 23)', hauteur: 1050 },
  'tarif-date': { titre: 'Le tarif d’un acte à une date', hauteur: 550 },
};

/** Starting height of an exercise's embed (statement, field, buttons; the solution grows it). */
export const HAUTEUR_EXERCICE = 600;

/**
 * The message an embed posts to its parent window on load and whenever its height changes:
 * `{ type: 'secteurs:hauteur', hauteur: 812, adresse: '/integrer/exercice/tcam/?graine=4821' }`
 * (`hauteur`: the page's content height in CSS pixels, an integer; `adresse`: the embed's path and
 * query, so that a host with several embeds knows which frame spoke). Sent with target origin `*`: a
 * height is no secret, and the host's origin is not known in advance.
 */
export const MESSAGE_HAUTEUR = 'secteurs:hauteur';
export interface MessageHauteur {
  type: typeof MESSAGE_HAUTEUR;
  hauteur: number;
  adresse: string;
}

/** Path (relative to the site's base, for `href()`) of a calculator's embed. */
export const cheminCalculateur = (type: string) => `integrer/calculateur/${type}/`;

/** Path of an exercise kind's embed, with the seed of its variant when one is given. */
export const cheminExercice = (kind: string, graine?: number) => `integrer/exercice/${kind}/${graine === undefined ? '' : `?graine=${graine}`}`;

/** Escapes a value for an HTML attribute between double quotes. */
const attribut = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The `<iframe>` a teacher pastes into Moodle, a slide or a web page. `url` is absolute. Full width,
 * no border, the starting height above, lazy loading; the title names the widget for screen readers.
 */
export function codeIframe(url: string, titre: string, hauteur: number): string {
  return `<iframe src="${attribut(url)}" title="${attribut(`${titre} — Secteurs`)}" width="100%" height="${hauteur}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}

/** Largest seed an address may carry: the generators read seeds as unsigned 32-bit integers. */
export const GRAINE_MAX = 4_294_967_295;

export type LectureGraine = { etat: 'lue'; graine: number } | { etat: 'absente' } | { etat: 'invalide'; saisie: string; message: string };

/**
 * Reads `graine` from an address's query string (`?graine=4821`). Digits only, 0 to GRAINE_MAX: any
 * other text is refused with a French message rather than turned into another variant silently
 * (`Number('1e3')` or `parseInt('12abc')` would).
 */
export function lireGraine(recherche: string): LectureGraine {
  const brut = new URLSearchParams(recherche).get('graine');
  if (brut === null) return { etat: 'absente' };
  const saisie = brut.trim();
  if (saisie === '') return { etat: 'invalide', saisie: brut, message: 'La graine de l’adresse est vide.' };
  if (!/^\d+$/.test(saisie) || saisie.length > 10 || Number(saisie) > GRAINE_MAX) {
    return {
      etat: 'invalide',
      saisie: brut,
      message: `« ${brut} » n’est pas une graine valable : un nombre entier de 0 à ${GRAINE_MAX.toLocaleString('fr-FR')} est attendu.`,
    };
  }
  return { etat: 'lue', graine: Number(saisie) };
}
