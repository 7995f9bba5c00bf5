/**
 * Checks AZURE_LANGUAGE_ENDPOINT before any text could be sent: questions may hold personal
 * data, so plain http is accepted only to this machine (a test double or a local container).
 */

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export class InvalidLanguageEndpointError extends Error {
  override readonly name = 'InvalidLanguageEndpointError';
}

export interface ValidatedEndpoint {
  /** Without a trailing slash: the SDK appends `/language/:analyze-text`. */
  url: string;
  /** True for http to a loopback host: the SDK refuses http unless told `allowInsecureConnection`. */
  insecureLoopback: boolean;
}

export function validateEndpoint(endpoint: string): ValidatedEndpoint {
  let parsed: URL;
  try {
    parsed = new URL(endpoint);
  } catch {
    throw new InvalidLanguageEndpointError(
      `AZURE_LANGUAGE_ENDPOINT is not a URL: expected https://<resource>.cognitiveservices.azure.com`,
    );
  }
  const loopback = LOOPBACK_HOSTS.has(parsed.hostname.toLowerCase());
  if (parsed.protocol === 'http:' && !loopback) {
    throw new InvalidLanguageEndpointError(
      `AZURE_LANGUAGE_ENDPOINT must use https (http is only allowed for 127.0.0.1, localhost or [::1]); got http://${parsed.host}`,
    );
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new InvalidLanguageEndpointError(
      `AZURE_LANGUAGE_ENDPOINT must be an https URL such as https://<resource>.cognitiveservices.azure.com; got ${parsed.protocol}`,
    );
  }
  if (parsed.username || parsed.password || parsed.search || parsed.hash) {
    throw new InvalidLanguageEndpointError(
      'AZURE_LANGUAGE_ENDPOINT must be a plain base URL without credentials, query or fragment',
    );
  }
  return { url: parsed.origin + parsed.pathname.replace(/\/+$/, ''), insecureLoopback: parsed.protocol === 'http:' };
}
