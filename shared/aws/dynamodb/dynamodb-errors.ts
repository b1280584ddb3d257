import { AwsServiceError, type ErrorClasses } from '../json-protocol/service-errors';

/** Named so stores can test for it with `instanceof`, as they could with the SDK's class of that name. */
export class ConditionalCheckFailedException extends AwsServiceError {
  override name = 'ConditionalCheckFailedException';
  /** The item as it was, in wire form, when the write asked for it (ReturnValuesOnConditionCheckFailure). */
  declare Item?: Record<string, unknown>;
}

export const dynamoDbErrorClasses: ErrorClasses = { ConditionalCheckFailedException };
