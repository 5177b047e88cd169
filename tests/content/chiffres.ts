/**
 * The euro amounts and rates a chapter states in its own words, for tests/content/chiffres.test.ts.
 * A figure is a number followed by a unit (€, M€, Md€, euros, %, point(s)). What a `<Param>` wraps
 * and what an `<Exemple>` renders are taken out first: those come from the engine.
 */
import { texteVisibleMdx } from './charger';
import { EXEMPLE } from './exemples-mdx';

/** "1 977,10 €", "28,4 %", "15 Md€", "5 points": digits (thousands with a space), a decimal comma, a unit. */
export const FIGURE = /(?<![\d,.\wÀ-ÿ])\d{1,3}(?:[ \u00A0\u202F]\d{3})*(?:,\d+)?(?:[ \u00A0\u202F]?(?:Md€|M€|€|%)|[ \u00A0\u202F](?:euros?|points?)\b)/g;

/** One spelling for comparisons: every space becomes U+00A0, as the chapters write it. */
export const normaliser = (figure: string) => figure.replace(/[ \u202F]/g, '\u00A0');

/** The value of a figure's number, "1 977,10 €" → "1977.10" → "1977.1", to compare with an Exemple's inputs. */
export function nombreDe(figure: string): string {
  const n = /^[\d \u00A0\u202F]+(?:,\d+)?/
    .exec(figure)![0]
    .replace(/[ \u00A0\u202F]/g, '')
    .replace(',', '.');
  return String(Number(n));
}

export interface FigureTrouvee {
  figure: string;
  /** A little text around it, so a failure says where to look. */
  contexte: string;
}

/** The figures of an MDX body outside `<Param>`, `<Exemple>` and `<Source>` (whose section names are references). */
export function figuresHorsMoteur(corps: string): FigureTrouvee[] {
  const texte = texteVisibleMdx(corps)
    .replace(/<Param\b[^>]*>[\s\S]*?<\/Param>/g, ' ')
    .replace(EXEMPLE, ' ')
    .replace(/<Source\b[^>]*\/>/g, ' ');
  return [...texte.matchAll(FIGURE)].map((m) => ({
    figure: normaliser(m[0]),
    contexte: texte.slice(Math.max(0, m.index - 60), m.index + m[0].length + 20).replace(/\s+/g, ' '),
  }));
}

/**
 * The numbers an `<Exemple>` of the chapter takes as inputs ("60", "40000", "2.5"): a sentence that
 * states the example's data ("un acte à 60 €") repeats what the engine is given, not a result.
 */
export function entreesDesExemples(corps: string): Set<string> {
  const out = new Set<string>();
  for (const m of corps.matchAll(EXEMPLE)) {
    const props = m[1]!.replace(/\b(?:regle|champ|affichage|titre|decimales)=(?:"[^"]*"|\{\d+\})/g, '');
    for (const n of props.matchAll(/(?<![\w-])\d+(?:\.\d+)?(?![\w-])/g)) out.add(String(Number(n[0])));
  }
  return out;
}
