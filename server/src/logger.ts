import pino from 'pino';

/** Structured logs; cookies and credentials never reach them. */
export const logger = pino({
  name: 'server',
  level: process.env.LOG_LEVEL ?? 'info',
  redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]', 'password', '*.password'],
});
