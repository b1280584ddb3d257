/**
 * Where an inbound hook's secret comes from: a function that answers it (cached by the source as it sees fit).
 * In AWS it is Secrets Manager (secrets-manager-secret.ts); locally, and in tests, a value from the
 * environment (infra/local/inbound-secrets.ts writes one when none is given).
 */
export type SecretSource = () => Promise<string>;

export const fixedSecret =
  (value: string): SecretSource =>
  async () =>
    value;
