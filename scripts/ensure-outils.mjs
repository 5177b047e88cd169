// Makes sure the Debian tools the tests drive are there, installing the missing ones with apt when run as
// root (a fresh machine is Debian + Node 20 + npm, nothing else):
// - Chromium for the browser tests (playwright-core cannot download its own browser here, so the tests
//   drive /usr/bin/chromium, or $CHROMIUM_PATH);
// - xmllint (libxml2-utils): the SCORM manifest is validated against the official SCORM 1.2 schemas;
// - pdftotext (poppler-utils): printed sheets and answer keys are read back from their PDF.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const OUTILS = [
  { binaire: CHROMIUM, paquet: 'chromium', role: 'les tests de navigateur' },
  { binaire: '/usr/bin/xmllint', paquet: 'libxml2-utils', role: 'la validation du paquet SCORM' },
  { binaire: '/usr/bin/pdftotext', paquet: 'poppler-utils', role: 'la lecture des fiches imprimées en PDF' },
];

const manquants = OUTILS.filter((o) => !existsSync(o.binaire));
if (manquants.length > 0) {
  const paquets = manquants.map((o) => o.paquet).join(' ');
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root) {
    console.error(
      manquants.map((o) => `${o.binaire} est introuvable (paquet Debian « ${o.paquet} », pour ${o.role}).`).join('\n') +
        `\nInstallez-les puis relancez les tests :\n  sudo apt-get update && sudo apt-get install -y ${paquets}\n` +
        'Pour Chromium, CHROMIUM_PATH=/chemin/vers/chromium indique un autre binaire.',
    );
    process.exit(1);
  }
  console.log(`Outils absents : installation des paquets Debian ${paquets} (apt-get)…`);
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${paquets}`, { stdio: 'inherit' });
  const encore = manquants.filter((o) => !existsSync(o.binaire));
  if (encore.length > 0) {
    console.error(`L’installation n’a pas produit ${encore.map((o) => o.binaire).join(', ')}.`);
    process.exit(1);
  }
}
