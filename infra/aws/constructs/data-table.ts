import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, Billing, StreamViewType, TableEncryptionV2, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { tableDesign } from '../../../shared/data/table-design';

export interface DataTableProps {
  /** Guards the one table that holds every customer's data; off only for throwaway stacks. */
  deletionProtection: boolean;
}

const stringKey = (name: string) => ({ name, type: AttributeType.STRING });

/**
 * The single table (DESIGN section 4), built from `tableDesign` so the table in AWS and the one the local
 * runtime creates in DynamoDB Local have the same keys, indexes, TTL and stream.
 */
export class DataTable extends Construct {
  readonly table: TableV2;

  constructor(scope: Construct, id: string, props: DataTableProps) {
    super(scope, id);
    this.table = new TableV2(this, 'Table', {
      partitionKey: stringKey(tableDesign.partitionKey),
      sortKey: stringKey(tableDesign.sortKey),
      globalSecondaryIndexes: tableDesign.globalIndexes.map((index) => ({
        indexName: index.indexName,
        partitionKey: stringKey(index.partitionKey),
        sortKey: stringKey(index.sortKey),
      })),
      billing: Billing.onDemand(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      // Encrypted at rest with the AWS managed KMS key (aws/dynamodb), said here rather than left to the
      // default: every use of the key is in CloudTrail, and no function needs a key grant besides its table grant.
      encryption: TableEncryptionV2.awsManagedKey(),
      timeToLiveAttribute: tableDesign.timeToLiveAttribute,
      dynamoStream: StreamViewType[tableDesign.streamView],
      deletionProtection: props.deletionProtection,
      // Deletion protection stops API calls; RETAIN also keeps the data when the stack itself goes.
      removalPolicy: props.deletionProtection ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
  }
}
