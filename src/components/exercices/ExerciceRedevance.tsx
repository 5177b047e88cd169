import { redevanceExercice } from '../../engine';
import { ExerciceVue, type PropsExercice } from '../widgets/ExerciceVue';

/** Island of the « redevance » exercise (one kind, so its page ships only this kind's rules). */
export default function ExerciceRedevance(props: PropsExercice) {
  return <ExerciceVue kind={redevanceExercice} {...props} />;
}
