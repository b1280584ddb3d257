import { ensurePythonTools } from '../../infra/aws-emulator/python-tools';

/**
 * Global setup: moto (the AWS emulator of test/aws-emulator) and cfn-lint installed into the project's .venv
 * from PyPI at the pinned versions when missing (about 40 s, once per machine or pin change). The suites
 * that use them never skip: they find them here, or the run stops saying what is missing (Python, most often).
 */
export const setup = async () => {
  await ensurePythonTools({ log: (line) => console.log(`[emulator:install] ${line}`) });
};
