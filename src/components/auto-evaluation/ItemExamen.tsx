/**
 * The answer area of one exam item, shared by the self-assessment's exam screen (./EcranExamen) and
 * the SCORM package's (src/scorm/Sco.tsx): a bank question through the chapter quiz's QuestionQuiz, a
 * numeric exercise through the Exercice widget in exam mode, or a notice when the bank no longer has
 * the question. Each caller records the answer its own way (the learner's stores, or the SCO's state).
 */
import type { Question } from '../../content/schemas/question';
import type { Reponse } from '../../domaine/corriger';
import type { Item } from '../../domaine/examen';
import type { VerdictExercice } from '../../domaine/schema-auto-evaluation';
import { QuestionQuiz } from '../quiz/QuestionQuiz';
import Exercice from '../widgets/Exercice';

interface Props {
  item: Item;
  /** The bank question the item names (undefined: it no longer exists, or the item is an exercise). */
  question: Question | undefined;
  numero: number;
  /** Remounts the widget when the item changes (a new exam, the next screen). */
  cle: string;
  citations: Record<string, string>;
  pageSources: string;
  /** What was already answered: shown checked (question) or typed again (exercise). */
  reponseVerifiee?: Reponse;
  saisieInitiale?: string;
  onQuestion: (id: string, correcte: boolean, reponse: Reponse) => void;
  /** Called for a gradable answer only (never for an unreadable entry). */
  onExercice: (verdict: VerdictExercice, saisie: string) => void;
}

export function ItemExamen({ item, question, numero, cle, citations, pageSources, reponseVerifiee, saisieInitiale, onQuestion, onExercice }: Props) {
  if (item.genre === 'question' && question)
    return (
      <QuestionQuiz
        key={cle}
        question={question}
        numero={numero}
        citations={citations}
        pageSources={pageSources}
        examen
        reponseVerifiee={reponseVerifiee}
        onVerifiee={onQuestion}
      />
    );
  if (item.genre === 'exercice')
    return (
      <Exercice
        key={cle}
        type={item.type}
        graine={item.graine}
        pageSources={pageSources}
        examen
        saisieInitiale={saisieInitiale}
        onNote={(notation, saisie) => {
          if (notation.verdict !== 'illisible') onExercice(notation.verdict, saisie);
        }}
      />
    );
  return <p>Cette question n’existe plus dans la banque.</p>;
}
