/**
 * "Ma progression": scores by chapter, exercises done, and the three actions on everything the
 * course stores (progress and self-assessment, listed on the page) — export a JSON file, import one
 * (validated: a bad file is refused and changes nothing), reset (with a confirmation step).
 * Everything stays in the reader's browser.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { $progression, derniersRejets } from '../../stores/progression';
import { effacerTout, exporterSauvegarde, importerSauvegarde } from '../../stores/sauvegarde';
import { progressionChapitre, progressionVide, type ResultatExercice } from '../../domaine/schema-progression';
import { CONTENU_SAUVEGARDE } from '../../domaine/schema-sauvegarde';
import { etatExercice as etat } from '../../domaine/score';

/** Where an exercise stands: solved without the solution, or only with it (« solution vue »), or not yet. */
const etatExercice = (r: ResultatExercice): string => etat(r.meilleurScore, r.solutionsVues);

interface Props {
  chapitres: Array<{ id: string; titre: string; lien: string; questions: string[] }>;
  exercices: Record<string, string>;
}

export default function GestionProgression({ chapitres, exercices }: Props) {
  const stockee = useStore($progression);
  // The first render must be the server's (empty progress, no message): Preact's hydration reuses the
  // server's elements without patching their attributes, so a different first render (the exercise
  // table instead of « Aucun exercice ») left the status message without role="status" and the table
  // without its scroll box. The stored progress shows from the next render, diffed normally.
  const [hydrate, setHydrate] = useState(false);
  const p = hydrate ? stockee : progressionVide();
  const [message, setMessage] = useState<{ type: 'ok' | 'erreur'; texte: string } | null>(null);
  useEffect(() => {
    setHydrate(true);
    if (derniersRejets.length > 0) {
      setMessage({
        type: 'erreur',
        texte: `${derniersRejets.length} entrée(s) illisible(s) de votre progression enregistrée ont été écartées ; le reste a été conservé.`,
      });
    }
  }, []);
  const [confirmer, setConfirmer] = useState(false);
  const fichier = useRef<HTMLInputElement>(null);
  const messageRef = useRef<HTMLParagraphElement>(null);
  const dire = (type: 'ok' | 'erreur', texte: string) => {
    setMessage({ type, texte });
    requestAnimationFrame(() => messageRef.current?.focus());
  };

  function telecharger() {
    const url = URL.createObjectURL(new Blob([exporterSauvegarde()], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `secteurs-progression-${new Date().toISOString().slice(0, 10)}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    dire('ok', 'Fichier de progression téléchargé.');
  }

  async function importerFichier(e: Event) {
    const input = e.currentTarget as HTMLInputElement;
    const f = input.files?.[0];
    input.value = '';
    if (!f) return;
    let texte: string;
    try {
      texte = await f.text();
    } catch {
      dire('erreur', 'Fichier refusé : il n’a pas pu être lu.');
      return;
    }
    const r = importerSauvegarde(texte);
    dire(r.ok ? 'ok' : 'erreur', r.ok ? r.resume : r.message);
  }

  const exercicesFaits = Object.entries(p.exercices);
  return (
    <div class="gestion-progression">
      <h2 id="par-chapitre">Par chapitre</h2>
      <div class="table-defilante" role="region" tabIndex={0} aria-label="Tableau : Questions de quiz réussies">
        <table>
          <caption>Questions de quiz réussies (dernière réponse) par chapitre</caption>
          <thead>
            <tr>
              <th scope="col">Chapitre</th>
              <th scope="col" class="nombre">
                Réussies
              </th>
              <th scope="col" class="nombre">
                Répondues
              </th>
              <th scope="col" class="nombre">
                Questions
              </th>
            </tr>
          </thead>
          <tbody>
            {chapitres.map((c) => {
              const s = progressionChapitre(p, c.questions);
              return (
                <tr key={c.id}>
                  <th scope="row">
                    <a href={c.lien}>{c.titre}</a>
                  </th>
                  <td class="nombre">{s.reussies}</td>
                  <td class="nombre">{s.repondues}</td>
                  <td class="nombre">{s.total}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <h2 id="exercices">Exercices</h2>
      {exercicesFaits.length === 0 ? (
        <p>Aucun exercice vérifié pour l’instant.</p>
      ) : (
        <div class="table-defilante" role="region" tabIndex={0} aria-label="Tableau : Exercices chiffrés : tentatives et meilleur résultat">
          <table>
            <caption>Exercices chiffrés : tentatives et meilleur résultat</caption>
            <thead>
              <tr>
                <th scope="col">Exercice</th>
                <th scope="col" class="nombre">
                  Tentatives
                </th>
                <th scope="col" class="nombre">
                  Réussites sans la solution
                </th>
                <th scope="col" class="nombre">
                  Solutions vues
                </th>
                <th scope="col">Meilleur résultat</th>
              </tr>
            </thead>
            <tbody>
              {exercicesFaits.map(([id, r]) => (
                <tr key={id}>
                  <th scope="row">{exercices[id] ?? id}</th>
                  <td class="nombre">{r.tentatives}</td>
                  <td class="nombre">{r.reussites}</td>
                  <td class="nombre">{r.solutionsVues}</td>
                  <td>{etatExercice(r)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h2 id="sauvegarde">Sauvegarder, restaurer, effacer</h2>
      <p>Votre progression n’est enregistrée que dans ce navigateur. Elle comprend :</p>
      <ul class="contenu-sauvegarde">
        {CONTENU_SAUVEGARDE.map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
      <p>
        L’export, l’import et l’effacement portent sur tout cela (pas sur le choix du thème clair ou sombre, simple préférence d’affichage). Exportez pour
        garder ou reprendre ailleurs ; l’import ajoute le fichier à ce que ce navigateur contient (la réponse la plus récente l’emporte, un examen en cours ici
        est gardé).
      </p>
      <div class="actions-progression">
        <button type="button" class="bouton bouton--principal" onClick={telecharger}>
          Exporter ma progression
        </button>
        <label class="bouton" for="import-progression">
          Importer une progression…
        </label>
        <input id="import-progression" ref={fichier} class="visually-hidden" type="file" accept="application/json,.json" onChange={importerFichier} />
        {!confirmer ? (
          <button type="button" class="bouton" onClick={() => setConfirmer(true)}>
            Réinitialiser…
          </button>
        ) : (
          <span class="confirmation" role="group" aria-label="Confirmer la réinitialisation">
            <span>Effacer toute la progression de ce navigateur, auto-évaluation comprise ?</span>{' '}
            <button
              type="button"
              class="bouton bouton--danger"
              onClick={() => {
                effacerTout();
                setConfirmer(false);
                dire('ok', 'Progression effacée : quiz, exercices, chapitres visités, examen en cours, historique des examens et cartes de révision.');
              }}
            >
              Oui, tout effacer
            </button>{' '}
            <button type="button" class="bouton" onClick={() => setConfirmer(false)}>
              Annuler
            </button>
          </span>
        )}
      </div>
      <p ref={messageRef} tabIndex={-1} role="status" class={message ? `message message--${message.type}` : 'message'}>
        {message?.texte ?? ''}
      </p>
    </div>
  );
}
