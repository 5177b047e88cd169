import { z } from 'astro/zod';
import { chapitreId, sourceRef } from './common';

/** An event of the 1945–2016 timeline (`src/content/chronologie.json`), in chronological order. */
export const evenementSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  annee: z.number().int().min(1900).max(2100),
  /** Precise date when the source gives it (YYYY-MM-DD). */
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  titre: z.string().min(3),
  description: z.string().min(10),
  themes: z.array(z.enum(['assurance-maladie', 'conventions', 'secteurs', 'medecin-traitant'])).min(1),
  /** Where the course explains it: chapter id and heading anchor (the slug Astro gives the heading). */
  chapitre: chapitreId,
  ancre: z.string().optional(),
  source: sourceRef,
});
export type Evenement = z.infer<typeof evenementSchema>;
