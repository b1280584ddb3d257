import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { STRIPE_MOCK_API_KEY } from '../../../infra/stripe-mock/start-stripe-mock';

const owner = fileURLToPath(new URL('../../fixtures/stripe-mock-owner.ts', import.meta.url));

const answers = async (url: string) => {
  try {
    return (await fetch(`${url}/v1/customers?limit=1`, { headers: { authorization: `Bearer ${STRIPE_MOCK_API_KEY}` }, signal: AbortSignal.timeout(1000) })).ok;
  } catch {
    return false;
  }
};

describe('stripe-mock as a child process', () => {
  it('ends when the process that started it is killed outright (SIGKILL runs no exit handler)', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', owner], { stdio: ['ignore', 'pipe', 'inherit'] });
    const [line] = (await once(child.stdout!, 'data')) as [Buffer];
    const url = line.toString().trim();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(await answers(url)).toBe(true);

    child.kill('SIGKILL');
    await once(child, 'exit');
    const deadline = Date.now() + 15_000;
    while ((await answers(url)) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await answers(url)).toBe(false);
  });
});
