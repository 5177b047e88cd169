/**
 * Private practice of a full-time hospital practitioner (ISNAR §3.4): the redevance due to the
 * hospital (`redevanceActiviteLiberale`) and the 20 % time cap (`plafondTempsActiviteLiberale`).
 */
import { useState } from 'preact/hooks';
import { formatEuros, formatNombre, plafondTempsActiviteLiberale, redevanceActiviteLiberale, type CategorieActe, type Etablissement } from '../../engine';
import { ChampSaisie, useSaisie } from '../widgets/ChampSaisie';
import { Trace } from '../widgets/Trace';
import { Calculateur, ChampChoix, Resultats, Tableau, lire, useCalcul, type PropsCalculateur } from './commun';

/** The guide's percentages, read at the date of the guide (they have a single period). */
const DATE = '2017-06-01';
const CATEGORIES: ReadonlyArray<readonly [CategorieActe, string]> = [
  ['consultation', 'Consultations'],
  ['autreActe', 'Autres actes (hors imagerie, radiothérapie, médecine nucléaire, biologie)'],
  ['imagerieBiologie', 'Imagerie, radiothérapie, médecine nucléaire, biologie'],
];
const ETABLISSEMENTS: ReadonlyArray<readonly [Etablissement, string]> = [
  ['CHU', 'CHU (centre hospitalier universitaire)'],
  ['CH', 'CH (centre hospitalier)'],
];

export default function CalculateurRedevance({ pageSources }: PropsCalculateur) {
  const [etab, setEtab] = useState<Etablissement>('CHU');
  const montants = [useSaisie('6000', 'montant'), useSaisie('4000', 'montant'), useSaisie('2000', 'montant')];
  const service = useSaisie('48', 'nombre');
  const liberal = useSaisie('8', 'nombre');

  const redevance = useCalcul(() => {
    const v = lire(...montants);
    if (!v) return null;
    return redevanceActiviteLiberale({ date: DATE, etablissement: etab, actes: CATEGORIES.map(([categorie], i) => ({ categorie, tarif: v[i]!, nombre: 1 })) });
  }, [etab, ...montants.map((m) => m.texte)]);

  const temps = useCalcul(() => {
    const v = lire(service, liberal);
    if (!v) return null;
    return plafondTempsActiviteLiberale({ date: DATE, dureeService: v[0]!, dureeLiberale: v[1]! });
  }, [service.texte, liberal.texte]);

  const r = redevance.r;
  const t = temps.r;
  return (
    <Calculateur nom="calculateur-redevance" titre="Calculateur : activité libérale d’un praticien hospitalier à temps plein">
      <fieldset class="calculateur__groupe">
        <legend>Redevance versée à l’hôpital (barème du guide ISNAR, §3.4)</legend>
        <div class="widget__champs">
          <ChampChoix id="calc-redevance-etablissement" libelle="Établissement" valeur={etab} choix={ETABLISSEMENTS} onChange={setEtab} />
          {CATEGORIES.map(([c, libelle], i) => (
            <ChampSaisie
              key={c}
              id={`calc-redevance-${c}`}
              libelle={`${libelle} : montant des tarifs`}
              saisie={montants[i]!}
              unite="€"
              aide="Somme des tarifs des actes, hors dépassements."
            />
          ))}
        </div>
      </fieldset>
      <Resultats calcul={redevance}>
        {r && (
          <>
            <p class="resultat__principal">Redevance due à l’hôpital : {formatEuros(r.valeur)}</p>
            <Tableau
              id="calc-redevance-tableau"
              legende={`Redevance par catégorie d’actes (${etab})`}
              entetes={['Catégorie', 'Redevance']}
              lignes={CATEGORIES.map(([c, libelle]) => [libelle, formatEuros(r.parCategorie[c]!)])}
            />
          </>
        )}
      </Resultats>
      {r && <Trace etapes={r.etapes} pageSources={pageSources} titre="La redevance pas à pas" />}

      <fieldset class="calculateur__groupe">
        <legend>Plafond de temps consacré à l’activité libérale</legend>
        <div class="widget__champs">
          <ChampSaisie
            id="calc-redevance-service"
            libelle="Durée du service hospitalier, hors gardes"
            saisie={service}
            unite="h"
            aide="En heures par semaine."
          />
          <ChampSaisie id="calc-redevance-liberal" libelle="Durée de l’activité libérale" saisie={liberal} unite="h" aide="En heures par semaine." />
        </div>
      </fieldset>
      <Resultats calcul={temps}>
        {t && (
          <p class="resultat__principal">
            Activité libérale maximale : {formatNombre(t.valeur)} h par semaine ; plafond {t.respecte ? 'respecté' : 'dépassé'}.
          </p>
        )}
      </Resultats>
      {t && <Trace etapes={t.etapes} pageSources={pageSources} titre="Le plafond de temps pas à pas" />}
    </Calculateur>
  );
}
