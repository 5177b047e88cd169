/**
 * Inline SVG chart of the allocations-familiales rate and of the CPAM share of that contribution
 * across incomes from 0 to 200 % of the PASS, with the 110 % and 140 % thresholds and the current
 * income marked. Every point is computed by the engine (`cotisationsPriseEnCharge`); Decimals become
 * numbers only for SVG coordinates. The same points are given as a table for readers who cannot see
 * the chart, and a text alternative describes it.
 */
import { useMemo } from 'preact/hooks';
import { D, cotisationsPriseEnCharge, formatDate, formatEuros, formatTaux, parametre, type Decimal } from '../../engine';

/** Points every 5 % of the PASS (the thresholds 110 % and 140 % are among them). */
const PAS = 40;
const X0 = 58;
const X1 = 590;
const PANNEAUX = [
  { haut: 24, bas: 150, max: 0.06, graduations: [0, 0.02, 0.04, 0.06], titre: 'Taux de la cotisation AF' },
  { haut: 200, bas: 326, max: 1, graduations: [0, 0.5, 1], titre: 'Part de la cotisation AF payée par la CPAM' },
] as const;

interface Point {
  partPass: Decimal;
  revenu: Decimal;
  taux: Decimal;
  partCpamTaux: Decimal;
  partCpam: Decimal;
}

export function pointsAf(date: string): { pass: Decimal; points: Point[] } {
  const pass = parametre('pass', date).valeur;
  const points = Array.from({ length: PAS + 1 }, (_, k) => {
    const partPass = D(k).div(PAS / 2);
    const revenu = pass.mul(partPass);
    const r = cotisationsPriseEnCharge({ revenu, date });
    return { partPass, revenu, taux: r.af.taux, partCpamTaux: r.af.partCpamTaux, partCpam: r.af.partCpam };
  });
  return { pass, points };
}

const x = (partPass: number) => X0 + ((X1 - X0) * partPass) / 2;
const y = (p: (typeof PANNEAUX)[number], v: number) => p.bas - ((p.bas - p.haut) * v) / p.max;

export function GraphiqueAf(props: { date: string; revenu: Decimal; id: string }) {
  const { pass, points } = useMemo(() => pointsAf(props.date), [props.date]);
  const [pTaux, pPart] = PANNEAUX;
  const ligneTaux = points.map((q) => `${x(q.partPass.toNumber()).toFixed(1)},${y(pTaux, q.taux.toNumber()).toFixed(1)}`).join(' ');
  // The CPAM share is constant within a bracket and jumps at the threshold: drawn as steps.
  const marches = points
    .map((q, i) => {
      const yy = y(pPart, q.partCpamTaux.toNumber()).toFixed(1);
      const suivant = points[i + 1];
      return `${x(q.partPass.toNumber()).toFixed(1)},${yy}${suivant ? ` ${x(suivant.partPass.toNumber()).toFixed(1)},${yy}` : ''}`;
    })
    .join(' ');
  const rel = props.revenu.div(pass);
  const horsGraphique = rel.greaterThan(2);
  const xRevenu = x(Math.min(2, rel.toNumber()));
  const seuils = points.filter((q) => q.partPass.equals('1.1') || q.partPass.equals('1.4'));
  const premier = points[0]!;
  const dernier = points[points.length - 1]!;
  const [s1, s2] = seuils.map((q) => formatTaux(q.partPass));
  const description =
    `Au ${formatDate(props.date)}, PASS de ${formatEuros(pass)}. Le taux de la cotisation d’allocations familiales vaut ${formatTaux(premier.taux, 2)} ` +
    `jusqu’à ${s1} du PASS, augmente ensuite jusqu’à ${formatTaux(dernier.taux, 2)} à ${s2} du PASS puis reste constant. ` +
    `La part payée par la CPAM vaut ${seuils.map((q) => `${formatTaux(q.partCpamTaux)} jusqu’à ${formatTaux(q.partPass)} du PASS`).join(', ')} ` +
    `et ${formatTaux(dernier.partCpamTaux)} au-delà. Revenu saisi : ${formatEuros(props.revenu)}, soit ${formatTaux(rel, 1)} du PASS${horsGraphique ? ' (au-delà du graphique)' : ''}.`;

  return (
    <figure class="graphique-af">
      <svg viewBox="0 0 600 372" role="img" aria-labelledby={`${props.id}-titre ${props.id}-desc`} class="graphique-af__svg">
        <title id={`${props.id}-titre`}>Taux de la cotisation AF et part payée par la CPAM selon le revenu</title>
        <desc id={`${props.id}-desc`}>{description}</desc>
        {PANNEAUX.map((p) => (
          <g key={p.titre}>
            <text x={X0} y={p.haut - 8} class="graphique-af__titre">
              {p.titre}
            </text>
            {p.graduations.map((g) => (
              <g key={g}>
                <line x1={X0} x2={X1} y1={y(p, g)} y2={y(p, g)} class="graphique-af__grille" />
                <text x={X0 - 6} y={y(p, g) + 4} text-anchor="end" class="graphique-af__graduation">
                  {formatTaux(D(g))}
                </text>
              </g>
            ))}
          </g>
        ))}
        {seuils.map((q) => (
          <g key={q.partPass.toString()}>
            <line x1={x(q.partPass.toNumber())} x2={x(q.partPass.toNumber())} y1={pTaux.haut} y2={pPart.bas} class="graphique-af__seuil" />
            <text x={x(q.partPass.toNumber())} y={pPart.bas + 30} text-anchor="middle" class="graphique-af__graduation graphique-af__graduation--seuil">
              {formatTaux(q.partPass)}
            </text>
          </g>
        ))}
        {[0, 0.5, 1, 1.5, 2].map((g) => (
          <text key={g} x={x(g)} y={pPart.bas + 16} text-anchor="middle" class="graphique-af__graduation">
            {formatTaux(D(g))}
          </text>
        ))}
        <text x={X1} y={pPart.bas + 44} text-anchor="end" class="graphique-af__graduation">
          revenu en part du PASS
        </text>
        <polyline points={ligneTaux} class="graphique-af__courbe" />
        <polyline points={marches} class="graphique-af__courbe graphique-af__courbe--part" />
        <line x1={xRevenu} x2={xRevenu} y1={pTaux.haut} y2={pPart.bas} class="graphique-af__revenu" />
        <text x={xRevenu} y={pTaux.haut - 8} text-anchor={xRevenu > 480 ? 'end' : 'start'} class="graphique-af__marque">
          {horsGraphique ? 'revenu saisi (au-delà) →' : 'revenu saisi'}
        </text>
      </svg>
      <figcaption>
        Taux de la cotisation AF (en haut) et part payée par la CPAM (en bas), de 0 à 200 % du PASS ; seuils à {s1} et {s2} du PASS en pointillés, revenu saisi
        en trait plein.
      </figcaption>
      <details class="graphique-af__donnees">
        <summary>Voir les données du graphique</summary>
        <div class="table-defilante" role="region" aria-labelledby={`${props.id}-donnees`} tabIndex={0}>
          <table>
            <caption id={`${props.id}-donnees`}>
              Points du graphique au {formatDate(props.date)} (PASS : {formatEuros(pass)})
            </caption>
            <thead>
              <tr>
                <th scope="col" class="nombre">
                  Revenu (part du PASS)
                </th>
                <th scope="col" class="nombre">
                  Revenu
                </th>
                <th scope="col" class="nombre">
                  Taux AF
                </th>
                <th scope="col" class="nombre">
                  Part CPAM
                </th>
                <th scope="col" class="nombre">
                  AF payée par la CPAM
                </th>
              </tr>
            </thead>
            <tbody>
              {points.map((q) => (
                <tr key={q.partPass.toString()}>
                  <th scope="row" class="nombre">
                    {formatTaux(q.partPass)}
                  </th>
                  <td class="nombre">{formatEuros(q.revenu)}</td>
                  <td class="nombre">{formatTaux(q.taux, 3)}</td>
                  <td class="nombre">{formatTaux(q.partCpamTaux)}</td>
                  <td class="nombre">{formatEuros(q.partCpam)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
