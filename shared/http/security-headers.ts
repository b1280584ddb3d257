/**
 * Security headers for a JSON API (OWASP REST Security Cheat Sheet): no sniffing, no framing, HSTS and a
 * CSP that allows nothing, since no response is meant to render. The browser-feature lists that middy adds
 * for HTML pages are left out.
 */
export const apiSecurityHeaders = {
  contentSecurityPolicy: { 'default-src': "'none'", 'frame-ancestors': "'none'" },
  permissionsPolicy: false,
  reportTo: false,
  reportingEndpoints: false,
  crossOriginEmbedderPolicy: false,
} as const;
