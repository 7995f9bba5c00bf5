import { Activity, TestAdapter, TurnContext } from 'botbuilder';
import { HelpdeskMembership } from '../../../bot/teams/helpdesk/helpdesk-membership';
import { Roster } from '../../../bot/teams/helpdesk/teams-roster';
import { NotHelpdeskMember } from '../../../bot/teams/helpdesk/helpdesk-errors';
import { slackMessage } from '../../support/activities';
import { HANNA, OLLE, helpdeskClick } from '../../support/helpdesk-activities';
import { captureLogs } from '../../support/log-capture';

/** A roster that answers from a set, or fails, or hangs; counts the questions it gets. */
class FakeRoster implements Roster {
  asked = 0;
  failWith: Error | undefined;
  hang = false;
  constructor(readonly members: Set<string>) {}

  async isMember(userId: string): Promise<boolean> {
    this.asked += 1;
    if (this.hang) return new Promise<boolean>(() => undefined);
    if (this.failWith) throw this.failWith;
    return this.members.has(userId);
  }
}

const contextFor = (activity: Partial<Activity>) => new TurnContext(new TestAdapter(), activity);
const click = (user = HANNA) => contextFor(helpdeskClick('https://smba.example/', { action: 'molnkoll.ticket.claim', ticketId: 'MK-0001' }, user));

describe('HelpdeskMembership', () => {
  let roster: FakeRoster;
  let now: number;
  const logs = captureLogs('debug');
  const membership = (members: string[] = [], withRoster = true) =>
    new HelpdeskMembership({ members, roster: withRoster ? roster : undefined, logger: logs.logger, timeoutMs: 50, cacheMs: 60_000, now: () => now });

  beforeEach(() => {
    roster = new FakeRoster(new Set([HANNA.id]));
    now = 1_000_000;
  });

  it('lets in an Entra object id from HELPDESK_MEMBERS without asking the roster, whatever its case', async () => {
    expect(await membership([OLLE.aadObjectId.toUpperCase()]).check(click(OLLE))).toEqual({ member: true, source: 'list' });
    expect(roster.asked).toBe(0);
  });

  it('asks the roster otherwise, and remembers its answer for a while', async () => {
    const m = membership();
    expect(await m.check(click(HANNA))).toEqual({ member: true, source: 'roster' });
    expect(await m.check(click(OLLE))).toEqual({ member: false, reason: 'not_in_roster' });
    expect(await m.check(click(HANNA))).toEqual({ member: true, source: 'cache' });
    expect(await m.check(click(OLLE))).toEqual({ member: false, reason: 'not_in_roster' });
    expect(roster.asked).toBe(2);
    now += 61_000;
    roster.members.delete(HANNA.id);
    expect(await m.check(click(HANNA))).toEqual({ member: false, reason: 'not_in_roster' });
    expect(roster.asked).toBe(3);
  });

  it('refuses when the roster fails or is too slow, and says so in the log', async () => {
    roster.failWith = new Error('503 from the connector');
    expect(await membership().check(click())).toEqual({ member: false, reason: 'roster_unavailable' });
    roster.failWith = undefined;
    roster.hang = true;
    const started = Date.now();
    expect(await membership().check(click())).toEqual({ member: false, reason: 'roster_unavailable' });
    expect(Date.now() - started).toBeLessThan(1000);
    const warnings = logs.entries().filter((e) => e.msg === 'helpdesk roster unavailable; refusing the action');
    expect(warnings.map((w) => (w.err as { name: string }).name)).toEqual(['Error', 'TimeoutError']);
    expect(logs.text()).not.toContain(HANNA.id);
  });

  it('does not cache a failure: the next click asks again', async () => {
    const m = membership();
    roster.failWith = new Error('down');
    await m.check(click());
    roster.failWith = undefined;
    expect(await m.check(click())).toEqual({ member: true, source: 'roster' });
  });

  it('has no roster outside Teams, or without a helpdesk channel', async () => {
    const slack = contextFor(slackMessage('https://slack.example/', 'x'));
    expect(await membership().check(slack)).toEqual({ member: false, reason: 'no_roster' });
    expect(await membership([], false).check(click())).toEqual({ member: false, reason: 'no_roster' });
    expect(roster.asked).toBe(0);
  });

  it('requireMember names what vouches for a member, and throws NotHelpdeskMember saying why for anyone else', async () => {
    const m = membership([OLLE.aadObjectId]);
    expect(await m.requireMember(click(OLLE))).toBe('list');
    expect(await m.requireMember(click(HANNA))).toBe('roster');
    await expect(membership().requireMember(click(OLLE))).rejects.toMatchObject({ name: 'NotHelpdeskMember', reason: 'not_helpdesk_member', because: 'not_in_roster' });
    roster.failWith = new Error('down');
    await expect(membership().requireMember(click(HANNA))).rejects.toEqual(new NotHelpdeskMember('roster_unavailable'));
    await expect(membership([], false).requireMember(click(HANNA))).rejects.toBeInstanceOf(NotHelpdeskMember);
  });
});
