/** The one scoring policy (src/domaine/score.ts), as the self-assessment and the progress read it. */
import { describe, expect, test } from 'vitest';
import { etatExercice, estReussi, pointsVerdict, pourcentage } from '../../src/domaine/score';
import { estManque, scoreGlobal } from '../../src/domaine/schema-auto-evaluation';

describe('barème', () => {
  test('un exercice « proche » vaut un demi-point et n’est pas une réussite : il reste à revoir', () => {
    expect(pointsVerdict('proche')).toBe(0.5);
    expect(estReussi(pointsVerdict('proche'))).toBe(false);
    expect(estManque({ genre: 'exercice', saisie: '24,5', verdict: 'proche' })).toBe(true);
    expect(estManque({ genre: 'exercice', saisie: '25', verdict: 'correct' })).toBe(false);
  });
  test('une réponse illisible ou absente vaut 0', () => {
    expect(pointsVerdict('illisible')).toBe(0);
    expect(estManque(null)).toBe(true);
  });
  test('score d’un examen : 1 + 0,5 + 0 sur 3 items = 50 %', () => {
    const items = [
      { genre: 'question', id: 'a', theme: 'histoire' },
      { genre: 'exercice', type: 'fpmt', graine: 1, theme: 'aujourdhui' },
      { genre: 'question', id: 'b', theme: 'histoire' },
    ] as const;
    const reponses = [
      { genre: 'question', reponse: { type: 'vrai-faux', choix: true }, correct: true },
      { genre: 'exercice', saisie: '1', verdict: 'proche' },
      null,
    ] as const;
    expect(scoreGlobal([...items], [...reponses])).toEqual({ points: 1.5, total: 3, pourcent: 50 });
  });
  test('pourcentage arrondi à l’unité ; 0 pour un ensemble vide', () => {
    expect(pourcentage(2, 3)).toBe(67);
    expect(pourcentage(0, 0)).toBe(0);
  });
  test('état d’un exercice dans la progression', () => {
    expect(etatExercice(1, 3)).toBe('juste');
    expect(etatExercice(0.5, 1)).toBe('solution vue');
    expect(etatExercice(0.5, 0)).toBe('proche');
    expect(etatExercice(0, 0)).toBe('pas encore juste');
  });
});
