import { getCollection, render, type CollectionEntry } from 'astro:content';

export type ChapitreEntry = CollectionEntry<'chapitres'>;
export interface Section {
  depth: number;
  slug: string;
  text: string;
}

/** All chapters in course order. */
export async function chapitresOrdonnes(): Promise<ChapitreEntry[]> {
  const all = await getCollection('chapitres');
  return all.sort((a, b) => a.data.ordre - b.data.ordre);
}

/** The h2 sections of a chapter, for the sidebar. */
export async function sectionsDe(entry: ChapitreEntry): Promise<Section[]> {
  const { headings } = await render(entry);
  return headings.filter((h) => h.depth === 2);
}

/**
 * Reading time at 200 words a minute (a common figure for reading in French on screen),
 * counted on the MDX source without its tags and expressions.
 */
export function tempsDeLecture(body: string | undefined): number {
  const text = (body ?? '')
    .replace(/^---[\s\S]*?---/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\{[^}]*\}/g, ' ');
  const mots = text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  return Math.max(1, Math.round(mots / 200));
}
