import pino from 'pino';

/** Structured logs; cookies and credentials never reach them. */
export const logger = pino({
  name: 'server',
  // Tests read failures from jest, not request logs.
  level: process.env.LOG_LEVEL ?? (process.env.JEST_WORKER_ID ? 'warn' : 'info'),
  redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]', 'password', '*.password'],
});
