import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode, DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { deliverNotification, type NotificationDelivery } from '@tongban/workflows';
import { SMTPServer } from 'smtp-server';
import { sendNotification } from './send-notification';

// Real receivers on loopback: an HTTP robot / SMS gateway and an SMTP server.
let http: Server;
let httpUrl: string;
let answer = 200;
const posted: unknown[] = [];
let smtp: SMTPServer;
const mails: string[] = [];

beforeAll(async () => {
  http = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      posted.push(JSON.parse(body));
      response.writeHead(answer).end('{}');
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  httpUrl = `http://127.0.0.1:${(http.address() as AddressInfo).port}/hook`;
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString()));
      stream.on('end', () => {
        mails.push(raw);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  await new Promise<void>((resolve) => http.close(() => resolve()));
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});
beforeEach(() => {
  posted.length = 0;
  answer = 200;
  delete process.env.TONGBAN_SMTP_URL;
  delete process.env.TONGBAN_SMS_GATEWAY_URL;
});

const notice = (channel: NotificationDelivery['channel'], target: string): NotificationDelivery => ({
  notificationId: `task:req-1.1:${randomUUID()}`,
  requestId: 'req-1',
  channel,
  target,
  title: { zh: '新待办：政银企续贷协调「招商服务中心受理」', en: 'New task' },
});

describe('sendNotification', () => {
  it('posts a DingTalk/WeCom text message to a robot, and the text and phone to the SMS gateway', async () => {
    await sendNotification(notice('robot', httpUrl));
    expect(posted).toEqual([
      { msgtype: 'text', text: { content: '【通办】新待办：政银企续贷协调「招商服务中心受理」（办件 req-1）' } },
    ]);
    process.env.TONGBAN_SMS_GATEWAY_URL = httpUrl;
    await sendNotification(notice('sms', '13872345678'));
    expect(posted[1]).toMatchObject({ phone: '13872345678' });
  });

  it('sends e-mail through the configured SMTP server', async () => {
    process.env.TONGBAN_SMTP_URL = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
    await sendNotification(notice('email', 'wang@yipule.example'));
    expect(mails).toHaveLength(1);
    expect(mails[0]).toContain('wang@yipule.example');
  });

  it('fails for good when a channel is not configured or the receiver refuses, and retryably when it is down', async () => {
    await expect(sendNotification(notice('email', 'a@b.example'))).rejects.toMatchObject({
      type: 'CHANNEL_NOT_CONFIGURED',
      nonRetryable: true,
    });
    answer = 400;
    await expect(sendNotification(notice('robot', httpUrl))).rejects.toMatchObject({
      type: 'CHANNEL_REFUSED',
      nonRetryable: true,
    });
    answer = 503;
    await expect(sendNotification(notice('robot', httpUrl))).rejects.toThrow('answered 503');
  });
});

it('delivers each notification on each channel once, through its own workflow, however often asked', async () => {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const env = await TestWorkflowEnvironment.createFromExistingServer({ address: process.env.TEMPORAL_ADDRESS });
  const taskQueue = `delivery-test-${randomUUID()}`;
  try {
    const worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      workflowBundle: await bundleWorkflowCode({
        workflowsPath: require.resolve('@tongban/workflows/workflows'),
        logger: new DefaultLogger('WARN'),
      }),
      activities: { sendNotification },
    });
    await worker.runUntil(async () => {
      const delivery = notice('robot', httpUrl);
      const start = () =>
        env.client.workflow.start(deliverNotification, {
          taskQueue,
          workflowId: `deliver:${delivery.notificationId}:robot`,
          workflowIdReusePolicy: 'REJECT_DUPLICATE',
          args: [delivery],
        });
      await (await start()).result();
      await expect(start()).rejects.toBeInstanceOf(WorkflowExecutionAlreadyStartedError);
      expect(posted).toHaveLength(1);
    });
  } finally {
    await env.teardown();
  }
});
