/**
 * Trace builder (Publicodes-style "the result is the explanation").
 *
 * A rule never computes outside the builder: every input, parameter lookup,
 * operation, bracket choice, condition and rounding goes through a method that
 * both computes the value and records the step. The operands an operation
 * shows are exactly the values its `calcul` receives, so the printed
 * explanation cannot drift from the number.
 */
import { Decimal, MODES_ARRONDI, type ModeArrondi, estFini } from './decimal.js';
import { ErreurMoteur } from './errors.js';
import { formatEuros, formatTaux, formatNombre } from './francais.js';
import { formatDate } from './dates.js';
import { parametre } from './parametres/registre.js';
import type { SourceRef } from './parametres/types.js';

export type Unite = 'euros' | 'taux' | 'nombre' | 'points';

export interface Grandeur {
  nom: string;
  valeur: Decimal;
  unite: Unite;
}

export type GenreEtape = 'entree' | 'parametre' | 'operation' | 'tranche' | 'condition' | 'arrondi' | 'note';

/**
 * A number of the trace, kept as a value with its unit (Publicodes: the explanation keeps values);
 * it becomes text only on display, through `formatValeurEtape`.
 */
export interface ValeurEtape {
  valeur: Decimal;
  unite: Unite;
  /** An exact ratio as the parameter writes it ("2/3"): shown instead of its decimal expansion. */
  fraction?: string;
}

export interface Operande extends ValeurEtape {
  nom: string;
}

export interface Etape {
  genre: GenreEtape;
  libelle: string;
  formule: string;
  operandes: Operande[];
  /** The value the step computes or reads; absent for a bracket choice, a condition or a note. */
  resultat?: ValeurEtape;
  /** `tranche`: the label of the bracket chosen. */
  tranche?: string;
  /** `condition`: whether the test holds. */
  verifiee?: boolean;
  source?: SourceRef;
  /** Id in `ambiguites` when this step depends on a reading of an ambiguous source. */
  ambiguite?: string;
  /** True when the step uses a fact from outside the two source documents. */
  externe?: boolean;
}

export interface OptionsEtape {
  source?: SourceRef;
  ambiguite?: string;
  externe?: boolean;
}

/** A value computed under another defensible reading of an ambiguous source. */
export interface Lecture {
  ambiguite: string;
  libelle: string;
  /** null when the reading leaves the value undetermined. */
  valeur: Decimal | null;
  explication?: string;
}

export interface ResultatRegle {
  valeur: Decimal;
  unite: Unite;
  etapes: Etape[];
  autresLectures: Lecture[];
}

export function formatGrandeur(valeur: Decimal, unite: Unite): string {
  switch (unite) {
    case 'euros':
      return formatEuros(valeur);
    case 'taux':
      return formatTaux(valeur);
    case 'points':
      return `${formatNombre(valeur)}\u00A0point${valeur.abs().greaterThan(1) ? 's' : ''}`;
    default:
      return formatNombre(valeur);
  }
}

/** "25,00 €", "17,5 %", "2/3": a trace's number as the reader sees it (format last). */
export function formatValeurEtape(v: ValeurEtape): string {
  return v.fraction ?? formatGrandeur(v.valeur, v.unite);
}

/** The text after « = » in a displayed step: its value, the bracket chosen, « oui »/« non », or nothing. */
export function texteResultat(e: Etape): string {
  if (e.resultat) return formatValeurEtape(e.resultat);
  if (e.tranche !== undefined) return e.tranche;
  if (e.verifiee !== undefined) return e.verifiee ? 'oui' : 'non';
  return '';
}

function verifierFini(nom: string, v: Decimal): Decimal {
  if (!estFini(v)) {
    throw new ErreurMoteur('CALCUL_INVALIDE', `Le calcul de « ${nom} » ne donne pas un nombre fini (division par zéro ?).`, { nom });
  }
  return v;
}

function options(o?: OptionsEtape): OptionsEtape {
  const r: OptionsEtape = {};
  if (o?.source) r.source = o.source;
  if (o?.ambiguite) r.ambiguite = o.ambiguite;
  if (o?.externe) r.externe = true;
  return r;
}

export class Trace {
  readonly etapes: Etape[] = [];

  private operandes(gs: Grandeur[]): Operande[] {
    return gs.map((g) => ({ nom: g.nom, valeur: g.valeur, unite: g.unite }));
  }

  /** A value given by the user or the exercise. */
  entree(nom: string, valeur: Decimal, unite: Unite, opts?: OptionsEtape): Grandeur {
    const g = { nom, valeur: verifierFini(nom, valeur), unite };
    this.etapes.push({ genre: 'entree', libelle: nom, formule: 'donnée', operandes: [], resultat: { valeur, unite }, ...options(opts) });
    return g;
  }

  /** A dated parameter, with its source; `nom` defaults to the parameter's label. */
  parametre(id: string, date: string, nom?: string, opts?: OptionsEtape): Grandeur {
    const p = parametre(id, date);
    const unite: Unite = p.unite;
    const g = { nom: nom ?? p.libelle, valeur: p.valeur, unite };
    this.etapes.push({
      genre: 'parametre',
      libelle: g.nom,
      // The step names the parameter by its French label (libelle); its id stays internal.
      formule: `valeur en vigueur au ${formatDate(date)} (depuis le ${formatDate(p.depuis)})`,
      operandes: [],
      resultat: { valeur: p.valeur, unite, ...(p.brut.includes('/') ? { fraction: p.brut } : {}) },
      source: p.source,
      ...(opts?.ambiguite ? { ambiguite: opts.ambiguite } : {}),
      ...(p.externe ? { externe: true } : {}),
    });
    return g;
  }

  /** An arithmetic step: `calcul` receives the operands' values in order. */
  operation(nom: string, formule: string, operandes: Grandeur[], calcul: (...v: Decimal[]) => Decimal, unite: Unite, opts?: OptionsEtape): Grandeur {
    const valeur = verifierFini(nom, calcul(...operandes.map((o) => o.valeur)));
    this.etapes.push({
      genre: 'operation',
      libelle: nom,
      formule,
      operandes: this.operandes(operandes),
      resultat: { valeur, unite },
      ...options(opts),
    });
    return { nom, valeur, unite };
  }

  /**
   * Chooses the bracket of `g`: the first whose upper bound (`jusqua`, inclusive
   * unless `strict`) is not exceeded; the last bracket has no bound.
   */
  tranche(libelle: string, g: Grandeur, tranches: Array<{ libelle: string; jusqua?: Grandeur; strict?: boolean }>, opts?: OptionsEtape): number {
    let i = tranches.findIndex((t) =>
      t.jusqua === undefined ? true : t.strict ? g.valeur.lessThan(t.jusqua.valeur) : g.valeur.lessThanOrEqualTo(t.jusqua.valeur),
    );
    if (i < 0) i = tranches.length - 1;
    const bornes = tranches.filter((t) => t.jusqua).map((t) => t.jusqua as Grandeur);
    this.etapes.push({
      genre: 'tranche',
      libelle,
      formule: tranches.map((t) => t.libelle).join(' ; '),
      operandes: this.operandes([g, ...bornes]),
      tranche: tranches[i]?.libelle ?? '',
      ...options(opts),
    });
    return i;
  }

  /** A yes/no test on values; the test receives the operands' values in order. */
  condition(libelle: string, formule: string, operandes: Grandeur[], test: (...v: Decimal[]) => boolean, opts?: OptionsEtape): boolean {
    const r = test(...operandes.map((o) => o.valeur));
    this.etapes.push({ genre: 'condition', libelle, formule, operandes: this.operandes(operandes), verifiee: r, ...options(opts) });
    return r;
  }

  /** A named rounding: the only place where precision is dropped. */
  arrondi(g: Grandeur, mode: ModeArrondi, nom?: string, opts?: OptionsEtape): Grandeur {
    const m = MODES_ARRONDI[mode];
    const valeur = m.appliquer(g.valeur);
    const n = nom ?? `${g.nom} (arrondi)`;
    this.etapes.push({
      genre: 'arrondi',
      libelle: n,
      formule: m.libelle, // the mode's French name, not its id
      operandes: this.operandes([g]),
      resultat: { valeur, unite: g.unite },
      ...options(opts),
    });
    return { nom: n, valeur, unite: g.unite };
  }

  /** A statement with no computation: which reading was taken, what the source says. */
  note(libelle: string, texte: string, opts?: OptionsEtape): void {
    this.etapes.push({ genre: 'note', libelle, formule: texte, operandes: [], ...options(opts) });
  }

  /** Same value under a new name, recorded (e.g. "base de remboursement = tarif opposable"). */
  retenir(nom: string, g: Grandeur, pourquoi: string, opts?: OptionsEtape): Grandeur {
    this.etapes.push({
      genre: 'operation',
      libelle: nom,
      formule: pourquoi,
      operandes: this.operandes([g]),
      resultat: { valeur: g.valeur, unite: g.unite },
      ...options(opts),
    });
    return { nom, valeur: g.valeur, unite: g.unite };
  }

  resultat(g: Grandeur, autresLectures: Lecture[] = []): ResultatRegle {
    return { valeur: g.valeur, unite: g.unite, etapes: this.etapes, autresLectures };
  }
}
