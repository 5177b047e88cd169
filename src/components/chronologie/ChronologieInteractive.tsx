/**
 * The 1945–2016 timeline: filter by theme, step through the events one by one, follow each to the
 * section that explains it. The full list is rendered on the server, so it reads (and prints)
 * without JavaScript; the island adds the filters and the stepper.
 *
 * Its events are not in its props: the island registry holds them under the URL of
 * donnees/chronologie.json, deposited by Chronologie.astro on the server and by the `client:donnees`
 * directive in the browser (src/lib/donnees-ilots.ts).
 */
import { useState } from 'preact/hooks';
import { lireDonnees } from '../../lib/donnees-ilots';

export interface EvenementAffiche {
  id: string;
  annee: number;
  titre: string;
  description: string;
  themes: string[];
  /** Base-aware link to the chapter section, when there is one. */
  lien?: string;
}
interface Props {
  /** URL of the timeline's JSON: the registry key of its events. */
  donnees: string;
}

export const THEMES_CHRONOLOGIE: Record<string, string> = {
  'assurance-maladie': 'Assurance Maladie',
  conventions: 'Conventions',
  secteurs: 'Secteurs',
  'medecin-traitant': 'Médecin traitant',
};

export default function ChronologieInteractive({ donnees }: Props) {
  const evenements = lireDonnees<EvenementAffiche[]>(donnees);
  const [actifs, setActifs] = useState<string[]>(Object.keys(THEMES_CHRONOLOGIE));
  const [courant, setCourant] = useState(0);
  const visibles = evenements.filter((e) => e.themes.some((t) => actifs.includes(t)));
  const index = Math.min(courant, Math.max(0, visibles.length - 1));
  const evt = visibles[index];

  const basculer = (theme: string, coche: boolean) => {
    setActifs((a) => (coche ? [...a, theme] : a.filter((t) => t !== theme)));
    setCourant(0);
  };

  return (
    <div class="chronologie-interactive">
      <fieldset class="chronologie-interactive__filtres">
        <legend>Afficher les thèmes</legend>
        {Object.entries(THEMES_CHRONOLOGIE).map(([id, libelle]) => (
          <label class="option" key={id}>
            <input type="checkbox" checked={actifs.includes(id)} onChange={(e) => basculer(id, (e.currentTarget as HTMLInputElement).checked)} /> {libelle}
          </label>
        ))}
      </fieldset>

      <section class="chronologie-interactive__pas" aria-label="Parcourir les événements un par un">
        <div class="chronologie-interactive__nav">
          <button type="button" class="bouton" disabled={index === 0 || !evt} onClick={() => setCourant(index - 1)}>
            ← Précédent
          </button>
          <p aria-live="polite" class="chronologie-interactive__position">
            {evt ? `Événement ${index + 1} sur ${visibles.length}` : 'Aucun événement pour ces thèmes.'}
          </p>
          <button type="button" class="bouton" disabled={!evt || index >= visibles.length - 1} onClick={() => setCourant(index + 1)}>
            Suivant →
          </button>
        </div>
        {evt && (
          <div class="chronologie-interactive__carte" aria-live="polite">
            <p class="chronologie__annee">{evt.annee}</p>
            <p class="chronologie__titre">{evt.titre}</p>
            <p>{evt.description}</p>
            {evt.lien && (
              <p>
                <a href={evt.lien}>Lire la section du chapitre</a>
              </p>
            )}
          </div>
        )}
      </section>

      <ol class="chronologie" aria-label="Tous les événements affichés">
        {visibles.map((e, i) => (
          <li class={`chronologie__evenement${i === index ? ' chronologie__evenement--courant' : ''}`} id={`evt-${e.id}`} key={e.id}>
            <p class="chronologie__annee">{e.annee}</p>
            <div>
              <p class="chronologie__titre">{e.lien ? <a href={e.lien}>{e.titre}</a> : e.titre}</p>
              <p>{e.description}</p>
              <p class="chronologie__themes">
                {e.themes.map((t) => THEMES_CHRONOLOGIE[t]).join(' · ')}{' '}
                <button type="button" class="lien-bouton" onClick={() => setCourant(i)} aria-label={`voir en détail « ${e.titre} »`}>
                  voir en détail
                </button>
              </p>
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}
