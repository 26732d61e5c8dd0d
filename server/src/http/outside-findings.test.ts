import { randomUUID } from 'node:crypto';
import { ServiceError } from '@temporalio/client';
import { loanRenewalApplicationForm } from '@tongban/forms';
import { RequestProjectionModel, UserModel } from '@tongban/store';
import mongoose from 'mongoose';
import request from 'supertest';
import { useTestStack } from '../../test/test-stack';
import { demoUserId } from '../seed/demo-data';

// Findings of an outside test run (issue 15), each once a 5xx or a wrong status.
const stack = useTestStack();

describe('bad input the outside test run sent', () => {
  it.each(['/api/v1/requests', '/api/v1/tasks', '/api/v1/organisations', '/api/v1/users'])(
    'a NUL byte in q on %s is a 400 naming the field, not a 500',
    async (path) => {
      const admin = await stack.signIn('admin');
      const response = await admin.get(path).query({ q: 'a\u0000b' });
      expect(response.status).toBe(400);
      expect(JSON.stringify(response.body)).toContain('q');
    },
  );

  it('renaming a saved view to a name already taken is a 409, as creating one is', async () => {
    const handler = await stack.signIn('zhaoshang');
    const view = (name: string) => ({ name, list: 'tasks', filters: { status: 'open' } });
    const first = await handler.post('/api/v1/me/views').send(view('到期的'));
    const second = await handler.post('/api/v1/me/views').send(view('本周的'));
    expect([first.status, second.status]).toEqual([201, 201]);
    const renamed = await handler.put(`/api/v1/me/views/${second.body.id}`).send(view('到期的'));
    expect(renamed.status).toBe(409);
  });

  it('a JSON body nested 120,000 levels deep is a 400, not a 500', async () => {
    const depth = 120_000;
    const body = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    const response = await request(stack.app)
      .post('/api/v1/auth/login')
      .set('Content-Type', 'application/json')
      .send(body);
    expect(response.status).toBe(400);
  });

  it('TRACE answers 405', async () => {
    const response = await request(stack.app).trace('/api/v1/health');
    expect(response.status).toBe(405);
  });

  it.each([
    ['put', '/api/v1/definitions/forms/loan-renewal-application/versions/1'],
    ['delete', '/api/v1/definitions/forms/loan-renewal-application/versions/1'],
    ['post', '/api/v1/definitions/processes/loan-renewal/versions/1/publish'],
    ['post', '/api/v1/definitions/processes/loan-renewal/versions/1/archive'],
  ] as const)(
    'a caller who may not design hears 403 on %s %s, before a missing If-Match (428) or a bad body',
    async (method, path) => {
      const handler = await stack.signIn('zhaoshang');
      const response = await handler[method](path).send({ not: 'a definition' });
      expect(response.status).toBe(403);
    },
  );
});

describe('general guards, each for a whole class', () => {
  it.each([
    ['a tab', 'a\tb'],
    ['a line break', 'a\nb'],
    ['an escape', 'a\u001bb'],
    ['DEL', 'a\u007fb'],
  ])('%s in any query parameter is a 400 naming it', async (_what, value) => {
    const admin = await stack.signIn('admin');
    for (const [path, name] of [
      ['/api/v1/requests', 'q'],
      ['/api/v1/tasks', 'processKey'],
      ['/api/v1/audit', 'requestId'],
    ] as const) {
      const response = await admin.get(path).query({ [name]: value });
      expect([path, response.status, response.body.error?.fields?.[0]?.path]).toEqual([path, 400, name]);
    }
  });

  it('a database that does not answer is a 503 to retry, never a 500 or a "not found"', async () => {
    const qiye = await stack.signIn('qiye');
    const unreachable = jest.spyOn(RequestProjectionModel, 'find').mockImplementationOnce(() => {
      throw new mongoose.mongo.MongoNetworkError('connection to 127.0.0.1:27017 closed');
    });
    try {
      const response = await qiye.get('/api/v1/requests');
      expect(unreachable).toHaveBeenCalled();
      expect([response.status, response.body.error.code, response.headers['retry-after']]).toEqual([
        503,
        'SERVICE_UNAVAILABLE',
        '5',
      ]);
    } finally {
      unreachable.mockRestore();
    }
  });

  it('Temporal not answering is a 503 to retry', async () => {
    const qiye = await stack.signIn('qiye');
    const grpcUnavailable = Object.assign(new Error('14 UNAVAILABLE: No connection established'), {
      code: 14,
      details: 'No connection established',
      metadata: {},
    });
    const start = jest
      .spyOn(stack.temporal.workflow, 'executeUpdateWithStart')
      .mockRejectedValueOnce(new ServiceError('Failed to start workflow', { cause: grpcUnavailable }));
    try {
      const response = await qiye
        .post('/api/v1/requests')
        .set('Idempotency-Key', randomUUID())
        .send({ processKey: 'loan-renewal', data: loanRenewalApplicationForm.example });
      expect(start).toHaveBeenCalled();
      expect([response.status, response.body.error.code]).toEqual([503, 'SERVICE_UNAVAILABLE']);
    } finally {
      start.mockRestore();
    }
  });

  it('a unique key another write took first is a 409 wherever the route said nothing more', async () => {
    const admin = await stack.signIn('admin');
    const taken = Object.assign(new Error('E11000 duplicate key error collection: users'), { code: 11000 });
    const update = jest.spyOn(UserModel, 'updateOne').mockRejectedValueOnce(taken as never);
    try {
      const response = await admin.patch(`/api/v1/users/${demoUserId('yinhang')}`).send({ displayName: '李信贷' });
      expect(update).toHaveBeenCalled();
      expect([response.status, response.body.error.code]).toEqual([409, 'CONFLICT']);
    } finally {
      update.mockRestore();
    }
  });
});
