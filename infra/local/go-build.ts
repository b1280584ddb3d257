import { spawn } from 'node:child_process';

/**
 * Runs `go build` with the flags every engine built from source here uses (reproducible, static, never
 * touching go.sum), keeping its combined output for the failure message. `args` follow `go build`'s own:
 * ldflags beyond `-s -w`, `-o`, and the packages.
 */
export const runGoBuild = (cwd: string, options: { ldflags?: string[]; out: string; packages: string[] }): Promise<{ code: number; output: string }> => {
  const args = ['build', '-mod=readonly', '-trimpath', '-buildvcs=false', '-ldflags', ['-s', '-w', ...(options.ldflags ?? [])].join(' '), '-o', options.out, ...options.packages];
  const child = spawn('go', args, {
    cwd,
    // CGO off: static binaries that need no C toolchain. GOTOOLCHAIN=local: never fetch another Go.
    // GOFLAGS cleared: a user's -mod=mod would let go rewrite the committed go.sum instead of failing.
    env: { ...process.env, CGO_ENABLED: '0', GOTOOLCHAIN: 'local', GOFLAGS: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => {
    child.on('error', (error) => resolve({ code: -1, output: `${output}\n${error.message}` }));
    child.on('close', (code) => resolve({ code: code ?? -1, output }));
  });
};
