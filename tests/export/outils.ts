/** Shared by the export tests: the bank as Astro loads it, the chapters in course order, HTML → text. */
import { questionSchema, type Question } from '../../src/content/schemas/question';
import { chapitres, questionsBrutes } from '../content/charger';
import { citations, exercice, type Decimal } from '../../src/engine';

export const banque: Question[] = questionsBrutes().map((b) => questionSchema.parse(b.question));

export const chapitresCours = chapitres()
  .map((c) => ({ id: c.id, titre: String(c.frontmatter.titre), ordre: Number(c.frontmatter.ordre) }))
  .sort((a, b) => a.ordre - b.ordre)
  .map(({ id, titre }) => ({ id, titre }));

export const optionsCours = { chapitres: chapitresCours, citations };

/** HTML text content → text: tags dropped, the three entities the exports write decoded (in one pass). */
export function texteDe(html: string): string {
  return html.replace(/<[^>]+>/g, '').replace(/&(amp|lt|gt);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>' })[e]!);
}

/** The paragraphs of an HTML fragment, as text. */
export function paragraphes(html: string): string[] {
  return [...html.matchAll(/<p>(.*?)<\/p>/gs)].map((m) => texteDe(m[1]!));
}

/** A number (in the LMS unit: euros, or % for a rate) accepted by a set of Moodle/GIFT numeric answers « value ± tolerance ». */
export function accepte(reponses: ReadonlyArray<{ valeur: number; tolerance: number }>, x: number): boolean {
  // Moodle compares with a relative epsilon around the bounds; 1e-9 covers the float reading of « 35.245 ».
  return reponses.some((r) => Math.abs(x - r.valeur) <= r.tolerance + 1e-9);
}

/**
 * The engine's verdict on a number typed in the LMS unit, and the points where the exported answers
 * must agree with it: the solution, ± the tolerance, ± half of it, ± twice it.
 */
export function pointsDeControle(type: string, graine: number) {
  const k = exercice(type);
  const p = k.generate(graine);
  const sol = k.solve(p);
  const enLms = (d: Decimal) => (sol.unite === 'taux' ? d.mul(100) : d);
  const tol = k.grade(p, enLms(sol.valeur).toFixed()).tolerance.correct;
  const points = [0, 1, -1, 0.5, -0.5, 2, -2].map((f) => sol.valeur.plus(tol.mul(f)));
  return points.map((d) => ({ x: Number(enLms(d).toFixed()), correct: k.grade(p, enLms(d).toFixed()).verdict === 'correct' }));
}
