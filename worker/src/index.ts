export { processActivities } from './activities';
export { createWorker, workflowsPath } from './create-worker';
