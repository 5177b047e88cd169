/**
 * A labelled text field for an amount, a rate or a count, read with the engine's French parser.
 * The field keeps what the reader typed; a French message appears right under it when the text
 * cannot be read (linked with aria-describedby, aria-invalid set), and the widget keeps showing the
 * last valid result meanwhile. Numbers are typed as text (inputmode="decimal"): `type="number"`
 * would silently reject "12,5" or "1 200 €" instead of explaining.
 */
import { useState } from 'preact/hooks';
import { parseMontant, parseNombre, parseTaux, type Decimal } from '../../engine';
import { useRepriseApresHydratation, valeurChamp } from './hydratation';

export type GenreSaisie = 'montant' | 'taux' | 'nombre';
const LECTEURS = { montant: parseMontant, taux: parseTaux, nombre: parseNombre } as const;

export type Lecture = { ok: true; valeur: Decimal } | { ok: false; message: string };

export function lireSaisie(texte: string, genre: GenreSaisie, options: { min?: Decimal; max?: Decimal; entier?: boolean } = {}): Lecture {
  const r = LECTEURS[genre](texte);
  if (!r.ok) return { ok: false, message: r.erreur.message };
  const v = r.valeur;
  if (v.isNegative()) return { ok: false, message: 'La valeur ne peut pas être négative.' };
  if (options.entier && !v.isInteger()) return { ok: false, message: 'Saisissez un nombre entier.' };
  if (options.min && v.lessThan(options.min)) return { ok: false, message: `La valeur doit être au moins ${options.min.toString().replace('.', ',')}.` };
  if (options.max && v.greaterThan(options.max)) return { ok: false, message: `La valeur ne peut pas dépasser ${options.max.toString().replace('.', ',')}.` };
  return { ok: true, valeur: v };
}

/** State of one field: the raw text and its reading. */
export function useSaisie(initial: string, genre: GenreSaisie, options?: Parameters<typeof lireSaisie>[2]) {
  const [texte, setTexte] = useState(initial);
  const lecture = lireSaisie(texte, genre, options);
  return { texte, setTexte, lecture, genre };
}

interface Props {
  id: string;
  libelle: string;
  saisie: ReturnType<typeof useSaisie>;
  /** Unit shown after the field ("€", "%", "patients"). */
  unite?: string;
  aide?: string;
}

export function ChampSaisie({ id, libelle, saisie, unite, aide }: Props) {
  const erreur = saisie.lecture.ok ? null : saisie.lecture.message;
  const decrit = [aide ? `${id}-aide` : '', erreur ? `${id}-erreur` : ''].filter(Boolean).join(' ') || undefined;
  // What was typed before hydration is the reader's input: compute from it.
  const ref = useRepriseApresHydratation<HTMLInputElement, string>(valeurChamp, saisie.texte, saisie.setTexte);
  return (
    <div class={`champ${erreur ? ' champ--erreur' : ''}`}>
      <label for={id}>{libelle}</label>
      <span class="champ__saisie">
        <input
          ref={ref}
          id={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellcheck={false}
          value={saisie.texte}
          aria-invalid={erreur ? 'true' : undefined}
          aria-describedby={decrit}
          onInput={(e) => saisie.setTexte((e.currentTarget as HTMLInputElement).value)}
        />
        {unite && (
          <span class="champ__unite" aria-hidden="true">
            {unite}
          </span>
        )}
      </span>
      {aide && (
        <span id={`${id}-aide`} class="champ__aide">
          {aide}
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
