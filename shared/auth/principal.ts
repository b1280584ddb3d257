/** Who is calling, once a route's authentication has passed. */
export type Principal =
  | { kind: 'customer'; userId: string; sessionId: string }
  | { kind: 'admin'; adminId: string; username?: string; groups: string[] }
  | { kind: 'agent'; tokenId: string }
  | { kind: 'signed-inbound'; source: string };

export type PrincipalOf<K extends Principal['kind']> = Extract<Principal, { kind: K }>;

/** The customer behind a customer route; the authentication middleware guarantees one. */
export const customerOf = (principal: Principal | undefined): { userId: string; sessionId: string } => {
  if (principal?.kind !== 'customer') throw new Error('a customer route ran without a customer principal');
  return principal;
};
