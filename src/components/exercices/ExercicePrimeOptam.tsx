import { primeOptamExercice } from '../../engine';
import { ExerciceVue, type PropsExercice } from '../widgets/ExerciceVue';

/** Island of the « prime-optam » exercise (one kind, so its page ships only this kind's rules). */
export default function ExercicePrimeOptam(props: PropsExercice) {
  return <ExerciceVue kind={primeOptamExercice} {...props} />;
}
