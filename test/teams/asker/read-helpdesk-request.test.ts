import { readHelpdeskRequest } from '../../../bot/teams/asker/read-helpdesk-request';

describe('readHelpdeskRequest', () => {
  test.each([
    ['helpdesk', null],
    ['  HelpDesk. ', null],
    ['help desk!', null],
    ['/helpdesk', null],
    ['Fråga helpdesk', 'sv'],
    ['fråga  helpdesken', 'sv'],
    ['Ask the helpdesk!', 'en'],
    ['ask helpdesk', 'en'],
  ])('reads "%s" as a request (language %s)', (text, language) => {
    expect(readHelpdeskRequest(text)).toEqual({ language });
  });

  test.each(['Hur når jag helpdesk?', 'helpdesk för Office 365', 'help', 'hjälp', '', 'helpdesks'])('leaves "%s" to the other handlers', (text) => {
    expect(readHelpdeskRequest(text)).toBeNull();
  });
});
