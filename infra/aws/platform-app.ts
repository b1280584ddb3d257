import type { App } from 'aws-cdk-lib';
import { type PlatformStackProps, PlatformStack } from './platform-stack';
import { readPlatformSettings } from './platform-settings';

export const platformStackId = 'PaasPlatform';

/** What app.ts builds; the infra tests build the very same through this function. */
export const addPlatformStack = (app: App, props: Omit<PlatformStackProps, 'settings'> = {}): PlatformStack =>
  new PlatformStack(app, platformStackId, { ...props, settings: readPlatformSettings(app) });
