/** A bot wired without a helpdesk (createBot without `helpdesk`) says so honestly on every helpdesk route. */
import { CHAT_STRINGS } from '../../bot/engine/strings/chat';
import { ticketCardSubmit } from '../../bot/render/ticket-card';
import { ticketFeedbackSubmit } from '../../bot/render/helpdesk-answer-card';
import { adapterBot, AdapterBot } from '../support/test-adapter-bot';
import { FakeEngine } from '../support/fake-engine';
import { teamsCardSubmit, teamsPersonalMessage } from '../support/activities';

const URL = 'http://127.0.0.1:9/unused';

describe('the helpdesk routes without a ticket store', () => {
  let bot: AdapterBot;
  let engine: FakeEngine;
  beforeEach(() => {
    engine = new FakeEngine();
    bot = adapterBot({ engine });
  });
  afterEach(() => bot.close());

  it('says that no helpdesk is set up and to contact IT support instead, for `helpdesk` and for ticket buttons, and asks the engine nothing', async () => {
    for (const activity of [
      teamsPersonalMessage(URL, 'helpdesk'),
      teamsPersonalMessage(URL, 'Ask the helpdesk'),
      teamsCardSubmit(URL, { ...ticketCardSubmit('claim', 'MK-0001') }),
      teamsCardSubmit(URL, { ...ticketFeedbackSubmit('MK-0001', 'helpful') }),
    ]) {
      expect((await bot.turn(activity)).map((r) => r.text)).toEqual([CHAT_STRINGS.sv.noHelpdesk]);
    }
    expect(engine.asked).toEqual([]);
  });

  it('promises no answer that nobody will give, in Swedish and English', () => {
    expect(CHAT_STRINGS.sv.noHelpdesk).toMatch(/ingen helpdesk/);
    expect(CHAT_STRINGS.sv.noHelpdesk).toMatch(/IT-supporten/);
    expect(CHAT_STRINGS.en.noHelpdesk).toMatch(/No helpdesk/);
    expect(CHAT_STRINGS.en.noHelpdesk).toMatch(/IT support/);
    for (const text of [CHAT_STRINGS.sv.noHelpdesk, CHAT_STRINGS.en.noHelpdesk]) expect(text).not.toMatch(/svarar här|answer here|kommer snart|coming soon/);
  });
});
