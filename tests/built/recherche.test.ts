// Issue 10: search landed on « Objectifs d’apprentissage » and showed excerpts such as
// « OPTAMhors du guide. Consultation complexe acte.consultationComplexeDepuis leV… ». What Pagefind
// stored at build time (its compressed fragments): headings as anchors to land on, no engine ids,
// badges or glued table headers in the text it quotes.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { listeParametres } from '../../src/engine/index';
import { DOSSIER } from './html';

interface Fragment {
  url: string;
  content: string;
  anchors: Array<{ element: string; id: string; text: string }>;
}

function fragments(): Fragment[] {
  const dir = join(DOSSIER, 'pagefind', 'fragment');
  return readdirSync(dir).map((f) => {
    const texte = gunzipSync(readFileSync(join(dir, f))).toString('utf8'); // « pagefind_dcd » then JSON
    return JSON.parse(texte.slice(texte.indexOf('{'))) as Fragment;
  });
}

describe('index de recherche', () => {
  const tous = fragments();
  const page = (fin: string) => tous.find((f) => f.url.endsWith(fin));

  it('Barèmes : ni identifiant du moteur, ni badge, ni en-têtes de colonnes collés dans le texte indexé', () => {
    const baremes = page('/baremes/');
    expect(baremes).toBeDefined();
    const ids = listeParametres()
      .map((p) => p.id)
      .filter((id) => new RegExp(`(^|[^\\w.])${id.replace('.', '\\.')}($|[^\\w.])`).test(baremes!.content));
    expect(ids).toEqual([]);
    expect(baremes!.content).not.toMatch(/Depuis le\s*Valeur/);
    // The badge « hors du guide » stays on screen but not in the text search quotes after a source.
    expect(baremes!.content).not.toMatch(/[^«\s\u00A0]\s*hors du guide/);
    expect(baremes!.content).toContain('Consultation');
  });

  it('chaque titre de section d’un chapitre est une ancre où un résultat peut mener', () => {
    const histoire = page('/chapitres/histoire/');
    expect(histoire).toBeDefined();
    const titres = histoire!.anchors.filter((a) => /^h[23]$/.test(a.element) && a.id !== '');
    expect(titres.length).toBeGreaterThan(10);
    expect(titres.some((a) => /1990\s*:\s*le gel du secteur 2/.test(a.text))).toBe(true);
  });
});
