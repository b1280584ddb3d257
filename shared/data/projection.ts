/**
 * A ProjectionExpression over these attributes, each behind a placeholder name: an attribute called like a
 * DynamoDB reserved word (`status`, `name`) is refused when written out as it is.
 */
export const projectionOf = (attributes: readonly string[]) => ({
  ProjectionExpression: attributes.map((_, i) => `#p${i}`).join(', '),
  ExpressionAttributeNames: Object.fromEntries(attributes.map((attribute, i) => [`#p${i}`, attribute])),
});
