import { NestedStack, Stack } from 'aws-cdk-lib';
import { Construct, type IConstruct } from 'constructs';
import { constructIdOf } from './handler-functions';

/** The feature area of a handler module, its first folder: `catalog/get-service` → `catalog`. */
export const areaOf = (handler: string): string => handler.split('/')[0]!;

/**
 * One nested stack per feature area of the handler modules (functions/<area>/), made when a table first
 * uses a module of that area. A template then grows with its area, not with the whole platform.
 */
export class AreaStacks {
  private readonly stacks = new Map<string, NestedStack>();

  constructor(private readonly parent: Construct) {}

  /**
   * The scope `id` in the nested stack of the handler's area: a construct there keeps the path, and so the
   * logical id, it had under a scope of the same id in the parent.
   */
  scopeOf(handler: string, id: string): Construct {
    const area = areaOf(handler);
    let stack = this.stacks.get(area);
    if (!stack) {
      // Suffixed: `events` (functions/events/) would otherwise meet the bus's construct `Events`.
      stack = new NestedStack(this.parent, `${constructIdOf(area)}Functions`, { description: `Functions of functions/${area}/ and what ties them to their triggers` });
      this.stacks.set(area, stack);
    }
    return childOf(stack, id);
  }
}

/**
 * Where a resource that serves one function alone goes (its schedule rule, its cluster access entry): in that
 * function's stack, under a scope named like `owner`, so the function's stack never references back into the
 * stack that references it, and the resource keeps the logical id it had beside `owner`. In the owner's own
 * stack, `owner` itself.
 */
export const besideFunction = (fn: IConstruct, owner: Construct): Construct => {
  const stack = Stack.of(fn);
  return stack === Stack.of(owner) ? owner : childOf(stack, owner.node.id);
};

const childOf = (scope: Construct, id: string): Construct => (scope.node.tryFindChild(id) as Construct | undefined) ?? new Construct(scope, id);
