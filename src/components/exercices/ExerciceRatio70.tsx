import { ratio70Exercice } from '../../engine';
import { ExerciceVue, type PropsExercice } from '../widgets/ExerciceVue';

/** Island of the « ratio-70 » exercise (one kind, so its page ships only this kind's rules). */
export default function ExerciceRatio70(props: PropsExercice) {
  return <ExerciceVue kind={ratio70Exercice} {...props} />;
}
