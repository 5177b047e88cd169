/**
 * Lookup of dated parameters: `parametre(id, date)` gives the value in force
 * that day, or throws a typed error (unknown id, date before the first known
 * value). Nothing is ever guessed.
 *
 * The lookup searches the families registered so far (`enregistrer`), not a fixed list: each rule or
 * exercise module registers the families whose ids it names (`enregistrer(tarifs, contrat)` at its
 * top), so an island's bundle carries only the parameters its rules can ask for (the four families
 * weigh ≈ 5–6 KiB gzip together; README « Mesures »). `./index.ts` registers all four: the engine's
 * public entry, the server pages (Barèmes, `<Param>`) and the tests see the whole barème as before.
 * tests/engine/parametres-familles.test.ts imports each exercise module alone to check that what it
 * registers is enough.
 */
import { D, Decimal } from '../decimal.js';
import { ErreurMoteur } from '../errors.js';
import { verifierDate, formatDate } from '../dates.js';
import { formatEuros, formatTaux, formatNombre } from '../francais.js';
import type { DefinitionParametre, Periode, SourceRef, UniteParametre } from './types.js';

const enregistrees = new Map<string, DefinitionParametre>();

/**
 * Adds families of parameters to the lookup (again is harmless). Two different definitions under
 * one id are refused: a number lives in one place.
 */
export function enregistrer(...familles: ReadonlyArray<DefinitionParametre>[]): void {
  for (const famille of familles)
    for (const d of famille) {
      const deja = enregistrees.get(d.id);
      if (deja && deja !== d) throw new Error(`Paramètre « ${d.id} » défini deux fois.`);
      enregistrees.set(d.id, d);
    }
}

/** '0.175' → 0.175 ; '2/3' → exact-to-40-digits quotient. */
export function lireValeur(v: string): Decimal {
  const i = v.indexOf('/');
  return i < 0 ? D(v) : D(v.slice(0, i)).div(D(v.slice(i + 1)));
}

export interface ValeurParametre {
  valeur: Decimal;
  depuis: string;
  source: SourceRef;
  externe: boolean;
  unite: UniteParametre;
  libelle: string;
  note?: string;
  /** Original decimal string (may be a fraction 'a/b'). */
  brut: string;
  /** Last day a source attests the value (later dates, until the next period, are refused). */
  attesteeJusquau?: string;
}

export function definition(id: string): DefinitionParametre {
  const def = enregistrees.get(id);
  if (!def) {
    throw new ErreurMoteur('PARAMETRE_INCONNU', `Le paramètre « ${id} » n'existe pas dans le barème du cours.`, { id });
  }
  return def;
}

function periodeA(def: DefinitionParametre, date: string): Periode {
  let trouvee: Periode | undefined;
  for (const p of def.periodes) if (p.depuis <= date) trouvee = p;
  if (!trouvee) {
    const premiere = def.periodes[0];
    throw new ErreurMoteur(
      'DATE_ANTERIEURE',
      `Aucune valeur de « ${def.libelle} » n'est connue au ${formatDate(date)} : la première valeur date du ${premiere ? formatDate(premiere.depuis) : '?'}, car ${def.avantPremierePeriode ?? 'les sources ne donnent pas de valeur antérieure.'}`,
      { id: def.id, date, premiereDate: premiere?.depuis ?? '' },
    );
  }
  const attestee = trouvee.attesteeJusquau;
  if (attestee && date > attestee.date) {
    const suivante = def.periodes.find((p) => p.depuis > date);
    throw new ErreurMoteur(
      'VALEUR_INCONNUE',
      `La valeur de « ${def.libelle} » au ${formatDate(date)} n'est pas connue : la valeur de ${formaterBrut(trouvee.valeur, def.unite)} n'est attestée que jusqu'au ${formatDate(attestee.date)}${suivante ? `, et la valeur suivante ne s'applique qu'à partir du ${formatDate(suivante.depuis)}` : ''} ; ${attestee.pourquoi}`,
      { id: def.id, date, attesteeJusquau: attestee.date, ...(suivante ? { suivante: suivante.depuis } : {}) },
    );
  }
  return trouvee;
}

/** True when `parametre(id, date)` has a value (not before the first period, not in a period of unknown value). */
export function valeurConnue(id: string, date: string): boolean {
  try {
    parametre(id, date);
    return true;
  } catch (e) {
    if (e instanceof ErreurMoteur && (e.code === 'DATE_ANTERIEURE' || e.code === 'VALEUR_INCONNUE')) return false;
    throw e;
  }
}

export function parametre(id: string, date: string): ValeurParametre {
  const def = definition(id);
  const p = periodeA(def, verifierDate(date));
  return {
    valeur: lireValeur(p.valeur),
    depuis: p.depuis,
    source: p.source,
    externe: p.externe === true,
    unite: def.unite,
    libelle: def.libelle,
    brut: p.valeur,
    ...(p.note ? { note: p.note } : {}),
    ...(p.attesteeJusquau ? { attesteeJusquau: p.attesteeJusquau.date } : {}),
  };
}

export function formaterBrut(brut: string, unite: UniteParametre): string {
  if (brut.includes('/')) return brut; // an exact ratio reads best as written: "2/3"
  const v = D(brut);
  if (unite === 'euros') return formatEuros(v);
  if (unite === 'taux') return formatTaux(v);
  return formatNombre(v);
}

/** formatParametre('acte.G', '2017-05-02') === '25,00 €'. */
export function formatParametre(id: string, date: string): string {
  const p = parametre(id, date);
  return formaterBrut(p.brut, p.unite);
}
