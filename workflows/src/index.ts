// Types and pure logic shared by the server, the worker and the browser. No I/O here.
export * from './dsl/process-definition';
// Validating definitions (server side: ajv compiles code with `new Function`,
// so the workflow bundle, which starts from src/workflows, never imports this).
export { validateProcessDefinition, MAX_DEFINITION_DEPTH } from './dsl/validate-process-definition';
export type {
  DefinitionLanguage,
  ProcessDefinitionProblem,
  ProcessDefinitionProblemCode,
  ProcessDefinitionValidation,
} from './dsl/process-definition-problem';
export { processDefinitionSchema, DEFINITION_ID_PATTERN, MAX_SLA_WORKING_DAYS } from './dsl/process-definition.schema';
export { SUPPORTED_LOGIC_OPERATORS } from './dsl/json-logic-problems';
export * from './engine/state';
export * from './engine/events';
export * from './engine/engine-error';
export { stateNotices, transitionNotices } from './engine/notices';
export type { Notice } from './engine/notices';
export {
  applyEvent,
  checkRequestAction,
  checkTaskAction,
  flattenSteps,
  notOpenRefusal,
  returnTargets,
  startProcess,
  NO_ASSIGNEE_FALLBACK_RULE,
} from './engine/process-engine';
export type { StartInput } from './engine/process-engine';
export {
  nextClockAt,
  processFinished,
  fieldPermissionsAt,
  visibleFormData,
  RECTIFICATION_STEP_ID,
  FOLLOW_UP_STEP_ID,
  narrowAssignees,
} from './engine/process-engine';
export { previewRoute, previewRouteAsync, whatIf, whatIfAsync } from './engine/preview';
export type {
  AsyncPeopleFinder,
  PeopleFinder,
  PeopleLookup,
  RoutePreviewOptions,
  RoutePreviewStep,
  WhatIfChange,
} from './engine/preview';
export type { DeliveryActivities, NotificationDelivery, ProcessActivities, TransitionWrite } from './activities';
export { TASK_QUEUE } from './activities';
export * from './workflows/search-attributes';
export { actUpdate, requestActUpdate, stateQuery, submittedUpdate } from './workflows/approval-process';
export { deliverNotification } from './workflows/deliver-notification';
export type { ApprovalProcessInput } from './workflows/approval-process';
export * from './workflows/growth-point-round';
export * from './seed';
export * from './calendar';
export * from './audit/administration-vocabulary';
