import { App } from 'aws-cdk-lib';
import { addPlatformStack } from './platform-app';

// The CLI runs this file and synthesizes the app on exit; context comes from cdk.json and `-c`.
addPlatformStack(new App());
