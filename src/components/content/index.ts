/**
 * The components available in every chapter without an import (passed to `<Content components>`).
 * Authors write `<Terme id="optam">OPTAM</Terme>`, `<Source doc="isnar" section="§3.1" />`,
 * `<Param id="acte.G" date="2017-05-01">25 €</Param>`, `<Encadre type="a-retenir">…</Encadre>`, `<Chronologie />`,
 * `<Calculateur type="patient" />`, `<Exercice type="plafond-da" graine={2005} />` (types: vocabulaire.ts).
 */
import Terme from './Terme.astro';
import Source from './Source.astro';
import Param from './Param.astro';
import Encadre from './Encadre.astro';
import Chronologie from './Chronologie.astro';
import Exercice from './Exercice.astro';
import Calculateur from './Calculateur.astro';
import Tableau from './Tableau.astro';
import Exemple from './Exemple.astro';

export const mdxComponents = { Terme, Source, Param, Encadre, Chronologie, Exercice, Exemple, Calculateur, table: Tableau };
