import { describeError } from '../../bot/teams/describe-error';

describe('describeError', () => {
  /** Shaped like the connector's RestError: enumerable request and status fields. */
  class RestError extends Error {
    override readonly name = 'RestError';
    readonly request = { body: '{"text":"hälsodata om Anna"}' };
    constructor(message: string, readonly statusCode: number) {
      super(message);
    }
  }

  it('keeps name, message and status, never the request a connector error carries', () => {
    const error = new RestError('Service unavailable', 503);
    const summary = describeError(error);
    expect(summary).toEqual({ name: 'RestError', message: 'Service unavailable', statusCode: 503 });
    expect(JSON.stringify(summary)).not.toContain('Anna');
  });

  it('describes what is not an Error too', () => {
    expect(describeError('boom')).toEqual({ name: 'Error', message: 'boom' });
  });
});
