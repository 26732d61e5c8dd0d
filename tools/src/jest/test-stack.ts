import type { RunningService } from '../services';

/** What global-setup started, handed to global-teardown (same process) through globalThis. */
export interface TestStack {
  tmpDir: string;
  services: RunningService[];
  /** Set when tests ran against a database we did not start: its test database is dropped. */
  externalTestDatabaseUri?: string;
}

const KEY = Symbol.for('tongban.testStack');

export function rememberTestStack(stack: TestStack): void {
  (globalThis as Record<symbol, unknown>)[KEY] = stack;
}

export function takeTestStack(): TestStack | undefined {
  const globals = globalThis as Record<symbol, unknown>;
  const stack = globals[KEY] as TestStack | undefined;
  delete globals[KEY];
  return stack;
}
