/**
 * Cour des comptes 2022, I-A, tableau n° 23 « évolution des honoraires des
 * professions libérales » (en M€), read from the chapter's text. Source cited
 * by the Cour: rapports de la commission des comptes de la sécurité sociale.
 */
export const ANNEES_TABLEAU_23 = [2015, 2016, 2017, 2018, 2019] as const;

export interface LigneTableau23 {
  id: 'soinsDeVille' | 'honorairesMedicauxDentaires' | 'honorairesParamedicaux' | 'laboratoires';
  libelle: string;
  /** M€, 2015 → 2019. */
  valeurs: readonly [string, string, string, string, string];
  /** TCAM as printed by the Cour (fraction). */
  tcamPublie: string;
}

export const TABLEAU_23: readonly LigneTableau23[] = [
  { id: 'soinsDeVille', libelle: 'Dépenses de soins de ville', valeurs: ['68019', '70247', '72483', '74391', '83143'], tcamPublie: '0.052' },
  {
    id: 'honorairesMedicauxDentaires',
    libelle: 'dont honoraires médicaux et dentaires',
    valeurs: ['18017', '18563', '19055', '19697', '22905'],
    tcamPublie: '0.063',
  },
  { id: 'honorairesParamedicaux', libelle: 'dont honoraires paramédicaux', valeurs: ['8883', '9294', '9655', '10010', '11802'], tcamPublie: '0.075' },
  { id: 'laboratoires', libelle: 'dont laboratoires', valeurs: ['2843', '2901', '2934', '2901', '3281'], tcamPublie: '0.038' },
];

/**
 * The share of « honoraires médicaux » in the growth of soins de ville that the Cour states in the
 * text of I-A: 28,4 % from 2017 to 2018, « environ 21 % » the other years (`de: null`). The table does
 * not give these back (ambiguity 14).
 */
export const PARTS_CROISSANCE_COUR: ReadonlyArray<{ de: number | null; valeur: string }> = [
  { de: 2017, valeur: '0.284' },
  { de: null, valeur: '0.21' },
];
