/**
 * Registry of dated parameters: `parametre(id, date)` gives the value in force
 * that day, or throws a typed error (unknown id, date before the first known
 * value). Nothing is ever guessed.
 */
import { D, Decimal } from '../decimal.js';
import { ErreurMoteur } from '../errors.js';
import { verifierDate, formatDate } from '../dates.js';
import { formatEuros, formatTaux, formatNombre } from '../francais.js';
import type { DefinitionParametre, Periode, SourceRef, UniteParametre } from './types.js';
import { tarifs } from './tarifs.js';
import { patient } from './patient.js';
import { contrat } from './contrat.js';
import { parametresCdc } from './cdc.js';
import { secteurs } from './secteurs.js';

export type { DefinitionParametre, Periode, SourceRef, UniteParametre } from './types.js';

export const definitions: ReadonlyMap<string, DefinitionParametre> = new Map(
  [...tarifs, ...patient, ...contrat, ...parametresCdc, ...secteurs].map((d) => [d.id, d]),
);

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
  const def = definitions.get(id);
  if (!def) {
    throw new ErreurMoteur('PARAMETRE_INCONNU', `Le paramètre « ${id} » n'existe pas dans le barème du cours.`, { id });
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
      `Aucune valeur de « ${def.libelle} » n'est connue au ${formatDate(date)} : la première valeur date du ${premiere ? formatDate(premiere.depuis) : '?'}, car ${def.avantPremierePeriode ?? 'les sources ne donnent pas de valeur antérieure.'}`,
      { id: def.id, date, premiereDate: premiere?.depuis ?? '' },
    );
  }
  const attestee = trouvee.attesteeJusquau;
  if (attestee && date > attestee.date) {
    const suivante = def.periodes.find((p) => p.depuis > date);
    throw new ErreurMoteur(
      'VALEUR_INCONNUE',
      `La valeur de « ${def.libelle} » au ${formatDate(date)} n'est pas connue : la valeur de ${formaterBrut(trouvee.valeur, def.unite)} n'est attestée que jusqu'au ${formatDate(attestee.date)}${suivante ? `, et la valeur suivante ne s'applique qu'à partir du ${formatDate(suivante.depuis)}` : ''} ; ${attestee.pourquoi}`,
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

function formaterBrut(brut: string, unite: UniteParametre): string {
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

export interface ParametrePourBareme {
  id: string;
  libelle: string;
  unite: UniteParametre;
  ambiguites: string[];
  periodes: Array<{
    depuis: string;
    valeur: string;
    valeurBrute: string;
    source: SourceRef;
    externe: boolean;
    note?: string;
    /** Last day a source attests the value; after it, unknown until the next period. */
    attesteeJusquau?: { date: string; source: SourceRef; pourquoi: string };
  }>;
}

/** Every parameter with its dated, sourced values — for the "Barèmes" page. */
export function listeParametres(): ParametrePourBareme[] {
  return [...definitions.values()].map((def) => ({
    id: def.id,
    libelle: def.libelle,
    unite: def.unite,
    ambiguites: def.ambiguites ?? [],
    periodes: def.periodes.map((p) => ({
      depuis: p.depuis,
      valeur: formaterBrut(p.valeur, def.unite),
      valeurBrute: p.valeur,
      source: p.source,
      externe: p.externe === true,
      ...(p.note ? { note: p.note } : {}),
      ...(p.attesteeJusquau ? { attesteeJusquau: p.attesteeJusquau } : {}),
    })),
  }));
}
