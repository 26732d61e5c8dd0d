import { randomUUID } from 'node:crypto';
import type request from 'supertest';
import type { TestStack } from '../../test/test-stack';
import { seedCatalogue } from '../seed/seed-catalogue';

/**
 * Drives seed processes through the HTTP API as the seed catalogue's people:
 * each helper signs in as a user, as the browser would, and checks the
 * status code so a refused step fails the scenario where it happened.
 */
export interface Scenario {
  /** Files a request for the newest published version of `processKey`; returns its id. */
  submit(username: string, processKey: string, data: Record<string, unknown>): Promise<string>;
  /** The user's open task on the request (fails when they have none). */
  openTask(username: string, requestId: string): Promise<{ agent: request.Agent; taskId: string }>;
  /** The user acts on their open task of the request; returns the response body. */
  act(username: string, requestId: string, body: Record<string, unknown>): Promise<ActResult>;
  /** The request as `username` reads it. */
  read(username: string, requestId: string): Promise<RequestView>;
}

export interface RequestView {
  status: string;
  processVersion: number;
  steps: { id: string; name: string; status: string; lead?: true }[];
  currentStepNames: string[];
  stepData: Record<string, Record<string, unknown>>;
  stepForms: Record<string, { title: string; schema: unknown; uiSchema?: unknown }>;
  timeline: { action: string; actor: { displayName: string } | null; comment?: string }[];
  /** The whole request's clock (办结时限), when its process has one. */
  deadline?: { dueAt: string; level: string; paused: boolean; atRisk?: true };
  rating?: { grade: number };
  aftercare?: 'rectifying' | 'following_up' | 'closed';
}

export interface ActResult {
  request: RequestView;
}

/** Loads the seed catalogue on top of the test stack's demo data (registered after `useTestStack`, so it runs after it). */
export function useScenario(stack: TestStack): Scenario {
  const agents = new Map<string, request.Agent>();
  beforeAll(async () => {
    await seedCatalogue();
  });
  const agentOf = async (username: string) => {
    let agent = agents.get(username);
    if (!agent) {
      agent = await stack.signIn(username);
      agents.set(username, agent);
    }
    return agent;
  };

  const openTask: Scenario['openTask'] = async (username, requestId) => {
    const agent = await agentOf(username);
    const inbox = await agent.get('/api/v1/tasks?status=open&pageSize=100').expect(200);
    const task = (inbox.body.items as { id: string; requestId: string }[]).find((item) => item.requestId === requestId);
    if (!task) throw new Error(`${username} has no open task for ${requestId}`);
    return { agent, taskId: task.id };
  };

  return {
    openTask,
    async submit(username, processKey, data) {
      const agent = await agentOf(username);
      const response = await agent
        .post('/api/v1/requests')
        .set('Idempotency-Key', randomUUID())
        .send({ processKey, data });
      if (response.status !== 201) throw new Error(`${username} could not file ${processKey}: ${response.text}`);
      return response.body.id as string;
    },
    async act(username, requestId, body) {
      const { agent, taskId } = await openTask(username, requestId);
      const response = await agent.post(`/api/v1/tasks/${taskId}/actions`).send(body);
      if (response.status !== 200) throw new Error(`${username} could not ${String(body.action)}: ${response.text}`);
      return response.body as ActResult;
    },
    async read(username, requestId) {
      const agent = await agentOf(username);
      return (await agent.get(`/api/v1/requests/${requestId}`).expect(200)).body as RequestView;
    },
  };
}

/** Each step's status by id, for compact assertions. */
export function stepStatuses(request: RequestView): Record<string, string> {
  return Object.fromEntries(request.steps.map((step) => [step.id, step.status]));
}
