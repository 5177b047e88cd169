import { plafondDAExercice } from '../../engine';
import { ExerciceVue, type PropsExercice } from '../widgets/ExerciceVue';

/** Island of the « plafond-da » exercise (one kind, so its page ships only this kind's rules). */
export default function ExercicePlafondDa(props: PropsExercice) {
  return <ExerciceVue kind={plafondDAExercice} {...props} />;
}
