import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Duration, type RemovalPolicy } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, type CfnFunction, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { bundleFiles } from '../../../functions/bundle-files';
import type { FunctionEnvironmentInput } from '../../../shared/config/function-environment';
import { functionBundling } from '../function-bundling';
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
  /** The module under functions/, without extension, that exports `handler`. */
  handler: string;
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
  readonly handlerModule: string;
  readonly function: NodejsFunction;
  readonly logGroup: LogGroup;
  readonly role: Role;

  constructor(scope: Construct, id: string, props: PlatformFunctionProps) {
    super(scope, id);
    if (!handlerModulePattern.test(props.handler)) throw new Error(`Handler module "${props.handler}" is not a path under functions/.`);
    const entry = `${repoRoot}functions/${props.handler}.ts`;
    if (!existsSync(entry)) throw new Error(`Handler module "${props.handler}" has no file ${entry}.`);
    this.handlerModule = props.handler;

    // Our own group rather than Lambda's implicit one, so retention and removal are set in the template.
    this.logGroup = new LogGroup(this, 'Logs', { retention: props.logRetention, removalPolicy: props.logRemovalPolicy });
    // Our own role rather than Lambda's default one, whose managed AWSLambdaBasicExecutionRole may write to
    // every log group of the account: this one may write to its own group only.
    this.role = new Role(this, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com'), description: `functions/${props.handler}` });
    this.logGroup.grantWrite(this.role);

    this.function = new NodejsFunction(this, 'Function', {
      entry,
      handler: 'handler',
      description: `functions/${props.handler}`,
      runtime: lambdaRuntime,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? defaultFunctionTimeout,
      logGroup: this.logGroup,
      role: this.role,
      // X-Ray traces every invocation, so a slow or failing request can be followed through the functions.
      tracing: Tracing.ACTIVE,
      projectRoot: repoRoot,
      depsLockFilePath: `${repoRoot}package-lock.json`,
      // No NODE_OPTIONS: functionBundling says why source maps are not enabled at run time.
      environment: definedOnly(props.environment),
      bundling: {
        minify: functionBundling.minify,
        sourceMap: functionBundling.sourcemap,
        sourcesContent: functionBundling.sourcesContent,
        format: OutputFormat.ESM,
        target: functionBundling.target,
        mainFields: [...functionBundling.mainFields],
        esbuildArgs: { '--alias': Object.entries(functionBundling.alias).map(([from, to]) => `${from}=${to}`) },
        // The SDK version the tests ran against ships with the code instead of the runtime's copy.
        bundleAwsSDK: true,
        banner: functionBundling.banner,
        forceDockerBundling: false,
        ...(props.handler in bundleFiles ? { commandHooks: copyBundleFiles(bundleFiles[props.handler]!) } : {}),
      },
    });
    dropRepeatedRoleDependency(this.function.node.defaultChild as CfnFunction, this.role);
    acknowledge(
      this.role,
      'Active tracing adds xray:PutTraceSegments and xray:PutTelemetryRecords, which take no resource but "*" (X-Ray has no resource-level permissions for them).',
      anyResourceFinding,
    );
  }
}

/** Copies the files a module reads at run time (functions/bundle-files.ts) into its bundle, under node_modules/. */
const copyBundleFiles = (files: readonly string[]) => ({
  beforeBundling: () => [],
  beforeInstall: () => [],
  afterBundling: (inputDir: string, outputDir: string) =>
    files.flatMap((file) => {
      const target = `${outputDir}/node_modules/${file}`;
      return [`mkdir -p "${target.slice(0, target.lastIndexOf('/'))}"`, `cp "${inputDir}/node_modules/${file}" "${target}"`];
    }),
});

const definedOnly = (environment: FunctionEnvironmentInput): Record<string, string> =>
  Object.fromEntries(Object.entries(environment).filter((entry): entry is [string, string] => entry[1] !== undefined));
