import { fpmtExercice } from '../../engine';
import { ExerciceVue, type PropsExercice } from '../widgets/ExerciceVue';

/** Island of the « fpmt » exercise (one kind, so its page ships only this kind's rules). */
export default function ExerciceFpmt(props: PropsExercice) {
  return <ExerciceVue kind={fpmtExercice} {...props} />;
}
