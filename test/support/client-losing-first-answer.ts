import { DocumentClient } from '../../shared/aws/dynamodb';

/**
 * A client of DynamoDB Local at `endpoint` whose first answer is lost after DynamoDB applied the write, as a
 * request timeout under load does: the client's retry then meets what its first attempt wrote.
 */
export const clientLosingFirstAnswer = (endpoint: string) => {
  let calls = 0;
  const doc = new DocumentClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 3,
    wrapExchange: (exchange) => async (operation, body) => {
      const answer = await exchange(operation, body);
      if (++calls === 1) throw Object.assign(new Error('Request timed out'), { name: 'TimeoutError' });
      return answer;
    },
  });
  return { doc, attempts: () => calls };
};
