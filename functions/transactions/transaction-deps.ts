import { dynamoDocumentClient } from '../../shared/aws/clients';
import { dynamoLedgerStore } from '../../shared/billing/dynamo-ledger-store';
import { functionEnvironmentSchema } from '../../shared/config/function-environment';
import { loadConfig, once } from '../../shared/config/load-config';

/** The ledger, built on first use and kept for the life of the container (the customer and admin lists). */
export const ledgerStore = once(() => dynamoLedgerStore(dynamoDocumentClient(), loadConfig(functionEnvironmentSchema).TABLE_NAME));
