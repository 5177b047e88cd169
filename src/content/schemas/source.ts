import { z } from 'astro/zod';
import type { EntreeSource } from '../../engine';

/**
 * An entry of the bibliography registry, src/engine/sources.json (the engine reads it as
 * `EntreeSource`, the `sources` collection validates it with this schema). `id` is what
 * `sourceRef.document` names.
 */
export const sourceSchema = z
  .object({
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
    /**
     * Verification status of a public source, shown on the sources page: `verifie` (checked
     * against the text or concordant sources), `source-unique` (a single secondary source), `non-verifie`.
     */
    statut: z.enum(['verifie', 'source-unique', 'non-verifie']).optional(),
    /** How the source is cited in text. The two documents have none here: see CITATIONS_DOCUMENTS (src/engine/citer.ts). */
    citation: z.string().min(3).optional(),
  })
  .refine((s) => (s.type === 'principale') === (s.citation === undefined), {
    message: 'Une source a une « citation », sauf les deux documents principaux (cités par CITATIONS_DOCUMENTS, src/engine/citer.ts).',
  });
export type Source = z.infer<typeof sourceSchema>;

// The engine's type and this schema describe the same file: a drift between them fails `astro check`.
const memeForme: EntreeSource = {} as Source;
void memeForme;
