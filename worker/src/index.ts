export { processActivities } from './activities';
export { createWorker, workflowsPath } from './create-worker';
export { ensureSearchAttributes } from './ensure-search-attributes';
