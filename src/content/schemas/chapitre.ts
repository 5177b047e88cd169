import { z } from 'astro/zod';
import { sourceRef, theme } from './common';

/** Frontmatter of a chapter (`src/content/chapitres/<id>.mdx`). The file name is the chapter id. */
export const chapitreSchema = z.object({
  /** Full title, shown as the page's h1. */
  titre: z.string().min(3),
  /** Short title for the sidebar and previous/next links. */
  titreCourt: z.string().min(2),
  /** Position in the course, from 1. */
  ordre: z.number().int().min(1),
  /** One or two sentences: shown on the home page and as the meta description. */
  description: z.string().min(20),
  /** Learning objectives, each an infinitive clause ("Distinguer le DE du DA"). */
  objectifs: z.array(z.string().min(5)).min(2),
  /** The source sections the chapter covers, so a reader of the guide finds their way. */
  sourcesCouvertes: z.array(sourceRef).min(1),
  /** Main theme of the chapter (used by the self-assessment to link back). */
  theme: theme.optional(),
});
export type Chapitre = z.infer<typeof chapitreSchema>;
