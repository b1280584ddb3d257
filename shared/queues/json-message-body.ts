/**
 * A JSON message body with every character beyond the Basic Multilingual Plane (an emoji, say) written as
 * its JSON escape pair (`\ud83d\ude00`): the parsed message is the same string. SQS takes those characters
 * as they are, but fauxqs, the local SQS (2.4), checks the body one UTF-16 unit at a time and refuses them;
 * escaped, one body works on both. Outside a JSON string such characters cannot occur in JSON text, so the
 * replacement never touches the structure.
 */
export const jsonMessageBody = (json: string): string =>
  json.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, (pair) => `\\u${pair.charCodeAt(0).toString(16)}\\u${pair.charCodeAt(1).toString(16)}`);
