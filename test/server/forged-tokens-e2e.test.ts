/**
 * Tokens over real HTTP with an app id set, verified against the OpenID stand-in's keys: every
 * token that does not verify, for whatever reason, gets 401 with the same short body; why is in
 * the log only; a genuinely signed token is let through.
 */
import { generateKeyPairSync, createHmac } from 'node:crypto';
import { startTestBot, TestBot } from '../support/start-test-bot';
import { FakeEngine } from '../support/fake-engine';
import { OpenIdStandIn, base64url } from '../support/openid-stand-in';
import { teamsChannelMessage, teamsPersonalMessage } from '../support/activities';

const APP_ID = '00000000-aaaa-bbbb-cccc-000000000000';
const QUESTION = 'Får jag lagra hälsodata i Office 365?';
const FIXED_BODY = { error: 'Unauthorized', message: 'A valid Bot Framework token is required.' };

describe('tokens at the edge (app id set)', () => {
  let bot: TestBot;
  let openId: OpenIdStandIn;
  let engine: FakeEngine;
  let consoleError: jest.SpyInstance;

  beforeAll(async () => {
    // The SDK prints some refusals itself; bot/index.ts routes that into the log (route-console.test.ts).
    consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    openId = await OpenIdStandIn.start();
    engine = new FakeEngine();
    bot = await startTestBot({
      engine,
      env: { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-a-real-secret' },
      openId: { channel: openId.metadataUrl, emulator: openId.metadataUrl },
    });
  });
  afterAll(async () => {
    await bot.close();
    await openId.close();
    consoleError.mockRestore();
  });

  const activity = () => teamsPersonalMessage(bot.standIn.url(), QUESTION);
  const claimsFor = (serviceUrl: string) => ({ aud: APP_ID, serviceurl: serviceUrl });
  const unsigned = (header: object, claims: object) => `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`;

  const forged: [string, (serviceUrl: string) => string][] = [
    ['no token at all', () => ''],
    ['not a JWT', () => 'Bearer hello'],
    ['alg none', (url) => `Bearer ${unsigned({ alg: 'none', typ: 'JWT' }, { iss: 'https://api.botframework.com', ...claimsFor(url) })}.`],
    [
      'HS256 with a junk key',
      (url) => {
        const data = unsigned({ alg: 'HS256', typ: 'JWT', kid: 'stand-in-key-1' }, { iss: 'https://api.botframework.com', ...claimsFor(url) });
        return `Bearer ${data}.${createHmac('sha256', 'junk').update(data).digest('base64url')}`;
      },
    ],
    ['RS256 signed by another key', (url) => `Bearer ${openId.sign(claimsFor(url), { key: generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey })}`],
    ['RS256 with a bad signature', (url) => `Bearer ${openId.sign(claimsFor(url)).slice(0, -6)}AAAAAA`],
    ['a good signature for another app', (url) => `Bearer ${openId.sign({ aud: 'someone-else', serviceurl: url })}`],
    ['a good signature, expired', (url) => `Bearer ${openId.sign({ ...claimsFor(url), exp: Math.floor(Date.now() / 1000) - 3600 })}`],
    ['a good signature from the wrong issuer', (url) => `Bearer ${openId.sign({ ...claimsFor(url), iss: 'https://evil.example' })}`],
    ['a good signature for another service URL', () => `Bearer ${openId.sign(claimsFor('https://evil.example/'))}`],
  ];

  it.each(forged)('refuses %s with 401 and the fixed body, the reason logged', async (_name, tokenFor) => {
    const sent = activity();
    const authorization = tokenFor(sent.serviceUrl!);
    const before = bot.logs.entries().length;
    const res = await bot.post(sent, authorization ? { authorization } : {});
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual(FIXED_BODY);
    const logged = bot.logs.entries().slice(before).find((e) => e.msg === 'request refused: the token did not verify');
    expect(logged).toMatchObject({ level: 40, reason: expect.any(String) });
    expect(String(logged?.reason).length).toBeGreaterThan(0);
    expect(bot.logs.text()).not.toContain(authorization.slice(7, 40) || 'no token to leak');
  });

  it('ran no turn for the refused ones', () => {
    expect(engine.asked).toEqual([]);
    expect(bot.standIn.received).toEqual([]);
  });

  it('lets a properly signed token through', async () => {
    // A channel message without a mention: the turn runs but sends nothing, so no reply needs a real Azure token.
    const sent = teamsChannelMessage(bot.standIn.url(), QUESTION, { mention: false });
    const res = await bot.post(sent, { authorization: `Bearer ${openId.sign(claimsFor(sent.serviceUrl!))}` });
    expect(res.status).toBe(200);
    expect(bot.logs.entries().filter((e) => e.msg === 'request refused: the token did not verify')).toHaveLength(forged.length);
  });
});
