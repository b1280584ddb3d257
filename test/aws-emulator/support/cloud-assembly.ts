/**
 * The platform's cloud assembly as `cdk synth` writes it: the app is synthesized into a temporary outdir and
 * every CloudFormation template written there (the root stack's `*.template.json` and each nested stack's
 * `*.nested.template.json`, found by walking the directory, not by asking CDK) is read back as JSON. Tests
 * built on this see what deploys, not the TypeScript tables the stack was made from.
 *
 * References are followed the way CloudFormation follows them, so a test does not care which template a
 * resource landed in (the stack is being split into more nested stacks): a `Ref` to a parameter of a nested
 * template goes to the value its parent's AWS::CloudFormation::Stack passes, and a
 * `Fn::GetAtt [<nested stack>, Outputs.X]` goes to output X of that nested template. A nested stack resource
 * is tied to its template file through its TemplateURL, whose object key the assets manifest
 * (`*.assets.json`) maps to the file it uploads, as `cdk deploy` does.
 */
import { synthesizeTemplates } from '../../support/synthesized-templates';

export interface CfnResource {
  Type: string;
  Properties?: Record<string, any>;
  [key: string]: unknown;
}

export interface CfnTemplate {
  Parameters?: Record<string, unknown>;
  Resources?: Record<string, CfnResource>;
  Outputs?: Record<string, { Value: unknown }>;
  [key: string]: unknown;
}

/** One template file of the assembly; `file` is its path relative to the outdir. */
export interface TemplateFile {
  file: string;
  template: CfnTemplate;
}

/** A resource and the template file it is declared in (logical ids are unique per template only). */
export interface FoundResource {
  file: string;
  logicalId: string;
  resource: CfnResource;
}

/** What a `Ref` or `Fn::GetAtt` names once followed through nested stacks: a resource and the attribute read. */
export interface ResolvedReference extends FoundResource {
  /** `Ref`, or the GetAtt attribute (`Arn`, …). */
  attribute: string;
}

export interface PlatformCloudAssembly {
  /** Every template file the synth wrote (the root first). */
  templates: readonly TemplateFile[];
  /** Every resource of a type, across all templates. */
  resourcesOfType(type: string): FoundResource[];
  /** Follows `expression` (a Ref or Fn::GetAtt written in `file`) through parameters and outputs to its resource. */
  resolve(file: string, expression: unknown): ResolvedReference;
}

export const resourceKey = (found: Pick<FoundResource, 'file' | 'logicalId'>) => `${found.file}#${found.logicalId}`;

interface AssetsManifest {
  files?: Record<string, { source: { path?: string }; destinations: Record<string, { objectKey: string }> }>;
}

/**
 * Synthesizes the platform app (cdk.json's context, as `cdk synth` sees it, with bundling skipped like
 * testApp(): templates do not depend on the bundles' bytes) into a temporary cdk.out, reads every template
 * file back and removes the directory.
 */
export const synthesizePlatformAssembly = (options: { context?: Record<string, unknown> } = {}): PlatformCloudAssembly => {
  const synthesized = synthesizeTemplates(options.context);
  const { files } = synthesized;
  let contents: Map<string, unknown>;
  try {
    contents = new Map(files.filter((file) => file.endsWith('.json')).map((file) => [file, synthesized.readJson(file)]));
  } finally {
    synthesized.remove();
  }
  const read = (file: string) => contents.get(file);

  const templateFiles = files.filter((file) => file.endsWith('.template.json'));
  const templates: TemplateFile[] = templateFiles
    .map((file) => ({ file, template: read(file) as CfnTemplate }))
    .sort((a, b) => Number(a.file.endsWith('.nested.template.json')) - Number(b.file.endsWith('.nested.template.json')) || a.file.localeCompare(b.file));
  if (!templates.some(({ file }) => !file.endsWith('.nested.template.json'))) throw new Error(`The synth wrote no root template: ${files.join(', ')}`);
  const byFile = new Map(templates.map((entry) => [entry.file, entry.template]));

  // Object key of each uploaded file → the file (relative to the outdir, beside its manifest).
  const uploadedFiles = new Map<string, string>();
  for (const manifest of files.filter((file) => file.endsWith('.assets.json'))) {
    const dir = manifest.includes('/') ? manifest.slice(0, manifest.lastIndexOf('/') + 1) : '';
    for (const asset of Object.values((read(manifest) as AssetsManifest).files ?? {})) {
      if (!asset.source.path) continue;
      for (const destination of Object.values(asset.destinations)) uploadedFiles.set(destination.objectKey, `${dir}${asset.source.path}`);
    }
  }

  const templateOfStackResource = (file: string, logicalId: string): string => {
    const url = JSON.stringify(byFile.get(file)?.Resources?.[logicalId]?.Properties?.TemplateURL ?? null);
    const matches = [...uploadedFiles].filter(([objectKey]) => url.includes(`/${objectKey}`)).map(([, path]) => path);
    if (matches.length !== 1 || !byFile.has(matches[0]!)) throw new Error(`Nested stack ${logicalId} of ${file}: its TemplateURL ${url} names no single template of the assembly.`);
    return matches[0]!;
  };

  // Nested template file → the stack resource (in its parent template) that deploys it.
  const parents = new Map<string, { file: string; logicalId: string; resource: CfnResource }>();
  for (const { file, template } of templates) {
    for (const [logicalId, resource] of Object.entries(template.Resources ?? {})) {
      if (resource.Type !== 'AWS::CloudFormation::Stack') continue;
      const child = templateOfStackResource(file, logicalId);
      if (parents.has(child)) throw new Error(`Template ${child} is deployed by two stack resources.`);
      parents.set(child, { file, logicalId, resource });
    }
  }

  const resolve = (file: string, expression: unknown): ResolvedReference => {
    const template = byFile.get(file);
    if (!template) throw new Error(`No template ${file} in the assembly.`);
    const describe = () => `${JSON.stringify(expression)} in ${file}`;
    if (expression && typeof expression === 'object' && !Array.isArray(expression) && Object.keys(expression).length === 1) {
      const ref = (expression as { Ref?: unknown }).Ref;
      if (typeof ref === 'string') {
        if (template.Parameters && ref in template.Parameters) {
          const parent = parents.get(file);
          const passed = parent?.resource.Properties?.Parameters?.[ref];
          if (passed === undefined) throw new Error(`Parameter ${ref} of ${file} is not passed by a parent stack resource (${describe()}).`);
          return resolve(parent!.file, passed);
        }
        const resource = template.Resources?.[ref];
        if (!resource) throw new Error(`${describe()} names neither a parameter nor a resource.`);
        return { file, logicalId: ref, resource, attribute: 'Ref' };
      }
      const getAtt = (expression as { 'Fn::GetAtt'?: unknown })['Fn::GetAtt'];
      if (getAtt !== undefined) {
        const [logicalId, attribute] = typeof getAtt === 'string' ? [getAtt.slice(0, getAtt.indexOf('.')), getAtt.slice(getAtt.indexOf('.') + 1)] : (getAtt as [unknown, unknown]);
        if (typeof logicalId !== 'string' || typeof attribute !== 'string') throw new Error(`${describe()}: an Fn::GetAtt this resolver does not read.`);
        const resource = template.Resources?.[logicalId];
        if (!resource) throw new Error(`${describe()} names no resource.`);
        if (resource.Type === 'AWS::CloudFormation::Stack' && attribute.startsWith('Outputs.')) {
          const child = templateOfStackResource(file, logicalId);
          const output = byFile.get(child)!.Outputs?.[attribute.slice('Outputs.'.length)];
          if (!output) throw new Error(`${describe()}: ${child} has no such output.`);
          return resolve(child, output.Value);
        }
        return { file, logicalId, resource, attribute };
      }
    }
    throw new Error(`${describe()} is not a Ref or Fn::GetAtt of a resource.`);
  };

  return {
    templates,
    resourcesOfType: (type) =>
      templates.flatMap(({ file, template }) =>
        Object.entries(template.Resources ?? {})
          .filter(([, resource]) => resource.Type === type)
          .map(([logicalId, resource]) => ({ file, logicalId, resource })),
      ),
    resolve,
  };
};
