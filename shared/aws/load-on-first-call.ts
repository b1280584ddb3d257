import { onceUnlessRejected } from '../config/load-config';

/**
 * An adapter whose module, and the AWS SDK client under it, is loaded when one of its methods is first
 * called rather than when the function starts: a route whose deps hold a workflow starter, an archive store
 * or an email sender it rarely or never calls (reading a subscription, listing backups, reading the account)
 * does not evaluate the Step Functions, S3 or SES client at every cold start. Every method of such a port is
 * async, so the wrapper is the port itself. A load that fails is tried again at the next call.
 */
export const loadOnFirstCall = <Port extends object>(methods: readonly (keyof Port & string)[], load: () => Promise<Port>): Port => {
  const adapter = onceUnlessRejected(load);
  return Object.fromEntries(
    methods.map((method) => [method, async (...args: unknown[]) => ((await adapter())[method] as (...a: unknown[]) => Promise<unknown>)(...args)]),
  ) as Port;
};
