/**
 * The least an activity needs before a turn can run and reply: a type, a conversation, a sender
 * and a service URL to answer to. The adapter checks only the type, so a bare `{type}` would
 * otherwise run a turn that can only fail.
 */
export function looksLikeActivity(body: unknown): boolean {
  if (!isRecord(body) || !isText(body.type) || !isText(body.serviceUrl)) return false;
  if (!isRecord(body.conversation) || !isText(body.conversation.id)) return false;
  return isRecord(body.from) && isText(body.from.id);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}
