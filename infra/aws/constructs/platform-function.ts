import { existsSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AssetHashType, DockerImage, Duration, type RemovalPolicy } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, type CfnFunction, Code, Function as LambdaFunction, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { bundleDefinesOf, bundleFiles } from '../../../functions/bundle-files';
import type { FunctionEnvironmentInput } from '../../../shared/config/function-environment';
import { bundleSplit } from '../bundling/split-bundle';
import { HANDLERS_METADATA, ROUTES_METADATA } from '../function-metadata';
import { writeHttpFunctionEntry } from '../http-function-entry';
import type { GroupedRoute } from '../http-function-groups';
import { acknowledge, anyResourceFinding } from '../nag-acknowledgements';
import { dropRepeatedRoleDependency } from './role-dependency';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** Module paths as the tables write them: `catalog/get-service`, never `../` or an extension. */
const handlerModulePattern = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

/** The Lambda runtime; npm scripts run on the same Node major (the `node` devDependency), and a test checks it. */
export const lambdaRuntime = Runtime.NODEJS_24_X;

/** Short enough that a stuck call fails well inside API Gateway's 30 s integration limit. */
export const defaultFunctionTimeout = Duration.seconds(10);

export interface PlatformFunctionProps {
  /**
   * The module under functions/, without extension, that exports `handler`; or, with `routes`, the name of
   * an HTTP function serving several routes (`customer-api/writes`, infra/aws/http-function-groups.ts).
   */
  handler: string;
  /** The routes this function serves, each by its own module, loaded at its first request (http-function-entry.ts). */
  routes?: readonly GroupedRoute[];
  /** Typed by the functions' own schema, so a variable the code needs cannot be left out of the stack. */
  environment: FunctionEnvironmentInput;
  logRetention: RetentionDays;
  logRemovalPolicy: RemovalPolicy;
  timeout?: Duration;
  memorySize?: number;
}

/**
 * One Lambda function built from one handler module, with the platform's defaults: the Node version the
 * tests run on, arm64 (cheaper per ms, same code), and an esbuild ESM bundle made on this machine.
 */
export class PlatformFunction extends Construct {
  /** The function's name in the tables: its handler module, or an HTTP function's group name. */
  readonly handlerModule: string;
  /** Every handler module the function runs: its own, or each of its routes'. */
  readonly handlerModules: readonly string[];
  /** How alarms and messages name it: `functions/<module>`, or the HTTP function's group name. */
  readonly label: string;
  /** The Lambda function: its code split per route for an HTTP function, and per first use for any (splitCode). */
  readonly function: LambdaFunction;
  readonly logGroup: LogGroup;
  readonly role: Role;

  constructor(scope: Construct, id: string, props: PlatformFunctionProps) {
    super(scope, id);
    if (!handlerModulePattern.test(props.handler)) throw new Error(`Handler module "${props.handler}" is not a path under functions/.`);
    this.handlerModule = props.handler;
    this.handlerModules = props.routes ? [...new Set(props.routes.map((route) => route.handler))] : [props.handler];
    for (const module of this.handlerModules) {
      if (!existsSync(`${repoRoot}functions/${module}.ts`)) throw new Error(`Handler module "${module}" has no file ${repoRoot}functions/${module}.ts.`);
    }
    const entry = props.routes ? writeHttpFunctionEntry(props.handler, props.routes) : `${repoRoot}functions/${props.handler}.ts`;
    const description = props.routes ? httpFunctionDescription(props.handler, props.routes) : `functions/${props.handler}`;
    this.label = props.routes ? `the HTTP function ${props.handler}` : `functions/${props.handler}`;
    const files = this.handlerModules.flatMap((module) => bundleFiles[module] ?? []);

    // Our own group rather than Lambda's implicit one, so retention and removal are set in the template.
    this.logGroup = new LogGroup(this, 'Logs', { retention: props.logRetention, removalPolicy: props.logRemovalPolicy });
    // Our own role rather than Lambda's default one, whose managed AWSLambdaBasicExecutionRole may write to
    // every log group of the account: this one may write to its own group only.
    this.role = new Role(this, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com'), description });
    this.logGroup.grantWrite(this.role);

    const common = {
      description,
      runtime: lambdaRuntime,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? defaultFunctionTimeout,
      logGroup: this.logGroup,
      role: this.role,
      // X-Ray traces every invocation, so a slow or failing request can be followed through the functions.
      tracing: Tracing.ACTIVE,
      // No NODE_OPTIONS: functionBundling says why source maps are not enabled at run time.
      environment: definedOnly(props.environment),
    };
    this.function = new LambdaFunction(this, 'Function', {
      ...common,
      handler: 'index.handler',
      code: splitCode(entry, files, () => bundleDefinesOf(this.handlerModules, props.environment.SERVICE_VERSION)),
    });
    const cfnFunction = this.function.node.defaultChild as CfnFunction;
    dropRepeatedRoleDependency(cfnFunction, this.role);
    // What the function runs, in the template for the bench and the tests to read: CloudFormation ignores it.
    cfnFunction.addMetadata(HANDLERS_METADATA, this.handlerModules);
    if (props.routes) cfnFunction.addMetadata(ROUTES_METADATA, props.routes.map((route) => ({ key: route.key, handler: route.handler })));
    acknowledge(
      this.role,
      'Active tracing adds xray:PutTraceSegments and xray:PutTelemetryRecords, which take no resource but "*" (X-Ray has no resource-level permissions for them).',
      anyResourceFinding,
    );
  }
}

/** An HTTP function's description: its name, then how many routes (Lambda keeps 256 characters, too few to list them). */
export const httpFunctionDescription = (name: string, routes: readonly GroupedRoute[]): string =>
  `${name}: ${routes.length} route${routes.length === 1 ? '' : 's'} of the HTTP API (infra/aws/http-function-groups.ts)`;

/**
 * A function's code: its entry bundled on this machine with code splitting (bundling/split-bundle.ts), hashed
 * by its output. An HTTP function's routes are each a chunk of their own; and for every function, what its code
 * imports only when first used (the S3 and SES clients, the kubeconfig's YAML parser) is a chunk its cold start
 * does not read when the invocation never gets there (issue 21). NodejsFunction writes one file (`--outfile`),
 * which cannot split, so no function takes its code from it. The image is never pulled: local bundling always
 * succeeds or throws (esbuild is a dependency of the repository).
 */
const splitCode = (entry: string, files: readonly string[], defines: () => Record<string, string>) =>
  Code.fromAsset(dirname(entry), {
    assetHashType: AssetHashType.OUTPUT,
    bundling: {
      image: DockerImage.fromRegistry('public.ecr.aws/docker/library/node:24-unused-local-bundling-only'),
      // Never run (local bundling always succeeds), but part of the key the CDK caches a bundle under, with the
      // source folder: without the entry, two functions of one folder would get the first one's code.
      command: ['bundle-split', relative(repoRoot, entry)],
      local: {
        tryBundle: (outputDir) => {
          bundleSplit(entry, outputDir, files, defines());
          return true;
        },
      },
    },
  });

const definedOnly = (environment: FunctionEnvironmentInput): Record<string, string> =>
  Object.fromEntries(Object.entries(environment).filter((entry): entry is [string, string] => entry[1] !== undefined));
