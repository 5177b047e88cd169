import { z } from 'astro/zod';

/** A bibliography entry (`src/content/sources.json`). `id` is what `sourceRef.document` names. */
export const sourceSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** `principale`: one of the two source documents; `juridique`: a legal text they cite; `publique`: a public source used beyond them. */
  type: z.enum(['principale', 'juridique', 'publique']),
  titre: z.string().min(3),
  auteur: z.string().optional(),
  /** Date or year as the document gives it. */
  date: z.string().optional(),
  url: z.url().optional(),
  /** What the course takes from it. */
  usage: z.string().min(5),
  /** Verification status, for public sources (SOURCES-NOTES part 2): `verifie`, `source-unique`, `non-verifie`. */
  statut: z.enum(['verifie', 'source-unique', 'non-verifie']).optional(),
  /** How the source is cited in text: "Guide ISNAR-IMG 2017". */
  citation: z.string().min(3),
});
export type Source = z.infer<typeof sourceSchema>;
