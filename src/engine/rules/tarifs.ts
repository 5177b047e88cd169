/** Tariff of an act at a date (ISNAR §5.2, §2.2; later values external). */
import { ErreurMoteur } from '../errors.js';
import { Trace, type ResultatRegle } from '../trace.js';
import { parametre } from '../parametres/index.js';
import type { SourceRef } from '../parametres/types.js';
import { verifierDate } from '../dates.js';

export const ACTES = [
  'G',
  'CS',
  'MMG',
  'MPC',
  'consultationCoordonnee',
  'consultationComplexe',
  'consultationTresComplexe',
  'CNPSY',
  'CSC',
  'APC',
  'APCPsy',
  'APCPUPH',
] as const;
export type Acte = (typeof ACTES)[number];

export function verifierActe(acte: string): Acte {
  if (!(ACTES as readonly string[]).includes(acte)) {
    throw new ErreurMoteur('ACTE_INCONNU', `L'acte « ${acte} » n'est pas connu du cours. Actes connus : ${ACTES.join(', ')}.`, { acte });
  }
  return acte as Acte;
}

export interface ResultatTarif extends ResultatRegle {
  depuis: string;
  source: SourceRef;
  externe: boolean;
  /** Last day a source attests this value; between it and the next value the tariff is unknown. */
  attesteeJusquau?: string;
}

/**
 * "What was the tariff of act X on date D?" Throws DATE_ANTERIEURE before the first known value and
 * VALEUR_INCONNUE in a period where no cited source gives the value (APC between June 2018 and
 * December 2024).
 */
export function tarifActe(acte: string, date: string): ResultatTarif {
  const a = verifierActe(acte);
  verifierDate(date);
  const t = new Trace();
  const g = t.parametre(`acte.${a}`, date);
  const p = parametre(`acte.${a}`, date);
  return { ...t.resultat(g), depuis: p.depuis, source: p.source, externe: p.externe, ...(p.attesteeJusquau ? { attesteeJusquau: p.attesteeJusquau } : {}) };
}
