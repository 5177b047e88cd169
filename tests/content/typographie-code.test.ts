/**
 * French typography of the text the code writes (messages, labels, statements, traces): the same rules
 * as tests/content/typographie.test.ts (a no-break space before € % ; : ! ? and », after «, between
 * thousands), applied to every string literal, template-literal text and JSX text of src/**\/*.ts(x).
 * The built-page check (tests/built/) reads static HTML only: what islands and the engine write in the
 * browser — a refusal, a verdict, a worked solution — is checked here, at its source. A string that is
 * another language's syntax (a Publicodes unit « 50000 €/an ») follows a comment « typographie-code: code ».
 */
import { describe, expect, test } from 'vitest';
import ts from 'typescript';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fautesTypographiques } from './charger';

const racine = fileURLToPath(new URL('../../src/', import.meta.url));
const TEXTE = new Set([
  ts.SyntaxKind.StringLiteral,
  ts.SyntaxKind.NoSubstitutionTemplateLiteral,
  ts.SyntaxKind.TemplateHead,
  ts.SyntaxKind.TemplateMiddle,
  ts.SyntaxKind.TemplateTail,
  ts.SyntaxKind.JsxText,
]);

function fichiers(dossier: string): string[] {
  return readdirSync(dossier, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? fichiers(join(dossier, e.name)) : /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [join(dossier, e.name)] : [],
  );
}

/** The text pieces of a source file, as the reader would see them (escapes decoded), with their line. */
export function textesDuCode(chemin: string, source: string): Array<{ ligne: number; texte: string }> {
  const sf = ts.createSourceFile(chemin, source, ts.ScriptTarget.Latest, true, chemin.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const textes: Array<{ ligne: number; texte: string }> = [];
  const lignes = source.split('\n');
  const visiter = (n: ts.Node) => {
    if (TEXTE.has(n.kind)) {
      const texte = (n as ts.LiteralLikeNode).text;
      // An import path, a module name or an SVG geometry (viewBox="0 0 640 300") is not prose.
      const code =
        ts.isImportDeclaration(n.parent) ||
        ts.isExportDeclaration(n.parent) ||
        ts.isExternalModuleReference(n.parent) ||
        (ts.isJsxAttribute(n.parent) && ['viewBox', 'd', 'points'].includes(n.parent.name.getText(sf)));
      const ligne = sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
      // A line after a comment « typographie-code: code » writes another language's syntax (a Publicodes unit…).
      if (!code && !lignes[ligne - 2]?.includes('typographie-code: code')) textes.push({ ligne, texte });
    }
    ts.forEachChild(n, visiter);
  };
  visiter(sf);
  return textes;
}

describe('le relevé lui-même', () => {
  test('trouve le texte des chaînes, des gabarits et du JSX, décodé, et pas le code autour', () => {
    const lus = textesDuCode(
      'x.tsx',
      'const a = b ? \'Oui : 25 €\' : `Non\\u00a0: ${c} ; fin`;\nconst j = <p>Total : {t}<svg viewBox="0 0 640 300" /></p>;',
    ).map((t) => t.texte);
    expect(lus).toEqual(['Oui : 25 €', 'Non\u00a0: ', ' ; fin', 'Total : ']);
    expect(lus.flatMap(fautesTypographiques)).toHaveLength(4);
    expect(textesDuCode('y.ts', "// typographie-code: code (Publicodes)\nconst u = '12 %';\nconst v = 'Total : 3 %';").map((t) => t.texte)).toEqual([
      'Total : 3 %',
    ]);
  });
});

describe('espaces insécables dans le texte écrit par le code', () => {
  for (const f of fichiers(racine)) {
    const nom = relative(racine, f);
    test(nom, () => {
      const fautes = textesDuCode(f, readFileSync(f, 'utf8')).flatMap(({ ligne, texte }) =>
        fautesTypographiques(texte).map((faute) => `ligne ${ligne} : ${faute}`),
      );
      expect(fautes).toEqual([]);
    });
  }
});
