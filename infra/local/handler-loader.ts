import { lambdaContext } from './lambda-context';

type LambdaHandler = (event: unknown, context: ReturnType<typeof lambdaContext>) => Promise<unknown>;

const cache = new Map<string, Promise<LambdaHandler>>();

/**
 * Loads a handler module of functions/ by the name the tables use (`catalog/get-service`): the very code
 * the Lambda bundles are built from. Each module is imported once, like a warm Lambda container.
 */
export const loadHandler = (name: string, exportName = 'handler'): Promise<LambdaHandler> => {
  const key = `${name}#${exportName}`;
  let loaded = cache.get(key);
  if (!loaded) {
    const file = new URL(`../../functions/${name}.ts`, import.meta.url).href;
    loaded = import(/* @vite-ignore */ file).then((module: Record<string, unknown>) => {
      const handler = module[exportName];
      if (typeof handler !== 'function') throw new Error(`functions/${name}.ts does not export ${exportName}`);
      return handler as LambdaHandler;
    });
    cache.set(key, loaded);
  }
  return loaded;
};

/** Calls a handler the way the Lambda runtime would, with a fresh context. */
export const invokeHandler = async (name: string, event: unknown): Promise<unknown> =>
  (await loadHandler(name))(event, lambdaContext(name.replaceAll('/', '-')));
