/**
 * End-of-chapter quiz over the question bank. Each answer is recorded in the learner's progress
 * (stable question ids), and the running score is shown at the end.
 */
import { useState } from 'preact/hooks';
import type { Question } from '../../content/schemas/question';
import { enregistrerQuestion } from '../../stores/progression';
import { QuestionQuiz } from './QuestionQuiz';

interface Props {
  questions: Question[];
  citations: Record<string, string>;
  pageSources: string;
}

export default function Quiz({ questions, citations, pageSources }: Props) {
  const [resultats, setResultats] = useState<Record<string, boolean>>({});
  const justes = Object.values(resultats).filter(Boolean).length;
  const faites = Object.keys(resultats).length;
  return (
    <div class="quiz">
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
          : `Score : ${justes} bonne${justes > 1 ? 's' : ''} réponse${justes > 1 ? 's' : ''} sur ${faites} question${faites > 1 ? 's' : ''} vérifiée${faites > 1 ? 's' : ''} (sur ${questions.length}).`}
      </p>
    </div>
  );
}
