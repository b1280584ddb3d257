import { SFNClient } from '@aws-sdk/client-sfn';
import { clientConfig } from './clients';

let sfn: SFNClient | undefined;
/** Step Functions, in its own module so an HTTP function loads it only when it first starts a workflow. */
export const sfnClient = (): SFNClient => (sfn ??= new SFNClient(clientConfig('SFN')));
