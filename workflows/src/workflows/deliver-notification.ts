import { proxyActivities } from '@temporalio/workflow';
import type { DeliveryActivities, NotificationDelivery } from '../activities';

// E-mail servers and SMS gateways go down for minutes or hours: back off for a while before giving up.
const { sendNotification } = proxyActivities<DeliveryActivities>({
  startToCloseTimeout: '30 seconds',
  retry: {
    initialInterval: '30 seconds',
    backoffCoefficient: 2,
    maximumInterval: '30 minutes',
    maximumAttempts: 10,
    nonRetryableErrorTypes: ['CHANNEL_NOT_CONFIGURED', 'CHANNEL_REFUSED'],
  },
});

/**
 * One notification on one outgoing channel (e-mail, SMS gateway, DingTalk or
 * WeCom robot). Its workflow id is derived from the notification and channel,
 * so it is sent once however often it is asked for.
 */
export async function deliverNotification(delivery: NotificationDelivery): Promise<void> {
  await sendNotification(delivery);
}
