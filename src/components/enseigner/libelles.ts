/** French labels of the bank's question types, for the builder's choices and the sheets' instructions. */
import type { TypeQuestionSerie } from '../../domaine/serie';

export const LIBELLES_TYPES_QUESTION: Readonly<Record<TypeQuestionSerie, string>> = {
  'choix-unique': 'Une seule réponse',
  'choix-multiple': 'Plusieurs réponses',
  'vrai-faux': 'Vrai ou faux',
  association: 'Associer',
  ordre: 'Remettre dans l’ordre',
};

/** What the learner is asked to do, printed under each question of a sheet. */
export const CONSIGNES: Readonly<Record<TypeQuestionSerie, string>> = {
  'choix-unique': 'Cochez la bonne réponse.',
  'choix-multiple': 'Cochez toutes les bonnes réponses.',
  'vrai-faux': 'Entourez Vrai ou Faux.',
  association: 'Associez chaque élément de gauche à une lettre de droite.',
  ordre: 'Écrivez les lettres dans le bon ordre.',
};
