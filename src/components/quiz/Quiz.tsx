/**
 * End-of-chapter quiz over the question bank. Each answer is recorded in the learner's progress
 * (stable question ids), and the running score is shown at the end.
 *
 * Progress keeps, per question, whether the last answer was right, not the answer itself: coming
 * back, the questions are blank. The quiz says so plainly, with the last recorded score, rather than
 * look as if nothing had been done while the sidebar counts « réussies ».
 *
 * Its data (questions and citations) is not in its props: the island registry holds it under the
 * URL of the chapter's JSON file, deposited by QuizIlot.astro on the server and by the
 * `client:donnees` directive in the browser (src/lib/donnees-ilots.ts).
 */
import { useEffect, useState } from 'preact/hooks';
import { $progression, enregistrerQuestion } from '../../stores/progression';
import { progressionChapitre } from '../../domaine/schema-progression';
import { QuestionQuiz } from './QuestionQuiz';
import { lireDonnees } from '../../lib/donnees-ilots';
import type { DonneesQuiz } from './donnees';

const pluriel = (n: number, mot: string) => `${n} ${mot}${n > 1 ? 's' : ''}`;

interface Props {
  /** URL of the chapter's quiz JSON: the registry key of its data. */
  donnees: string;
  /** Link to the sources page (base-aware), without the anchor. */
  pageSources: string;
}

export default function Quiz({ donnees, pageSources }: Props) {
  return <QuizChapitre {...lireDonnees<DonneesQuiz>(donnees)} pageSources={pageSources} />;
}

function QuizChapitre({ questions, citations, pageSources }: DonneesQuiz & { pageSources: string }) {
  const [resultats, setResultats] = useState<Record<string, boolean>>({});
  const justes = Object.values(resultats).filter(Boolean).length;
  const faites = Object.keys(resultats).length;
  // The server render knows no saved progress: the notice appears once mounted (no mismatch).
  const [monte, setMonte] = useState(false);
  useEffect(() => setMonte(true), []);
  // Read once, before this visit's answers change it.
  const [precedent] = useState(() =>
    progressionChapitre(
      $progression.get(),
      questions.map((q) => q.id),
    ),
  );
  return (
    <div class="quiz">
      {monte && precedent.repondues > 0 && (
        <p class="quiz__precedent message">
          Nouvelle tentative : vos réponses précédentes ne sont pas réaffichées. Dernier résultat enregistré : {pluriel(precedent.reussies, 'question réussie')}{' '}
          sur {precedent.total} ({pluriel(precedent.repondues, 'question répondue')}). Chaque réponse vérifiée ici remplace la précédente.
        </p>
      )}
      {questions.map((q, i) => (
        <QuestionQuiz
          key={q.id}
          question={q}
          numero={i + 1}
          citations={citations}
          pageSources={pageSources}
          onVerifiee={(id, ok) => {
            enregistrerQuestion(id, ok);
            setResultats((r) => ({ ...r, [id]: ok }));
          }}
        />
      ))}
      <p class="quiz__score" aria-live="polite">
        {faites === 0
          ? `${questions.length} questions. Votre score s’affichera ici.`
          : `Score : ${justes} bonne${justes > 1 ? 's' : ''} réponse${justes > 1 ? 's' : ''} sur ${faites} question${faites > 1 ? 's' : ''} vérifiée${faites > 1 ? 's' : ''} (sur ${questions.length}).`}
      </p>
    </div>
  );
}
