/**
 * Tableau n° 23 of the Cour des comptes (CdC I-A): the published TCAM beside the arithmetic and
 * geometric TCAM recomputed by the engine (`tcamTableau23`, ambiguity 13), and the share of the
 * growth of soins de ville due to one line between two years (`partCroissanceTableau23`, ambiguity 14).
 */
import { useMemo, useState } from 'preact/hooks';
import { ANNEES_TABLEAU_23, formatNombre, formatTaux, partCroissanceTableau23, tcamTableau23, D, type LigneTableau23 } from '../../engine';
import { Trace } from '../widgets/Trace';
import { Calculateur, ChampChoix, Resultats, Tableau, useCalcul, type PropsCalculateur } from './commun';

type IdLigne = LigneTableau23['id'];
const ANNEES = ANNEES_TABLEAU_23.map((a) => [String(a), String(a)] as const);

export default function CalculateurTcam({ pageSources }: PropsCalculateur) {
  const tableau = useMemo(() => tcamTableau23(), []);
  const [ligne, setLigne] = useState<IdLigne>('honorairesMedicauxDentaires');
  const [de, setDe] = useState('2015');
  const [a, setA] = useState('2019');

  const part = useCalcul(() => ({ ligne, de, a, x: partCroissanceTableau23(ligne, Number(de), Number(a)) }), [ligne, de, a]);
  const r = part.r;
  const choisie = tableau.find((l) => l.ligne.id === ligne) ?? tableau[0]!;
  const libelle = (id: IdLigne) => tableau.find((l) => l.ligne.id === id)?.ligne.libelle ?? id;

  return (
    <Calculateur nom="calculateur-tcam" titre="Calculateur : croissance des honoraires (Cour des comptes, tableau n° 23)">
      <Tableau
        id="calc-tcam-tableau"
        legende="Honoraires des professions libérales, en millions d’euros, et taux de croissance annuel moyen (TCAM) 2015-2019"
        entetes={['Poste', ...ANNEES_TABLEAU_23.map(String), 'TCAM publié', 'TCAM arithmétique', 'TCAM géométrique']}
        lignes={tableau.map((l) => [
          l.ligne.libelle,
          ...l.ligne.valeurs.map((v) => formatNombre(D(v))),
          formatTaux(l.tcamPublie),
          formatTaux(l.arithmetique.valeurArrondie),
          formatTaux(l.geometrique.valeurArrondie),
        ])}
      />
      <p class="champ__aide">
        Le TCAM arithmétique est la moyenne des quatre taux annuels : il reproduit les chiffres publiés. Le TCAM géométrique (taux composé) est un peu plus
        faible.
      </p>
      <div class="widget__champs">
        <ChampChoix
          id="calc-tcam-ligne"
          libelle="Poste"
          valeur={ligne}
          choix={tableau.slice(1).map((l) => [l.ligne.id, l.ligne.libelle] as const)}
          onChange={setLigne}
        />
        <ChampChoix id="calc-tcam-de" libelle="De l’année" valeur={de} choix={ANNEES} onChange={setDe} erreur={part.erreur} />
        <ChampChoix id="calc-tcam-a" libelle="À l’année" valeur={a} choix={ANNEES} onChange={setA} />
      </div>
      <Resultats calcul={part} erreurAuChamp>
        {r && (
          <p class="resultat__principal">
            Part de la hausse des dépenses de soins de ville due au poste « {libelle(r.ligne).replace(/^dont /, '')} » de {r.de} à {r.a} :{' '}
            {formatTaux(r.x.valeur, 1)}
          </p>
        )}
      </Resultats>
      {r && <Trace etapes={r.x.etapes} pageSources={pageSources} titre="La part de croissance pas à pas" />}
      <Trace etapes={choisie.arithmetique.etapes} pageSources={pageSources} titre={`Le TCAM pas à pas : ${choisie.ligne.libelle}`} />
    </Calculateur>
  );
}
