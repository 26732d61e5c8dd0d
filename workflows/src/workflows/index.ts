// The one module given to the Temporal worker as `workflowsPath`.
import './zod-without-codegen';
export { approvalProcess } from './approval-process';
export { growthPointRound } from './growth-point-round';
export { deliverNotification } from './deliver-notification';
