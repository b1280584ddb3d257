import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { delimiter, join, relative } from 'node:path';
import { HANDLERS_METADATA } from '../infra/aws/function-metadata';
import { codeKiB, type Bundle } from './esbuild-bundle';

export interface SynthesizedFunction extends Bundle {
  /** Plain-string environment variables of the function in the template (references left out). */
  environment: Record<string, string>;
  /** The names of its variables whose values are references, known only at deploy time (queue URLs, ARNs). */
  references: string[];
  /** The handler modules the function runs (its template metadata): one, or each of an HTTP function's routes'. */
  handlers: string[];
}

/** What a synthesized assembly is made from: the CDK app, the code it bundles, the locked dependencies. */
const synthInputs = ['infra/aws', 'functions', 'shared', 'cdk.json', 'package.json', 'package-lock.json', 'tsconfig.json'];

/** A digest of every synth input's path and content, to tell whether an earlier assembly is still current. */
export const synthInputsDigest = (repoRoot: string): string => {
  const hash = createHash('sha256');
  const visit = (path: string) => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) visit(join(path, name));
      return;
    }
    hash.update(relative(repoRoot, path)).update('\0').update(readFileSync(path)).update('\0');
  };
  for (const input of synthInputs) visit(join(repoRoot, input));
  return hash.digest('hex');
};

/** Runs `cdk synth --quiet` into `outDir`, offline. Rejects with the CLI's last output lines on failure. */
export const synthesize = (repoRoot: string, outDir: string, timeoutMs: number, env: NodeJS.ProcessEnv): Promise<void> =>
  new Promise((resolve, reject) => {
    rmSync(outDir, { recursive: true, force: true });
    const bin = join(repoRoot, 'node_modules', '.bin');
    const child = spawn(join(bin, 'cdk'), ['synth', '--quiet', '--no-notices', '--output', outDir], {
      cwd: repoRoot,
      env: { ...env, PATH: `${bin}${delimiter}${env.PATH ?? ''}`, CDK_DISABLE_CLI_TELEMETRY: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000));
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else {
        const tail = output.trim().split('\n').slice(-6).join('\n');
        reject(new Error(`cdk synth ${signal ? `was stopped (${signal}, over ${timeoutMs / 1000} s)` : `exited with ${code}`}${tail ? `:\n${tail}` : ''}`));
      }
    });
  });

interface Manifest {
  artifacts?: Record<string, { type: string; properties?: { templateFile?: string; directoryName?: string } }>;
}
interface TemplateResource {
  Type: string;
  Properties?: { Description?: unknown; Handler?: unknown; Environment?: { Variables?: Record<string, unknown> } };
  Metadata?: Record<string, unknown>;
}

/**
 * The Lambda functions of a cloud assembly (nested stages included) that run handler modules of
 * functions/: PlatformFunction lists them in the resource's metadata. `handler` is the function's name (its
 * module, or an HTTP function's group name). Their code is the staged asset folder named in the
 * `aws:asset:path` metadata.
 */
export const readFunctions = (assemblyDir: string): SynthesizedFunction[] => {
  const manifest = JSON.parse(readFileSync(join(assemblyDir, 'manifest.json'), 'utf8')) as Manifest;
  const found: SynthesizedFunction[] = [];
  for (const artifact of Object.values(manifest.artifacts ?? {})) {
    const { templateFile, directoryName } = artifact.properties ?? {};
    if (artifact.type === 'cdk:cloud-assembly' && directoryName) found.push(...readFunctions(join(assemblyDir, directoryName)));
    if (artifact.type !== 'aws:cloudformation:stack' || !templateFile) continue;
    // A stack's nested stacks (where the functions are) are files beside its template, not artifacts.
    const templates = [templateFile, ...readdirSync(assemblyDir).filter((name) => name.endsWith('.nested.template.json'))];
    const resources = templates.flatMap((file) => Object.values((JSON.parse(readFileSync(join(assemblyDir, file), 'utf8')) as { Resources?: Record<string, TemplateResource> }).Resources ?? {}));
    for (const resource of resources) {
      const handlers = resource.Metadata?.[HANDLERS_METADATA];
      const description = resource.Properties?.Description;
      const assetPath = resource.Metadata?.['aws:asset:path'];
      const entry = resource.Properties?.Handler;
      if (resource.Type !== 'AWS::Lambda::Function' || !Array.isArray(handlers) || typeof description !== 'string') continue;
      if (typeof assetPath !== 'string' || typeof entry !== 'string') continue;
      const base = join(assemblyDir, assetPath, entry.slice(0, entry.lastIndexOf('.')));
      const file = ['.mjs', '.js', '.cjs'].map((ext) => base + ext).find((candidate) => existsSync(candidate));
      if (!file) continue;
      const variables = resource.Properties?.Environment?.Variables ?? {};
      found.push({
        handler: description.startsWith('functions/') ? description.slice('functions/'.length) : description.slice(0, description.indexOf(':')),
        handlers: handlers as string[],
        file,
        sizeKiB: codeKiB(file),
        environment: Object.fromEntries(Object.entries(variables).filter((e): e is [string, string] => typeof e[1] === 'string')),
        references: Object.entries(variables).flatMap(([name, value]) => (typeof value === 'string' ? [] : [name])),
      });
    }
  }
  return found;
};
