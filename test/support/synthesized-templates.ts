import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { App } from 'aws-cdk-lib';
import { addPlatformStack } from '../../infra/aws/platform-app';
import { cdkJsonContext } from './synth-platform-stack';

export interface TemplateFile {
  /** Relative to the assembly directory. */
  file: string;
  path: string;
  /** The file's size as written: what CloudFormation's template body limit counts. */
  bytes: number;
  template: { Resources?: Record<string, { Type: string; Metadata?: Record<string, unknown>; Properties?: Record<string, any> }>; [section: string]: any };
}

export interface SynthesizedTemplates {
  dir: string;
  /** Every `*.template.json` the synth wrote: the root's and each nested stack's `*.nested.template.json`. */
  templates: TemplateFile[];
  /** Every file the synth wrote, relative to `dir` (the assets manifests among them). */
  files: string[];
  /** A JSON file of the assembly, parsed (until `remove`). */
  readJson: (file: string) => unknown;
  remove: () => void;
}

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]));

/**
 * The platform app synthesized as `cdk synth` writes it, into a temporary cloud assembly directory, with
 * cdk.json's context and bundling skipped as testApp() does (a template does not depend on the bundles'
 * bytes). The templates are found by walking the directory, not by asking CDK for a list.
 */
export const synthesizeTemplates = (context: Record<string, unknown> = {}): SynthesizedTemplates => {
  const dir = mkdtempSync(join(tmpdir(), 'paas-templates-'));
  const previous = process.env.CDK_VALIDATION;
  // CDK's own CloudFormation validation only reports, and has its test (cfn-validation.test.ts).
  process.env.CDK_VALIDATION = 'false';
  try {
    const app = new App({ outdir: dir, context: { ...cdkJsonContext(), 'aws:cdk:bundling-stacks': [], ...context } });
    addPlatformStack(app);
    app.synth();
  } finally {
    if (previous === undefined) delete process.env.CDK_VALIDATION;
    else process.env.CDK_VALIDATION = previous;
  }
  const templates = filesUnder(dir)
    .filter((path) => path.endsWith('.template.json'))
    .sort()
    .map((path) => {
      const text = readFileSync(path);
      return { file: relative(dir, path), path, bytes: text.byteLength, template: JSON.parse(text.toString('utf8')) };
    });
  return {
    dir,
    templates,
    files: filesUnder(dir).map((path) => relative(dir, path)),
    readJson: (file) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as unknown,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
};
