import { z } from 'astro/zod';
import { THEMES, type Theme } from '../../engine/themes';

/** Chapter ids, in reading order. A chapter file `src/content/chapitres/<id>.mdx` must exist for each. */
export const CHAPITRES = ['introduction', 'histoire', 'depassements', 'contrat', 'medecin-traitant', 'conventions-aujourdhui'] as const;
export const chapitreId = z.enum(CHAPITRES);
export type ChapitreId = z.infer<typeof chapitreId>;

/** Themes of the question bank and of the chapters: the one list, with its labels, is the engine's (src/engine/themes.ts). */
export const theme = z.enum(THEMES);
export type { Theme };

/**
 * Where a fact comes from. `document` is `isnar` (Guide ISNAR-IMG 2017), `cdc` (Cour des comptes 2022)
 * or the id of another entry of the `sources` collection (a public source beyond the guide).
 * `section` as the document numbers it: "§3.1", "III-C", "tableau n° 23", "annexe 5.2"…
 */
export const sourceRef = z.object({
  document: z.string().min(2),
  section: z.string().min(1),
});
export type SourceRef = z.infer<typeof sourceRef>;
