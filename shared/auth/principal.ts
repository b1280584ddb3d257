/** Who is calling, once a route's authentication has passed. */
export type Principal =
  | { kind: 'customer'; userId: string; email?: string }
  | { kind: 'admin'; adminId: string; email?: string; groups: string[] }
  | { kind: 'agent'; tokenId: string }
  | { kind: 'signed-inbound'; source: string };
