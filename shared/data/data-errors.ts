import { AppError } from '../errors/app-error';

/**
 * DynamoDB's condition failures as the typed errors of the data layer. A transaction reports one reason
 * per item, so the item that failed decides the error.
 */
export const isConditionFailure = (error: unknown): boolean => {
  const name = (error as { name?: string } | undefined)?.name;
  if (name === 'ConditionalCheckFailedException') return true;
  if (name !== 'TransactionCanceledException') return false;
  const reasons = (error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons ?? [];
  return reasons.some((reason) => reason.Code === 'ConditionalCheckFailed');
};

/** Runs a write and maps a failed condition to the given domain error; anything else passes through. */
export const onConditionFailure = async <T>(write: () => Promise<T>, toError: () => AppError): Promise<T> => {
  try {
    return await write();
  } catch (error) {
    if (isConditionFailure(error)) throw toError();
    throw error;
  }
};

/** Which items of a cancelled transaction failed their condition, by position in TransactItems. */
export const failedConditionIndexes = (error: unknown): number[] => {
  if ((error as { name?: string } | undefined)?.name !== 'TransactionCanceledException') return [];
  const reasons = (error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons ?? [];
  return reasons.flatMap((reason, i) => (reason.Code === 'ConditionalCheckFailed' ? [i] : []));
};

/** Which items of a cancelled transaction met another transaction's write (worth sending again), by position. */
export const transactionConflictIndexes = (error: unknown): number[] => {
  if ((error as { name?: string } | undefined)?.name !== 'TransactionCanceledException') return [];
  const reasons = (error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons ?? [];
  return reasons.flatMap((reason, i) => (reason.Code === 'TransactionConflict' ? [i] : []));
};

/** A cancelled transaction that met another transaction on one of its items: worth sending again. */
export const isTransactionConflict = (error: unknown): boolean => transactionConflictIndexes(error).length > 0;
