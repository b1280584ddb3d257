import { createPlatformClient, type PlatformClient } from '../../../clients/typescript/src';

/**
 * The seed drives the platform through its public HTTP API with the generated client, as a user would,
 * so it runs the real handlers and finds what exists by the same lookups a user has.
 */
export const demoClient = (apiUrl: string, token?: string | (() => Promise<string>)): PlatformClient =>
  createPlatformClient({ baseUrl: apiUrl, ...(token ? { token } : {}) });

interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The answer's body, or an error saying which call failed and what the API said (its problem+json). */
export const expectData = <T>(answer: Answer<T>, what: string): T => {
  if (answer.data !== undefined && answer.response.ok) return answer.data;
  const problem = answer.error as { title?: string; detail?: string } | undefined;
  const said = [problem?.title, problem?.detail].filter(Boolean).join(': ');
  throw new Error(`${what} failed: HTTP ${answer.response.status}${said ? ` (${said})` : ''}`);
};

/** Every page of a list, following nextCursor. */
export const allPages = async <T>(page: (cursor?: string) => Promise<{ items: T[]; nextCursor?: string }>): Promise<T[]> => {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const next = await page(cursor);
    items.push(...next.items);
    cursor = next.nextCursor;
  } while (cursor);
  return items;
};

/** Polls read until done says so, or fails after timeoutMs with the last value in the message. */
export const waitFor = async <T>(read: () => Promise<T>, done: (value: T) => boolean, what: string, timeoutMs: number, everyMs = 250): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${Math.round(timeoutMs / 1000)} s waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
};
