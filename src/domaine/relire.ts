/**
 * "Which chapter section to reread" after a missed question or exercise: pure functions over the
 * chapters' level-2 headings and MDX bodies. The self-assessment page (src/pages/auto-evaluation.astro)
 * gathers the chapters at build time and hands the resulting links to the island.
 */

/** A link "to reread": base-aware href and its text. */
export interface Lien {
  href: string;
  libelle: string;
}

export interface ChapitreARelire {
  id: string;
  titreCourt: string;
  theme?: string;
  /** The chapter's MDX source (to find where an exercise is embedded). */
  corps: string;
  /** Its level-2 headings, in order. */
  sections: ReadonlyArray<{ text: string; slug: string }>;
}

/** Base-aware link to a chapter, or to one of its sections (src/lib/url.ts `chapitreHref`). */
export type LienChapitre = (id: string, ancre?: string) => string;

const versChapitre = (c: ChapitreARelire, lien: LienChapitre): Lien => ({ href: lien(c.id), libelle: `le chapitre « ${c.titreCourt} »` });
const versSection = (c: ChapitreARelire, h: { text: string; slug: string }, lien: LienChapitre): Lien => ({
  href: lien(c.id, h.slug),
  libelle: `${c.titreCourt}, « ${h.text} »`,
});

/**
 * "§4.1" (the guide) → the h2 "4.1 …" of the question's chapter, or else of the chapter that has it
 * (the guide's numbering is unique); "II-B-3" (Cour des comptes) → the first h2 "II. …" of the
 * question's chapter; otherwise the question's chapter itself. Null for an unknown chapter.
 */
export function sectionPourSource(chapitres: readonly ChapitreARelire[], chapitre: string, document: string, section: string, lien: LienChapitre): Lien | null {
  const c = chapitres.find((x) => x.id === chapitre);
  if (!c) return null;
  const numero = document === 'isnar' ? section.match(/^§\s*(\d+(?:\.\d+)*)/)?.[1] : undefined;
  const romain = document === 'cdc' ? section.match(/^([IVX]+)(?:-|$)/)?.[1] : undefined;
  const chercher = (x: ChapitreARelire) =>
    (numero && x.sections.find((s) => s.text.startsWith(`${numero} `))) ||
    (romain && x.id === chapitre && x.sections.find((s) => s.text.startsWith(`${romain}. `))) ||
    null;
  let ou = c;
  let h = chercher(c);
  if (!h && numero) {
    for (const x of chapitres) {
      h = chercher(x);
      if (h) {
        ou = x;
        break;
      }
    }
  }
  return h ? versSection(ou, h, lien) : versChapitre(c, lien);
}

/**
 * An exercise kind → the section of the chapter that embeds it (`<Exercice type="…">`, chapters of its
 * theme first), else the chapter of its theme. Null when no chapter has that theme.
 */
export function sectionPourExercice(chapitres: readonly ChapitreARelire[], kind: { id: string; theme: string }, lien: LienChapitre): Lien | null {
  const candidats = [...chapitres].sort((a, b) => Number(b.theme === kind.theme) - Number(a.theme === kind.theme));
  const balise = new RegExp(`<Exercice\\b[^>]*\\btype=["']${kind.id}["']`);
  for (const c of candidats) {
    const m = balise.exec(c.corps);
    if (!m) continue;
    const avant = c.corps.slice(0, m.index).match(/^## /gm)?.length ?? 0;
    const h = avant > 0 ? c.sections[avant - 1] : undefined;
    return h ? versSection(c, h, lien) : versChapitre(c, lien);
  }
  const c = chapitres.find((x) => x.theme === kind.theme);
  return c ? versChapitre(c, lien) : null;
}

/** Every question's and every exercise kind's link to reread (those without one are left out). */
export function liensARelire(
  chapitres: readonly ChapitreARelire[],
  questions: ReadonlyArray<{ id: string; chapitre: string; source: { document: string; section: string } }>,
  kinds: ReadonlyArray<{ id: string; theme: string }>,
  lien: LienChapitre,
): { relireQuestions: Record<string, Lien>; relireExercices: Record<string, Lien> } {
  const relireQuestions: Record<string, Lien> = {};
  for (const q of questions) {
    const l = sectionPourSource(chapitres, q.chapitre, q.source.document, q.source.section, lien);
    if (l) relireQuestions[q.id] = l;
  }
  const relireExercices: Record<string, Lien> = {};
  for (const k of kinds) {
    const l = sectionPourExercice(chapitres, k, lien);
    if (l) relireExercices[k.id] = l;
  }
  return { relireQuestions, relireExercices };
}
