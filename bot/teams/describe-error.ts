/**
 * What of a failed connector call may be logged: its name, message and HTTP status. The whole
 * error would not do: botbuilder's RestError carries the request, whose body is the card with
 * the question and the answers, and logs carry ticket ids and hashes only.
 */
export interface ErrorSummary {
  name: string;
  message: string;
  statusCode?: number;
}

export function describeError(error: unknown): ErrorSummary {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const statusCode = (error as { statusCode?: unknown }).statusCode;
  return typeof statusCode === 'number' ? { name: error.name, message: error.message, statusCode } : { name: error.name, message: error.message };
}
