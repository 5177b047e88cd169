// Local ESLint rule: no JavaScript operator applied to a decimal.js value.
//
// `Decimal` objects coerce through `valueOf()` (a string): `d * 2` silently becomes a float
// product, `d + 1` a string concatenation, `d1 < d2` a comparison of strings ('10' < '9').
// Amounts and rates must go through the Decimal methods (`times`, `plus`, `lt`…) and be rounded
// once at a named step (src/engine/decimal.ts). The rule asks the TypeScript checker for the type
// of each operand, so it needs typed linting (parserOptions.projectService) on the files it checks.

const ARITHMETIC = new Set(['+', '-', '*', '/', '%', '**']);
const RELATIONAL = new Set(['<', '>', '<=', '>=']);
const COMPOUND = new Set(['+=', '-=', '*=', '/=', '%=', '**=']);

/** True when the type (or one member of a union/intersection) is decimal.js's Decimal. */
function isDecimal(type) {
  if (type.isUnion() || type.isIntersection()) return type.types.some(isDecimal);
  const symbol = type.getSymbol() ?? type.aliasSymbol;
  return symbol?.getName() === 'Decimal';
}

/** @type {import('eslint').Rule.RuleModule} */
export default {
  meta: {
    type: 'problem',
    docs: { description: 'Interdit les opérateurs JavaScript (+ - * / % ** < > <= >=, ++ --, moins unaire) sur une valeur Decimal' },
    messages: {
      operator:
        'Opérateur « {{op}} » appliqué à un Decimal : la valeur passe par un flottant ou une chaîne. Utiliser les méthodes de decimal.js (plus, minus, times, div, lt, gt…).',
    },
    schema: [],
  },
  create(context) {
    const services = context.sourceCode.parserServices;
    if (!services?.program || !services.esTreeNodeToTSNodeMap) {
      throw new Error('no-float-on-decimal: typed linting required (parserOptions.projectService)');
    }
    const checker = services.program.getTypeChecker();
    const decimal = (node) => isDecimal(checker.getTypeAtLocation(services.esTreeNodeToTSNodeMap.get(node)));
    const report = (node, op) => context.report({ node, messageId: 'operator', data: { op } });

    return {
      BinaryExpression(node) {
        if (!ARITHMETIC.has(node.operator) && !RELATIONAL.has(node.operator)) return;
        if (node.left.type !== 'PrivateIdentifier' && decimal(node.left)) report(node, node.operator);
        else if (decimal(node.right)) report(node, node.operator);
      },
      AssignmentExpression(node) {
        if (COMPOUND.has(node.operator) && (decimal(node.left) || decimal(node.right))) report(node, node.operator);
      },
      UpdateExpression(node) {
        if (decimal(node.argument)) report(node, node.operator);
      },
      UnaryExpression(node) {
        if ((node.operator === '-' || node.operator === '+') && decimal(node.argument)) report(node, `${node.operator} unaire`);
      },
    };
  },
};
