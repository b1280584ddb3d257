/** Sent with every request and in the User-Agent; bump it with each release of the agent image. */
export const AGENT_VERSION = '0.1.0';
