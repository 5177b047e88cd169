/**
 * Renders an engine trace as it is: each step's label, formula with its operands, result and
 * source; steps that depend on an ambiguous reading or a fact outside the guide say so.
 * The same component serves worked examples and exercise corrections, so an explanation can
 * never disagree with its number.
 */
import { ambiguites, citer, type Etape } from '../../engine';

interface Props {
  etapes: Etape[];
  /** Base-aware link to the sources page, for source citations. */
  pageSources: string;
  titre?: string;
}

export function Trace({ etapes, pageSources, titre = 'Le calcul pas à pas' }: Props) {
  return (
    <details class="trace" open>
      <summary>{titre}</summary>
      <ol class="trace__etapes">
        {etapes.map((e, i) => {
          const amb = e.ambiguite ? ambiguites[e.ambiguite] : undefined;
          return (
            <li class={`trace__etape trace__etape--${e.genre}`} key={i}>
              <p class="trace__libelle">
                {e.libelle}
                {e.externe && <span class="badge badge--externe"> hors du guide</span>}
              </p>
              {e.formule && e.genre !== 'entree' && (
                <p class="trace__formule">
                  <code>{e.formule}</code>
                  {e.operandes.length > 0 && (
                    <span class="trace__operandes"> avec {e.operandes.map((o) => `${o.nom} = ${o.valeur}`).join(' ; ')}</span>
                  )}
                </p>
              )}
              <p class="trace__resultat">= <strong>{e.resultat}</strong></p>
              {e.source && (
                <p class="trace__source source">
                  Source : <a href={`${pageSources}#${e.source.document}`}>{citer(e.source).replace('[source externe] ', '')}</a>
                </p>
              )}
              {amb && (
                <p class="trace__ambiguite">
                  Lecture retenue (note n° {amb.numero} sur les sources, « {amb.titre} ») : {amb.lectureRetenue}
                </p>
              )}
            </li>
          );
        })}
      </ol>
    </details>
  );
}
