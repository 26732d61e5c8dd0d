import { Context } from '@temporalio/activity';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { deliverNotification, TASK_QUEUE, type NotificationDelivery } from '@tongban/workflows';

/**
 * Starts the workflow that sends one notification on one channel, with the
 * client of the activity's own worker. The id is derived from the notification
 * and the channel, and a finished delivery's id is not reused, so asking again
 * (every projection write does) sends nothing twice.
 */
export async function startDelivery(delivery: NotificationDelivery): Promise<void> {
  try {
    await Context.current().client.workflow.start(deliverNotification, {
      taskQueue: TASK_QUEUE,
      workflowId: `deliver:${delivery.notificationId}:${delivery.channel}`,
      workflowIdReusePolicy: 'REJECT_DUPLICATE',
      args: [delivery],
    });
  } catch (error) {
    if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
  }
}
