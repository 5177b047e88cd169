/**
 * One bibliography (src/engine/sources.json): every id the course cites resolves in it, whoever
 * cites it (a dated parameter, a rule's trace, a chapter, a question, the glossary, the
 * chronology), and no source sits in it twice (same address or same citation under two ids).
 * And the repository stands on its own: nothing in src, tests or scripts cites working notes
 * that a clone of the project does not have.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { citations, exercices, listeParametres, sourceConnue, sources, type SourceRef } from '../../src/engine/index';
import { chapitres, chronologieBrute, glossaireBrut, questionsBrutes, usages } from './charger';

const racine = new URL('../../', import.meta.url).pathname;

function fichiers(dossier: string, extensions: RegExp): string[] {
  return readdirSync(join(racine, dossier), { recursive: true, encoding: 'utf8' })
    .map((f) => join(dossier, f))
    .filter((f) => extensions.test(f) && statSync(join(racine, f)).isFile());
}
const lire = (f: string) => readFileSync(join(racine, f), 'utf8');

/** Every id cited, with where: `[id, où]`. */
function idsCites(): Array<[string, string]> {
  const cites: Array<[string, string]> = [];
  const ajouter = (ref: SourceRef | undefined, ou: string) => ref && cites.push([ref.document, ou]);
  for (const p of listeParametres())
    for (const per of p.periodes) {
      ajouter(per.source, `paramètre ${p.id} (${per.depuis})`);
      ajouter(per.attesteeJusquau?.source, `paramètre ${p.id}, attestée jusqu’au`);
    }
  // Rules cite some sources in their trace steps directly (`ext('id')`, `isnar(…)`, `cdc(…)`):
  // read the ids from the engine's code, and from the traces of every exercise kind for a few seeds.
  for (const f of fichiers('src/engine', /\.ts$/)) for (const m of lire(f).matchAll(/\bext\(\s*'([^']+)'/g)) cites.push([m[1]!, f]);
  for (const k of Object.values(exercices))
    for (const graine of [1, 2, 3, 42, 1000]) for (const e of k.solve(k.generate(graine)).etapes) ajouter(e.source, `trace de l’exercice ${k.id}`);
  for (const c of chapitres()) {
    for (const u of usages(c.corps, 'Source')) cites.push([u.attributs.doc!, `chapitre ${c.id}, <Source>`]);
    for (const s of (c.frontmatter.sourcesCouvertes ?? []) as SourceRef[]) ajouter(s, `chapitre ${c.id}, sourcesCouvertes`);
  }
  for (const { fichier, question } of questionsBrutes()) ajouter(question.source as SourceRef, `question ${String(question.id)} (${fichier})`);
  for (const t of glossaireBrut()) ajouter(t.source as SourceRef | undefined, `glossaire ${String(t.id)}`);
  for (const e of chronologieBrute()) ajouter(e.source as SourceRef, `chronologie ${String(e.id)}`);
  return cites;
}

describe('un seul registre bibliographique', () => {
  const cites = idsCites();

  test('chaque id cité (paramètres, traces, chapitres, questions, glossaire, chronologie) est une entrée du registre', () => {
    // The collection is not empty of every kind of citer, or this test would check nothing.
    for (const genre of ['paramètre', 'src/engine/', 'trace de l’exercice', '<Source>', 'question', 'glossaire', 'chronologie'])
      expect(
        cites.some(([, ou]) => ou.includes(genre)),
        genre,
      ).toBe(true);
    expect(cites.filter(([id]) => !sourceConnue(id)).map(([id, ou]) => `${id} ← ${ou}`)).toEqual([]);
  });

  test('aucune adresse n’est celle de deux entrées', () => {
    const parUrl = new Map<string, string[]>();
    for (const s of sources) if (s.url) parUrl.set(s.url, [...(parUrl.get(s.url) ?? []), s.id]);
    expect([...parUrl.values()].filter((ids) => ids.length > 1)).toEqual([]);
  });

  test('aucune citation n’est celle de deux entrées, et chaque entrée en a une', () => {
    const parCitation = new Map<string, string[]>();
    for (const s of sources) {
      const c = citations[s.id];
      expect(c, s.id).toBeTruthy();
      parCitation.set(c!, [...(parCitation.get(c!) ?? []), s.id]);
    }
    expect([...parCitation.values()].filter((ids) => ids.length > 1)).toEqual([]);
  });

  test('une source publique dont un paramètre tire sa valeur porte son statut de vérification', () => {
    const publiques = new Set(sources.filter((s) => s.type === 'publique').map((s) => s.id));
    const sansStatut = listeParametres()
      .flatMap((p) => p.periodes.map((per) => per.source.document))
      .filter((id) => publiques.has(id) && !sources.find((s) => s.id === id)!.statut);
    expect([...new Set(sansStatut)]).toEqual([]);
  });
});

describe('le dépôt se suffit à lui-même', () => {
  // Built from pieces so that this file does not contain what it looks for.
  const interdits = ['SOURCES' + '-NOTES', '..' + '/shared'];

  test('src, tests et scripts ne citent ni les notes de travail ni le dossier partagé', () => {
    const fautes = ['src', 'tests', 'scripts'].flatMap((d) =>
      fichiers(d, /\.(ts|tsx|mts|js|mjs|cjs|astro|mdx|md|json|css|yml|yaml)$/).flatMap((f) =>
        interdits.filter((mot) => lire(f).includes(mot)).map((mot) => `${f} : ${mot}`),
      ),
    );
    expect(fautes).toEqual([]);
  });

  test('le README les nomme au plus une fois, comme origine', () => {
    const readme = lire('README.md');
    for (const mot of interdits) expect(readme.split(mot).length - 1, mot).toBeLessThanOrEqual(1);
  });
});
