// `npm test`: every test, in order — unit/property/content tests, type check, lint (ESLint + Prettier), a build of the site
// under a non-root base path, then the browser suite against that build. Prints one summary line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

export const E2E_DIR = 'dist-e2e';
export const E2E_BASE = '/cours/secteurs/';

const totals = { passed: 0, failed: 0, skipped: 0 };
let failedStep = null;

function run(label, cmd, args, env = {}) {
  console.log(`\n▶ ${label}\n`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) {
    failedStep ??= label;
    return false;
  }
  return true;
}

function count(file) {
  if (!existsSync(file)) return;
  const r = JSON.parse(readFileSync(file, 'utf8'));
  totals.passed += r.numPassedTests ?? 0;
  totals.failed += r.numFailedTests ?? 0;
  totals.skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
}

mkdirSync('test-results', { recursive: true });
rmSync('test-results/unit.json', { force: true });
rmSync('test-results/e2e.json', { force: true });
rmSync('test-results/built.json', { force: true });

run('Tests unitaires, de propriétés et de contenu (Vitest)', 'vitest', ['run', '--reporter=default', '--reporter=json', '--outputFile=test-results/unit.json']);
count('test-results/unit.json');
run('Vérification des types (astro check)', 'astro', ['check']);
run('Sens des dépendances (dependency-cruiser)', 'depcruise', ['src', '--config', '.dependency-cruiser.cjs']);
run('Analyse statique et mise en forme (ESLint, Prettier : npm run lint)', 'npm', ['run', '--silent', 'lint']);
const construit =
  run('Outils Debian des tests (Chromium, xmllint, pdftotext)', 'node', ['scripts/ensure-outils.mjs']) &&
  run(`Construction du site sous le chemin ${E2E_BASE}`, 'astro', ['build', '--outDir', E2E_DIR], { BASE: E2E_BASE }) &&
  run('Index de recherche Pagefind', 'pagefind', ['--site', E2E_DIR, '--force-language', 'fr', '--quiet']) &&
  run('Paquet SCORM 1.2 (lié depuis /enseigner/exports/)', 'node', ['scripts/build-scorm.mjs', '--sortie', `${E2E_DIR}/telechargements/secteurs-scorm12.zip`]);
if (construit) {
  run(
    'Contrôles du HTML construit (sans navigateur)',
    'vitest',
    ['run', '--config', 'vitest.built.config.ts', '--reporter=default', '--reporter=json', '--outputFile=test-results/built.json'],
    { E2E_DIR },
  );
  run(
    'Tests de bout en bout dans Chromium',
    'vitest',
    ['run', '--config', 'vitest.e2e.config.ts', '--reporter=default', '--reporter=json', '--outputFile=test-results/e2e.json'],
    { E2E_DIR, E2E_BASE },
  );
}
count('test-results/built.json');
count('test-results/e2e.json');

console.log(`\n${failedStep ? `Échec à l’étape : ${failedStep}` : 'Toutes les étapes ont réussi.'}`);
console.log(`Tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedStep || totals.failed > 0 || totals.passed === 0 ? 1 : 0);
