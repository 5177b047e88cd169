// Size of the engine as shipped to the browser: src/engine/index.ts + decimal.js, bundled by esbuild,
// minified, gzipped. Also the size of typical islands, which import only part of the public entry
// (esbuild tree-shakes what they do not use). Run: npm exec -- node tests/engine/measure-size.mjs
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const racine = fileURLToPath(new URL('../../', import.meta.url));
const ko = (n) => (n / 1024).toFixed(1).replace('.', ',');

async function taille(contents) {
  const r = await build({
    stdin: { contents, resolveDir: racine, loader: 'ts', sourcefile: 'entree.ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    treeShaking: true,
  });
  const code = r.outputFiles[0].contents;
  return { min: code.length, gz: gzipSync(code, { level: 9 }).length };
}

const cas = [
  ['moteur + decimal.js (toute l’entrée publique)', `export * from './src/engine/index.ts';`],
  ['decimal.js seul', `export { default } from 'decimal.js';`],
  [
    'île « calculateur de remboursement » (priseEnChargeConsultation, parse/format)',
    `export { priseEnChargeConsultation, parseMontant, formatEuros } from './src/engine/index.ts';`,
  ],
  ['île « exercice » (exercices, listeExercices)', `export { exercices, listeExercices } from './src/engine/index.ts';`],
  ['page « Barèmes » (listeParametres, ambiguites)', `export { listeParametres, ambiguites, citer } from './src/engine/index.ts';`],
];
for (const [nom, src] of cas) {
  const t = await taille(src);
  console.log(`${nom}, minifié et gzippé : ${ko(t.gz)} Ko (minifié : ${ko(t.min)} Ko)`);
}
console.log('Pour information : les budgets de JavaScript se mesurent par phase de chargement (npm run mesure:js, README « Mesures »).');
