import request from 'supertest';
import { useTestStack } from '../../test/test-stack';

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
