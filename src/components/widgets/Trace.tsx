/**
 * Renders an engine trace as it is: each step's label, formula with its operands, result and
 * source; steps that depend on an ambiguous reading or a fact outside the guide say so.
 * The same component serves worked examples and exercise corrections, so an explanation can
 * never disagree with its number.
 */
import { citer, formatValeurEtape, texteResultat, type Etape } from '../../engine';

// A step's source is cited with `citer` and its default citations (the two documents; any other
// source is « source publique hors du guide »): the bibliography and the ambiguity notes stay on the
// server (sources and Barèmes pages) and the island only links to them, which keeps the engine's
// text registries out of every page's JavaScript.

interface Props {
  etapes: Etape[];
  /** Base-aware link to the sources page (`…/sources/`); the Barèmes page is its sibling (`…/baremes/`). */
  pageSources: string;
  titre?: string;
  /** Open by default? Calculators keep it closed (a long trace would push the next section far down). */
  ouvert?: boolean;
}

export function Trace({ etapes, pageSources, titre = 'Le calcul pas à pas', ouvert = false }: Props) {
  return (
    <details class="trace" open={ouvert}>
      <summary>{titre}</summary>
      <ol class="trace__etapes">
        {etapes.map((e, i) => {
          // Values are formatted here, at display (the engine's steps keep Decimal values).
          const resultat = texteResultat(e);
          return (
            <li class={`trace__etape trace__etape--${e.genre}`} key={i}>
              <p class="trace__libelle">
                {e.libelle}
                {e.externe && <span class="badge badge--externe"> hors du guide</span>}
              </p>
              {e.formule && e.genre !== 'entree' && (
                <p class="trace__formule">
                  {/* A formula is code-like; a parameter's date or a rounding's name is plain French. */}
                  {e.genre === 'parametre' || e.genre === 'arrondi' ? e.formule : <code>{e.formule}</code>}
                  {e.operandes.length > 0 && (
                    <span class="trace__operandes"> avec {e.operandes.map((o) => `${o.nom} = ${formatValeurEtape(o)}`).join(' ; ')}</span>
                  )}
                </p>
              )}
              {resultat && (
                <p class="trace__resultat">
                  = <strong>{resultat}</strong>
                </p>
              )}
              {e.source && (
                <p class="trace__source source">
                  Source : <a href={`${pageSources}#${e.source.document}`}>{citer(e.source)}</a>
                </p>
              )}
              {e.ambiguite && (
                <p class="trace__ambiguite">
                  Cette étape dépend d’une lecture d’un passage ambigu des sources :{' '}
                  <a href={`${pageSources.replace(/sources\/$/, 'baremes/')}#ambiguite-${e.ambiguite}`}>voir la lecture retenue et pourquoi</a>.
                </p>
              )}
            </li>
          );
        })}
      </ol>
    </details>
  );
}
