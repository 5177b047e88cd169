/**
 * One question per screen of an exam or a review: a bank question through the chapter quiz's
 * QuestionQuiz, a numeric exercise through the Exercice widget in exam mode, then "next" or "results".
 * Part of the exam's modules (./moteur), loaded when an exam starts; AutoEvaluation.tsx owns the state.
 */
import type { ComponentChildren, Ref } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { LIBELLES_THEMES } from '../../engine';
import type { Question } from '../../content/schemas/question';
import { ItemExamen } from './ItemExamen';
import { enregistrerQuestion } from '../../stores/progression';
import { noterRevision, repondre } from '../../stores/auto-evaluation';
import type { Session } from '../../domaine/schema-auto-evaluation';
import { duree } from './libelles';
import type { DonneesAutoEvaluation } from './types';

function Chrono({ depart, onTick }: { depart: number; onTick: (s: number) => void }) {
  const [secondes, setSecondes] = useState(depart);
  useEffect(() => {
    const debut = Date.now() - depart * 1000;
    const id = setInterval(() => {
      const s = Math.floor((Date.now() - debut) / 1000);
      setSecondes(s);
      onTick(s);
    }, 1000);
    return () => clearInterval(id);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <p class="ae-chrono">
      Temps écoulé : <span role="timer">{duree(secondes)}</span>
    </p>
  );
}

interface Props {
  session: Session;
  questions: Map<string, Question>;
  donnees: DonneesAutoEvaluation;
  titreRef: Ref<HTMLHeadingElement>;
  /** Elapsed seconds, kept by the parent across screens. */
  secondes: { current: number };
  /** A notice to keep in view during the exam (e.g. stored items set aside), or null. */
  annonce: ComponentChildren;
  onSuivante: (index: number) => void;
  onFinir: () => void;
  onInterrompre: () => void;
}

export function EcranExamen({ session, questions, donnees, titreRef, secondes, annonce, onSuivante, onFinir, onInterrompre }: Props) {
  const i = Math.min(session.index, session.items.length - 1);
  const item = session.items[i]!;
  const r = session.reponses[i] ?? null;
  const n = session.items.length;
  const derniere = i === n - 1;
  const revision = session.mode === 'revision';
  const question = item.genre === 'question' ? questions.get(item.id) : undefined;
  return (
    <section class="ae-examen" aria-labelledby="ae-titre-question">
      <p class="ae-examen__contexte">
        {revision ? 'Révision espacée' : `Examen ${session.code}`} · {LIBELLES_THEMES[item.theme]}
      </p>
      <h2 id="ae-titre-question" tabIndex={-1} ref={titreRef}>
        Question {i + 1} sur {n}
      </h2>
      <progress class="ae-progression" max={n} value={i + 1} aria-label={`Question ${i + 1} sur ${n}`}>
        {i + 1} sur {n}
      </progress>
      {annonce}
      {session.chrono && !revision && <Chrono key={`${session.debut}`} depart={session.secondes} onTick={(s) => (secondes.current = s)} />}

      <ItemExamen
        item={item}
        question={question}
        numero={i + 1}
        cle={`${session.debut}-${i}`}
        citations={donnees.citations}
        pageSources={donnees.pageSources}
        reponseVerifiee={r?.genre === 'question' ? r.reponse : undefined}
        saisieInitiale={r?.genre === 'exercice' ? r.saisie : undefined}
        onQuestion={(id, correcte, reponse) => {
          enregistrerQuestion(id, correcte);
          repondre(i, { genre: 'question', reponse, correct: correcte });
          if (revision) void noterRevision(item, correcte);
        }}
        onExercice={(verdict, saisie) => {
          repondre(i, { genre: 'exercice', saisie, verdict });
          if (revision) void noterRevision(item, verdict === 'correct');
        }}
      />

      <div class="ae-actions ne-pas-imprimer">
        {r !== null || (!question && item.genre === 'question') ? (
          derniere ? (
            <button type="button" class="bouton bouton--principal" onClick={onFinir}>
              {revision ? 'Terminer la révision' : 'Voir les résultats'}
            </button>
          ) : (
            <button type="button" class="bouton bouton--principal" onClick={() => onSuivante(i)}>
              Question suivante
            </button>
          )
        ) : (
          <span class="ae-aide">Répondez puis vérifiez pour passer à la question suivante.</span>
        )}
        <button type="button" class="bouton" onClick={onInterrompre}>
          Interrompre (reprendre plus tard)
        </button>
      </div>
    </section>
  );
}
