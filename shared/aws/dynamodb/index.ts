/**
 * The platform's DynamoDB document client, light enough for a Lambda cold start (./document-client.ts says
 * why it is not the AWS SDK's). Stores import their commands from here.
 */
export * from './commands';
export { DocumentClient, type DocumentClientSettings, type DocumentRequest, type DocumentOutput, type Middleware, type Send } from './document-client';
export { ConditionalCheckFailedException } from './dynamodb-errors';
export { AwsServiceError } from '../json-protocol/service-errors';
export type { Exchange, RawAnswer } from '../json-protocol/signed-exchange';
