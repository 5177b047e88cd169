/**
 * Specialties offered by the installation simulator: the act a consultation is billed with (its
 * tariff is a dated parameter, `tarifActe`) and, where a cited source gives it, the rate of the OPTAM
 * prime of the specialty. The rates are those of the CSMF's 2017 list (registry id `csmf-optam`,
 * ambiguity 11: prime = specialty rate × honoraires at tarif opposable); the sources give none for
 * general practice or psychiatry, so none is written here — the simulator then asks the reader for it.
 * The OPTAM exercise (exercises/cdc.ts) keeps its own copy of the list: importing this module there
 * would make it a chunk shared with the simulator and change the JavaScript of the chapters (issue 15:
 * other pages must not grow by a byte). tests/simulateur/specialites.test.ts checks the two agree.
 */
import type { SourceRef } from '../parametres/types.js';
import type { Acte } from './tarifs.js';

/** Rate of the OPTAM prime by specialty (fraction, decimal string), CSMF 2017. */
export const TAUX_PRIME_OPTAM_CSMF = {
  'anatomo-cyto-pathologie': '0.047',
  anesthésie: '0.070',
  cardiologie: '0.070',
  chirurgie: '0.072',
  dermatologie: '0.083',
  endocrinologie: '0.088',
} as const;

// Written as the object `ext()` returns rather than calling it: importing a function of the shared
// engine chunk from here would add an export to that chunk, and every chapter would load a few bytes more.
export const SOURCE_TAUX_PRIME_OPTAM: SourceRef = { document: 'csmf-optam', section: 'taux par spécialité' };

export interface Specialite {
  id: string;
  libelle: string;
  /** Act of the usual consultation (secteur 1 tariff = `tarifActe(acte, date)`). */
  acte: Acte;
  /** OPTAM prime rate (fraction) from a cited source, or null when no source gives it. */
  tauxPrimeOptam: string | null;
}

export const SPECIALITES: readonly Specialite[] = [
  { id: 'generaliste', libelle: 'Médecin généraliste', acte: 'G', tauxPrimeOptam: null },
  { id: 'cardiologie', libelle: 'Cardiologue (consultation CSC)', acte: 'CSC', tauxPrimeOptam: TAUX_PRIME_OPTAM_CSMF.cardiologie },
  { id: 'dermatologie', libelle: 'Dermatologue (consultation coordonnée)', acte: 'consultationCoordonnee', tauxPrimeOptam: TAUX_PRIME_OPTAM_CSMF.dermatologie },
  {
    id: 'endocrinologie',
    libelle: 'Endocrinologue (consultation coordonnée)',
    acte: 'consultationCoordonnee',
    tauxPrimeOptam: TAUX_PRIME_OPTAM_CSMF.endocrinologie,
  },
  { id: 'psychiatrie', libelle: 'Psychiatre (consultation CNPSY)', acte: 'CNPSY', tauxPrimeOptam: null },
];

export function specialite(id: string): Specialite | undefined {
  return SPECIALITES.find((s) => s.id === id);
}
