/**
 * Reads the `<Exemple …/>` tags of an MDX body with their props as MDX would pass them: "…" strings,
 * and `{…}` JavaScript expressions (numbers, arrays of objects) evaluated as literals.
 */
export const EXEMPLE = /<Exemple\b((?:[^/>{]|\{(?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*\})*)\/>/g;

export function exemplesDuChapitre(corps: string): Array<Record<string, unknown>> {
  return [...corps.matchAll(EXEMPLE)].map((m) => lireProps(m[1]!));
}

function lireProps(texte: string): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  let i = 0;
  while (i < texte.length) {
    const nom = /^\s*(\w+)=/.exec(texte.slice(i));
    if (!nom) break;
    i += nom[0].length;
    if (texte[i] === '"') {
      const fin = texte.indexOf('"', i + 1);
      props[nom[1]!] = texte.slice(i + 1, fin);
      i = fin + 1;
    } else {
      let prof = 0;
      const debut = i;
      do {
        if (texte[i] === '{') prof++;
        else if (texte[i] === '}') prof--;
        i++;
      } while (prof > 0 && i < texte.length);
      // Test-only: the chapters' prop expressions are literals written by the authors.
      props[nom[1]!] = new Function(`return (${texte.slice(debut + 1, i - 1)});`)() as unknown;
    }
  }
  return props;
}
