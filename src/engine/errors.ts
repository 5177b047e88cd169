/**
 * Typed errors. Rules throw `ErreurMoteur` for impossible inputs (negative fee,
 * rate over 100 %, unknown act, date before a parameter exists); parsing never
 * throws and returns a `Resultat` instead. Every message is a French sentence a
 * widget can show as is.
 */
export type CodeErreur =
  | 'PARAMETRE_INCONNU'
  | 'DATE_INVALIDE'
  | 'DATE_ANTERIEURE'
  | 'VALEUR_INCONNUE'
  | 'ACTE_INCONNU'
  | 'MONTANT_NEGATIF'
  | 'TAUX_HORS_BORNES'
  | 'ENTREE_INVALIDE'
  | 'SITUATION_INCOMPATIBLE'
  | 'SECTEUR_INEXISTANT' // the secteur option did not exist at the date asked (cotisationsPriseEnCharge)
  | 'CALCUL_INVALIDE'
  | 'EXERCICE_INCONNU';

export class ErreurMoteur extends Error {
  readonly code: CodeErreur;
  readonly details?: Record<string, string>;
  constructor(code: CodeErreur, message: string, details?: Record<string, string>) {
    super(message);
    this.name = 'ErreurMoteur';
    this.code = code;
    if (details) this.details = details;
  }
}

export type CodeErreurSaisie =
  | 'VIDE'
  | 'FORMAT'
  | 'NOTATION_SCIENTIFIQUE'
  | 'SEPARATEURS'
  | 'PARTIE_ENTIERE' // ".5": nothing before the decimal separator
  | 'DECIMALES' // "25,": nothing after it
  | 'DATE_FORMAT' // not jj/mm/aaaa
  | 'DATE_INEXISTANTE' // 31/02/2017, month 13
  | 'DATE_HORS_BORNES' // before 1945 or after 2099
  | 'SIGNES'
  | 'UNITE'
  | 'TROP_GRAND';

export interface ErreurSaisie {
  code: CodeErreurSaisie;
  message: string;
}

export type Resultat<T> = { ok: true; valeur: T } | { ok: false; erreur: ErreurSaisie };
