import type { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import type { IEventBus } from 'aws-cdk-lib/aws-events';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { FunctionEnvironmentInput } from '../../../shared/config/function-environment';
import { type FunctionAccess, mergeAccess } from '../function-access';
import { defaultFunctionTimeout, PlatformFunction } from './platform-function';

export interface HandlerFunctionsProps {
  table: ITableV2;
  bus: IEventBus;
  environment: FunctionEnvironmentInput;
  logRetention: RetentionDays;
  logRemovalPolicy: RemovalPolicy;
  /** Rights per handler module that replace what its use asks for (see function-access.ts). */
  accessOverrides?: Readonly<Record<string, FunctionAccess>>;
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
 * One function per handler module, however many routes, schedules or queues use it: each table asks for
 * the module it names and gets the same function, with the union of the rights its uses need.
 */
export class HandlerFunctions extends Construct {
  private readonly built = new Map<string, Built>();

  constructor(
    scope: Construct,
    id: string,
    private readonly props: HandlerFunctionsProps,
  ) {
    super(scope, id);
    this.node.addValidation({
      validate: () =>
        Object.keys(props.accessOverrides ?? {})
          .filter((handler) => !this.built.has(handler))
          .map((handler) => `accessOverrides names "${handler}", which no route, schedule, queue or stream consumer uses.`),
    });
  }

  use(handler: string, use: FunctionUse): PlatformFunction {
    const timeout = use.timeout ?? defaultFunctionTimeout;
    let built = this.built.get(handler);
    if (!built) {
      const fn = new PlatformFunction(this, constructIdOf(handler), {
        handler,
        environment: this.props.environment,
        logRetention: this.props.logRetention,
        logRemovalPolicy: this.props.logRemovalPolicy,
        timeout,
      });
      built = { fn, granted: {}, timeout };
      this.built.set(handler, built);
    } else if (built.timeout.toSeconds() !== timeout.toSeconds()) {
      // A queue consumer's timeout is bound to its queue's visibility; two uses cannot both be honoured.
      throw new Error(`Handler module "${handler}" is used with two different timeouts; give each use its own module.`);
    }
    this.grant(built, this.props.accessOverrides?.[handler] ?? use.access);
    return built.fn;
  }

  get all(): PlatformFunction[] {
    return [...this.built.values()].map((built) => built.fn);
  }

  private grant(built: Built, access: FunctionAccess): void {
    const fn = built.fn.function;
    if (access.table === 'read-write' && built.granted.table !== 'read-write') this.props.table.grants.readWriteData(fn);
    else if (access.table === 'read' && !built.granted.table) this.props.table.grants.readData(fn);
    if (access.putEvents && !built.granted.putEvents) this.props.bus.grantPutEventsTo(fn);
    built.granted = mergeAccess(built.granted, access);
  }
}

/** `catalog/admin-create-service` → `CatalogAdminCreateService`: stable logical ids named after the module. */
export const constructIdOf = (handler: string): string =>
  handler
    .split(/[/-]/)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
