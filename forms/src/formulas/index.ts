// Computed fields (公式): one deterministic evaluator for the browser, the server and workflows. No Node or DOM imports.
export { amountInCapitals } from './capital-amount';
export {
  checkFormula,
  scopeOf,
  type CheckedFormula,
  type FormulaNode,
  type FormulaScope,
  type FormulaType,
} from './check-formula';
export {
  Decimal,
  evaluateFormula,
  formulaText,
  officialFormulaCalendar,
  type FormulaCalendar,
  type FormulaContext,
  type FormulaValue,
} from './evaluate-formula';
export { FormulaError, type FormulaErrorCode } from './formula-error';
export {
  FORMULA_KEYWORD,
  formulaFields,
  type FormulaField,
  type FormulaFields,
  type FormulaTarget,
  type ScalarType,
} from './formula-fields';
export {
  FORMULA_FUNCTIONS,
  formulaFunction,
  type FormulaFunction,
  type FormulaFunctionCategory,
  type FormulaFunctionName,
} from './formula-functions';
export { MAX_FORMULA_LENGTH, parseFormulaText } from './formula-syntax';
export {
  computedValueErrors,
  computeFormData,
  formFormulas,
  formulaDefinitionProblems,
  type ComputedField,
  type ComputedValue,
  type ComputeOptions,
  type FormFormulas,
  type FormulaProblem,
} from './form-formulas';
