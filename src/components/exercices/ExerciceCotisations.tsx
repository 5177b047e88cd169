import { cotisationsExercice } from '../../engine';
import { ExerciceVue, type PropsExercice } from '../widgets/ExerciceVue';

/** Island of the « cotisations » exercise (one kind, so its page ships only this kind's rules). */
export default function ExerciceCotisations(props: PropsExercice) {
  return <ExerciceVue kind={cotisationsExercice} {...props} />;
}
