import { afterAll, describe, expect, it } from 'vitest';
import { hardeningContexts } from '../support/stack-contexts';
import { synthesizeTemplates, type TemplateFile } from '../support/synthesized-templates';

/**
 * Issue 17, "The stack stays deployable as it grows": CloudFormation refuses a template past any of its quotas,
 * and `cdk deploy` fails with it. Every template the synth writes, the root's and each nested stack's, stays
 * under 80% of each quota, so the next features have room before the split has to change.
 */
const limits = { resources: 500, bytes: 1_000_000, parameters: 200, outputs: 200, mappings: 200 } as const;
const headroom = 0.8;

const figuresOf = ({ template, bytes }: TemplateFile): Record<keyof typeof limits, number> => {
  const count = (section: string) => Object.keys(template[section] ?? {}).length;
  return { resources: count('Resources'), bytes, parameters: count('Parameters'), outputs: count('Outputs'), mappings: count('Mappings') };
};

const synthesized = Object.fromEntries(Object.entries(hardeningContexts).map(([name, context]) => [name, synthesizeTemplates(context)]));
afterAll(() => Object.values(synthesized).forEach(({ remove }) => remove()));

describe.each(Object.keys(hardeningContexts))('the templates, context: %s', (name) => {
  const { templates } = synthesized[name]!;

  it('are the root template and one per nested stack resource, each found in the cloud assembly', () => {
    const roots = templates.filter(({ file }) => !file.endsWith('.nested.template.json'));
    const stackResources = templates.flatMap(({ template }) => Object.values(template.Resources ?? {}).filter(({ Type }) => Type === 'AWS::CloudFormation::Stack'));
    expect(roots).toHaveLength(1);
    expect(stackResources.length).toBeGreaterThan(2);
    expect(templates).toHaveLength(1 + stackResources.length);
  });

  it(`each stay under ${headroom * 100}% of every CloudFormation quota: ${Object.entries(limits)
    .map(([limit, quota]) => `${(quota * headroom).toLocaleString('en')} of ${quota.toLocaleString('en')} ${limit}`)
    .join(', ')}`, () => {
    for (const each of templates) {
      const figures = figuresOf(each);
      for (const [limit, quota] of Object.entries(limits)) expect(figures[limit as keyof typeof limits], `${each.file}: ${limit}`).toBeLessThan(quota * headroom);
    }
  });
});

it('prints the figures of every template of the cdk.json stack', () => {
  const rows = synthesized['cdk.json']!.templates.map((each) => ({ file: each.file, ...figuresOf(each) }));
  console.log(
    [
      `Template figures (quotas: ${Object.entries(limits).map(([limit, quota]) => `${quota} ${limit}`).join(', ')}):`,
      ...rows.map(({ file, ...figures }) => `  ${file}: ${Object.entries(figures).map(([limit, value]) => `${value} ${limit}`).join(', ')}`),
    ].join('\n'),
  );
  expect(rows.length).toBeGreaterThan(1);
});
