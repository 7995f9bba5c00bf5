/** A bot wired without a ticket store (createBot without `helpdesk`) still answers every helpdesk route. */
import { CHAT_STRINGS } from '../../bot/engine/strings/chat';
import { helpdeskSubmit, ticketFeedbackSubmit } from '../../bot/render/ticket-actions';
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

  it('says the helpdesk is coming for `helpdesk` and for ticket buttons, and asks the engine nothing', async () => {
    for (const activity of [
      teamsPersonalMessage(URL, 'helpdesk'),
      teamsPersonalMessage(URL, 'Ask the helpdesk'),
      teamsCardSubmit(URL, { ...helpdeskSubmit('claim', 'MK-0001') }),
      teamsCardSubmit(URL, { ...ticketFeedbackSubmit('MK-0001', 'helpful') }),
    ]) {
      expect((await bot.turn(activity)).map((r) => r.text)).toEqual([CHAT_STRINGS.sv.helpdeskComingSoon]);
    }
    expect(engine.asked).toEqual([]);
  });
});
