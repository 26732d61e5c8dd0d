import { createHmac } from 'node:crypto';
import type { ProcessActivities } from '@tongban/workflows';
import { throwUnlessOk } from './refuse-or-retry';

/**
 * A `webhook` step's call. Every attempt carries the same `Idempotency-Key`;
 * with `TONGBAN_WEBHOOK_SECRET` set, `X-Tongban-Signature` is the HMAC-SHA256
 * of the body, so the receiver can tell the call came from Tongban. A failed
 * attempt throws and Temporal retries it; a 4xx other than 408/425/429 will
 * not get better and fails at once.
 */
export const callWebhook: ProcessActivities['callWebhook'] = async ({
  url,
  method,
  idempotencyKey,
  body,
  timeoutSeconds,
}) => {
  const payload = JSON.stringify(body);
  const secret = process.env.TONGBAN_WEBHOOK_SECRET;
  const response = await fetch(url, {
    method,
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Idempotency-Key': idempotencyKey,
      ...(secret
        ? { 'X-Tongban-Signature': `sha256=${createHmac('sha256', secret).update(payload).digest('hex')}` }
        : {}),
    },
    body: payload,
    signal: AbortSignal.timeout(timeoutSeconds * 1000),
    redirect: 'error',
  });
  const text = await response.text();
  throwUnlessOk(response, `${method} ${new URL(url).origin}`, 'WEBHOOK_REFUSED');
  try {
    const answer: unknown = text ? JSON.parse(text) : {};
    return answer !== null && typeof answer === 'object' && !Array.isArray(answer)
      ? (answer as Record<string, unknown>)
      : { answer };
  } catch {
    return { status: response.status };
  }
};
