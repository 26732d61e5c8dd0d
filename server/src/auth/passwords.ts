import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

// argon2id with OWASP's minimum: 19 MiB, 2 passes, 1 lane.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** Verifying against this when the user does not exist keeps a wrong username as slow as a wrong password. */
let dummyHash: Promise<string> | undefined;

export async function verifyPassword(passwordHash: string | undefined, password: string): Promise<boolean> {
  try {
    dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
    return await verify(passwordHash ?? (await dummyHash), password);
  } catch {
    return false;
  }
}
