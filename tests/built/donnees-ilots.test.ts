/**
 * The chapter quiz and the timeline carry their data in a static JSON file, not in their island's
 * `props` attribute (issue #12: the data was in each chapter page twice, rendered and serialized).
 * What to look for comes from the content files (src/content/questions/, src/content/chronologie.json),
 * not from the built pages.
 */
import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASE, DOSSIER, lire } from './html';
import { chapitres, chronologieBrute, questionsBrutes } from '../content/charger';
import { urlVersionnee } from '../../src/lib/donnees-ilots';

const decoder = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The decoded `props` attribute of every island of a page. */
const propsDesIlots = (html: string) => [...html.matchAll(/<astro-island\b[^>]*?\sprops="([^"]*)"/g)].map((m) => decoder(m[1]!));

/** A text as it would appear inside a JSON string in the props (quotes and backslashes escaped). */
const enJson = (texte: string) => JSON.stringify(texte).slice(1, -1);

interface QuestionBrute {
  id: string;
  chapitre: string;
  enonce: string;
  explication: string;
  source: { document: string };
}
const questions = questionsBrutes().map((q) => q.question as unknown as QuestionBrute);
const evenements = chronologieBrute() as Array<{ id: string; annee: number; titre: string; description: string }>;

/**
 * The texts proper to a question: its statement and its explanation. (Answer texts are left out: a
 * short one, « Avis ponctuel de consultant », is also a calculator's option, legitimately in its props.)
 */
const textesDe = (q: QuestionBrute) => [q.enonce, q.explication];
const textesChronologie = evenements.flatMap((e) => [e.titre, e.description]);

const pageDuChapitre = (id: string) => join('chapitres', id, 'index.html');
const lireJson = (chemin: string): unknown => JSON.parse(readFileSync(join(DOSSIER, chemin), 'utf8'));
/** Ids of the elements `<tag id="prefix…">` of the page, in document order, without the prefix. */
const idsAffiches = (html: string, tag: string, prefixe: string) =>
  [...html.matchAll(new RegExp(`<${tag}\\b[^>]*\\sid="${prefixe}([^"]+)"`, 'g'))].map((m) => m[1]!);

describe('données des îlots hors des props', () => {
  test('les questions et la chronologie de la banque sont bien trouvées dans le contenu (garde-fou du test)', () => {
    expect(questions.length).toBeGreaterThan(50);
    expect(evenements.length).toBeGreaterThan(20);
  });

  for (const c of chapitres()) {
    test(`${c.id} : aucun texte de question ni événement de la chronologie dans les props des îlots`, () => {
      const props = propsDesIlots(lire(pageDuChapitre(c.id))).join('\n');
      const trouves = [...questions.flatMap(textesDe), ...textesChronologie].filter((t) => props.includes(enJson(t)));
      expect(trouves).toEqual([]);
    });
  }

  for (const c of chapitres()) {
    test(`${c.id} : chaque îlot client:donnees donne à son composant l’URL de son fichier JSON, versionnée par son contenu`, () => {
      const ilots = [...lire(pageDuChapitre(c.id)).matchAll(/<astro-island\b[^>]*\sclient="donnees"[^>]*>/g)].map((m) => ({
        opts: JSON.parse(decoder(/\sopts="([^"]*)"/.exec(m[0])![1]!)) as { value: { url: string } },
        props: JSON.parse(decoder(/\sprops="([^"]*)"/.exec(m[0])![1]!)) as { donnees: [number, string] },
      }));
      // The quiz on every chapter of the bank, the timeline on « histoire ».
      const attendus = (questions.some((q) => q.chapitre === c.id) ? 1 : 0) + (c.id === 'histoire' ? 1 : 0);
      expect(ilots).toHaveLength(attendus);
      for (const { opts, props } of ilots) {
        const url = opts.value.url;
        // The directive fetches what the component reads: the same key.
        expect(props.donnees[1]).toBe(url);
        expect(url.startsWith(BASE)).toBe(true);
        const chemin = url.slice(BASE.length).replace(/\?.*$/, '');
        expect(existsSync(join(DOSSIER, chemin)), chemin).toBe(true);
        // Its version is that of the file's content (a stale copy of another build has another URL).
        expect(url).toBe(urlVersionnee(BASE + chemin, lireJson(chemin)));
      }
    });
  }

  const avecQuiz = chapitres().filter((c) => questions.some((q) => q.chapitre === c.id));
  test('chaque chapitre de la banque a un quiz', () => {
    expect(new Set(avecQuiz.map((c) => c.id))).toEqual(new Set(questions.map((q) => q.chapitre)));
  });

  for (const c of avecQuiz) {
    test(`${c.id} : donnees/quiz/${c.id}.json contient exactement les questions du chapitre, dans l’ordre du quiz rendu`, () => {
      const chemin = join('donnees', 'quiz', `${c.id}.json`);
      expect(existsSync(join(DOSSIER, chemin)), chemin).toBe(true);
      const donnees = lireJson(chemin) as { questions: QuestionBrute[]; citations: Record<string, string> };
      const ids = donnees.questions.map((q) => q.id);
      // Exactly the chapter's questions of the bank, each once.
      expect([...ids].sort()).toEqual(
        questions
          .filter((q) => q.chapitre === c.id)
          .map((q) => q.id)
          .sort(),
      );
      // In the order the server rendered them: the order the island renders after hydration.
      expect(ids).toEqual(idsAffiches(lire(pageDuChapitre(c.id)), 'fieldset', 'q-'));
      // The questions' texts as written in the bank.
      for (const q of donnees.questions) expect(q.enonce).toBe(questions.find((x) => x.id === q.id)!.enonce);
      // One citation per source cited, and no other.
      expect(Object.keys(donnees.citations).sort()).toEqual([...new Set(donnees.questions.map((q) => q.source.document))].sort());
    });
  }

  test('donnees/chronologie.json contient exactement les événements, par année, dans l’ordre de la frise rendue', () => {
    const donnees = lireJson(join('donnees', 'chronologie.json')) as Array<{ id: string; annee: number; titre: string }>;
    expect(donnees.map((e) => e.id).sort()).toEqual(evenements.map((e) => e.id).sort());
    expect(donnees.map((e) => e.annee)).toEqual(evenements.map((e) => e.annee).sort((a, b) => a - b));
    for (const e of donnees) expect(e.titre).toBe(evenements.find((x) => x.id === e.id)!.titre);
    expect(donnees.map((e) => e.id)).toEqual(idsAffiches(lire(pageDuChapitre('histoire')), 'li', 'evt-'));
  });
});
