import type { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import type { IEventBus } from 'aws-cdk-lib/aws-events';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { FunctionEnvironmentInput } from '../../../shared/config/function-environment';
import { type FunctionAccess, mergeAccess } from '../function-access';
import type { HttpFunctionGroup } from '../http-function-groups';
import { acknowledge, wildcardResourceFinding } from '../nag-acknowledgements';
import type { ClusterAccess } from './cluster-access';
import { defaultFunctionTimeout, PlatformFunction } from './platform-function';

export interface HandlerFunctionsProps {
  table: ITableV2;
  bus: IEventBus;
  /** The KMS key that signs customer access tokens; FunctionAccess decides who may sign or read it. */
  customerTokenKey: IKey;
  environment: FunctionEnvironmentInput;
  logRetention: RetentionDays;
  logRemovalPolicy: RemovalPolicy;
  /** Rights per handler module that replace what its use asks for (see function-access.ts). */
  accessOverrides?: Readonly<Record<string, FunctionAccess>>;
  /** Rights per handler module added to what its uses ask for (see function-access.ts). */
  accessAdditions?: Readonly<Record<string, FunctionAccess>>;
  /** The EKS cluster, when the stack is given one; `cluster: true` asks for it. */
  clusterAccess?: ClusterAccess;
  /** The backups bucket; `backupArchives: true` asks for its archives (constructs/backup-bucket.ts). */
  backupArchives?: { grantArchiveAccess(fn: PlatformFunction): void };
  /** The same bucket; `accountExports: true` asks for its exports (constructs/backup-bucket.ts). */
  accountExports?: { grantExportAccess(fn: PlatformFunction): void };
  /** Where a handler's function is made (the platform: its area's nested stack); by default under this construct. */
  scopeOf?: (handler: string) => Construct;
}

export interface FunctionUse {
  access: FunctionAccess;
  timeout?: Duration;
}

interface Built {
  fn: PlatformFunction;
  granted: FunctionAccess;
  timeout: Duration;
}

/**
 * One function per handler module, however many schedules, queues or workflow tasks use it: each table asks
 * for the module it names and gets the same function, with the union of the rights its uses need. The HTTP
 * API's routes come as groups instead (`useRoutes`): one function per group, running each route's module.
 */
export class HandlerFunctions extends Construct {
  private readonly built = new Map<string, Built>();
  /** Every handler module a function runs, so an override naming none of them fails the synth. */
  private readonly modules = new Set<string>();

  constructor(
    scope: Construct,
    id: string,
    private readonly props: HandlerFunctionsProps,
  ) {
    super(scope, id);
    this.node.addValidation({
      validate: () =>
        Object.entries({ accessOverrides: props.accessOverrides, accessAdditions: props.accessAdditions }).flatMap(([name, rights]) =>
          Object.keys(rights ?? {})
            .filter((handler) => !this.modules.has(handler))
            .map((handler) => `${name} names "${handler}", which no route, schedule, queue or stream consumer uses.`),
        ),
    });
  }

  use(handler: string, use: FunctionUse): PlatformFunction {
    const built = this.function(handler, use.timeout ?? defaultFunctionTimeout);
    this.grant(built, this.accessOf(handler, use.access));
    return built.fn;
  }

  /**
   * The function of one group of HTTP routes (http-function-groups.ts), with every right any of its routes'
   * modules is granted: the grouping puts together only modules granted the same ones.
   */
  useRoutes(group: HttpFunctionGroup, accessOfRoute: (route: HttpFunctionGroup['routes'][number]) => FunctionAccess): PlatformFunction {
    const built = this.function(group.name, defaultFunctionTimeout, group.routes);
    for (const route of group.routes) this.grant(built, this.accessOf(route.handler, accessOfRoute(route)));
    return built.fn;
  }

  private function(name: string, timeout: Duration, routes?: HttpFunctionGroup['routes']): Built {
    let built = this.built.get(name);
    if (!built) {
      const fn = new PlatformFunction(this.props.scopeOf?.(name) ?? this, constructIdOf(name), {
        handler: name,
        routes,
        environment: this.props.environment,
        logRetention: this.props.logRetention,
        logRemovalPolicy: this.props.logRemovalPolicy,
        timeout,
      });
      built = { fn, granted: {}, timeout };
      this.built.set(name, built);
      for (const module of fn.handlerModules) this.modules.add(module);
    } else if (built.timeout.toSeconds() !== timeout.toSeconds()) {
      // A queue consumer's timeout is bound to its queue's visibility; two uses cannot both be honoured.
      throw new Error(`Handler module "${name}" is used with two different timeouts; give each use its own module.`);
    }
    return built;
  }

  /** What a module's use asks for, replaced by its override, plus its addition (function-access.ts). */
  private accessOf(handler: string, asked: FunctionAccess): FunctionAccess {
    return mergeAccess(this.props.accessOverrides?.[handler] ?? asked, this.props.accessAdditions?.[handler] ?? {});
  }

  get all(): PlatformFunction[] {
    return [...this.built.values()].map((built) => built.fn);
  }

  private grant(built: Built, access: FunctionAccess): void {
    const fn = built.fn.function;
    if (access.table === 'read-write' && built.granted.table !== 'read-write') this.props.table.grants.readWriteData(fn);
    else if (access.table === 'read' && !built.granted.table) this.props.table.grants.readData(fn);
    if (access.table && !built.granted.table) {
      acknowledge(
        built.fn.role,
        'The wildcard is the index name under this one table (<table ARN>/index/*): the grant lists its actions one by one, and every index is a global index of shared/data/table-design.ts that the access patterns query.',
        wildcardResourceFinding(built.fn, `${this.props.table.tableArn}/index/*`),
      );
    }
    if (access.putEvents && !built.granted.putEvents) this.props.bus.grantPutEventsTo(fn);
    if (access.signTokens && !built.granted.signTokens) this.props.customerTokenKey.grant(fn, 'kms:Sign');
    if (access.verifyTokens && !built.granted.verifyTokens) this.props.customerTokenKey.grant(fn, 'kms:GetPublicKey');
    if (access.cluster && !built.granted.cluster) this.props.clusterAccess?.grant(fn, constructIdOf(built.fn.handlerModule));
    if (access.backupArchives && !built.granted.backupArchives) {
      if (!this.props.backupArchives) throw new Error(`${built.fn.handlerModule} needs the backups bucket, which the stack does not give its functions.`);
      this.props.backupArchives.grantArchiveAccess(built.fn);
    }
    if (access.accountExports && !built.granted.accountExports) {
      if (!this.props.accountExports) throw new Error(`${built.fn.handlerModule} needs the backups bucket's exports, which the stack does not give its functions.`);
      this.props.accountExports.grantExportAccess(built.fn);
    }
    built.granted = mergeAccess(built.granted, access);
  }
}

/** `catalog/admin-create-service` → `CatalogAdminCreateService`: stable logical ids named after the module. */
export const constructIdOf = (handler: string): string =>
  handler
    .split(/[/-]/)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
