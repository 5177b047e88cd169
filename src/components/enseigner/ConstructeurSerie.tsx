/**
 * The teacher's sheet builder (/enseigner/): themes or chapters, exercise kinds and their variants,
 * bank questions by chapter and type, a live preview, the series code and its shareable link, and two
 * fields to open a sheet from a series code or to print the self-assessment of an exam code.
 *
 * Light on purpose: no engine. The build hands over the kinds (id, title, theme) and a summary of the
 * bank; the code and the draw come from src/domaine/serie.ts, which needs only the seeded shuffle. The
 * sheet and key pages load the engine to write statements and solutions.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  CHAPITRES_SERIE,
  elementsDeSerie,
  encoderSerie,
  graineSerieAleatoire,
  lireSerie,
  QUESTIONS_MAX,
  serieVide,
  TYPES_QUESTION_SERIE,
  VARIANTES_MAX,
  type ChapitreSerie,
  type ConfigSerie,
  type TypeQuestionSerie,
} from '../../domaine/serie';
import { lireCode } from '../../domaine/code';
import { LIBELLES_THEMES, THEMES, type Theme } from '../../engine/themes';
import { LIBELLES_TYPES_QUESTION } from './libelles';

export interface KindResume {
  id: string;
  titre: string;
  theme: Theme;
}
export interface QuestionResume {
  id: string;
  chapitre: string;
  type: string;
  theme: Theme;
  enonce: string;
}
export interface ChapitreResume {
  id: ChapitreSerie;
  titre: string;
  theme?: Theme;
}

interface Props {
  kinds: KindResume[];
  chapitres: ChapitreResume[];
  questions: QuestionResume[];
  /** Base-aware paths: this page, the sheet, the key. */
  liens: { page: string; fiche: string; corrige: string };
}

const CONFIG_VIDE: Omit<ConfigSerie, 'graine'> = { exercices: {}, questions: { chapitres: [], types: [...TYPES_QUESTION_SERIE], nombre: 5 } };

const bascule = <T,>(liste: readonly T[], x: T, ordre: readonly T[]) => ordre.filter((y) => (y === x ? !liste.includes(x) : liste.includes(y)));

export function ConstructeurSerie({ kinds, chapitres, questions, liens }: Props) {
  // A link with a code opens its sheet's settings; a bad one says why and starts a new sheet.
  const [lecture] = useState(() => {
    const serie = new URLSearchParams(location.search).get('serie');
    return serie === null ? null : lireSerie(serie);
  });
  const [config, setConfig] = useState<ConfigSerie>(() => (lecture?.ok ? lecture.config : { ...CONFIG_VIDE, graine: graineSerieAleatoire() }));
  const [codeSaisi, setCodeSaisi] = useState('');
  const [erreurSerie, setErreurSerie] = useState('');
  const [codeExamen, setCodeExamen] = useState('');
  const [erreurExamen, setErreurExamen] = useState('');
  const [copie, setCopie] = useState('');

  const vide = serieVide(config);
  const code = vide ? null : encoderSerie(config);
  const items = useMemo(() => elementsDeSerie(config, questions, kinds), [config, questions, kinds]);
  const possibles = questions.filter(
    (q) => (config.questions.chapitres as readonly string[]).includes(q.chapitre) && (config.questions.types as readonly string[]).includes(q.type),
  ).length;
  const parId = useMemo(() => new Map(questions.map((q) => [q.id, q])), [questions]);
  const titreKind = useMemo(() => new Map(kinds.map((k) => [k.id, k.titre])), [kinds]);
  const lienPartage = code ? `${location.origin}${liens.page}?serie=${code}` : '';

  // The page's own address carries the code, so a reload or a bookmark keeps the sheet.
  useEffect(() => {
    history.replaceState(null, '', code ? `${liens.page}?serie=${code}` : liens.page);
    setCopie('');
  }, [code, liens.page]);

  const modifier = (f: (c: ConfigSerie) => ConfigSerie) => setConfig((c) => f(c));
  const variantes = (id: string, n: number) =>
    modifier((c) => {
      const exercices = { ...c.exercices };
      if (n > 0) exercices[id] = n;
      else delete exercices[id];
      return { ...c, exercices };
    });
  /** A theme ticks its kinds (one variant each) and its chapters; unticking clears them. */
  const themeCoche = (t: Theme) =>
    kinds.filter((k) => k.theme === t).every((k) => (config.exercices[k.id] ?? 0) > 0) &&
    chapitres.filter((ch) => ch.theme === t).every((ch) => config.questions.chapitres.includes(ch.id));
  const basculerTheme = (t: Theme) => {
    const cocher = !themeCoche(t);
    modifier((c) => {
      const exercices = { ...c.exercices };
      for (const k of kinds.filter((k) => k.theme === t)) {
        if (cocher) exercices[k.id] = Math.max(1, exercices[k.id] ?? 0);
        else delete exercices[k.id];
      }
      const duTheme = chapitres.filter((ch) => ch.theme === t).map((ch) => ch.id);
      const liste = cocher ? [...c.questions.chapitres, ...duTheme] : c.questions.chapitres.filter((x) => !duTheme.includes(x));
      return { ...c, exercices, questions: { ...c.questions, chapitres: CHAPITRES_SERIE.filter((x) => liste.includes(x)) } };
    });
  };

  async function copier() {
    try {
      await navigator.clipboard.writeText(lienPartage);
      setCopie('Lien copié.');
    } catch {
      setCopie('Copie impossible dans ce navigateur : sélectionnez le lien et copiez-le.');
    }
  }

  function ouvrirSerie(e: Event) {
    e.preventDefault();
    const r = lireSerie(codeSaisi);
    if (!r.ok) return setErreurSerie(r.message);
    setErreurSerie('');
    location.assign(`${liens.fiche}?serie=${r.code}`);
  }
  function ouvrirExamen(e: Event) {
    e.preventDefault();
    const r = lireCode(codeExamen);
    if (!r.ok) return setErreurExamen(r.message);
    setErreurExamen('');
    location.assign(`${liens.fiche}?code=${r.code}`);
  }

  return (
    <div class="ens">
      {lecture && !lecture.ok && (
        <p class="ens-avis" role="alert">
          Le code de l’adresse n’a pas pu être lu{'\u00a0'}: {lecture.message} Une nouvelle fiche est proposée ci-dessous.
        </p>
      )}
      <section class="ens-bloc" aria-labelledby="ens-choisir">
        <h2 id="ens-choisir">1. Choisir le contenu</h2>
        <fieldset class="ens-choix">
          <legend>Thèmes (raccourci : coche les exercices et les chapitres du thème)</legend>
          {THEMES.map((t) => (
            <label key={t} class="ens-case">
              <input type="checkbox" checked={themeCoche(t)} onChange={() => basculerTheme(t)} /> {LIBELLES_THEMES[t]}
            </label>
          ))}
        </fieldset>
        <fieldset class="ens-choix">
          <legend>Exercices chiffrés : nombre de variantes de chaque type (0 à {VARIANTES_MAX})</legend>
          <div class="ens-grille">
            {kinds.map((k) => (
              <label key={k.id} class="ens-variantes" for={`ens-var-${k.id}`}>
                <span>{k.titre}</span>
                <select
                  id={`ens-var-${k.id}`}
                  value={String(config.exercices[k.id] ?? 0)}
                  onChange={(e) => variantes(k.id, Number((e.currentTarget as HTMLSelectElement).value))}
                >
                  {Array.from({ length: VARIANTES_MAX + 1 }, (_, n) => (
                    <option key={n} value={String(n)}>
                      {n === 0 ? 'aucune' : n === 1 ? '1 variante' : `${n} variantes`}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset class="ens-choix">
          <legend>Questions de la banque : chapitres</legend>
          {chapitres.map((ch) => (
            <label key={ch.id} class="ens-case">
              <input
                type="checkbox"
                checked={config.questions.chapitres.includes(ch.id)}
                onChange={() => modifier((c) => ({ ...c, questions: { ...c.questions, chapitres: bascule(c.questions.chapitres, ch.id, CHAPITRES_SERIE) } }))}
              />{' '}
              {ch.titre}
            </label>
          ))}
        </fieldset>
        <fieldset class="ens-choix">
          <legend>Questions de la banque : types</legend>
          {TYPES_QUESTION_SERIE.map((t: TypeQuestionSerie) => (
            <label key={t} class="ens-case">
              <input
                type="checkbox"
                checked={config.questions.types.includes(t)}
                onChange={() => modifier((c) => ({ ...c, questions: { ...c.questions, types: bascule(c.questions.types, t, TYPES_QUESTION_SERIE) } }))}
              />{' '}
              {LIBELLES_TYPES_QUESTION[t]}
            </label>
          ))}
        </fieldset>
        <div class="champ ens-nombre">
          <label for="ens-nombre">Nombre de questions (0 à {QUESTIONS_MAX})</label>
          <select
            id="ens-nombre"
            value={String(config.questions.nombre)}
            aria-describedby="ens-nombre-aide"
            onChange={(e) => modifier((c) => ({ ...c, questions: { ...c.questions, nombre: Number((e.currentTarget as HTMLSelectElement).value) } }))}
          >
            {Array.from({ length: QUESTIONS_MAX + 1 }, (_, n) => (
              <option key={n} value={String(n)}>
                {String(n)}
              </option>
            ))}
          </select>
          <p id="ens-nombre-aide" class="champ__aide" aria-live="polite">
            {possibles === 0
              ? 'Aucune question ne correspond aux chapitres et types cochés.'
              : `${possibles} question${possibles > 1 ? 's' : ''} correspond${possibles > 1 ? 'ent' : ''} aux chapitres et types cochés${
                  possibles < config.questions.nombre ? ` : la fiche en aura ${possibles}` : ''
                }.`}
          </p>
        </div>
      </section>

      <section class="ens-bloc" aria-labelledby="ens-code-titre">
        <h2 id="ens-code-titre">2. Le code de la série</h2>
        {code ? (
          <>
            <p>
              Code :{' '}
              <strong class="ens-code" data-code-serie>
                {code}
              </strong>
            </p>
            <p class="ens-aide">Le même code donne la même fiche sur tout ordinateur, tant que les générateurs d’exercices ne changent pas.</p>
            <div class="champ">
              <label for="ens-lien">Lien à partager</label>
              <input id="ens-lien" type="text" readOnly value={lienPartage} onFocus={(e) => (e.currentTarget as HTMLInputElement).select()} />
            </div>
            <div class="ens-actions">
              <a class="bouton bouton--principal" href={`${liens.fiche}?serie=${code}`}>
                Ouvrir la fiche élève
              </a>
              <a class="bouton" href={`${liens.corrige}?serie=${code}`}>
                Ouvrir le corrigé
              </a>
              <button type="button" class="bouton" onClick={() => void copier()}>
                Copier le lien
              </button>
              <button type="button" class="bouton" onClick={() => modifier((c) => ({ ...c, graine: graineSerieAleatoire() }))}>
                Autres variantes
              </button>
            </div>
            <p class="ens-aide" role="status">
              {copie}
            </p>
          </>
        ) : (
          <p role="status">Choisissez au moins un exercice, ou des questions (chapitres, types et un nombre), pour obtenir un code.</p>
        )}
      </section>

      <section class="ens-bloc" aria-labelledby="ens-apercu-titre">
        <h2 id="ens-apercu-titre">3. Aperçu de la fiche</h2>
        {items.length === 0 ? (
          <p>La fiche est vide.</p>
        ) : (
          <ol class="ens-apercu" data-apercu>
            {items.map((it, i) =>
              it.genre === 'question' ? (
                <li key={`q${i}`}>
                  <span class="ens-apercu__genre">{LIBELLES_TYPES_QUESTION[parId.get(it.id)?.type as TypeQuestionSerie] ?? 'Question'}</span>{' '}
                  {parId.get(it.id)?.enonce}
                </li>
              ) : (
                <li key={`x${i}`}>
                  <span class="ens-apercu__genre">Exercice</span> {titreKind.get(it.type)} (variante n° {it.graine})
                </li>
              ),
            )}
          </ol>
        )}
      </section>

      <section class="ens-bloc" aria-labelledby="ens-ouvrir-titre">
        <h2 id="ens-ouvrir-titre">Ouvrir une fiche à partir d’un code</h2>
        <form class="ens-formulaire" onSubmit={ouvrirSerie} noValidate>
          <div class={`champ${erreurSerie ? ' champ--erreur' : ''}`}>
            <label for="ens-code-serie">Code de série</label>
            <input
              id="ens-code-serie"
              type="text"
              autocomplete="off"
              spellcheck={false}
              value={codeSaisi}
              aria-invalid={erreurSerie ? 'true' : undefined}
              aria-describedby="ens-code-serie-erreur"
              onInput={(e) => setCodeSaisi((e.currentTarget as HTMLInputElement).value)}
            />
            <p id="ens-code-serie-erreur" class="champ__erreur" role="alert">
              {erreurSerie}
            </p>
          </div>
          <button type="submit" class="bouton">
            Ouvrir la fiche
          </button>
        </form>
        <form class="ens-formulaire" onSubmit={ouvrirExamen} noValidate>
          <div class={`champ${erreurExamen ? ' champ--erreur' : ''}`}>
            <label for="ens-code-examen">Code d’examen de l’auto-évaluation (6 caractères)</label>
            <input
              id="ens-code-examen"
              type="text"
              autocomplete="off"
              spellcheck={false}
              value={codeExamen}
              aria-invalid={erreurExamen ? 'true' : undefined}
              aria-describedby="ens-code-examen-aide ens-code-examen-erreur"
              onInput={(e) => setCodeExamen((e.currentTarget as HTMLInputElement).value)}
            />
            <p id="ens-code-examen-aide" class="champ__aide">
              Imprime les mêmes questions, dans le même ordre, que l’examen passé en ligne avec ce code.
            </p>
            <p id="ens-code-examen-erreur" class="champ__erreur" role="alert">
              {erreurExamen}
            </p>
          </div>
          <button type="submit" class="bouton">
            Imprimer l’auto-évaluation
          </button>
        </form>
      </section>
    </div>
  );
}
