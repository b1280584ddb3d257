import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { streamConsumers } from '../../functions/stream-consumers';
import { tableDesign } from '../../shared/data/table-design';
import { resourcesOf, synthPlatformStack } from '../support/synth-platform-stack';

const { template } = synthPlatformStack();
const resources = template.toJSON().Resources as Record<string, { Type: string; Properties: Record<string, any> }>;
const [[tableId, table]] = resourcesOf(template, 'AWS::DynamoDB::GlobalTable') as [[string, { Properties: Record<string, any>; DeletionPolicy?: string }]];

describe('the table', () => {
  it('is on demand with the keys, indexes, TTL and stream of tableDesign', () => {
    expect(table.Properties).toMatchObject({
      BillingMode: 'PAY_PER_REQUEST',
      KeySchema: [
        { AttributeName: tableDesign.partitionKey, KeyType: 'HASH' },
        { AttributeName: tableDesign.sortKey, KeyType: 'RANGE' },
      ],
      TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
      StreamSpecification: { StreamViewType: tableDesign.streamView },
    });
    expect(table.Properties.GlobalSecondaryIndexes).toEqual(
      tableDesign.globalIndexes.map((index) => ({
        IndexName: index.indexName,
        KeySchema: [
          { AttributeName: index.partitionKey, KeyType: 'HASH' },
          { AttributeName: index.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      })),
    );
  });

  it('has point-in-time recovery and, by default, deletion protection and a RETAIN policy', () => {
    expect(table.Properties.Replicas).toEqual([
      expect.objectContaining({ PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true }, DeletionProtectionEnabled: true }),
    ]);
    expect(table.DeletionPolicy).toBe('Retain');
  });
});

describe('the outbox forwarder', () => {
  const [forwarder] = streamConsumers;
  // The table's stream mappings; the queue table's consumers have SQS mappings of their own.
  const mappings = resourcesOf(template, 'AWS::Lambda::EventSourceMapping').filter(([, m]) => JSON.stringify(m.Properties?.EventSourceArn).includes('StreamArn'));
  // The forwarder's by its row's filter (the order of the mappings is the templates'); its function is checked below.
  const mapping = mappings.find(([, m]) => m.Properties?.FilterCriteria?.Filters?.[0]?.Pattern === JSON.stringify(forwarder.filter))?.[1];

  it('reads the table stream through the row’s filter, isolating and retrying failed records', () => {
    expect(mappings).toHaveLength(streamConsumers.length);
    expect(mapping?.Properties).toMatchObject({
      EventSourceArn: { 'Fn::GetAtt': [tableId, 'StreamArn'] },
      FilterCriteria: { Filters: [{ Pattern: JSON.stringify(forwarder.filter) }] },
      BatchSize: forwarder.batchSize,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: expect.any(Number),
      MaximumRecordAgeInSeconds: 24 * 3600,
      StartingPosition: 'TRIM_HORIZON',
    });
    const functionId = mapping!.Properties!.FunctionName.Ref;
    expect(resources[functionId]!.Properties.Description).toBe(`functions/${forwarder.handler}`);
  });

  it('sends what it gives up on to an encrypted, TLS-only queue', () => {
    const queueId = mapping!.Properties!.DestinationConfig.OnFailure.Destination['Fn::GetAtt'][0];
    expect(resources[queueId]).toMatchObject({ Type: 'AWS::SQS::Queue', Properties: { SqsManagedSseEnabled: true } });
    template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      Queues: [{ Ref: queueId }],
      PolicyDocument: {
        Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]),
      },
    });
  });
});

describe('the stack', () => {
  it('has its own event bus', () => {
    template.resourceCountIs('AWS::Events::EventBus', 1);
  });

  it('outputs the API URL, the table name and the bus name', () => {
    const outputs = template.toJSON().Outputs as Record<string, unknown>;
    expect(Object.keys(outputs)).toEqual(expect.arrayContaining(['ApiUrl', 'TableName', 'EventBusName']));
  });

  it('pins no account or region, so it synthesizes offline and deploys anywhere', () => {
    expect(synthPlatformStack().stack.environment).toBe('aws://unknown-account/unknown-region');
  });
});
