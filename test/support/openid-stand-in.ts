/**
 * A stand-in for the Bot Framework's OpenID metadata and signing keys on 127.0.0.1, so tokens
 * are verified for real (signature, issuer, audience, expiry) without leaving the machine.
 * `sign` makes tokens with its own RSA key, as the Bot Connector would; forged ones are built
 * by the tests themselves.
 */
import { generateKeyPairSync, sign as signData, KeyObject } from 'node:crypto';
import http from 'node:http';
import { AddressInfo } from 'node:net';

export const CHANNEL_ISSUER = 'https://api.botframework.com';
const KEY_ID = 'stand-in-key-1';

export class OpenIdStandIn {
  readonly privateKey: KeyObject;
  private readonly publicJwk: Record<string, unknown>;
  private port = 0;
  private readonly server = http.createServer((req, res) => this.handle(req, res));

  private constructor() {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    this.privateKey = privateKey;
    this.publicJwk = { ...publicKey.export({ format: 'jwk' }), kid: KEY_ID, use: 'sig', alg: 'RS256', endorsements: ['msteams', 'emulator', 'slack'] };
  }

  static async start(): Promise<OpenIdStandIn> {
    const standIn = new OpenIdStandIn();
    await new Promise<void>((resolve) => standIn.server.listen(0, '127.0.0.1', resolve));
    standIn.port = (standIn.server.address() as AddressInfo).port;
    return standIn;
  }

  get metadataUrl(): string {
    return `http://127.0.0.1:${this.port}/v1/.well-known/openidconfiguration`;
  }

  /** A token signed with this stand-in's key (or `key`), valid for an hour unless `claims` say otherwise. */
  sign(claims: Record<string, unknown>, options: { key?: KeyObject; header?: Record<string, unknown> } = {}): string {
    const now = Math.floor(Date.now() / 1000);
    const header = { alg: 'RS256', typ: 'JWT', kid: KEY_ID, ...options.header };
    const payload = { iss: CHANNEL_ISSUER, nbf: now - 60, iat: now - 60, exp: now + 3600, ...claims };
    const data = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}`;
    const signature = signData('sha256', Buffer.from(data), options.key ?? this.privateKey).toString('base64url');
    return `${data}.${signature}`;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const base = `http://127.0.0.1:${this.port}`;
    const send = (body: unknown) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.url === '/v1/.well-known/openidconfiguration') {
      send({ issuer: CHANNEL_ISSUER, jwks_uri: `${base}/v1/.well-known/keys`, id_token_signing_alg_values_supported: ['RS256'] });
    } else if (req.url === '/v1/.well-known/keys') {
      send({ keys: [this.publicJwk] });
    } else {
      res.writeHead(404);
      res.end();
    }
  }
}

export function base64url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}
