/**
 * The four choices side by side: the doctor's side (course engine + the Urssaf's rules), the patient's
 * side (course engine), a chart with the same figures, a one-sentence summary and, for every column,
 * how each figure was obtained (engine traces with their sources; the Urssaf rules' own titles,
 * explanations and references). Rendering only: every number comes from the engine or from
 * modele-social through the worker.
 */
import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { D, Decimal, formatDate, formatEuros, formatNombre, formatTaux } from '../../engine';
import { LIGNES, type ResultatRegles } from '../../simulateur/regles';
import {
  CHOIX,
  LIBELLES_CHOIX,
  PERIODE_MODELE_SOCIAL,
  type ActiviteChoix,
  type Choix,
  type EntreesSimulateur,
  type SituationPublicodes,
} from '../../simulateur/situation';
import { Trace } from '../widgets/Trace';
import type { EtatRegles } from './useRegles';

interface Sim {
  e: EntreesSimulateur;
  activites: Record<Choix, ActiviteChoix>;
  situations: Record<Choix, SituationPublicodes> | null;
}

interface Props {
  sim: Sim;
  regles: EtatRegles;
  perime: boolean;
  pageSources: string;
  versions: { modeleSocial: string; publicodes: string };
}

/** Display of the Urssaf rules' figures: rounded once, to the euro (modele-social rounds most lines to the euro itself). */
const arrondiEuro = (s: string) => D(s).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
const euros0 = (d: Decimal) => `${formatNombre(d, 0)}\u00a0€`;
const deltaMot = (d: Decimal, plus: string, moins: string) => (d.isNegative() ? moins : plus);

function Cellule(props: { ligne: string; choix: Choix; children: ComponentChildren }) {
  return (
    <span data-ligne={props.ligne} data-choix={props.choix}>
      {props.children}
    </span>
  );
}

type Ligne = { id: string; libelle: ComponentChildren; valeur: (c: Choix) => ComponentChildren };

function TableauChoix(props: { id: string; legende: ComponentChildren; lignes: Ligne[]; occupe?: boolean }) {
  return (
    <div class="table-defilante simulateur__table" role="region" aria-labelledby={props.id} tabIndex={0} aria-busy={props.occupe ? 'true' : undefined}>
      <table>
        <caption id={props.id}>{props.legende}</caption>
        <thead>
          <tr>
            <th scope="col">Ligne</th>
            {CHOIX.map((c) => (
              <th scope="col" class="nombre" key={c}>
                {LIBELLES_CHOIX[c]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.lignes.map((l) => (
            <tr key={l.id}>
              <th scope="row">{l.libelle}</th>
              {CHOIX.map((c) => (
                <td class="nombre" key={c}>
                  <Cellule ligne={l.id} choix={c}>
                    {l.valeur(c)}
                  </Cellule>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Bars for one quantity across the four choices (numbers only for SVG coordinates). */
function Barres(props: { titre: string; valeurs: Array<[Choix, Decimal]>; y0: number; format: (d: Decimal) => string }) {
  const max = Math.max(1, ...props.valeurs.map(([, v]) => Math.abs(v.toNumber())));
  const X0 = 190;
  const L = 330;
  return (
    <g>
      <text x={0} y={props.y0} class="simulateur__graphique-titre">
        {props.titre}
      </text>
      {props.valeurs.map(([c, v], i) => {
        const y = props.y0 + 10 + i * 26;
        const w = (L * Math.max(0, v.toNumber())) / max;
        return (
          <g key={c}>
            <text x={X0 - 8} y={y + 14} text-anchor="end" class="simulateur__graphique-libelle">
              {LIBELLES_CHOIX[c]}
            </text>
            <rect x={X0} y={y} width={w} height={18} class={`simulateur__barre simulateur__barre--${c}`} />
            <text x={X0 + w + 6} y={y + 14} class="simulateur__graphique-valeur">
              {props.format(v)}
            </text>
          </g>
        );
      })}
    </g>
  );
}

/**
 * A <details> whose content is rendered only once opened: the traces of four columns are long, and
 * rendering them all on every keystroke would block the main thread for no one.
 */
function DetailsDiffere(props: { resume: ComponentChildren; children: () => ComponentChildren }) {
  const [ouvert, setOuvert] = useState(false);
  return (
    <details class="simulateur__explication" onToggle={(e) => setOuvert((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>{props.resume}</summary>
      {ouvert && props.children()}
    </details>
  );
}

export function Colonnes({ sim, regles, perime, pageSources, versions }: Props) {
  const { activites: a, e } = sim;
  const couvert = sim.situations !== null;
  // Columns answer the latest request only: a column of an older request is never shown as current.
  const courant = couvert && regles.resultats !== null && regles.demande > 0 && regles.id === regles.demande;
  const aJour = courant && regles.complet;
  const r = (c: Choix): ResultatRegles | null => (courant ? (regles.resultats?.[c] ?? null) : null);
  const enCours = couvert && !aJour && !regles.erreur;
  const attente = <span class="simulateur__attente">calcul en cours…</span>;
  const ms = (c: Choix, lire: (x: ResultatRegles) => string | null) => {
    const x = r(c);
    if (!x) return attente;
    const v = lire(x);
    return v === null ? <span title="ne s’applique pas">—</span> : euros0(arrondiEuro(v));
  };

  // ---- rows, doctor side
  const lignesMedecin: Ligne[] = [
    { id: 'tarif', libelle: 'Tarif opposable de la consultation', valeur: (c) => formatEuros(a[c].tarif.valeur) },
    { id: 'prix', libelle: 'Prix moyen facturé d’une consultation', valeur: (c) => formatEuros(a[c].prixConsultation) },
    { id: 'honoraires-opposables', libelle: 'Honoraires au tarif opposable', valeur: (c) => formatEuros(a[c].honorairesOpposables) },
    { id: 'depassements', libelle: 'Dépassements', valeur: (c) => formatEuros(a[c].depassements) },
    { id: 'honoraires', libelle: 'Honoraires facturés', valeur: (c) => formatEuros(a[c].honoraires) },
    {
      id: 'prime',
      libelle: 'Prime OPTAM',
      valeur: (c) => (c !== 'optam' ? '—' : a[c].prime ? formatEuros(a[c].prime!.valeur) : <span>taux non renseigné</span>),
    },
    { id: 'frais', libelle: 'Frais professionnels', valeur: () => formatEuros(e.frais) },
  ];
  if (couvert) {
    lignesMedecin.push({
      id: 'participation',
      libelle: 'Participation de l’Assurance Maladie aux cotisations',
      valeur: (c) => ms(c, (x) => x.participationTotale),
    });
    // The rows are the rules' lines, known before any result: the table keeps its shape while they run.
    LIGNES.filter((l) => !l.regle.endsWith('exonérations')).forEach((l, i) =>
      lignesMedecin.push({
        id: `cotisation-${i}`,
        libelle: l.libelle,
        valeur: (c) => ms(c, (x) => x.lignes.find((y) => y.regle === l.regle)?.valeur ?? null),
      }),
    );
    lignesMedecin.push({ id: 'total-cotisations', libelle: 'Total des cotisations et contributions', valeur: (c) => ms(c, (x) => x.total) });
    lignesMedecin.push({ id: 'net', libelle: <strong>Revenu net avant impôt</strong>, valeur: (c) => <strong>{ms(c, (x) => x.net)}</strong> });
  } else {
    lignesMedecin.push({
      id: 'participation-2017',
      libelle: 'Participation de l’Assurance Maladie aux cotisations AF et maladie (guide ISNAR, moteur du cours)',
      valeur: (c) => (a[c].participation2017 ? formatEuros(a[c].participation2017!.valeur) : '—'),
    });
  }

  // ---- rows, patient side
  const p = (c: Choix) => a[c].patient;
  const lignesPatient: Ligne[] = [
    { id: 'base', libelle: 'Base de remboursement', valeur: (c) => formatEuros(p(c).avec.baseRemboursement) },
    { id: 'amo', libelle: 'Payé par l’Assurance Maladie', valeur: (c) => formatEuros(p(c).avec.partAmo) },
    { id: 'complementaire-avec', libelle: 'Complémentaire couvrant les dépassements', valeur: (c) => formatEuros(p(c).avec.partComplementaire) },
    { id: 'rac-avec', libelle: 'Reste à charge avec cette complémentaire', valeur: (c) => formatEuros(p(c).avec.resteACharge) },
    { id: 'complementaire-sans', libelle: 'Complémentaire sans couverture des dépassements', valeur: (c) => formatEuros(p(c).sans.partComplementaire) },
    { id: 'rac-sans', libelle: 'Reste à charge sans couverture des dépassements', valeur: (c) => formatEuros(p(c).sans.resteACharge) },
    { id: 'annee-amo', libelle: 'Sur l’année : payé par l’Assurance Maladie', valeur: (c) => formatEuros(p(c).annee.amo) },
    { id: 'annee-complementaire', libelle: 'Sur l’année : payé par les complémentaires', valeur: (c) => formatEuros(p(c).annee.complementaire) },
    { id: 'annee-rac', libelle: 'Sur l’année : reste à charge des patients', valeur: (c) => formatEuros(p(c).annee.resteACharge) },
  ];

  // The patient's side depends on the course's engine only: not re-rendered when a column of the rules arrives.
  const tableauPatient = useMemo(
    () => (
      <TableauChoix
        id="sim-tableau-patient"
        legende="Côté patient : une consultation, puis l’année de consultations de cette activité"
        lignes={lignesPatient}
      />
    ),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [sim],
  );

  // ---- summary and chart: net income when the Urssaf's rules ran, receipts otherwise
  const revenu = (c: Choix): Decimal | null => {
    if (!couvert) return a[c].recettes.minus(e.frais);
    const x = r(c);
    return x?.net ? arrondiEuro(x.net) : null;
  };
  const r1 = revenu('secteur1');
  const r2 = revenu('secteur2');
  const ecartPatient = p('secteur2').sans.resteACharge.minus(p('secteur1').sans.resteACharge);
  const quoi = couvert
    ? 'revenu net avant impôt selon les règles de l’Urssaf'
    : 'recettes moins frais, avant cotisations : les règles de l’Urssaf ne sont pas calculées à cette date';
  const resume =
    r1 && r2
      ? `En secteur 2 sans OPTAM, vous gagnez ${euros0(r2.minus(r1).abs())} ${deltaMot(r2.minus(r1), 'de plus', 'de moins')} par an qu’en secteur 1 (${quoi}) ; vos patients sans complémentaire couvrant les dépassements paient ${formatEuros(ecartPatient.abs())} ${deltaMot(ecartPatient, 'de plus', 'de moins')} par consultation.`
      : null;
  const valeursRevenu = CHOIX.map((c) => [c, revenu(c)] as const).filter((x): x is [Choix, Decimal] => x[1] !== null);
  const valeursRac = CHOIX.map((c) => [c, p(c).sans.resteACharge] as [Choix, Decimal]);

  return (
    <div class={`simulateur__colonnes${perime ? ' simulateur__colonnes--perime' : ''}`} data-a-jour={couvert ? String(aJour) : 'sans-regles'}>
      <div class="simulateur__etat" role="status">
        {!couvert && (
          <p>
            Au {formatDate(e.date)}, les règles de l’Urssaf (modele-social {versions.modeleSocial}) ne sont pas calculées : elles ne modélisent que les années{' '}
            {PERIODE_MODELE_SOCIAL.debut.slice(0, 4)} à {PERIODE_MODELE_SOCIAL.fin.slice(0, 4)}. Seule la partie du moteur du cours est calculée (tarifs, prime
            OPTAM, participation de l’Assurance Maladie selon le guide, côté patient).
          </p>
        )}
        {couvert && regles.etape !== 'pret' && !regles.erreur && (
          <p class="simulateur__chargement">
            <label for="sim-progression">Chargement des règles de l’Urssaf ({regles.etape === 'analyse' ? 'lecture des règles' : 'téléchargement'})…</label>{' '}
            <progress id="sim-progression" max={3} value={regles.etape === 'analyse' ? 2 : 1} />
          </p>
        )}
        {couvert && regles.etape === 'pret' && enCours && <p class="simulateur__chargement">Calcul des cotisations en cours…</p>}
        {regles.erreur && <p class="calculateur__erreur">{regles.erreur}</p>}
        {couvert && aJour && (
          <p class="simulateur__a-jour">
            Cotisations calculées par modele-social {versions.modeleSocial} (publicodes {versions.publicodes}), règles au {formatDate(e.date)}.
          </p>
        )}
      </div>
      {resume ? (
        <p class="resultat__principal simulateur__resume" data-resume>
          {resume}
        </p>
      ) : null}
      <TableauChoix id="sim-tableau-medecin" legende="Côté médecin, par an" lignes={lignesMedecin} occupe={enCours} />
      {tableauPatient}
      {valeursRevenu.length === CHOIX.length && (
        <figure class="simulateur__graphique">
          <svg viewBox="0 0 640 300" role="img" aria-labelledby="sim-graphique-titre sim-graphique-desc">
            <title id="sim-graphique-titre">Comparaison des quatre choix</title>
            <desc id="sim-graphique-desc">
              {`${couvert ? 'Revenu net avant impôt' : 'Recettes moins frais'} : ${valeursRevenu.map(([c, v]) => `${LIBELLES_CHOIX[c]} ${euros0(v)}`).join(', ')}. Reste à charge d’un patient sans couverture des dépassements, par consultation : ${valeursRac.map(([c, v]) => `${LIBELLES_CHOIX[c]} ${formatEuros(v)}`).join(', ')}.`}
            </desc>
            <Barres titre={couvert ? 'Revenu net avant impôt, par an' : 'Recettes moins frais, par an'} valeurs={valeursRevenu} y0={16} format={euros0} />
            <Barres titre="Reste à charge d’un patient sans couverture des dépassements, par consultation" valeurs={valeursRac} y0={160} format={formatEuros} />
          </svg>
          <figcaption>Les mêmes chiffres que les deux tableaux ci-dessus.</figcaption>
        </figure>
      )}
      <h3>D’où viennent ces chiffres</h3>
      {CHOIX.map((c) => (
        <DetailsDiffere key={c} resume={LIBELLES_CHOIX[c]}>
          {() => (
            <>
              <p>Tarif et côté patient : moteur du cours. Dépassement moyen retenu : {formatTaux(a[c].tauxDepassement)}.</p>
              <Trace etapes={a[c].tarif.etapes} pageSources={pageSources} titre="Tarif de la consultation pas à pas" />
              {a[c].prime && <Trace etapes={a[c].prime!.etapes} pageSources={pageSources} titre="Prime OPTAM pas à pas" />}
              <Trace
                etapes={a[c].patient.avec.etapes}
                pageSources={pageSources}
                titre="Une consultation côté patient (complémentaire couvrant les dépassements) pas à pas"
              />
              <Trace
                etapes={a[c].patient.sans.etapes}
                pageSources={pageSources}
                titre="Une consultation côté patient (sans couverture des dépassements) pas à pas"
              />
              {a[c].participation2017 && (
                <Trace
                  etapes={a[c].participation2017!.etapes}
                  pageSources={pageSources}
                  titre="Participation de l’Assurance Maladie selon le guide pas à pas"
                />
              )}
              {r(c) && (
                <div class="simulateur__regles">
                  <p class="calculateur__sous-titre">Cotisations : règles de l’Urssaf (modele-social {versions.modeleSocial})</p>
                  <ul>
                    {[...r(c)!.lignes, ...r(c)!.participation.map((l) => ({ ...l, libelle: `Participation de l’Assurance Maladie ${l.libelle}` }))]
                      .filter((l) => l.valeur !== null)
                      .map((l) => (
                        <li key={l.regle + l.libelle}>
                          <strong>{l.libelle}</strong>
                          {'\u00a0'}: {euros0(arrondiEuro(l.valeur!))} — règle « <code>{l.regle}</code>
                          {'\u00a0'}» ({l.titre}){l.description && <span class="simulateur__description"> {l.description}</span>}
                          {l.references.length > 0 && (
                            <span>
                              {' '}
                              Références :{' '}
                              {l.references.map((x, i) => (
                                <span key={x.url}>
                                  {i > 0 && ' ; '}
                                  <a href={x.url} rel="noopener">
                                    {x.titre}
                                  </a>
                                </span>
                              ))}
                              .
                            </span>
                          )}
                        </li>
                      ))}
                  </ul>
                </div>
              )}
            </>
          )}
        </DetailsDiffere>
      ))}
    </div>
  );
}
