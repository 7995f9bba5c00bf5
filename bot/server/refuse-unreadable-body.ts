/**
 * Refuses, before a byte of the body is read, what the JSON parser must never see: compressed
 * bodies (restify would inflate gzip with no limit on the inflated size, and no Bot Framework
 * channel compresses) and bodies that announce more bytes than the limit. `Connection: close`
 * so the client's remaining upload is not read either.
 */
import restify from 'restify';

export interface BodyRefusal {
  status: 413 | 415;
  error: string;
  message: string;
}

export function bodyRefusal(headers: Record<string, string | string[] | undefined>, maxBytes: number): BodyRefusal | undefined {
  const encoding = String(headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  if (encoding !== 'identity' && encoding !== '') {
    return { status: 415, error: 'UnsupportedMediaType', message: 'Compressed request bodies are not accepted; send plain JSON.' };
  }
  const length = Number(headers['content-length']);
  if (Number.isFinite(length) && length > maxBytes) {
    return { status: 413, error: 'PayloadTooLarge', message: `The request body is larger than ${maxBytes} bytes.` };
  }
  return undefined;
}

export function refuseUnreadableBody(maxBytes: number, onRefused: (refusal: BodyRefusal, req: restify.Request) => void): restify.RequestHandler {
  return (req, res, next) => {
    const refusal = bodyRefusal(req.headers, maxBytes);
    if (!refusal) return next();
    onRefused(refusal, req);
    res.header('Connection', 'close');
    res.send(refusal.status, { error: refusal.error, message: refusal.message });
    return next(false);
  };
}
