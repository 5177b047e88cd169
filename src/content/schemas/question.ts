import { z } from 'astro/zod';
import { chapitreId, sourceRef, theme } from './common';

/**
 * A question of the bank. Written once, used by the chapter quizzes, the self-assessment,
 * the printed sheets and the LMS exports. `id` is stable forever: learner progress is keyed by it.
 */
const base = z.object({
  /** Stable id, `<chapitre>-<short-slug>`, lower case ASCII. Never rename: progress is keyed by it. */
  id: z.string().regex(/^[a-z0-9-]+$/, 'id en minuscules ASCII et tirets'),
  chapitre: chapitreId,
  theme,
  /** The question, in French. */
  enonce: z.string().min(10),
  /** Shown after answering: why the answer is what it is. */
  explication: z.string().min(20),
  /** Where the answer comes from. */
  source: sourceRef,
});

const option = z.object({ texte: z.string().min(1), correct: z.boolean() });

export const questionSchema = z.discriminatedUnion('type', [
  /** Exactly one correct option (checked by tests/content). */
  base.extend({ type: z.literal('choix-unique'), options: z.array(option).min(3).max(6) }),
  /** At least two correct options (checked by tests/content). */
  base.extend({ type: z.literal('choix-multiple'), options: z.array(option).min(3).max(8) }),
  base.extend({ type: z.literal('vrai-faux'), reponse: z.boolean() }),
  /** Pairs in their correct matching; the widget shuffles the right-hand side. */
  base.extend({
    type: z.literal('association'),
    paires: z
      .array(z.object({ gauche: z.string().min(1), droite: z.string().min(1) }))
      .min(3)
      .max(8),
  }),
  /** Elements in their correct order; the widget shuffles them. */
  base.extend({ type: z.literal('ordre'), elements: z.array(z.string().min(1)).min(3).max(8) }),
]);
export type Question = z.infer<typeof questionSchema>;
export type TypeQuestion = Question['type'];
