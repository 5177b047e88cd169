/**
 * The self-assessment island: choose a length and themes (or type an exam code), answer one question
 * per screen — bank questions through the chapter quiz's QuestionQuiz, numeric exercises through the
 * Exercice widget in exam mode — then read the results, review missed items on an FSRS schedule.
 * State lives in src/stores/auto-evaluation.ts (localStorage): leaving and coming back resumes at the
 * same question with the answers kept. Nothing leaves the browser.
 * The start screen needs no engine: the exam draw, the exercise kinds, the widgets and the results
 * (./moteur) are imported when an exam or a review starts, a stored one resumes or results are opened,
 * together with the question bank (a static file, `adresseDonnees`: not in the page's HTML).
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { LIBELLES_THEMES, THEMES, type Theme } from '../../engine/themes';
import {
  $cartes,
  $historique,
  $session,
  abandonner,
  allerA,
  demarrer,
  ecarterItemsInconnus,
  quelqueChoseEnregistre,
  noterTemps,
  rejets,
  terminer,
} from '../../stores/auto-evaluation';
import { cartesDues, prochaineEcheance, scoreGlobal, tendance, VERSION_AUTO_EVALUATION, type Session } from '../../domaine/schema-auto-evaluation';
import type { Item } from '../../domaine/examen';
import type { ConfigExamen } from '../../domaine/code';
import { VERSION_GENERATEURS, type Longueur } from '../../domaine/constantes';
import { dateLisible, libelleScore, libelleTendance } from './libelles';
import type { BanqueAutoEvaluation, DonneesAutoEvaluation, ProprietesAutoEvaluation } from './types';

type Moteur = typeof import('./moteur') & { donnees: DonneesAutoEvaluation };
let moteurCharge: Promise<Moteur> | null = null;
let banqueChargee: Promise<BanqueAutoEvaluation> | null = null;

/** The bank file, fetched once; a failed fetch (offline, or not the expected file) can be retried. */
function chargerBanque(adresse: string): Promise<BanqueAutoEvaluation> {
  banqueChargee ??= fetch(adresse)
    .then((r) => {
      if (!r.ok) throw new Error(`HTTP ${r.status} (${adresse})`);
      return r.json() as Promise<unknown>;
    })
    .then((d) => {
      const b = d as Partial<BanqueAutoEvaluation> | null;
      if (!b || !Array.isArray(b.banque) || typeof b.citations !== 'object' || typeof b.relireQuestions !== 'object' || typeof b.relireExercices !== 'object')
        throw new Error(`contenu inattendu (${adresse})`);
      return b as BanqueAutoEvaluation;
    })
    .catch((e: unknown) => {
      banqueChargee = null;
      throw e;
    });
  return banqueChargee;
}

/** The exam's modules and the bank, fetched once, side by side; a failure can be retried. */
function chargerMoteur(proprietes: ProprietesAutoEvaluation): Promise<Moteur> {
  moteurCharge ??= Promise.all([import('./moteur'), chargerBanque(proprietes.adresseDonnees)])
    .then(([m, banque]) => ({ ...m, donnees: { ...proprietes, ...banque } }))
    .catch((e: unknown) => {
      moteurCharge = null;
      throw e;
    });
  return moteurCharge;
}
/** Reading and making exam codes: small, but only needed once a form is sent. */
const chargerCode = () => import('../../domaine/code');
const ERREUR_CHARGEMENT = 'L’examen n’a pas pu se charger (connexion interrompue\u00a0?). Vérifiez votre connexion puis réessayez.';
/** Most items in one review session. */
const REVISION_MAX = 20;

function nouvelleSession(config: ConfigExamen, code: string, items: Item[], chrono: boolean): Session {
  return {
    version: VERSION_AUTO_EVALUATION,
    mode: 'examen',
    code,
    longueur: items.length,
    themes: config.themes,
    items,
    generateurs: VERSION_GENERATEURS,
    reponses: items.map(() => null),
    index: 0,
    chrono,
    secondes: 0,
    debut: new Date().toISOString(),
  };
}

export default function AutoEvaluation(proprietes: ProprietesAutoEvaluation) {
  const session = useStore($session);
  const historique = useStore($historique);
  const cartes = useStore($cartes);
  const [longueur, setLongueur] = useState<Longueur>(15);
  const [themes, setThemes] = useState<Theme[]>([...THEMES]);
  const [chrono, setChrono] = useState(false);
  const [erreurThemes, setErreurThemes] = useState('');
  const [codeSaisi, setCodeSaisi] = useState('');
  const [erreurCode, setErreurCode] = useState('');
  const [codeCree, setCodeCree] = useState('');
  const [enPause, setEnPause] = useState(false);
  const [bilan, setBilan] = useState<number | null>(null);
  const [maintenant, setMaintenant] = useState(() => new Date());
  const [annonce, setAnnonce] = useState(
    rejets.session + rejets.historique + rejets.cartes > 0
      ? 'Une partie des données enregistrées de l’auto-évaluation était illisible : elle a été écartée, le reste a été conservé.'
      : '',
  );
  const titreQuestion = useRef<HTMLHeadingElement>(null);
  const titreBilan = useRef<HTMLHeadingElement>(null);
  const champCode = useRef<HTMLInputElement>(null);
  const secondes = useRef(session?.secondes ?? 0);
  const focaliser = useRef<'question' | 'bilan' | null>(null);
  const [moteur, setMoteur] = useState<Moteur | null>(null);
  const questions = useMemo(() => new Map((moteur?.donnees.banque ?? []).map((q) => [q.id, q])), [moteur]);
  const [chargement, setChargement] = useState(false);
  const [echecChargement, setEchecChargement] = useState(false);
  /** Setting aside stored items the course no longer has, while it runs (see below). */
  const miseAEcart = useRef<Promise<void> | null>(null);

  /** Loads the exam's modules, then runs `suite` with them; says so in French if they cannot load. */
  async function avecMoteur(suite: (m: Moteur) => void) {
    setChargement(true);
    setEchecChargement(false);
    try {
      const m = await chargerMoteur(proprietes);
      await miseAEcart.current;
      setMoteur(m);
      suite(m);
    } catch {
      setAnnonce(ERREUR_CHARGEMENT);
      setEchecChargement(true);
    } finally {
      setChargement(false);
    }
  }

  // An exam in progress (restored from storage) or results on screen need the exam's modules.
  const besoinMoteur = (!!session && !enPause) || bilan !== null;
  useEffect(() => {
    if (besoinMoteur && !moteur) void avecMoteur(() => {});
    // avecMoteur reads the island's props, which never change after hydration.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [besoinMoteur, moteur]);

  // Stored items the course no longer has (older data) are set aside in the store, and named. Its
  // modules are fetched only when something is stored; the exam's modules wait for it (avecMoteur).
  useEffect(() => {
    if (!quelqueChoseEnregistre()) return;
    const types = new Set(proprietes.typesExercices);
    miseAEcart.current = Promise.all([import('../../domaine/reponses'), chargerBanque(proprietes.adresseDonnees)])
      .then(([{ reponseCompatible }, { banque }]) => {
        const connues = new Map(banque.map((q) => [q.id, q]));
        return ecarterItemsInconnus({
          existe: (it) => (it.genre === 'question' ? connues.has(it.id) : types.has(it.type)),
          reponseValide: (it, r) => it.genre !== 'question' || r.genre !== 'question' || reponseCompatible(connues.get(it.id)!, r.reponse),
        });
      })
      .then((texte) => {
        if (texte) setAnnonce((a) => (a ? `${a} ${texte}` : texte));
      })
      .catch(() => {
        /* could not load (offline after an update): the stored items stay as they are */
      });
  }, [proprietes.adresseDonnees, proprietes.typesExercices]);

  // Due cards change with time: refresh "now" every minute.
  useEffect(() => {
    const id = setInterval(() => setMaintenant(new Date()), 30_000);
    return () => clearInterval(id);
  }, []);

  // Keep the elapsed time when the page is left.
  useEffect(() => {
    const garder = () => noterTemps(secondes.current);
    addEventListener('pagehide', garder);
    return () => removeEventListener('pagehide', garder);
  }, []);

  useEffect(() => {
    const cible = focaliser.current === 'question' ? titreQuestion.current : focaliser.current === 'bilan' ? titreBilan.current : null;
    if (cible) {
      focaliser.current = null;
      cible.focus();
      cible.scrollIntoView?.({ block: 'start' });
    }
  });

  const dues = cartesDues(cartes, maintenant);
  const prochaine = prochaineEcheance(cartes, maintenant);

  function commencer(config: ConfigExamen, code: string) {
    void avecMoteur((m) => {
      const items = m.tirerExamen(config, m.donnees.banque, m.KINDS);
      if (items.length === 0) return;
      secondes.current = 0;
      demarrer(nouvelleSession(config, code, items, chrono));
      setEnPause(false);
      setBilan(null);
      setAnnonce('');
      focaliser.current = 'question';
    });
  }

  async function soumettreNouveau(e: Event) {
    e.preventDefault();
    if (themes.length === 0) {
      setErreurThemes('Choisissez au moins un thème.');
      return;
    }
    setErreurThemes('');
    const creerSeulement = (e as SubmitEvent).submitter?.getAttribute('data-action') === 'code';
    let code: string;
    let config: ConfigExamen;
    try {
      const { encoderCode, graineAleatoire } = await chargerCode();
      config = { graine: graineAleatoire(), longueur, themes };
      code = encoderCode(config);
    } catch {
      setAnnonce(ERREUR_CHARGEMENT);
      return;
    }
    if (creerSeulement) {
      setCodeCree(code);
      return;
    }
    commencer(config, code);
  }

  async function soumettreCode(e: Event) {
    e.preventDefault();
    let lireCode: Awaited<ReturnType<typeof chargerCode>>['lireCode'];
    try {
      ({ lireCode } = await chargerCode());
    } catch {
      setAnnonce(ERREUR_CHARGEMENT);
      return;
    }
    const r = lireCode(codeSaisi);
    if (!r.ok) {
      setErreurCode(r.message);
      champCode.current?.focus();
      return;
    }
    setErreurCode('');
    commencer(r.config, r.code);
  }

  function reviser() {
    const choisies = dues.slice(0, REVISION_MAX);
    if (choisies.length === 0) return;
    void avecMoteur((m) => reviserAvec(m, choisies));
  }

  function reviserAvec(m: Moteur, choisies: typeof dues) {
    const items: Item[] = choisies.map(({ item }) =>
      item.genre === 'exercice' ? { ...item, graine: m.graineVariante(`${item.type}:${Date.now()}:${Math.random()}`) } : item,
    );
    secondes.current = 0;
    demarrer({
      version: VERSION_AUTO_EVALUATION,
      mode: 'revision',
      code: '',
      longueur: items.length,
      themes: [...new Set(items.map((i) => i.theme))],
      items,
      reponses: items.map(() => null),
      index: 0,
      chrono: false,
      secondes: 0,
      debut: new Date().toISOString(),
    });
    setEnPause(false);
    setBilan(null);
    setAnnonce('');
    focaliser.current = 'question';
  }

  async function finir() {
    const s = $session.get();
    const mode = s?.mode;
    const total = s ? scoreGlobal(s.items, s.reponses) : null;
    const i = await terminer(secondes.current);
    setMaintenant(new Date());
    if (mode === 'examen' && i !== null) {
      setBilan(i);
      focaliser.current = 'bilan';
    } else if (total) {
      setAnnonce(`Révision terminée : ${libelleScore(total)}. Les questions manquées reviendront plus tôt, les autres plus tard.`);
      focaliser.current = null;
      requestAnimationFrame(() => document.getElementById('ae-annonce')?.focus());
    }
  }

  const annonceBloc = (
    <p id="ae-annonce" class="message ae-annonce" tabIndex={-1} aria-live="polite">
      {annonce}
    </p>
  );

  // While the exam's modules load (a stored exam resuming, results being opened): a placeholder
  // that holds the screen's place, so nothing below it moves when the question appears.
  if (besoinMoteur && !moteur) {
    return (
      <div class="ae-attente" aria-busy={chargement ? 'true' : undefined}>
        {annonceBloc}
        {echecChargement ? (
          <button type="button" class="bouton" onClick={() => void avecMoteur(() => setAnnonce(''))}>
            Réessayer
          </button>
        ) : (
          <p class="ae-chargement">Chargement de l’examen…</p>
        )}
      </div>
    );
  }

  // ——— One question per screen (./EcranExamen, loaded with the exam's modules) ———
  if (session && !enPause && moteur) {
    const { EcranExamen } = moteur;
    return (
      <EcranExamen
        session={session}
        questions={questions}
        donnees={moteur.donnees}
        titreRef={titreQuestion}
        secondes={secondes}
        annonce={annonce ? annonceBloc : null}
        onSuivante={(i) => {
          focaliser.current = 'question';
          allerA(i + 1, secondes.current);
        }}
        onFinir={() => void finir()}
        onInterrompre={() => {
          noterTemps(secondes.current);
          setEnPause(true);
        }}
      />
    );
  }

  // ——— Results of an attempt ———
  const tentative = bilan !== null ? historique[bilan] : undefined;
  if (tentative && moteur) {
    const { Bilan } = moteur;
    return (
      <>
        {annonceBloc}
        <Bilan tentative={tentative} delta={tendance(historique, bilan!)} donnees={moteur.donnees} questions={questions} titreRef={titreBilan}>
          <div class="ae-actions ne-pas-imprimer">
            <button type="button" class="bouton bouton--principal" onClick={() => window.print()}>
              Imprimer le bilan
            </button>
            {dues.length > 0 && (
              <button type="button" class="bouton" onClick={reviser}>
                Réviser ({dues.length} à revoir)
              </button>
            )}
            <button type="button" class="bouton" onClick={() => setBilan(null)}>
              Retour à l’accueil de l’auto-évaluation
            </button>
          </div>
        </Bilan>
      </>
    );
  }

  // ——— Home: new exam, exam code, review, history ———
  const nbCartes = Object.keys(cartes).length;
  const revisionBloc = (
    <section class="ae-bloc" aria-labelledby="ae-revision-titre">
      <h2 id="ae-revision-titre">Révisions espacées</h2>
      {nbCartes === 0 ? (
        <p>Les questions que vous manquerez reviendront ici, espacées dans le temps selon vos réponses (algorithme FSRS).</p>
      ) : (
        <p>
          {dues.length === 0 ? 'Rien à revoir pour l’instant.' : `${dues.length} question${dues.length > 1 ? 's' : ''} à revoir maintenant.`} {nbCartes}{' '}
          question
          {nbCartes > 1 ? 's' : ''} dans vos révisions
          {prochaine ? ` ; prochaine échéance : ${dateLisible(prochaine)}` : ''}.
        </p>
      )}
      {dues.length > 0 && (
        <button type="button" class="bouton bouton--principal" onClick={reviser} disabled={!!session}>
          Réviser ({dues.length} à revoir)
        </button>
      )}
    </section>
  );
  return (
    <div class="ae-accueil">
      {annonceBloc}
      {session && (
        <section class="ae-bloc" aria-labelledby="ae-reprendre-titre">
          <h2 id="ae-reprendre-titre">{session.mode === 'revision' ? 'Révision en cours' : `Examen en cours${session.code ? ` (${session.code})` : ''}`}</h2>
          <p>
            Vous êtes à la question {Math.min(session.index, session.items.length - 1) + 1} sur {session.items.length} ; vos réponses sont gardées dans ce
            navigateur.
          </p>
          <div class="ae-actions">
            <button
              type="button"
              class="bouton bouton--principal"
              onClick={() => {
                focaliser.current = 'question';
                setEnPause(false);
              }}
            >
              Reprendre
            </button>
            <button
              type="button"
              class="bouton"
              onClick={() => {
                abandonner();
                setEnPause(false);
                setAnnonce('Session abandonnée.');
              }}
            >
              Abandonner {session.mode === 'revision' ? 'la révision' : 'cet examen'}
            </button>
          </div>
        </section>
      )}

      {dues.length > 0 && revisionBloc}
      <section class="ae-bloc" aria-labelledby="ae-nouvelle-titre">
        <h2 id="ae-nouvelle-titre">Nouvelle auto-évaluation</h2>
        <form onSubmit={(e) => void soumettreNouveau(e)}>
          <fieldset class="ae-choix">
            <legend>Longueur</legend>
            {([15, 40] as const).map((l) => (
              <label class="option" key={l}>
                <input type="radio" name="ae-longueur" value={String(l)} checked={longueur === l} onChange={() => setLongueur(l)} />{' '}
                {l === 15 ? 'Courte : 15 questions' : 'Complète : 40 questions'}
              </label>
            ))}
          </fieldset>
          <fieldset class="ae-choix" aria-describedby={erreurThemes ? 'ae-themes-erreur' : undefined}>
            <legend>Thèmes (les questions sont réparties également entre les thèmes choisis)</legend>
            {THEMES.map((t) => (
              <label class="option" key={t}>
                <input
                  type="checkbox"
                  name="ae-themes"
                  value={t}
                  checked={themes.includes(t)}
                  onChange={(e) => {
                    const coche = (e.currentTarget as HTMLInputElement).checked;
                    setThemes(THEMES.filter((x) => (x === t ? coche : themes.includes(x))));
                  }}
                />{' '}
                {LIBELLES_THEMES[t]}
              </label>
            ))}
            <p id="ae-themes-erreur" class="champ__erreur" aria-live="polite">
              {erreurThemes}
            </p>
          </fieldset>
          <label class="option">
            <input type="checkbox" name="ae-chrono" checked={chrono} onChange={(e) => setChrono((e.currentTarget as HTMLInputElement).checked)} /> Afficher un
            chronomètre (temps écoulé)
          </label>
          <div class="ae-actions">
            <button type="submit" class="bouton bouton--principal" data-action="commencer" disabled={!!session}>
              Commencer
            </button>
            <button type="submit" class="bouton" data-action="code">
              Créer un code pour un groupe
            </button>
          </div>
          <p class="message message--ok" aria-live="polite">
            {codeCree && (
              <>
                Code de cet examen : <strong class="ae-code">{codeCree}</strong>. Le même code donne les mêmes questions, dans le même ordre, sur tous les
                ordinateurs.
              </>
            )}
          </p>
        </form>
      </section>

      <section class="ae-bloc" aria-labelledby="ae-code-titre">
        <h2 id="ae-code-titre">Passer un examen avec un code</h2>
        <p>Votre enseignant vous a donné un code ? Le même code donne à chacun le même examen.</p>
        <form onSubmit={(e) => void soumettreCode(e)} noValidate>
          <div class={`champ${erreurCode ? ' champ--erreur' : ''}`}>
            <label for="ae-code">Code d’examen</label>
            <input
              id="ae-code"
              ref={champCode}
              type="text"
              autoComplete="off"
              spellcheck={false}
              autoCapitalize="characters"
              maxLength={12}
              value={codeSaisi}
              aria-invalid={erreurCode ? 'true' : undefined}
              aria-describedby="ae-code-aide ae-code-erreur"
              onInput={(e) => setCodeSaisi((e.currentTarget as HTMLInputElement).value)}
            />
            <span id="ae-code-aide" class="champ__aide">
              6 caractères, par exemple « K7M-4QX ».
            </span>
            <span id="ae-code-erreur" class="champ__erreur" aria-live="polite">
              {erreurCode}
            </span>
          </div>
          <div class="ae-actions">
            <button type="submit" class="bouton" disabled={!!session}>
              Commencer cet examen
            </button>
          </div>
        </form>
      </section>

      {dues.length === 0 && revisionBloc}

      {historique.length > 0 && (
        <section class="ae-bloc" aria-labelledby="ae-historique-titre">
          <h2 id="ae-historique-titre">Vos tentatives</h2>
          <div class="table-defilante" role="region" tabIndex={0} aria-label="Tableau : Historique des auto-évaluations">
            <table class="ae-historique">
              <caption>Historique des auto-évaluations, de la plus récente à la plus ancienne</caption>
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Code</th>
                  <th scope="col">Questions</th>
                  <th scope="col">Score</th>
                  <th scope="col">Évolution</th>
                  <th scope="col">Bilan</th>
                </tr>
              </thead>
              <tbody>
                {historique
                  .map((t, i) => ({ t, i }))
                  .reverse()
                  .map(({ t, i }) => (
                    <tr key={t.date}>
                      <td>{dateLisible(t.date)}</td>
                      <td>{t.code || '—'}</td>
                      <td class="nombre">{t.items.length}</td>
                      <td class="nombre">{libelleScore(scoreGlobal(t.items, t.reponses))}</td>
                      <td>{libelleTendance(tendance(historique, i))}</td>
                      <td>
                        <button
                          type="button"
                          class="lien-bouton"
                          onClick={() => {
                            focaliser.current = 'bilan';
                            setBilan(i);
                          }}
                        >
                          Voir le bilan<span class="visually-hidden"> du {dateLisible(t.date)}</span>
                        </button>
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </div>
  );
}
