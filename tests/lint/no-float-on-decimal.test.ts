/**
 * The local ESLint rule that keeps the engine's amounts in decimal.js (eslint-rules/no-float-on-decimal.js):
 * any JavaScript operator applied to a Decimal is reported, the same operators on plain numbers are not.
 */
import { describe, it } from 'vitest';
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import regle from '../../eslint-rules/no-float-on-decimal.js';

// The first case builds the TypeScript program: give it time on a loaded machine.
RuleTester.describe = describe;
RuleTester.it = (nom: string, fn: () => void) => it(nom, fn, 60_000);
RuleTester.itOnly = (nom: string, fn: () => void) => it.only(nom, fn, 60_000);

const dossier = new URL('./fixtures/', import.meta.url).pathname;
const testeur = new RuleTester({
  languageOptions: {
    parser: tseslint.parser,
    // With CI=true typescript-eslint switches to its "single run" program, in which TypeScript 6 crashes
    // while printing a type (getLocalModuleSpecifier, no base path): keep the ordinary program here.
    parserOptions: { project: './tsconfig.json', tsconfigRootDir: dossier, disallowAutomaticSingleRunInference: true },
  },
});

const entete = "import { D, type Decimal } from '../../../src/engine/decimal.js';\nconst a: Decimal = D('12.5');\nconst b = D(3);\n";
const cas = (code: string) => ({ code: entete + code, filename: `${dossier}fichier.ts` });
const erreur = (code: string, op: string) => ({ ...cas(code), errors: [{ messageId: 'operator' as const, data: { op } }] });

testeur.run('no-float-on-decimal', regle, {
  valid: [
    cas('export const s = a.times(b).plus(1).toDecimalPlaces(2);'),
    cas('export const c = a.lt(b) ? a : b;'),
    cas('const n = 3; export const m = n * 2 + 1 < 10;'),
    cas('export const t = `${a.toString()} €` + " HT";'),
    cas('export const egal = a.eq(b);'),
  ],
  invalid: [
    erreur('export const x = a * 2;', '*'),
    erreur('export const x = 100 / a;', '/'),
    erreur('export const x = a + b;', '+'),
    erreur('export const x = a - 1;', '-'),
    erreur("export const x = 'total : ' + a;", '+'),
    erreur('export const x = a < b;', '<'),
    erreur('export const x = a >= b;', '>='),
    erreur('export const x = -a;', '- unaire'),
    erreur('let n = 1; n *= a; export { n };', '*='),
    erreur('const f = (v: Decimal | null) => (v ?? 0) * 2; export { f };', '*'),
  ],
});
