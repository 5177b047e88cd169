/**
 * One question of the bank, answerable by keyboard and screen reader: radio buttons, checkboxes,
 * selects (association) or move-up/move-down buttons (ordering). "Vérifier" grades it, moves focus
 * to the verdict, and shows the right answer, the explanation and the source.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Question } from '../../content/schemas/question';
import { Explication } from './Explication';
import { bonneReponse, estCorrecte, ordreDroite, ordreOptions, reponseComplete, reponseVide, type Reponse } from '../../domaine/corriger';

export interface PropsQuestion {
  question: Question;
  numero: number;
  /** Citation text of each source id ("Guide ISNAR-IMG 2017"). */
  citations: Record<string, string>;
  /** Link to the sources page (base-aware), without the anchor. */
  pageSources: string;
  /** Called once per check with the verdict (and, for callers that keep it, the answer checked). */
  onVerifiee?: (id: string, correcte: boolean, reponse: Reponse) => void;
  /** Exam use: no "Recommencer cette question" (one answer per question). */
  examen?: boolean;
  /** An answer already checked (resuming an exam): shown checked, with its verdict. */
  reponseVerifiee?: Reponse;
}

export function QuestionQuiz({ question: q, numero, citations, pageSources, onVerifiee, examen = false, reponseVerifiee }: PropsQuestion) {
  const [reponse, setReponse] = useState<Reponse>(() => reponseVerifiee ?? reponseVide(q));
  const [verdict, setVerdict] = useState<boolean | null>(() => (reponseVerifiee ? estCorrecte(q, reponseVerifiee) : null));
  const [annonceOrdre, setAnnonceOrdre] = useState('');
  const retour = useRef<HTMLDivElement>(null);
  const cadre = useRef<HTMLFieldSetElement>(null);
  const nom = `q-${q.id}`;
  const verifiee = verdict !== null;

  // A choice made before hydration (slow phone) stays in the DOM but not in the state: take it once,
  // at mount, so « Vérifier » grades what is ticked.
  useEffect(() => {
    const f = cadre.current;
    if (!f || reponseVerifiee) return;
    const lue = reponseDuDom(q, f);
    if (lue) setReponse(lue);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function verifier() {
    if (!reponseComplete(reponse)) return;
    const ok = estCorrecte(q, reponse);
    setVerdict(ok);
    onVerifiee?.(q.id, ok, reponse);
    // Focus the verdict so a screen reader reads it and a keyboard user continues from there.
    requestAnimationFrame(() => retour.current?.focus());
  }
  function recommencer() {
    setReponse(reponseVide(q));
    setVerdict(null);
    setAnnonceOrdre('');
  }

  const libelleType = {
    'choix-unique': 'une seule réponse',
    'choix-multiple': 'plusieurs réponses possibles',
    'vrai-faux': 'vrai ou faux',
    association: 'associez chaque élément',
    ordre: 'remettez dans l’ordre',
  }[q.type];

  return (
    <fieldset ref={cadre} class={`question-quiz${verifiee ? (verdict ? ' question-quiz--juste' : ' question-quiz--faux') : ''}`} id={nom}>
      <legend>
        <span class="question-quiz__numero">{`${numero}.`}</span> {q.enonce} <span class="question-quiz__type">({libelleType})</span>
      </legend>

      {(q.type === 'choix-unique' || q.type === 'vrai-faux') && (
        <div class="question-quiz__options">
          {(q.type === 'vrai-faux'
            ? [
                { texte: 'Vrai', i: 0 },
                { texte: 'Faux', i: 1 },
              ]
            : ordreOptions(q).map((i) => ({ texte: q.options[i]!.texte, i }))
          ).map(({ texte, i }) => {
            // The value is the option's authored index (its id), whatever its displayed position.
            const valeur = q.type === 'vrai-faux' ? i === 0 : i;
            const coche = reponse.type !== 'choix-multiple' && reponse.type !== 'association' && reponse.type !== 'ordre' && reponse.choix === valeur;
            return (
              <label class="option" key={i}>
                <input
                  type="radio"
                  name={nom}
                  data-option={i}
                  checked={coche}
                  disabled={verifiee}
                  onChange={() => setReponse({ type: q.type, choix: valeur } as Reponse)}
                />{' '}
                {texte}
              </label>
            );
          })}
        </div>
      )}

      {q.type === 'choix-multiple' && reponse.type === 'choix-multiple' && (
        <div class="question-quiz__options">
          {ordreOptions(q).map((i) => (
            <label class="option" key={i}>
              <input
                type="checkbox"
                data-option={i}
                checked={reponse.choix.includes(i)}
                disabled={verifiee}
                onChange={(e) => {
                  const coche = (e.currentTarget as HTMLInputElement).checked;
                  setReponse({ type: 'choix-multiple', choix: coche ? [...reponse.choix, i].sort((a, b) => a - b) : reponse.choix.filter((c) => c !== i) });
                }}
              />{' '}
              {q.options[i]!.texte}
            </label>
          ))}
        </div>
      )}

      {q.type === 'association' && reponse.type === 'association' && (
        <div class="question-quiz__association">
          {q.paires.map((p, i) => (
            <div class="association" key={i}>
              <label for={`${nom}-a${i}`}>{p.gauche}</label>
              <select
                id={`${nom}-a${i}`}
                disabled={verifiee}
                value={reponse.choix[i] === null ? '' : String(reponse.choix[i])}
                onChange={(e) => {
                  const v = (e.currentTarget as HTMLSelectElement).value;
                  const choix = [...reponse.choix];
                  choix[i] = v === '' ? null : Number(v);
                  setReponse({ type: 'association', choix });
                }}
              >
                <option value="">Choisir…</option>
                {ordreDroite(q).map((j) => (
                  <option value={String(j)} key={j}>
                    {q.paires[j]!.droite}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </div>
      )}

      {q.type === 'ordre' && reponse.type === 'ordre' && (
        <div>
          <ol class="question-quiz__ordre">
            {reponse.ordre.map((idx, pos) => {
              const texte = q.elements[idx]!;
              const deplacer = (delta: -1 | 1) => {
                const ordre = [...reponse.ordre];
                const cible = pos + delta;
                [ordre[pos], ordre[cible]] = [ordre[cible]!, ordre[pos]!];
                setReponse({ type: 'ordre', ordre });
                setAnnonceOrdre(`« ${texte} » est maintenant en position ${cible + 1} sur ${ordre.length}.`);
                // Keep the focus on the moved item's same button, at its new place.
                requestAnimationFrame(() => document.getElementById(`${nom}-o${idx}-${delta < 0 ? 'haut' : 'bas'}`)?.focus());
              };
              return (
                <li key={idx}>
                  <span>{texte}</span>
                  <span class="ordre__boutons">
                    <button
                      type="button"
                      class="bouton bouton--petit"
                      id={`${nom}-o${idx}-haut`}
                      disabled={verifiee || pos === 0}
                      aria-label={`Monter « ${texte} »`}
                      onClick={() => deplacer(-1)}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      class="bouton bouton--petit"
                      id={`${nom}-o${idx}-bas`}
                      disabled={verifiee || pos === reponse.ordre.length - 1}
                      aria-label={`Descendre « ${texte} »`}
                      onClick={() => deplacer(1)}
                    >
                      ↓
                    </button>
                  </span>
                </li>
              );
            })}
          </ol>
          <p class="visually-hidden" aria-live="polite">
            {annonceOrdre}
          </p>
        </div>
      )}

      <div class="question-quiz__actions">
        {!verifiee ? (
          <button type="button" class="bouton bouton--principal" onClick={verifier} aria-disabled={!reponseComplete(reponse)}>
            Vérifier
          </button>
        ) : examen ? null : (
          <button type="button" class="bouton" onClick={recommencer}>
            Recommencer cette question
          </button>
        )}
        {!verifiee && !reponseComplete(reponse) && <span class="question-quiz__aide">Répondez avant de vérifier.</span>}
      </div>

      <div class="question-quiz__retour" ref={retour} tabIndex={-1} aria-live="polite">
        {verifiee && (
          <>
            <p class="verdict">{verdict ? '✓ Bonne réponse.' : '✗ Ce n’est pas la bonne réponse.'}</p>
            {!verdict && (
              <p>
                <strong>Réponse attendue :</strong> {bonneReponse(q)}
              </p>
            )}
            <Explication q={q} citations={citations} pageSources={pageSources} />
          </>
        )}
      </div>
    </fieldset>
  );
}

/** The answer the fields hold (authored indices from `data-option`), or null for an ordering question. */
function reponseDuDom(q: Question, f: HTMLFieldSetElement): Reponse | null {
  const coches = [...f.querySelectorAll<HTMLInputElement>('input[data-option]')].filter((i) => i.checked).map((i) => Number(i.dataset.option));
  switch (q.type) {
    case 'choix-unique':
      return { type: q.type, choix: coches[0] ?? null };
    case 'vrai-faux':
      return { type: q.type, choix: coches.length ? coches[0] === 0 : null };
    case 'choix-multiple':
      return { type: q.type, choix: coches.sort((a, b) => a - b) };
    case 'association':
      return { type: q.type, choix: [...f.querySelectorAll('select')].map((s) => (s.value === '' ? null : Number(s.value))) };
    case 'ordre':
      return null;
  }
}
