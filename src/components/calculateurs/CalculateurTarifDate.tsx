/**
 * "What did this act cost on this date?" (`tarifActe`): the value in force, since when, until
 * which next value, and its source; a date before the first known value, or in a period whose
 * value no source gives (APC between June 2018 and December 2024), gives the engine's message.
 */
import { useState } from 'preact/hooks';
import { ACTES, citer, definitionParametre, formatDate, formatEuros, formatParametre, tarifActe, type Acte } from '../../engine';
import { Trace } from '../widgets/Trace';
import { Calculateur, ChampChoix, ChampDate, Resultats, useCalcul, useDate, type PropsCalculateur } from './commun';

const libelle = (a: Acte) => definitionParametre(`acte.${a}`).libelle;
const CHOIX = ACTES.map((a) => [a, libelle(a)] as const);

export default function CalculateurTarifDate({ pageSources }: PropsCalculateur) {
  const [acte, setActe] = useState<Acte>('G');
  const date = useDate('2017-06-01');

  const calcul = useCalcul(() => {
    if (!date.date) return null;
    const x = tarifActe(acte, date.date);
    const suivante = definitionParametre(`acte.${acte}`).periodes.find((p) => p.depuis > date.date!);
    return { acte, date: date.date, x, suivante: suivante?.depuis };
  }, [acte, date.texte]);

  const r = calcul.r;
  return (
    <Calculateur nom="calculateur-tarif-date" titre="Calculateur : le tarif d’un acte à une date">
      <div class="widget__champs">
        <ChampChoix id="calc-tarif-acte" libelle="Acte" valeur={acte} choix={CHOIX} onChange={setActe} />
        <ChampDate id="calc-tarif-date" libelle="Date" saisie={date} erreur={calcul.erreur} />
      </div>
      <Resultats calcul={calcul} erreurAuChamp>
        {r && (
          <>
            <p class="resultat__principal">
              {libelle(r.acte)} au {formatDate(r.date)} : {formatEuros(r.x.valeur)}
              {r.x.externe && <span class="badge badge--externe">hors du guide</span>}
            </p>
            <p>
              Valeur en vigueur depuis le {formatDate(r.x.depuis)}
              {r.x.attesteeJusquau
                ? `, attestée jusqu’au ${formatDate(r.x.attesteeJusquau)} ; la valeur est ensuite inconnue${r.suivante ? ` jusqu’à la valeur suivante du ${formatDate(r.suivante)} (${formatParametre(`acte.${r.acte}`, r.suivante)})` : ''}`
                : r.suivante
                  ? `, jusqu’à la valeur suivante du ${formatDate(r.suivante)} (${formatParametre(`acte.${r.acte}`, r.suivante)})`
                  : ', dernière valeur connue du cours'}
              . Source : <a href={`${pageSources}#${r.x.source.document}`}>{citer(r.x.source)}</a>.
            </p>
          </>
        )}
      </Resultats>
      {r && <Trace etapes={r.x.etapes} pageSources={pageSources} />}
    </Calculateur>
  );
}
