/**
 * The OPTAM prime (`primeOptam`, CdC II-B-3 note 173, ambiguity 11): the value under the external
 * modulation scale, the seed-only reading (the Cour des comptes alone), and the scale itself.
 */
import { D, formatEuros, formatGrandeur, formatParametre, formatTaux, primeOptam } from '../../engine';
import { ChampSaisie, useSaisie } from '../widgets/ChampSaisie';
import { Trace } from '../widgets/Trace';
import { Calculateur, ChampDate, Resultats, Tableau, lire, useCalcul, useDate, type PropsCalculateur } from './commun';

export default function CalculateurOptam({ pageSources }: PropsCalculateur) {
  const date = useDate('2018-06-01');
  const honoraires = useSaisie('100000', 'montant');
  const taux = useSaisie('8,3', 'taux');
  const ecart1 = useSaisie('2,5', 'nombre');
  const ecart2 = useSaisie('1', 'nombre');

  const calcul = useCalcul(() => {
    const v = lire(honoraires, taux, ecart1, ecart2);
    if (!v || !date.date) return null;
    const x = primeOptam({
      date: date.date,
      honorairesTarifOpposable: v[0]!,
      tauxSpecialite: v[1]!,
      ecartTauxDepassement: v[2]!,
      ecartActiviteOpposable: v[3]!,
    });
    // The scale's brackets as the engine labels them in its trace, with the share paid in each.
    const palier = x.etapes.find((e) => e.genre === 'tranche')!;
    const paliers = palier.formule.split(/[\u00a0 ]; /).map((libelle, i) => ({
      libelle,
      part: i < 5 ? formatParametre(`optam.modulation.jusqua${i + 1}`, date.date!) : formatTaux(D(0)),
    }));
    return { x, paliers, actif: paliers.findIndex((p) => p.libelle === palier.tranche) };
  }, [date.texte, honoraires.texte, taux.texte, ecart1.texte, ecart2.texte]);

  const r = calcul.r;
  return (
    <Calculateur nom="calculateur-optam" titre="Calculateur : prime OPTAM">
      <div class="widget__champs">
        <ChampDate id="calc-optam-date" libelle="Date" saisie={date} />
        <ChampSaisie id="calc-optam-honoraires" libelle="Honoraires à tarif opposable sur l’année" saisie={honoraires} unite="€" />
        <ChampSaisie
          id="calc-optam-taux"
          libelle="Taux fixé pour la spécialité"
          saisie={taux}
          unite="%"
          aide="Par exemple 8,3 % (dermatologie, source hors du guide)."
        />
        <ChampSaisie
          id="calc-optam-ecart1"
          libelle="Écart à l’engagement sur le taux de dépassement"
          saisie={ecart1}
          unite="points"
          aide="Points au-delà du taux de dépassement promis ; 0 si l’engagement est tenu."
        />
        <ChampSaisie
          id="calc-optam-ecart2"
          libelle="Écart à l’engagement sur la part d’activité à tarif opposable"
          saisie={ecart2}
          unite="points"
          aide="Points en dessous de la part promise ; 0 si l’engagement est tenu."
        />
      </div>
      <Resultats calcul={calcul}>
        {r && (
          <>
            <p class="resultat__principal">Prime OPTAM : {formatEuros(r.x.valeur)}</p>
            <p>
              Prime pleine : {formatEuros(r.x.primePleine)} ; écart retenu : {formatGrandeur(r.x.ecartRetenu, 'points')} ; part versée :{' '}
              {formatTaux(r.x.modulation)} <span class="badge badge--externe">hors du guide</span>
            </p>
            <p>
              Lecture de la seule Cour des comptes (100 % sans écart, rien au-delà de 5 points) :{' '}
              <strong>{r.x.lectureCdc === null ? 'non déterminée' : formatEuros(r.x.lectureCdc)}</strong>
              {r.x.lectureCdc === null && ' (entre 0 et 5 points d’écart, la Cour ne dit pas combien est versé)'}.
            </p>
            <Tableau
              id="calc-optam-tableau"
              legende={
                <>
                  Barème intermédiaire de modulation (source publique extérieure au guide) <span class="badge badge--externe">hors du guide</span>
                </>
              }
              entetes={['Écart retenu', 'Part de la prime versée']}
              lignes={r.paliers.map((p, i) => [
                i === r.actif ? (
                  <>
                    {p.libelle} <strong>(votre cas)</strong>
                  </>
                ) : (
                  p.libelle
                ),
                p.part,
              ])}
              active={r.actif}
            />
          </>
        )}
      </Resultats>
      {r && <Trace etapes={r.x.etapes} pageSources={pageSources} />}
    </Calculateur>
  );
}
