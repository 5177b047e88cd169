/**
 * Results of a finished attempt: overall score, scores by theme (an inline SVG bar chart with its text
 * alternative, and the same figures as a table), each missed item with its worked solution and the
 * section to reread, every answer at a glance. Printable ("Imprimer le bilan"; controls are not printed).
 */
import { exercices, formatEuros, formatTaux, LIBELLES_THEMES, type Theme } from '../../engine';
import type { Question } from '../../content/schemas/question';
import { bonneReponse } from '../../domaine/corriger';
import { Explication } from '../quiz/Explication';
import { Trace } from '../widgets/Trace';
import type { Item } from '../../domaine/examen';
import { decrireReponse } from '../../domaine/reponses';
import type { DonneesAutoEvaluation } from './types';
import { estManque, scoreGlobal, scoresParTheme, type ReponseItem, type Score, type Tentative } from '../../domaine/schema-auto-evaluation';

// Labels shared with the start screen's history table, which loads without this module.
import { nombre, libelleScore, dateLisible, duree, libelleTendance } from './libelles';

function Graphique({ lignes, id }: { lignes: Array<{ theme: Theme } & Score>; id: string }) {
  const largeur = 400;
  const pas = 46;
  const hauteur = lignes.length * pas + 4;
  const alternative = lignes.map((l) => `${LIBELLES_THEMES[l.theme]} : ${l.pourcent} %`).join(' ; ');
  return (
    <svg class="ae-graphique" viewBox={`0 0 ${largeur} ${hauteur}`} width="100%" role="img" aria-labelledby={`${id}-titre ${id}-desc`}>
      <title id={`${id}-titre`}>Score par thème, en pourcentage</title>
      <desc id={`${id}-desc`}>{alternative}.</desc>
      {lignes.map((l, i) => {
        const y = i * pas;
        return (
          <g key={l.theme} aria-hidden="true">
            <text class="ae-graphique__texte" x="0" y={y + 15}>
              {LIBELLES_THEMES[l.theme]} — {l.pourcent} %
            </text>
            <rect class="ae-graphique__fond" x="0" y={y + 22} width={largeur} height="16" rx="3" />
            {l.pourcent > 0 && <rect class="ae-graphique__barre" x="0" y={y + 22} width={(largeur * l.pourcent) / 100} height="16" rx="3" />}
          </g>
        );
      })}
    </svg>
  );
}

function ItemManque({
  item,
  reponse,
  numero,
  donnees,
  questions,
}: {
  item: Item;
  reponse: ReponseItem | null;
  numero: number;
  donnees: DonneesAutoEvaluation;
  questions: Map<string, Question>;
}) {
  if (item.genre === 'question') {
    const q = questions.get(item.id);
    if (!q) return <p>Question {numero} : cette question n’existe plus dans la banque.</p>;
    const relire = donnees.relireQuestions[q.id];
    return (
      <details class="ae-manque">
        <summary>
          Question {numero} : {q.enonce}
        </summary>
        <p>
          <strong>Votre réponse :</strong> {reponse?.genre === 'question' ? decrireReponse(q, reponse.reponse) : 'sans réponse'}
        </p>
        <p>
          <strong>Réponse attendue :</strong> {bonneReponse(q)}
        </p>
        <Explication q={q} citations={donnees.citations} pageSources={donnees.pageSources} />
        {relire && (
          <p>
            À relire : <a href={relire.href}>{relire.libelle}</a>
          </p>
        )}
      </details>
    );
  }
  const kind = exercices[item.type];
  if (!kind) return <p>Question {numero} : cet exercice n’existe plus.</p>;
  const params = kind.generate(item.graine);
  const solution = kind.solve(params);
  const relire = donnees.relireExercices[item.type];
  const verdict = reponse?.genre === 'exercice' ? { correct: 'juste', proche: 'presque juste', faux: 'faux' }[reponse.verdict] : null;
  return (
    <details class="ae-manque">
      <summary>
        Question {numero} : exercice « {kind.titre} » (variante n° {item.graine})
      </summary>
      <p>{kind.enonce(params)}</p>
      <p>
        <strong>Votre réponse :</strong> {reponse?.genre === 'exercice' ? `${reponse.saisie} (${verdict})` : 'sans réponse'}
      </p>
      <p>
        <strong>Réponse attendue :</strong> {solution.unite === 'euros' ? formatEuros(solution.valeur) : formatTaux(solution.valeur)}
      </p>
      <Trace etapes={solution.etapes} pageSources={donnees.pageSources} titre="La solution pas à pas" ouvert />
      {relire && (
        <p>
          À relire : <a href={relire.href}>{relire.libelle}</a>
        </p>
      )}
    </details>
  );
}

export function intitule(item: Item, questions: Map<string, Question>): string {
  if (item.genre === 'question') return questions.get(item.id)?.enonce ?? item.id;
  return `Exercice « ${exercices[item.type]?.titre ?? item.type} » (variante n° ${item.graine})`;
}

interface Props {
  tentative: Tentative;
  /** Trend against the previous attempt, in points, or null. */
  delta: number | null;
  donnees: DonneesAutoEvaluation;
  questions: Map<string, Question>;
  titreRef?: { current: HTMLHeadingElement | null };
  /** Controls under the results (not printed). */
  children?: preact.ComponentChildren;
}

export function Bilan({ tentative: t, delta, donnees, questions, titreRef, children }: Props) {
  const global = scoreGlobal(t.items, t.reponses);
  const parTheme = scoresParTheme(t.items, t.reponses);
  const manques = t.items.map((item, i) => ({ item, i, r: t.reponses[i] ?? null })).filter(({ r }) => estManque(r));
  return (
    <section class="ae-bilan" aria-labelledby="ae-bilan-titre">
      <h2 id="ae-bilan-titre" tabIndex={-1} ref={titreRef}>
        Bilan de l’examen{t.code ? ` ${t.code}` : ''}
      </h2>
      <p class="ae-bilan__meta">
        Terminé le {dateLisible(t.date)} · {t.items.length} questions · thèmes : {t.themes.map((th) => LIBELLES_THEMES[th]).join(', ')}
        {t.secondes > 0 ? ` · durée : ${duree(t.secondes)}` : ''}
      </p>
      <p class="ae-score">
        Score global : <strong>{libelleScore(global)}</strong>
      </p>
      <p>Par rapport à la tentative précédente : {libelleTendance(delta)}.</p>
      <p>
        Pour chiffrer votre installation, comparez les secteurs dans le{' '}
        <a href={donnees.pageSources.replace(/sources\/$/, 'simulateur/')}>simulateur d’installation</a>.
      </p>

      <h3>Score par thème</h3>
      <Graphique lignes={parTheme} id="ae-graphique" />
      <div class="table-defilante" role="region" tabIndex={0} aria-label="Tableau : Score par thème">
        <table class="ae-table-themes">
          <caption>Score par thème (une réponse presque juste à un exercice compte pour un demi-point)</caption>
          <thead>
            <tr>
              <th scope="col">Thème</th>
              <th scope="col">Points</th>
              <th scope="col">Questions</th>
              <th scope="col">Score</th>
            </tr>
          </thead>
          <tbody>
            {parTheme.map((l) => (
              <tr key={l.theme}>
                <th scope="row">{LIBELLES_THEMES[l.theme]}</th>
                <td class="nombre">{nombre(l.points)}</td>
                <td class="nombre">{l.total}</td>
                <td class="nombre">{l.pourcent} %</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3>Questions à revoir ({manques.length})</h3>
      {manques.length === 0 ? (
        <p>Aucune erreur : bravo !</p>
      ) : (
        <>
          <p>Chaque question manquée revient dans vos révisions espacées. Ouvrez-la pour lire la correction et la section du cours à relire.</p>
          <ul class="ae-manques">
            {manques.map(({ item, i, r }) => (
              <li key={i}>
                <ItemManque item={item} reponse={r} numero={i + 1} donnees={donnees} questions={questions} />
              </li>
            ))}
          </ul>
        </>
      )}

      <h3>Toutes les réponses</h3>
      <div class="table-defilante" role="region" tabIndex={0} aria-label="Tableau : Détail des réponses">
        <table class="ae-table-reponses">
          <caption>Détail des réponses, dans l’ordre de l’examen</caption>
          <thead>
            <tr>
              <th scope="col">N°</th>
              <th scope="col">Thème</th>
              <th scope="col">Question</th>
              <th scope="col">Résultat</th>
            </tr>
          </thead>
          <tbody>
            {t.items.map((item, i) => {
              const r = t.reponses[i] ?? null;
              const res =
                r === null ? 'sans réponse' : r.genre === 'exercice' && r.verdict === 'proche' ? '≈ presque juste' : estManque(r) ? '✗ faux' : '✓ juste';
              return (
                <tr key={i}>
                  <td class="nombre">{i + 1}</td>
                  <td>{LIBELLES_THEMES[item.theme]}</td>
                  <td>{intitule(item, questions)}</td>
                  <td>{res}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {children}
    </section>
  );
}
