import { tauxDepassementExercice } from '../../engine';
import { ExerciceVue, type PropsExercice } from '../widgets/ExerciceVue';

/** Island of the « taux-depassement » exercise (one kind, so its page ships only this kind's rules). */
export default function ExerciceTauxDepassement(props: PropsExercice) {
  return <ExerciceVue kind={tauxDepassementExercice} {...props} />;
}
