// ESLint (flat config), run by `npm run lint` and by `npm test`.
// - typescript-eslint everywhere; typed (type-aware) linting only on src/engine, where it carries
//   the local rule that keeps amounts in decimal.js (cheap: the engine is a small, closed program).
// - eslint-plugin-astro for .astro files; eslint-plugin-react-hooks for the Preact islands (the rules
//   recognise hooks by name — useState, useEffect… — so they apply as is to `preact/hooks`).
// - Prettier owns layout (.prettierrc): no stylistic rule here.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import noFloatOnDecimal from './eslint-rules/no-float-on-decimal.js';

/** Float helpers that must never touch an amount or a rate in the engine (see src/engine/README.md). */
const FLOTTANTS = 'les montants et taux restent des Decimal jusqu’à l’affichage (src/engine/README.md, « Montants exacts »)';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-*/**',
      'node_modules/**',
      'test-results/**',
      'coverage/**',
      '.astro/**',
      '.mesures/**',
      // A copy of Starlight's "basics" example, built only as a point of comparison by mesure:premier-rendu.
      'scripts/premier-rendu/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      // French typography puts U+00A0 / U+202F in text, templates, comments and markup on purpose.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipComments: true, skipJSXText: true, skipRegExps: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Node: build scripts, configs, tests run by Vitest.
    files: ['scripts/**', 'tests/**', '*.config.*', '*.cjs', 'eslint-rules/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Preact islands and hooks: the Rules of Hooks, and complete effect dependencies.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'react', message: 'Ce projet utilise Preact : importer depuis « preact » ou « preact/hooks ».' },
            { name: 'react-dom', message: 'Ce projet utilise Preact : importer depuis « preact ».' },
          ],
        },
      ],
    },
  },
  {
    // The engine: no float on an amount. Syntax bans for the float helpers, plus a typed rule that
    // flags any JavaScript operator applied to a Decimal. A legitimate float (an integer year read
    // from a date, a PRNG index) is allowed line by line with
    // `// eslint-disable-next-line <rule> -- why`, so each exception is visible and explained.
    files: ['src/engine/**/*.ts'],
    ignores: ['src/engine/**/*.test.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { local: { rules: { 'no-float-on-decimal': noFloatOnDecimal } } },
    rules: {
      'local/no-float-on-decimal': 'error',
      'no-restricted-globals': ['error', { name: 'parseFloat', message: `parseFloat : ${FLOTTANTS}.` }],
      'no-restricted-properties': [
        'error',
        { object: 'Number', property: 'parseFloat', message: `Number.parseFloat : ${FLOTTANTS}.` },
        { object: 'Math', property: 'round', message: `Math.round : ${FLOTTANTS} ; arrondir par une étape nommée (decimal.ts).` },
        { object: 'Math', property: 'floor', message: `Math.floor : ${FLOTTANTS} ; arrondir par une étape nommée (decimal.ts).` },
        { object: 'Math', property: 'ceil', message: `Math.ceil : ${FLOTTANTS} ; arrondir par une étape nommée (decimal.ts).` },
        { object: 'Math', property: 'trunc', message: `Math.trunc : ${FLOTTANTS} ; arrondir par une étape nommée (decimal.ts).` },
        { property: 'toFixed', message: `.toFixed() : ${FLOTTANTS} ; formater avec francais.ts.` },
        { property: 'toNumber', message: `.toNumber() : ${FLOTTANTS}.` },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.name='Number']", message: `Number(…) : ${FLOTTANTS} ; lire un montant avec D(…).` },
        { selector: "UnaryExpression[operator='+'][argument.type!='Literal']", message: `+x (conversion en nombre) : ${FLOTTANTS}.` },
      ],
    },
  },
  {
    // Exceptions to the float bans, file by file (single lines use eslint-disable-next-line -- why):
    // dates.ts reads calendar integers (year, month, day) from a date string; none is an amount.
    files: ['src/engine/dates.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
