import { jsonServiceSettings } from './clients';
import { sfnApi, type SfnApi } from './sfn/sfn-api';

let sfn: SfnApi | undefined;
/** Step Functions through the light client (./sfn/sfn-api.ts), in its own module so an HTTP function loads it only when it first starts a workflow. */
export const sfnClient = (): SfnApi => (sfn ??= sfnApi(jsonServiceSettings('SFN')));
