/**
 * Template metadata PlatformFunction gives each Lambda function resource, for the bench and the tests to
 * read what a function runs (CloudFormation ignores metadata). Kept apart from the construct so readers of
 * a synthesized template need not load the CDK.
 */
/** The handler modules under functions/ a function runs: its own, or each of its routes'. */
export const HANDLERS_METADATA = 'paas:handlers';
/** An HTTP function's routes, `{ key, handler }` each: API Gateway's route key and its module. */
export const ROUTES_METADATA = 'paas:routes';
