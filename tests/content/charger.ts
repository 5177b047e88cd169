/** Reads the content files as Astro does (same paths, same zod schemas), for the content tests. */
import { readFileSync, readdirSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';

const racine = new URL('../../src/content/', import.meta.url);
const lireJson = (chemin: string): unknown => JSON.parse(readFileSync(new URL(chemin, racine), 'utf8'));

export interface FichierChapitre {
  id: string;
  frontmatter: Record<string, unknown>;
  corps: string;
}

export function chapitres(): FichierChapitre[] {
  return readdirSync(new URL('chapitres/', racine))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const texte = readFileSync(new URL(`chapitres/${f}`, racine), 'utf8');
      const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(texte);
      if (!m) throw new Error(`${f} : en-tête YAML absent`);
      return { id: f.replace(/\.mdx$/, ''), frontmatter: parseYaml(m[1]!) as Record<string, unknown>, corps: m[2]! };
    });
}

export function questionsBrutes(): Array<{ fichier: string; question: Record<string, unknown> }> {
  return readdirSync(new URL('questions/', racine))
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => (lireJson(`questions/${f}`) as Array<Record<string, unknown>>).map((question) => ({ fichier: f, question })));
}

export const glossaireBrut = () => lireJson('glossaire.json') as Array<Record<string, unknown>>;
/** The bibliography registry lives with the engine (src/engine/sources.json), loaded into the `sources` collection from there. */
export const sourcesBrutes = () =>
  JSON.parse(readFileSync(new URL('../../src/engine/sources.json', import.meta.url), 'utf8')) as Array<Record<string, unknown>>;
export const chronologieBrute = () => lireJson('chronologie.json') as Array<Record<string, unknown>>;

/** Every `<Tag attr="value">` use in an MDX body, with its attributes and text children. */
export function usages(corps: string, tag: string): Array<{ attributs: Record<string, string>; enfants: string }> {
  const out: Array<{ attributs: Record<string, string>; enfants: string }> = [];
  const re = new RegExp(`<${tag}\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${tag}>)`, 'g');
  for (const m of corps.matchAll(re)) {
    const attributs: Record<string, string> = {};
    for (const a of m[1]!.matchAll(/(\w+)=(?:"([^"]*)"|\{([^}]*)\})/g)) attributs[a[1]!] = a[2] ?? a[3]!;
    out.push({ attributs, enfants: (m[2] ?? '').trim() });
  }
  return out;
}

/** The `##` headings of an MDX body, in order, outside code fences. */
export function titresNiveau2(corps: string): string[] {
  return corps
    .replace(/```[\s\S]*?```/g, '')
    .split('\n')
    .filter((l) => /^## /.test(l))
    .map((l) => l.slice(3).trim());
}

/**
 * An ordinary space, tab or line break where French typography wants a non-breaking one: before a
 * sign, after «, and as a thousands separator ("1 908", which Intl fr-FR writes with U+202F and
 * the course with U+00A0, so that a number is never split across two lines).
 */
const ESPACE_ORDINAIRE = /[ \t\n](?:€|M€|Md€|%|;|:|!|\?|»)|«[ \t\n]|\d (?=\d{3}(?!\d))/g;

/** Every occurrence, with a little context, so a failure says where to look. */
export function fautesTypographiques(texte: string): string[] {
  return [...texte.matchAll(ESPACE_ORDINAIRE)].map((m) => `…${texte.slice(Math.max(0, m.index - 25), m.index + 10)}…`);
}

/**
 * The part of an MDX file a reader sees as text: code (fenced or inline), URLs and table
 * alignment rows are syntax, not prose, and may legitimately hold " :" or ":-".
 */
export function texteVisibleMdx(mdx: string): string {
  return mdx
    .replace(/```[\s\S]*?```/g, '')
    .replace(/`[^`\n]*`/g, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/https?:\/\/[^\s"')>]+/g, '')
    .replace(/^\|(?:\s*:?-+:?\s*\|)+\s*$/gm, '');
}
