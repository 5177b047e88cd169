/** Shapes of dated, sourced parameters (OpenFisca-style: values keyed by effective date). */

/** Where a value comes from. `document` is 'isnar', 'cdc' or the id of an external source (see sources.ts). */
export interface SourceRef {
  document: string;
  section: string;
  url?: string;
}

export type UniteParametre = 'euros' | 'taux' | 'nombre';

export interface Periode {
  /** First day the value applies, 'YYYY-MM-DD'. */
  depuis: string;
  /** Decimal string; rates are fractions ('0.175' = 17,5 %); an exact ratio may be written 'a/b' ('2/3'). */
  valeur: string;
  source: SourceRef;
  /** True when the value comes from outside the two source documents (course marks it so). */
  externe?: boolean;
  note?: string;
  /**
   * OpenFisca's `last_value_still_valid_on`, per period: the last day a cited source attests this
   * value. Between that day and the next period the value is unknown (a change happened at a date no
   * cited source gives), so `parametre()` refuses those dates (VALEUR_INCONNUE) instead of showing a
   * stale value as current.
   */
  attesteeJusquau?: { date: string; source: SourceRef; pourquoi: string };
}

export interface DefinitionParametre {
  id: string;
  libelle: string;
  unite: UniteParametre;
  /** Increasing `depuis`. */
  periodes: Periode[];
  /** Why nothing is known before the first period (French, shown in the DATE_ANTERIEURE error). */
  avantPremierePeriode?: string;
  /** Ambiguity ids (see ambiguites.ts) that bear on this parameter. */
  ambiguites?: string[];
}
