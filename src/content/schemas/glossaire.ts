import { z } from 'astro/zod';
import { chapitreId, sourceRef } from './common';

/** A glossary entry (`src/content/glossaire.json`). `id` is the anchor on /glossaire/ and what `<Terme id>` links to. */
export const termeSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** As written in the sources: "OPTAM", "Dépassement autorisé". */
  terme: z.string().min(1),
  /** Expansion of an acronym ("Option de pratique tarifaire maîtrisée"); absent for a plain term. */
  developpe: z.string().optional(),
  /** Short definition, one to three sentences. */
  definition: z.string().min(10),
  /** Chapters where the term appears. */
  chapitres: z.array(chapitreId).min(1),
  source: sourceRef.optional(),
});
export type Terme = z.infer<typeof termeSchema>;
