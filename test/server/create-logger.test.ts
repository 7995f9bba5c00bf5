// bot/logging has no test folder of its own in this scope; its tests live here.
import { hashUserId } from '../../bot/logging/hash-user-id';
import { captureLogs } from '../support/log-capture';
import { routeConsoleToLogger } from '../../bot/logging/route-console';

describe('createLogger', () => {
  it('writes one JSON object a line and redacts text, values and credentials', () => {
    const { logger, entries, text } = captureLogs('info');
    logger.info({ text: 'raw user text', activity: { text: 'nested raw text', value: { comment: 'x' } }, key: 'k', req: { headers: { authorization: 'Bearer abc' } } }, 'hello');
    logger.debug('not at info level');
    expect(entries()).toHaveLength(1);
    expect(entries()[0]).toMatchObject({ msg: 'hello', name: 'molnkoll', text: '[redacted]', key: '[redacted]' });
    expect(text()).not.toMatch(/raw user text|nested raw text|Bearer abc/);
  });
});

describe('hashUserId', () => {
  it('is stable, hex, and not the id', () => {
    expect(hashUserId('29:1user-anna')).toBe(hashUserId('29:1user-anna'));
    expect(hashUserId('29:1user-anna')).toMatch(/^[0-9a-f]{32}$/);
    expect(hashUserId('29:1user-anna')).not.toBe(hashUserId('29:1user-bertil'));
  });
});

describe('createLogger as the last line of defence for personal data', () => {
  const PNR = '19121212-1212';

  it('redacts identity numbers, e-mail addresses and phone numbers in the message, fields and errors, however deep', () => {
    const { logger, entries, text } = captureLogs('info');
    const error = new Error(`lookup failed for ${PNR}`, { cause: new Error('mail anna.andersson@kommun.se') });
    logger.error({ err: error, detail: { list: [`ring 070-123 45 67`], nested: { failure: new Error(`row ${PNR}`) } } }, 'failed for %s', PNR);
    logger.warn(new Error(`only an error about ${PNR}`));
    logger.child({ conversation: `samtal med ${PNR}` }).info('child line');

    const [first, second, third] = entries();
    expect(first.msg).toBe('failed for [personnummer]');
    expect(first.err).toMatchObject({ type: 'Error', message: 'lookup failed for [personnummer]: mail [e-postadress]', stack: expect.stringMatching(/^Error: lookup failed for \[personnummer\]\n\s+at /) });
    expect(JSON.stringify(first.err)).toContain('[e-postadress]');
    expect(first.detail).toEqual({ list: ['ring [telefonnummer]'], nested: { failure: expect.objectContaining({ message: 'row [personnummer]' }) } });
    expect(second.msg).toBe('only an error about [personnummer]');
    expect(third.conversation).toBe('samtal med [personnummer]');
    expect(text()).not.toMatch(/1212-1212|anna\.andersson|070-123/);
  });

  it('leaves ordinary values alone: hashes, paths, law references, numbers', () => {
    const { logger, entries } = captureLogs('info');
    const fields = { userHash: 'a3f09b2c1d9e8f7a6b5c4d3e2f1a0b9c', path: '/srv/data/index.json:123:45', law: 'SFS 2009:400', ms: 1234567890 };
    logger.info(fields, 'question answered');
    expect(entries()[0]).toMatchObject({ ...fields, msg: 'question answered' });
  });

  it('writes every line as one JSON object, a circular field included', () => {
    const lines: string[] = [];
    const { createLogger } = jest.requireActual<typeof import('../../bot/logging/create-logger')>('../../bot/logging/create-logger');
    const logger = createLogger('info', { write: (line: string) => void lines.push(line) });
    const circular: Record<string, unknown> = { name: 'loop' };
    circular.self = circular;
    logger.info({ circular }, 'one');
    logger.error(new TypeError('two'));
    expect(lines.join('').split('\n').filter(Boolean).map((line) => JSON.parse(line).msg)).toEqual(['one', 'two']);
  });
});

describe('routeConsoleToLogger', () => {
  it('turns library console output into redacted JSON lines at the matching level', () => {
    const { logger, entries } = captureLogs('debug');
    const restore = routeConsoleToLogger(logger);
    try {
      console.error(new Error('Unauthorized. Invalid AppId passed on token: 19121212-1212'));
      console.warn('BadRequest: Missing activity or activity type.');
      console.log('plain %d', 42);
    } finally {
      restore();
    }
    expect(entries().map((e) => [e.level, e.source, e.msg])).toEqual([
      [50, 'console', expect.stringContaining('Unauthorized. Invalid AppId passed on token: [personnummer]')],
      [40, 'console', 'BadRequest: Missing activity or activity type.'],
      [30, 'console', 'plain 42'],
    ]);
    expect(entries()[0].err).toMatchObject({ message: 'Unauthorized. Invalid AppId passed on token: [personnummer]' });
    expect(typeof console.error).toBe('function');
  });
});
