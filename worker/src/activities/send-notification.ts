import { ApplicationFailure } from '@temporalio/activity';
import type { DeliveryActivities, NotificationDelivery } from '@tongban/workflows';
import nodemailer from 'nodemailer';
import { throwUnlessOk } from './refuse-or-retry';

/**
 * Sends a notification out of the app. E-mail goes through the SMTP server in
 * `TONGBAN_SMTP_URL` (from `TONGBAN_SMTP_FROM`); SMS through the gateway at
 * `TONGBAN_SMS_GATEWAY_URL` (JSON `{ phone, text }`); a DingTalk or WeCom
 * group robot gets its text message format at the URL the person gave. A
 * failure throws so Temporal retries it; what cannot get better fails for good.
 */
export const sendNotification: DeliveryActivities['sendNotification'] = async (delivery) => {
  const text = messageText(delivery);
  switch (delivery.channel) {
    case 'email': {
      const smtp = process.env.TONGBAN_SMTP_URL;
      if (!smtp) throw notConfigured('TONGBAN_SMTP_URL');
      await nodemailer.createTransport(smtp).sendMail({
        from: process.env.TONGBAN_SMTP_FROM ?? 'tongban@localhost',
        to: delivery.target,
        subject: delivery.title.zh,
        text,
      });
      return;
    }
    case 'sms': {
      const gateway = process.env.TONGBAN_SMS_GATEWAY_URL;
      if (!gateway) throw notConfigured('TONGBAN_SMS_GATEWAY_URL');
      await postJson(gateway, { phone: delivery.target, text });
      return;
    }
    case 'robot':
      await postJson(delivery.target, { msgtype: 'text', text: { content: text } });
      return;
  }
};

function messageText(delivery: NotificationDelivery): string {
  return `【通办】${delivery.title.zh}（办件 ${delivery.requestNumber ?? delivery.requestId}）`;
}

async function postJson(url: string, body: unknown): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
    redirect: 'error',
  });
  throwUnlessOk(response, new URL(url).origin, 'CHANNEL_REFUSED');
}

function notConfigured(variable: string): ApplicationFailure {
  return ApplicationFailure.nonRetryable(`${variable} is not set on the worker`, 'CHANNEL_NOT_CONFIGURED');
}
