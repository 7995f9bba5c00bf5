import { loadConfig } from '../../bot/config/load-config';
import { ConfigError } from '../../bot/config/config-error';

describe('helpdesk configuration', () => {
  it('needs the conversation id and the service URL together', () => {
    for (const env of [{ HELPDESK_CONVERSATION_ID: '19:hd@thread.tacv2' }, { HELPDESK_SERVICE_URL: 'https://smba.trafficmanager.net/emea/' }]) {
      let error: unknown;
      try {
        loadConfig(env);
      } catch (thrown) {
        error = thrown;
      }
      expect(error).toBeInstanceOf(ConfigError);
      const variables = (error as ConfigError).problems.map((p) => p.variable);
      expect(variables).toEqual([Object.keys(env)[0] === 'HELPDESK_SERVICE_URL' ? 'HELPDESK_CONVERSATION_ID' : 'HELPDESK_SERVICE_URL']);
    }
  });

  it('runs without a helpdesk channel, and reads both when given', () => {
    expect(loadConfig({}).helpdesk).toEqual({ conversationId: undefined, serviceUrl: undefined, members: [] });
    const config = loadConfig({ HELPDESK_CONVERSATION_ID: '19:hd@thread.tacv2', HELPDESK_SERVICE_URL: 'https://smba.trafficmanager.net/emea/', HELPDESK_MEMBERS: 'a, b' });
    expect(config.helpdesk).toEqual({ conversationId: '19:hd@thread.tacv2', serviceUrl: 'https://smba.trafficmanager.net/emea', members: ['a', 'b'] });
  });
});
