/**
 * The platform's DynamoDB document client, light enough for a Lambda cold start (./document-client.ts says
 * why it is not the AWS SDK's). Stores import their commands from here.
 */
export * from './commands';
export { DocumentClient, type DocumentClientSettings } from './document-client';
export { ConditionalCheckFailedException } from './dynamodb-errors';
