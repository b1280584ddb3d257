/**
 * cert-manager's CustomResourceDefinitions, from their published definitions at a pinned version: the Helm
 * chart's `crd-*.yaml` templates in the Go module github.com/cert-manager/cert-manager (the module proxy
 * serves it; `go mod download` checks it against go.sum's database), with the chart's few `{{ }}` lines
 * replaced by what the chart renders by default. Extracted once into the cache, keyed by version, so a clean
 * machine fetches them and later runs read the file. Nothing here is vendored into the repository.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { withDirectoryLock } from '../local/directory-lock';
import { certManagerVersion } from './versions';

const run = promisify(execFile);
const MODULE = 'github.com/cert-manager/cert-manager';
const CHART_TEMPLATES = 'deploy/charts/cert-manager/templates';

export const certManagerCacheDir = (env: NodeJS.ProcessEnv = process.env): string =>
  join(env.PAAS_CACHE_DIR ?? join(homedir(), '.cache', 'paas-platform'), 'cert-manager', certManagerVersion);

/** The labels the chart's `cert-manager.crd-labels` renders for a release named cert-manager. */
const crdLabels = ['app: "cert-manager"', 'app.kubernetes.io/name: "cert-manager"', 'app.kubernetes.io/instance: "cert-manager"', 'app.kubernetes.io/component: "crds"'];

/**
 * A chart CRD template as the chart renders it with `crds.enabled=true`: the enclosing `if` and the `keep`
 * annotation's conditional go, the labels include becomes the labels. Any other template syntax is refused,
 * so a new chart version that adds some fails loudly instead of applying something half-rendered.
 */
export const renderCrdTemplate = (template: string, file: string): string => {
  const lines = template.split('\n').flatMap((line) => {
    const include = /^(\s*)\{\{-? include "cert-manager\.crd-labels" \. \| nindent \d+ \}\}\s*$/.exec(line);
    if (include) return crdLabels.map((label) => `${include[1]}${label}`);
    if (/^\s*\{\{-? (if|end)\b[^}]*\}\}\s*$/.test(line)) return [];
    return [line];
  });
  const rendered = lines.join('\n');
  if (rendered.includes('{{')) throw new Error(`${file}: template syntax the renderer does not know; update infra/real-cluster/cert-manager-crds.ts`);
  return rendered;
};

/** Where `go mod download` put the module (the shared module cache; fetched from the proxy when absent). */
const moduleDir = async (): Promise<string> => {
  const { stdout } = await run('go', ['mod', 'download', '-json', `${MODULE}@${certManagerVersion}`], {
    // Outside any module; GOFLAGS cleared so a user's -mod=… cannot interfere; GOTOOLCHAIN=local never fetches a Go.
    cwd: homedir(),
    env: { ...process.env, GOFLAGS: '', GOTOOLCHAIN: 'local' },
    maxBuffer: 4 * 2 ** 20,
  }).catch((error: Error & { stdout?: string; stderr?: string }) => {
    throw new Error(`go mod download ${MODULE}@${certManagerVersion} failed (the Go toolchain and the module proxy are needed once per version): ${error.stderr || error.stdout || error.message}`);
  });
  const dir = (JSON.parse(stdout) as { Dir?: string; Error?: string }).Dir;
  if (!dir) throw new Error(`go mod download ${MODULE}@${certManagerVersion} gave no directory: ${stdout}`);
  return dir;
};

/** The path of one multi-document YAML of every cert-manager CRD, fetched and rendered when not cached. */
export const ensureCertManagerCrds = async (options: { log?: (line: string) => void } = {}): Promise<string> => {
  const log = options.log ?? (() => {});
  const dir = certManagerCacheDir();
  const file = join(dir, 'crds.yaml');
  if (existsSync(file)) return file;
  mkdirSync(dir, { recursive: true });
  return withDirectoryLock(dir, '.fetch.lock', log, async () => {
    if (existsSync(file)) return file;
    log(`fetching ${MODULE}@${certManagerVersion} from the Go module proxy for its CRDs`);
    const templates = join(await moduleDir(), CHART_TEMPLATES);
    const crds = readdirSync(templates).filter((name) => /^crd-.*\.yaml$/.test(name)).sort();
    if (!crds.some((name) => name.includes('cert-manager.io_certificates'))) throw new Error(`${templates} holds no Certificate CRD (${crds.join(', ')})`);
    const yaml = crds.map((name) => `---\n${renderCrdTemplate(readFileSync(join(templates, name), 'utf8'), name).trim()}\n`).join('');
    writeFileSync(`${file}.tmp`, yaml);
    renameSync(`${file}.tmp`, file);
    log(`cert-manager ${certManagerVersion} CRDs (${crds.length}) cached in ${file}`);
    return file;
  });
};
