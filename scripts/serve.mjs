// `npm start` / `npm run preview`: serves the built course (dist/) and prints its URL.
import { existsSync } from 'node:fs';
import { demarrerServeur } from './static-server.mjs';

if (!existsSync('dist/index.html')) {
  console.error('Aucun site construit dans dist/ : lancez d’abord « npm run build ».');
  process.exit(1);
}
const port = Number(process.env.PORT ?? 4321);
const { url } = await demarrerServeur({ base: process.env.BASE ?? '/', port, host: process.env.HOST ?? '127.0.0.1' });
console.log(`\nLe cours est servi sur ${url}\n(Ctrl+C pour arrêter)\n`);
