import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { readdir, readFile } from 'node:fs/promises';
import { chapitreSchema } from './content/schemas/chapitre';
import { questionSchema } from './content/schemas/question';
import { termeSchema } from './content/schemas/glossaire';
import { sourceSchema } from './content/schemas/source';
import { evenementSchema } from './content/schemas/evenement';

const QUESTIONS_DIR = new URL('./content/questions/', import.meta.url);

/**
 * The question bank is one JSON file per chapter (an array of questions), so an author sees a
 * chapter's questions together; each question becomes one entry, validated on its own.
 */
async function loadQuestions() {
  const files = (await readdir(QUESTIONS_DIR)).filter((f) => f.endsWith('.json')).sort();
  const entries: Array<Record<string, unknown> & { id: string }> = [];
  for (const name of files) {
    const parsed: unknown = JSON.parse(await readFile(new URL(name, QUESTIONS_DIR), 'utf8'));
    if (!Array.isArray(parsed)) throw new Error(`src/content/questions/${name} : le fichier doit contenir un tableau de questions.`);
    for (const q of parsed) entries.push(q);
  }
  const seen = new Set<string>();
  for (const q of entries) {
    if (seen.has(q.id)) throw new Error(`Question en double : l'id « ${q.id} » est utilisé deux fois.`);
    seen.add(q.id);
  }
  return entries;
}

export const collections = {
  chapitres: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './src/content/chapitres' }),
    schema: chapitreSchema,
  }),
  questions: defineCollection({ loader: loadQuestions, schema: questionSchema }),
  glossaire: defineCollection({ loader: file('src/content/glossaire.json'), schema: termeSchema }),
  sources: defineCollection({ loader: file('src/engine/sources.json'), schema: sourceSchema }),
  chronologie: defineCollection({ loader: file('src/content/chronologie.json'), schema: evenementSchema }),
};
