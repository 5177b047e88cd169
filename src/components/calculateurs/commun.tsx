/**
 * Parts shared by the calculators: the widget frame, the result region that keeps the last valid
 * result when an input is unreadable or refused by the engine, a date field, the list of other
 * readings of an ambiguous source, the list of values taken from outside the guide, a result table.
 * Nothing here computes a rule: every number comes from the engine, already formatted by it.
 */
import type { ComponentChildren, JSX } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import { ErreurMoteur, formatDateNumerique, parseDate, texteResultat, type Decimal, type Etape, type Lecture } from '../../engine';
import type { useSaisie } from '../widgets/ChampSaisie';
import { caseCochee, useRepriseApresHydratation, valeurChamp } from '../widgets/hydratation';

export interface PropsCalculateur {
  /** Base-aware link to the sources page (`…/sources/`), given by the .astro wrapper. */
  pageSources: string;
}

/** What the reader sees when the calculation fails for a reason other than the engine refusing the inputs. */
export const ERREUR_INATTENDUE = 'Le calcul a échoué de façon inattendue. Rechargez la page\u00a0; si le problème persiste, signalez-le.';

export interface Calcul<T> {
  /** The current result, or the last valid one when `perime`; null only if nothing was ever computable. */
  r: T | null;
  /** The engine's French message when it refused the inputs. */
  erreur: string | null;
  perime: boolean;
}

/**
 * Runs `calculer` (memoised on `deps`) and keeps the last valid result. `calculer` returns null when
 * a field is unreadable (the field shows why) and throws `ErreurMoteur` when the engine refuses the
 * inputs (its message is shown as is). Any other exception is logged with console.error and shown as
 * `ERREUR_INATTENDUE`.
 */
export function useCalcul<T>(calculer: () => T | null, deps: unknown[]): Calcul<T> {
  const dernier = useRef<T | null>(null);
  const { v, erreur } = useMemo(() => {
    try {
      return { v: calculer(), erreur: null };
    } catch (e) {
      if (e instanceof ErreurMoteur) return { v: null, erreur: e.message };
      // Anything else is a bug (in a rule or in this widget), not a refused input: it reaches the
      // console, where the browser tests' console-error checks see it, and the reader gets a plain message.
      console.error(e);
      return { v: null, erreur: ERREUR_INATTENDUE };
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  if (v !== null) dernier.current = v;
  return { r: v ?? dernier.current, erreur, perime: v === null };
}

export function Calculateur(props: { nom: string; titre: string; children: ComponentChildren }) {
  return (
    <section class="widget calculateur" data-widget={props.nom} aria-labelledby={`${props.nom}-titre`}>
      <p class="widget__titre" id={`${props.nom}-titre`}>
        {props.titre}
      </p>
      {props.children}
    </section>
  );
}

/**
 * The live region of a calculator. When `perime`, the previous result stays, greyed out with a
 * dashed border and a short note; `erreur` (an engine message) is shown above it.
 */
export function Resultats(props: { calcul: Calcul<unknown>; erreurAuChamp?: boolean; children: ComponentChildren; classe?: string }) {
  const { perime, erreur, r } = props.calcul;
  return (
    <div class={`resultat${perime ? ' resultat--perime' : ''}${props.classe ? ` ${props.classe}` : ''}`} aria-live="polite">
      {erreur && !props.erreurAuChamp && <p class="calculateur__erreur">{erreur}</p>}
      {perime && r !== null && <p class="calculateur__perime">Résultat précédent conservé : corrigez la saisie signalée pour le mettre à jour.</p>}
      {r === null ? <p>Aucun résultat : vérifiez les valeurs saisies.</p> : props.children}
    </div>
  );
}

/** The values of several fields, or null as soon as one of them is unreadable. */
export function lire(...saisies: Array<ReturnType<typeof useSaisie>>): Decimal[] | null {
  const v: Decimal[] = [];
  for (const s of saisies) {
    if (!s.lecture.ok) return null;
    v.push(s.lecture.valeur);
  }
  return v;
}

// ------------------------------------------------------------------ date

/**
 * A date typed day first (jj/mm/aaaa) and read by the engine's French parser: a native date field
 * shows the browser's order (06/01/2017 in an English browser) while the course writes 01/06/2017.
 * `initial` is an ISO date; `date` is the ISO date read, or null with the parser's French message.
 */
export function useDate(initial: string) {
  const [texte, setTexte] = useState(() => formatDateNumerique(initial));
  const lu = parseDate(texte);
  return {
    texte,
    setTexte,
    date: lu.ok ? lu.valeur : null,
    message: lu.ok ? null : lu.erreur.message,
  };
}

/** A text field for a date in French order, with its format always stated (hint linked to the field). */
export function ChampDate(props: { id: string; libelle: string; saisie: ReturnType<typeof useDate>; erreur?: string | null; aide?: string }) {
  const { id, saisie } = props;
  const erreur = saisie.message ?? props.erreur ?? null;
  const decrit = [`${id}-format`, props.aide ? `${id}-aide` : '', erreur ? `${id}-erreur` : ''].filter(Boolean).join(' ');
  const ref = useRepriseApresHydratation<HTMLInputElement, string>(valeurChamp, saisie.texte, saisie.setTexte);
  return (
    <div class={`champ${erreur ? ' champ--erreur' : ''}`}>
      <label for={id}>{props.libelle}</label>
      <input
        ref={ref}
        id={id}
        class="champ__date"
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellcheck={false}
        maxLength={10}
        value={saisie.texte}
        aria-invalid={erreur ? 'true' : undefined}
        aria-describedby={decrit}
        onInput={(e) => saisie.setTexte((e.currentTarget as HTMLInputElement).value)}
      />
      <span id={`${id}-format`} class="champ__aide">
        Au format jj/mm/aaaa, par exemple 01/06/2017 pour le 1er juin 2017.
      </span>
      {props.aide && (
        <span id={`${id}-aide`} class="champ__aide">
          {props.aide}
        </span>
      )}
      {erreur && (
        <span id={`${id}-erreur`} class="champ__erreur">
          {erreur}
        </span>
      )}
    </div>
  );
}

/** A labelled `<select>`. */
export function ChampChoix<T extends string>(props: {
  id: string;
  libelle: string;
  valeur: T;
  choix: ReadonlyArray<readonly [T, string]>;
  onChange: (v: T) => void;
  erreur?: string | null;
}) {
  const { id, erreur } = props;
  const ref = useRepriseApresHydratation<HTMLSelectElement, string>(valeurChamp, props.valeur, (v) => props.onChange(v as T));
  return (
    <div class={`champ${erreur ? ' champ--erreur' : ''}`}>
      <label for={id}>{props.libelle}</label>
      <select
        ref={ref}
        id={id}
        value={props.valeur}
        aria-invalid={erreur ? 'true' : undefined}
        aria-describedby={erreur ? `${id}-erreur` : undefined}
        onChange={(e) => props.onChange((e.currentTarget as HTMLSelectElement).value as T)}
      >
        {props.choix.map(([v, l]) => (
          <option value={v} key={v}>
            {l}
          </option>
        ))}
      </select>
      {erreur && (
        <span id={`${id}-erreur`} class="champ__erreur">
          {erreur}
        </span>
      )}
    </div>
  );
}

export function CaseACocher(props: { id: string; libelle: string; coche: boolean; onChange: (v: boolean) => void }) {
  const ref = useRepriseApresHydratation<HTMLInputElement, boolean>(caseCochee, props.coche, props.onChange);
  return (
    <div class="champ champ--case">
      <label for={props.id}>
        <input ref={ref} id={props.id} type="checkbox" checked={props.coche} onChange={(e) => props.onChange((e.currentTarget as HTMLInputElement).checked)} />{' '}
        {props.libelle}
      </label>
    </div>
  );
}

// ------------------------------------------------------------------ readings and sources

const ancreAmbiguite = (pageSources: string, id: string) => `${pageSources.replace(/sources\/$/, 'baremes/')}#ambiguite-${id}`;

/** Other defensible readings of an ambiguous passage, each with its value (or "non déterminé"). */
export function AutresLectures(props: { lectures: Lecture[]; format: (d: Decimal) => string; pageSources: string; titre?: string }) {
  if (props.lectures.length === 0) return null;
  return (
    <div class="calculateur__lectures">
      <p class="calculateur__sous-titre">{props.titre ?? 'Autres lectures possibles des sources'}</p>
      <ul>
        {props.lectures.map((l, i) => (
          <li key={i}>
            {l.libelle} : <strong>{l.valeur === null ? 'non déterminé' : props.format(l.valeur)}</strong>
            {l.explication && <> ({l.explication})</>} <a href={ancreAmbiguite(props.pageSources, l.ambiguite)}>ambiguïté n° {l.ambiguite.replace(/^a/, '')}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Values of a calculation that come from a public source outside the guide (deduplicated). */
export function ValeursExternes(props: { etapes: Etape[] }) {
  const vus = new Set<string>();
  const externes = props.etapes.filter((e) => {
    const cle = `${e.libelle}|${texteResultat(e)}`;
    if (!e.externe || vus.has(cle)) return false;
    vus.add(cle);
    return true;
  });
  if (externes.length === 0) return null;
  return (
    <p class="calculateur__externes">
      <span class="badge badge--externe">hors du guide</span> Valeurs tirées d’une source publique extérieure au guide :{' '}
      {externes.map((e) => `${e.libelle} (${texteResultat(e)})`).join(' ; ')}.
    </p>
  );
}

// ------------------------------------------------------------------ tables

export type Cellule = string | JSX.Element;

/**
 * A result table: caption, column headers, rows whose first cell is a row header; cells other than
 * the first are right-aligned numbers unless `texte` lists their index. Scrolls sideways on a phone.
 */
export function Tableau(props: {
  /** Id of the caption; the scrolling box is a focusable region named by it (keyboard scrolling). */
  id: string;
  legende: ComponentChildren;
  entetes: string[];
  lignes: Cellule[][];
  texte?: number[];
  active?: number;
  classe?: string;
}) {
  const num = (j: number) => (j > 0 && !props.texte?.includes(j) ? 'nombre' : undefined);
  return (
    <div class={`table-defilante${props.classe ? ` ${props.classe}` : ''}`} role="region" aria-labelledby={props.id} tabIndex={0}>
      <table>
        <caption id={props.id}>{props.legende}</caption>
        <thead>
          <tr>
            {props.entetes.map((h, j) => (
              <th scope="col" class={num(j)} key={j}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.lignes.map((l, i) => (
            <tr key={i} class={props.active === i ? 'calculateur__ligne-active' : undefined}>
              {l.map((c, j) =>
                j === 0 ? (
                  <th scope="row" key={j}>
                    {c}
                  </th>
                ) : (
                  <td class={num(j)} key={j}>
                    {c}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export const ouiNon = (b: boolean) => (b ? 'oui' : 'non');
