import { describe, expect, it } from 'vitest';
import { loadOnFirstCall } from '../../../shared/aws/load-on-first-call';

interface Greeter {
  greet(name: string): Promise<string>;
  count(): Promise<number>;
}

describe('loadOnFirstCall', () => {
  it('loads the adapter at the first call only, once, and passes every call through to it', async () => {
    let loads = 0;
    const greeter = loadOnFirstCall<Greeter>(['greet', 'count'], async () => {
      loads++;
      let calls = 0;
      return { greet: async (name) => `hello ${name} (${++calls})`, count: async () => calls };
    });
    expect(loads).toBe(0);
    expect(await Promise.all([greeter.greet('a'), greeter.greet('b')])).toEqual(['hello a (1)', 'hello b (2)']);
    expect(await greeter.count()).toBe(2);
    expect(loads).toBe(1);
  });

  it('tries the load again at the next call after one that failed', async () => {
    let loads = 0;
    const greeter = loadOnFirstCall<Greeter>(['greet', 'count'], async () => {
      if (++loads === 1) throw new Error('module not found');
      return { greet: async (name) => name, count: async () => 0 };
    });
    await expect(greeter.greet('x')).rejects.toThrow('module not found');
    await expect(greeter.greet('y')).resolves.toBe('y');
    expect(loads).toBe(2);
  });

  it('keeps a failure of the adapter itself a failure of the call', async () => {
    const greeter = loadOnFirstCall<Greeter>(['greet', 'count'], async () => ({ greet: async () => Promise.reject(new Error('SES refused')), count: async () => 0 }));
    await expect(greeter.greet('z')).rejects.toThrow('SES refused');
  });
});
