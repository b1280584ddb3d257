import type * as Sdk from '@aws-sdk/lib-dynamodb';

/**
 * The DynamoDB operations the platform sends, named as the document client of the AWS SDK names them
 * (`@aws-sdk/lib-dynamodb`), with its input and output types (type-only: nothing of the SDK is loaded). A
 * store writes `db.send(new GetCommand({ ... }))` exactly as it would with the SDK; DocumentClient
 * (./document-client.ts) marshals, signs and sends it.
 */
export type Operation =
  | 'GetItem'
  | 'PutItem'
  | 'UpdateItem'
  | 'DeleteItem'
  | 'Query'
  | 'Scan'
  | 'BatchGetItem'
  | 'BatchWriteItem'
  | 'TransactGetItems'
  | 'TransactWriteItems';

export abstract class DocumentCommand<Input extends object, Output> {
  abstract readonly operation: Operation;
  /** Only for the compiler: what `send` resolves to. */
  declare readonly output: Output;
  constructor(readonly input: Input) {}
}

/** A command class of `operation`: the classes differ only in it and in their input and output types. */
const commandOf = <Input extends object, Output>(operation: Operation) =>
  class extends DocumentCommand<Input, Output> {
    readonly operation = operation;
  };

export class GetCommand extends commandOf<Sdk.GetCommandInput, Sdk.GetCommandOutput>('GetItem') {}
export class PutCommand extends commandOf<Sdk.PutCommandInput, Sdk.PutCommandOutput>('PutItem') {}
export class UpdateCommand extends commandOf<Sdk.UpdateCommandInput, Sdk.UpdateCommandOutput>('UpdateItem') {}
export class DeleteCommand extends commandOf<Sdk.DeleteCommandInput, Sdk.DeleteCommandOutput>('DeleteItem') {}
export class QueryCommand extends commandOf<Sdk.QueryCommandInput, Sdk.QueryCommandOutput>('Query') {}
export class ScanCommand extends commandOf<Sdk.ScanCommandInput, Sdk.ScanCommandOutput>('Scan') {}
export class BatchGetCommand extends commandOf<Sdk.BatchGetCommandInput, Sdk.BatchGetCommandOutput>('BatchGetItem') {}
export class BatchWriteCommand extends commandOf<Sdk.BatchWriteCommandInput, Sdk.BatchWriteCommandOutput>('BatchWriteItem') {}
export class TransactGetCommand extends commandOf<Sdk.TransactGetCommandInput, Sdk.TransactGetCommandOutput>('TransactGetItems') {}
export class TransactWriteCommand extends commandOf<Sdk.TransactWriteCommandInput, Sdk.TransactWriteCommandOutput>('TransactWriteItems') {}

// The input and output types the platform's code names, as the SDK's document client defines them.
export type {
  BatchGetCommandOutput,
  QueryCommandInput,
  TransactWriteCommandInput,
  UpdateCommandInput,
} from '@aws-sdk/lib-dynamodb';
