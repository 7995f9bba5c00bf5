// bot/logging has no test folder of its own in this scope; its tests live here.
import { hashUserId } from '../../bot/logging/hash-user-id';
import { captureLogs } from '../support/log-capture';

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
