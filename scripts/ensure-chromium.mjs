// Makes sure Debian's Chromium is there for the browser tests. playwright-core cannot download its
// own browser here, so the tests drive /usr/bin/chromium (or $CHROMIUM_PATH).
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!existsSync(CHROMIUM)) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root) {
    console.error(
      `Chromium est introuvable (${CHROMIUM}). Installez-le puis relancez les tests :\n` +
        '  sudo apt-get update && sudo apt-get install -y chromium\n' +
        'ou indiquez un autre binaire avec CHROMIUM_PATH=/chemin/vers/chromium.',
    );
    process.exit(1);
  }
  console.log('Chromium absent : installation du paquet Debian « chromium » (apt-get)…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  if (!existsSync(CHROMIUM)) {
    console.error(`L’installation n’a pas produit ${CHROMIUM}.`);
    process.exit(1);
  }
}
