/**
 * A printable sheet or its key, from the code in the page's address: `?serie=` (a series code from
 * /enseigner/) or `?code=` (an exam code: the self-assessment the learner got, same draw, same order).
 * Static pages cannot know every code, so the sheet is written in the browser; this module only reads
 * the code and draws the items (src/domaine), then loads the engine and the renderer (rendu-feuille.tsx)
 * lazily. A bad or missing code gets a French message and a way back, never a blank page.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import { elementsDeSerie, lireSerie } from '../../domaine/serie';
import { lireCode } from '../../domaine/code';
import { tirerExamen, type Item } from '../../domaine/examen';
import type { DonneesFeuille, LiensFeuille, ModeFeuille, PropsRendu } from './types';

interface Props extends DonneesFeuille {
  mode: ModeFeuille;
  liens: LiensFeuille;
}

type Etat =
  | { etat: 'chargement' }
  | { etat: 'erreur'; message: string }
  | { etat: 'pret'; items: Item[]; code: string; genre: 'serie' | 'examen'; Rendu: ComponentType<PropsRendu>; requete: string };

/** The sheet's items and its code from the address, or the French reason it has none. */
function lireAdresse(
  search: string,
  d: DonneesFeuille,
): { ok: true; items: Item[]; code: string; genre: 'serie' | 'examen'; requete: string } | { ok: false; message: string } {
  const p = new URLSearchParams(search);
  const serie = p.get('serie');
  const code = p.get('code');
  if (serie !== null) {
    const r = lireSerie(serie);
    if (!r.ok) return { ok: false, message: r.message };
    return { ok: true, items: elementsDeSerie(r.config, d.banque, d.kinds), code: r.code, genre: 'serie', requete: `?serie=${r.code}` };
  }
  if (code !== null) {
    const r = lireCode(code);
    if (!r.ok) return { ok: false, message: r.message };
    return { ok: true, items: tirerExamen(r.config, d.banque, d.kinds), code: r.code, genre: 'examen', requete: `?code=${r.code}` };
  }
  return {
    ok: false,
    message:
      'Cette adresse ne contient pas de code de fiche. Créez une fiche sur la page «\u00a0Enseigner\u00a0», ou saisissez-y le code d’une fiche ou d’un examen.',
  };
}

export function Feuille({ mode, liens, ...donnees }: Props) {
  const [etat, setEtat] = useState<Etat>({ etat: 'chargement' });

  useEffect(() => {
    const lu = lireAdresse(location.search, donnees);
    if (!lu.ok) {
      document.title = 'Code non valide — Secteurs';
      setEtat({ etat: 'erreur', message: lu.message });
      return;
    }
    import('./rendu-feuille')
      .then(({ RenduFeuille }) => setEtat({ etat: 'pret', ...lu, Rendu: RenduFeuille }))
      .catch(() => setEtat({ etat: 'erreur', message: 'La fiche n’a pas pu se charger (connexion interrompue\u00a0?). Rechargez la page.' }));
    // The address is read once: the island's props never change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  if (etat.etat === 'chargement')
    return (
      <main id="contenu" class="fiche">
        <p class="fiche-chargement" role="status">
          Préparation de la fiche…
        </p>
      </main>
    );
  if (etat.etat === 'erreur')
    return (
      <main id="contenu" class="fiche">
        <h1>Fiche introuvable</h1>
        <p class="fiche-erreur" role="alert" data-erreur-code>
          {etat.message}
        </p>
        <p>
          <a href={liens.enseigner}>Revenir à la page «&nbsp;Enseigner&nbsp;»</a>
        </p>
      </main>
    );
  const { Rendu } = etat;
  return <Rendu mode={mode} items={etat.items} code={etat.code} genre={etat.genre} donnees={donnees} liens={liens} requete={etat.requete} />;
}
