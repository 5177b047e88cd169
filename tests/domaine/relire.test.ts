/** "Which section to reread" (src/domaine/relire.ts), on made-up chapters so each rule is seen alone. */
import { describe, expect, test } from 'vitest';
import { liensARelire, sectionPourExercice, sectionPourSource, type ChapitreARelire } from '../../src/domaine/relire';

const lien = (id: string, ancre?: string) => `/c/${id}/${ancre ? `#${ancre}` : ''}`;
const chapitres: ChapitreARelire[] = [
  {
    id: 'histoire',
    titreCourt: 'Histoire',
    theme: 'histoire',
    corps: '## 2.1 Les débuts\n\ntexte\n\n## 2.2 La suite\n\n<Exercice type="tarif-a-la-date" />\n',
    sections: [
      { text: '2.1 Les débuts', slug: '21-les-debuts' },
      { text: '2.2 La suite', slug: '22-la-suite' },
    ],
  },
  {
    id: 'aujourdhui',
    titreCourt: 'Aujourd’hui',
    theme: 'aujourdhui',
    corps: '<Exercice type="fpmt" />\n\n## I. Constat\n\n## II. Propositions\n',
    sections: [
      { text: 'I. Constat', slug: 'i-constat' },
      { text: 'II. Propositions', slug: 'ii-propositions' },
    ],
  },
];

describe('section à relire', () => {
  test('« §2.2 » du guide : la section numérotée 2.2, même si elle est dans un autre chapitre', () => {
    expect(sectionPourSource(chapitres, 'aujourdhui', 'isnar', '§2.2', lien)).toEqual({
      href: '/c/histoire/#22-la-suite',
      libelle: 'Histoire, « 2.2 La suite »',
    });
  });
  test('« II-B-3 » de la Cour des comptes : la section « II. » du chapitre de la question', () => {
    expect(sectionPourSource(chapitres, 'aujourdhui', 'cdc', 'II-B-3', lien)).toEqual({
      href: '/c/aujourdhui/#ii-propositions',
      libelle: 'Aujourd’hui, « II. Propositions »',
    });
  });
  test('une section introuvable renvoie au chapitre ; un chapitre inconnu ne donne rien', () => {
    expect(sectionPourSource(chapitres, 'histoire', 'isnar', '§9.9', lien)).toEqual({ href: '/c/histoire/', libelle: 'le chapitre « Histoire »' });
    expect(sectionPourSource(chapitres, 'inconnu', 'isnar', '§2.2', lien)).toBeNull();
  });
  test('un exercice : la section qui l’intègre, le chapitre s’il est avant le premier titre, sinon le chapitre de son thème', () => {
    expect(sectionPourExercice(chapitres, { id: 'tarif-a-la-date', theme: 'histoire' }, lien)?.href).toBe('/c/histoire/#22-la-suite');
    expect(sectionPourExercice(chapitres, { id: 'fpmt', theme: 'aujourdhui' }, lien)?.href).toBe('/c/aujourdhui/');
    expect(sectionPourExercice(chapitres, { id: 'absent', theme: 'aujourdhui' }, lien)?.href).toBe('/c/aujourdhui/');
    expect(sectionPourExercice(chapitres, { id: 'absent', theme: 'parcours' }, lien)).toBeNull();
  });
  test('liensARelire laisse de côté ce qui n’a pas de lien', () => {
    const r = liensARelire(
      chapitres,
      [{ id: 'q1', chapitre: 'inconnu', source: { document: 'isnar', section: '§2.1' } }],
      [{ id: 'x', theme: 'parcours' }],
      lien,
    );
    expect(r).toEqual({ relireQuestions: {}, relireExercices: {} });
  });
});
