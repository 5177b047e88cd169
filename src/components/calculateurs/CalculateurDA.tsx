/**
 * The dépassement autorisé (DA) cap under the three readings the engine computes
 * (`plafondDepassementAutorise`, ambiguity 4), and the 70 % commitment of a secteur 1 doctor's
 * year of activity under readings A and B (`ratioHonorairesSansDepassement`, ambiguity 6).
 */
import { useState } from 'preact/hooks';
import {
  formatDate,
  formatEuros,
  formatParametre,
  formatTaux,
  plafondDepassementAutorise,
  ratioHonorairesSansDepassement,
  type LectureDA,
  type TypeActeDA,
} from '../../engine';
import { ChampSaisie, useSaisie } from '../widgets/ChampSaisie';
import { Trace } from '../widgets/Trace';
import { Calculateur, CaseACocher, ChampChoix, ChampDate, Resultats, Tableau, lire, ouiNon, useCalcul, useDate, type PropsCalculateur } from './commun';

const LECTURES: Record<TypeActeDA, ReadonlyArray<readonly [LectureDA, string]>> = {
  clinique: [
    ['convention', 'Convention 2016, art. 37.1 : 117,5 % du tarif du parcours, arrondi à l’euro supérieur (lecture retenue)'],
    ['isnar43', 'Guide ISNAR, §4.3 : 117,5 % du tarif du parcours, au centime inférieur'],
    ['isnar31', 'Guide ISNAR, §3.1 : 17,5 % du tarif opposable, au centime inférieur'],
  ],
  technique: [
    ['convention', 'Convention 2016, art. 37.1 : 17,5 % du tarif de l’acte, sans arrondi à l’euro (lecture retenue)'],
    ['isnar43', 'Guide ISNAR, §4.3 : 117,5 % du tarif du parcours, au centime inférieur'],
    ['isnar31', 'Guide ISNAR, §3.1 : 17,5 % du tarif opposable, au centime inférieur'],
  ],
};
const TYPES: ReadonlyArray<readonly [TypeActeDA, string]> = [
  ['clinique', 'Acte clinique (consultation)'],
  ['technique', 'Acte technique (CCAM)'],
];
/** One activity line: tarif, amount billed per act, number of acts. */
function useLigne(tarif: string, facture: string, nombre: string) {
  return { tarif: useSaisie(tarif, 'montant'), facture: useSaisie(facture, 'montant'), nombre: useSaisie(nombre, 'nombre', { entier: true }) };
}

export default function CalculateurDA({ pageSources }: PropsCalculateur) {
  const date = useDate('2017-07-01');
  const [tarifsSaisis, setTarifsSaisis] = useState(false);
  const [typeActe, setTypeActe] = useState<TypeActeDA>('clinique');
  const tarifTechnique = useSaisie('100', 'montant');
  const opposable = useSaisie('25', 'montant');
  const parcours = useSaisie('30', 'montant');
  const lignes = [useLigne('25', '29', '300'), useLigne('25', '25', '600'), useLigne('30', '30', '100')];

  const plafond = useCalcul(() => {
    if (!date.date) return null;
    if (typeActe === 'technique') {
      // A technical act has one tariff, in and out of the parcours.
      const v = lire(tarifTechnique);
      if (!v) return null;
      return plafondDepassementAutorise({ date: date.date, typeActe, tarifOpposable: v[0] });
    }
    let tarifs = {};
    if (tarifsSaisis) {
      const v = lire(opposable, parcours);
      if (!v) return null;
      tarifs = { tarifOpposable: v[0], tarifParcours: v[1] };
    }
    return plafondDepassementAutorise({ date: date.date, typeActe, ...tarifs });
  }, [date.texte, typeActe, tarifTechnique.texte, tarifsSaisis, opposable.texte, parcours.texte]);

  const ratio = useCalcul(() => {
    const v = lire(...lignes.flatMap((l) => [l.tarif, l.facture, l.nombre]));
    if (!v || !date.date) return null;
    const actes = [0, 1, 2].map((i) => ({ tarif: v[3 * i]!, montantFacture: v[3 * i + 1]!, nombre: v[3 * i + 2]! }));
    return { date: date.date, x: ratioHonorairesSansDepassement({ date: date.date, actes }) };
  }, [date.texte, ...lignes.flatMap((l) => [l.tarif.texte, l.facture.texte, l.nombre.texte])]);

  const p = plafond.r;
  const q = ratio.r;
  const conv = p?.lectures.convention.depassementMaximal;
  return (
    <Calculateur nom="calculateur-da" titre="Calculateur : plafond du dépassement autorisé et engagement de 70 %">
      <div class="widget__champs">
        <ChampDate id="calc-da-date" libelle="Date" saisie={date} />
        <ChampChoix id="calc-da-type" libelle="Type d’acte" valeur={typeActe} choix={TYPES} onChange={setTypeActe} />
        {typeActe === 'technique' && (
          <ChampSaisie
            id="calc-da-technique"
            libelle="Tarif de l’acte technique"
            saisie={tarifTechnique}
            unite="€"
            aide="Même tarif dans et hors du parcours de soins."
          />
        )}
        {typeActe === 'clinique' && (
          <CaseACocher id="calc-da-tarifs" libelle="Saisir d’autres tarifs que ceux du barème à cette date" coche={tarifsSaisis} onChange={setTarifsSaisis} />
        )}
        {typeActe === 'clinique' && tarifsSaisis && (
          <>
            <ChampSaisie id="calc-da-opposable" libelle="Tarif opposable hors parcours" saisie={opposable} unite="€" aide="Au barème : CS + MPC." />
            <ChampSaisie
              id="calc-da-parcours"
              libelle="Tarif dans le parcours de soins"
              saisie={parcours}
              unite="€"
              aide="Au barème : consultation coordonnée."
            />
          </>
        )}
      </div>
      <Resultats calcul={plafond}>
        {p && conv && (
          <>
            <p class="resultat__principal">
              DA maximal (lecture retenue) : {formatEuros(p.valeur)}, soit {formatEuros(p.factureMaximal)} facturés au plus.
            </p>
            <Tableau
              id="calc-da-tableau-plafond"
              legende="Le plafond du DA selon chaque lecture des sources"
              entetes={['Lecture', 'DA maximal', 'Montant facturé maximal', 'Écart avec la lecture retenue']}
              lignes={LECTURES[p.typeActe].map(([l, libelle]) => [
                libelle,
                formatEuros(p.lectures[l].depassementMaximal),
                formatEuros(p.lectures[l].factureMaximal),
                formatEuros(p.lectures[l].depassementMaximal.minus(conv)),
              ])}
            />
          </>
        )}
      </Resultats>
      {p && <Trace etapes={p.etapes} pageSources={pageSources} titre="Le plafond du DA pas à pas" />}

      <fieldset class="calculateur__groupe">
        <legend>Engagement de 70 % d’honoraires sans dépassement : une année d’activité</legend>
        {lignes.map((l, i) => (
          <fieldset class="calculateur__ligne" key={i}>
            <legend>Ligne d’activité {i + 1}</legend>
            <div class="widget__champs">
              <ChampSaisie id={`calc-da-l${i}-tarif`} libelle="Tarif opposable de l’acte" saisie={l.tarif} unite="€" />
              <ChampSaisie id={`calc-da-l${i}-facture`} libelle="Montant facturé par acte" saisie={l.facture} unite="€" />
              <ChampSaisie id={`calc-da-l${i}-nombre`} libelle="Nombre d’actes dans l’année" saisie={l.nombre} />
            </div>
          </fieldset>
        ))}
      </fieldset>
      <Resultats calcul={ratio}>
        {q && (
          <>
            <p class="resultat__principal">
              Honoraires sans dépassement (lecture A) : {formatTaux(q.x.valeur, 1)}, engagement {q.x.respecteEngagement ? 'respecté' : 'non respecté'}.
            </p>
            <Tableau
              id="calc-da-tableau-ratio"
              legende={`Part des honoraires sans dépassement (minimum : ${formatParametre('honorairesSansDepassement.ratioMinimum', q.date)} au ${formatDate(q.date)})`}
              entetes={['Lecture', 'Ratio', 'Engagement respecté ?']}
              lignes={[
                ['A : honoraires des actes sans dépassement ÷ honoraires totaux (retenue)', formatTaux(q.x.valeur, 1), ouiNon(q.x.respecteEngagement)],
                ['B : (honoraires totaux − dépassements) ÷ honoraires totaux', formatTaux(q.x.lectureB, 1), ouiNon(q.x.respecteEngagementLectureB)],
              ]}
            />
            <p>
              Honoraires totaux : {formatEuros(q.x.honorairesTotaux)} ; honoraires des actes sans dépassement : {formatEuros(q.x.honorairesSansDepassement)} ;
              montant des dépassements : {formatEuros(q.x.depassements)}.
            </p>
          </>
        )}
      </Resultats>
      {q && <Trace etapes={q.x.etapes} pageSources={pageSources} titre="Le ratio pas à pas" />}
    </Calculateur>
  );
}
