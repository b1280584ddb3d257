import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pythonTool } from '../../infra/aws-emulator/python-tools';
import { type CfnLintMetadata, cfnLintMetadataKey } from '../../infra/aws/lint-acknowledgements';
import { hardeningContexts } from '../support/stack-contexts';
import { type SynthesizedTemplates, synthesizeTemplates, type TemplateFile } from '../support/synthesized-templates';

/**
 * cfn-lint, the version pinned in infra/aws-emulator/requirements.txt and installed into the project's .venv,
 * over every template the synth writes (the root's and each nested stack's): no error, and no warning that is
 * not acknowledged beside its resource (infra/aws/lint-acknowledgements.ts), with something behind each
 * acknowledgement. Informational findings are printed, not failed on.
 */

interface Finding {
  Filename: string;
  Level: 'Error' | 'Warning' | 'Informational';
  Rule: { Id: string };
  Location: { Path: Array<string | number> };
  Message: string;
}

interface Acknowledgement {
  file: string;
  logicalId: string;
  check: string;
  reason: string;
}

const lint = (paths: string[]): Finding[] => {
  const result = spawnSync(pythonTool('cfn-lint'), ['--format', 'json', '--', ...paths], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.error) throw result.error;
  // The exit status is a bit set: 2 errors, 4 warnings, 8 informational findings; 1 is cfn-lint's own failure.
  if (result.status === null || (result.status & 1) !== 0) throw new Error(`cfn-lint failed (exit ${result.status ?? result.signal}):\n${result.stderr}`);
  return JSON.parse(result.stdout) as Finding[];
};

const describeFinding = ({ Filename, Level, Rule, Location, Message }: Finding) => `${Level} ${Rule.Id} ${basename(Filename)} ${Location.Path.join('/')}: ${Message}`;

const acknowledgementsIn = (templates: readonly TemplateFile[]): Acknowledgement[] =>
  templates.flatMap(({ file, template }) =>
    Object.entries(template.Resources ?? {}).flatMap(([logicalId, resource]) => {
      const metadata = resource.Metadata?.[cfnLintMetadataKey] as CfnLintMetadata | undefined;
      return (metadata?.config.ignore_checks ?? []).map((check) => ({ file, logicalId, check, reason: metadata?.reasons?.[check] ?? '' }));
    }),
  );

/** The templates again without their acknowledgements, so cfn-lint reports what each one covers. */
const withoutAcknowledgements = ({ dir, templates }: SynthesizedTemplates): string[] => {
  const bare = join(dir, 'without-acknowledgements');
  mkdirSync(bare);
  return templates.map(({ file, template }) => {
    const resources = Object.fromEntries(
      Object.entries(template.Resources ?? {}).map(([id, { Metadata, ...resource }]) => {
        const { [cfnLintMetadataKey]: _acknowledged, ...rest } = Metadata ?? {};
        return [id, Object.keys(rest).length > 0 ? { ...resource, Metadata: rest } : resource];
      }),
    );
    const path = join(bare, basename(file));
    writeFileSync(path, JSON.stringify({ ...template, Resources: resources }, undefined, 1));
    return path;
  });
};

// cfn-lint checks an id's format, and stack-contexts' short fixtures ('sg-1') are not ids AWS issues.
const contexts: Record<string, Record<string, unknown>> = {
  ...hardeningContexts,
  'every optional setting': {
    ...hardeningContexts['every optional setting'],
    eksSubnetIds: 'subnet-0123456789abcdef0,subnet-0fedcba9876543210',
    eksSecurityGroupIds: 'sg-0123456789abcdef0',
  },
};

describe.each(Object.keys(contexts))('cfn-lint, context: %s', (name) => {
  let synthesized: SynthesizedTemplates;
  let findings: Finding[];
  let acknowledgements: Acknowledgement[];

  beforeAll(() => {
    synthesized = synthesizeTemplates(contexts[name]);
    findings = lint(synthesized.templates.map(({ path }) => path));
    acknowledgements = acknowledgementsIn(synthesized.templates);
  }, 300_000);
  afterAll(() => synthesized?.remove());

  it('lints every template the synth wrote, nested ones included', () => {
    expect(synthesized.templates.filter(({ file }) => file.endsWith('.nested.template.json')).length).toBeGreaterThan(2);
  });

  it('finds no error', () => {
    expect(findings.filter(({ Level }) => Level === 'Error').map(describeFinding)).toEqual([]);
  });

  it('finds no warning that is not acknowledged beside its resource', () => {
    // cfn-lint skips what a resource's Metadata acknowledges: any warning left is unacknowledged.
    expect(findings.filter(({ Level }) => Level === 'Warning').map(describeFinding)).toEqual([]);
    const informational = findings.filter(({ Level }) => Level === 'Informational');
    if (informational.length > 0) console.log([`cfn-lint informational findings (${name}):`, ...informational.map(describeFinding)].join('\n'));
  });

  it('finds something behind every acknowledgement, and each says why', () => {
    if (acknowledgements.length === 0) return;
    const bare = lint(withoutAcknowledgements(synthesized));
    for (const { file, logicalId, check, reason } of acknowledgements) {
      expect(reason.length, `${check} on ${logicalId}`).toBeGreaterThan(40);
      const covered = bare.some(({ Filename, Rule, Location }) => basename(Filename) === basename(file) && Rule.Id === check && Location.Path[0] === 'Resources' && Location.Path[1] === logicalId);
      expect(covered, `stale acknowledgement ${check} on ${logicalId} in ${file}`).toBe(true);
    }
  }, 300_000);
});
