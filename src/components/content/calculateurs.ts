/**
 * The worked-example calculators, usable in every chapter without an import once merged into the
 * MDX components map: `<CalculateurPatient />`, `<CalculateurDA />`…
 */
import CalculateurPatient from './CalculateurPatient.astro';
import CalculateurDA from './CalculateurDA.astro';
import CalculateurCotisations from './CalculateurCotisations.astro';
import CalculateurRedevance from './CalculateurRedevance.astro';
import CalculateurFpmt from './CalculateurFpmt.astro';
import CalculateurOptam from './CalculateurOptam.astro';
import CalculateurTcam from './CalculateurTcam.astro';
import CalculateurTarifDate from './CalculateurTarifDate.astro';

export const calculateurs = {
  CalculateurPatient,
  CalculateurDA,
  CalculateurCotisations,
  CalculateurRedevance,
  CalculateurFpmt,
  CalculateurOptam,
  CalculateurTcam,
  CalculateurTarifDate,
};
