export * from './form-model';
export {
  compileFormModel,
  compileField,
  FORM_SCHEMA_DIALECT,
  ATTACHMENT_ITEM_SCHEMA,
  AMOUNT_STEP,
} from './compile-form-model';
export { parseFormSchema } from './parse-form-schema';
export {
  CONDITION_OPERATORS,
  conditionCandidates,
  conditionFields,
  conditionValueType,
  evaluateCondition,
  isConditionSubgroup,
  operatorsFor,
  singleRuleCondition,
  valueAtPath,
  VALUE_OPERATORS,
  type Condition,
  type ConditionCombine,
  type ConditionOperator,
  type ConditionRule,
  type ConditionSubgroup,
  type ConditionValue,
  type FieldAtPath,
} from './conditions';
export { REGION_PARTS } from './region-field';
export {
  DICTIONARY_KEYWORD,
  dictionaryOptions,
  dictionaryReferencesInSchema,
  pinDictionaryChoices,
  readDictionary,
  type DictionaryEntryChoice,
  type DictionaryReference,
  type PublishedDictionary,
} from './dictionary-choices';
export {
  DEFAULT_REGION_DEPTH,
  isRegionDepth,
  REGION_DEPTHS,
  regionDepthLevel,
  type RegionDepth,
  type RegionValue,
} from '../regions/region-depth';
export { isJsonObject, jsonEqual, type JsonObject } from './json-value';
export { checkFormModel, FIELD_KEY_PATTERN, type FormModelProblem } from './check-form-model';
export {
  allFields,
  canHold,
  createField,
  findField,
  groupFields,
  insertField,
  moveField,
  NEW_FIELD_TITLES,
  removeField,
  updateField,
  type FieldPlace,
} from './edit-form-model';
export { diffFormModels, fieldCount, type FormChange } from './diff-form-models';
export { FORMULA_KINDS, formulaOf, withFormula } from './formula-schema';
export { formulaProblems, formulaReferences, type FormulaReference } from './check-formulas';
export {
  isPrefillSource,
  PREFILL_SOURCES,
  prefilledData,
  prefillFields,
  profileDisagreements,
  profileValue,
  reusableData,
  type OrganisationProfile,
  type PrefillSource,
} from '../prefill';
