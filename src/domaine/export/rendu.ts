/**
 * The HTML both formats carry (Moodle XML in CDATA, GIFT in `[html]` text): statements, explanations
 * with their cited source, and the engine's worked solution. Plain HTML elements without attributes,
 * every text escaped. Also the category paths and the canonical order shared by both formats.
 */
import { citer, CITATIONS_DOCUMENTS, formatValeurEtape, LIBELLES_THEMES, listeExercices, texteResultat, type Citations, type Etape } from '../../engine';
import type { Question } from '../../content/schemas/question';
import { echapperHtml as h } from './echapper';
import { rangTheme, type ContenuExport, type VarianteCalculee } from './contenu';

export interface OptionsExport {
  /** Chapters in the course's order, with their titles (category names). Unknown chapters come after, by id. */
  chapitres?: ReadonlyArray<{ id: string; titre: string }>;
  /** Citation of each source id (the bibliography's); without it, sources beyond the two documents read « source publique hors du guide ». */
  citations?: Citations;
  /**
   * How an ordering question is written in Moodle XML: Moodle's `ordering` type (core since Moodle 4.4, a
   * plugin before), or a matching question « position → element » for a Moodle without it. GIFT has
   * no ordering type: it always uses the matching fallback.
   */
  ordre?: 'ordering' | 'association';
}

export const RACINE_CATEGORIE = '$course$/Secteurs';
export const CATEGORIE_EXERCICES = 'Exercices chiffrés';

export function citationsDe(o: OptionsExport): Citations {
  return o.citations ?? CITATIONS_DOCUMENTS;
}

/** Category path segments of a question: chapter, then theme. */
export function categorieQuestion(q: Question, o: OptionsExport): string[] {
  const titre = o.chapitres?.find((c) => c.id === q.chapitre)?.titre ?? q.chapitre;
  return [titre, LIBELLES_THEMES[q.theme]];
}

/** Category path segments of an exercise variant: one category per kind, so a quiz can draw « a random question » of a kind. */
export function categorieVariante(v: Pick<VarianteCalculee, 'theme' | 'titre'>): string[] {
  return [CATEGORIE_EXERCICES, LIBELLES_THEMES[v.theme], v.titre];
}

/**
 * Stable order: questions by chapter (course order), theme (canonical order), then as given; exercise
 * variants by theme, kind (engine order), then as given. Same input → same output, byte for byte.
 */
export function ordonner(c: ContenuExport, o: OptionsExport): ContenuExport {
  const rangChapitre = (id: string) => {
    const i = o.chapitres?.findIndex((ch) => ch.id === id) ?? -1;
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  const kinds = listeExercices().map((k) => k.id);
  const questions = c.questions
    .map((q, i) => ({ q, i }))
    .sort(
      (a, b) =>
        rangChapitre(a.q.chapitre) - rangChapitre(b.q.chapitre) ||
        a.q.chapitre.localeCompare(b.q.chapitre) ||
        rangTheme(a.q.theme) - rangTheme(b.q.theme) ||
        a.i - b.i,
    )
    .map((x) => x.q);
  const exercices = c.exercices
    .map((e, i) => ({ e, i }))
    .sort((a, b) => rangTheme(a.e.theme) - rangTheme(b.e.theme) || kinds.indexOf(a.e.type) - kinds.indexOf(b.e.type) || a.i - b.i)
    .map((x) => x.e);
  return { questions, exercices };
}

export const paragraphe = (texte: string) => `<p>${h(texte)}</p>`;

/** The explanation shown after answering, then its source, cited as everywhere in the course (`citer`). */
export function htmlExplication(q: Question, o: OptionsExport): string {
  return `${paragraphe(q.explication)}<p>Source\u00a0: ${h(citer(q.source, citationsDe(o)))}</p>`;
}

/** A numeric variant's statement, with how to type the answer. */
export function htmlEnonceVariante(v: VarianteCalculee): string {
  const consigne =
    v.unite === 'euros'
      ? 'Répondez par un nombre, en euros (sans le symbole €).'
      : 'Répondez par un nombre, en pourcentage (par exemple 17,5 pour 17,5\u00a0%).';
  return `${paragraphe(v.enonce)}${paragraphe(consigne)}`;
}

/** The engine's trace as an ordered list: each step's label, formula with operands, result and source — as the course's Trace component shows it. */
export function htmlTrace(etapes: readonly Etape[], citations: Citations): string {
  const items = etapes.map((e) => {
    let li = `<strong>${h(e.libelle)}</strong>`;
    if (e.externe) li += ' (hors du guide)';
    if (e.formule && e.genre !== 'entree') {
      li += `\u00a0: ${h(e.formule)}`;
      if (e.operandes.length > 0) li += ` avec ${h(e.operandes.map((op) => `${op.nom} = ${formatValeurEtape(op)}`).join(' ; '))}`;
    }
    const resultat = texteResultat(e);
    if (resultat) li += ` = <strong>${h(resultat)}</strong>`;
    // A sentence ends once: some labels and formulas already end with a full stop.
    const fin = () => (li.endsWith('.') ? ' ' : '. ');
    if (e.source) li += `${fin()}Source\u00a0: ${h(citer(e.source, citations))}`;
    if (e.ambiguite) li += `${fin()}Cette étape dépend de la lecture d’un passage ambigu des sources (ambiguïté ${h(e.ambiguite)} du cours, page Barèmes).`;
    return `<li>${li}</li>`;
  });
  return `<ol>${items.join('')}</ol>`;
}

/** General feedback of a variant: the expected answer, the tolerance, and the worked solution. */
export function htmlCorrige(v: VarianteCalculee, o: OptionsExport): string {
  return `<p>Réponse attendue\u00a0: <strong>${h(v.attendu)}</strong>. ${h(v.descriptionTolerance)}</p><p>La solution pas à pas\u00a0:</p>${htmlTrace(v.etapes, citationsDe(o))}`;
}

/**
 * Percentages (Moodle's `fraction`, GIFT's `%…%`) of `k` answers sharing `total` (100 or −100), as
 * strings with 5 decimals whose sum is exactly `total`: 100 = 33.33334 + 33.33333 + 33.33333.
 * Each is within 10⁻⁷ (as a fraction) of 1/k, which Moodle lists for every k ≤ 10 (MOODLE_FRACTIONS).
 */
export function repartir(total: 100 | -100, k: number): string[] {
  if (!Number.isInteger(k) || k < 1 || k > 10) throw new RangeError(`Répartition impossible en ${k} parts.`);
  const unites = 10_000_000; // 100 in units of 10⁻⁵
  const base = Math.floor(unites / k);
  const reste = unites - base * k;
  return Array.from({ length: k }, (_, i) => {
    const u = base + (i < reste ? 1 : 0);
    const s = `${Math.floor(u / 100000)}.${String(u % 100000).padStart(5, '0')}`.replace(/\.?0+$/, '');
    return total < 0 ? `-${s}` : s;
  });
}

/**
 * The grade fractions Moodle accepts on import (question/engine/bank.php, `fraction_options_full`:
 * p/q for q ≤ 6, p/10, 1/q for q ≤ 10, 1/20, and their negatives; matched within 10⁻⁵ by
 * lib/questionlib.php `match_grade_options` when « Correspondance des notes » is « erreur »).
 */
export const MOODLE_FRACTIONS: readonly number[] = (() => {
  const positives = [1, 0.9, 0.8333333, 0.8, 0.75, 0.7, 0.6666667, 0.6, 0.5, 0.4, 0.3333333, 0.3, 0.25, 0.2, 0.1666667, 0.1428571, 0.125, 0.1111111, 0.1, 0.05];
  return [0, ...positives, ...positives.map((f) => -f)];
})();

/** Ordinal label of a position, for the ordering fallback: « 1er », « 2e »… */
export const position = (i: number) => (i === 0 ? '1er' : `${i + 1}e`);
