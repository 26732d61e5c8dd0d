// Types and pure logic shared by the server, the worker and the browser. No I/O here.
export * from './dsl/process-definition';
export * from './engine/state';
export * from './engine/events';
export * from './engine/engine-error';
export {
  applyEvent,
  checkRequestAction,
  checkTaskAction,
  flattenSteps,
  returnTargets,
  startProcess,
  NO_ASSIGNEE_FALLBACK_RULE,
} from './engine/process-engine';
export type { StartInput } from './engine/process-engine';
export { nextClockAt } from './engine/process-engine';
export { previewRoute, whatIf } from './engine/preview';
export type { RoutePreviewStep, WhatIfChange } from './engine/preview';
export type { ProcessActivities } from './activities';
export { TASK_QUEUE } from './activities';
export * from './workflows/search-attributes';
export { actUpdate, requestActUpdate, stateQuery, submittedUpdate } from './workflows/approval-process';
export type { ApprovalProcessInput } from './workflows/approval-process';
export * from './seed';
export * from './calendar';
