/**
 * Who may act on tickets: the Entra object ids in HELPDESK_MEMBERS first (no network), then the
 * Teams roster of the helpdesk channel, with a timeout and a short-lived cache. When neither can
 * say yes, the answer is no: a roster that cannot be read never lets anyone through.
 */
import { Channels, TurnContext } from 'botbuilder';
import { Logger } from '../../logging/create-logger';
import { describeError } from '../describe-error';
import { Roster } from './teams-roster';
import { userKeyOf } from '../user-key';
import { withTimeout } from '../../timing/with-timeout';
import { NotHelpdeskMember } from './helpdesk-errors';

export interface HelpdeskMembershipOptions {
  /** Entra object ids (HELPDESK_MEMBERS); compared without regard to case. */
  members: string[];
  /** Absent when the helpdesk channel is not configured. */
  roster?: Roster;
  logger: Logger;
  timeoutMs?: number;
  /** How long a roster answer is trusted; people rarely join or leave a team mid-hour. */
  cacheMs?: number;
  now?: () => number;
}

export type MembershipSource = 'list' | 'roster' | 'cache';
export type MembershipVerdict = { member: true; source: MembershipSource } | { member: false; reason: 'not_in_roster' | 'roster_unavailable' | 'no_roster' };

const MAX_CACHED = 1000;

export class HelpdeskMembership {
  private readonly members: Set<string>;
  private readonly cache = new Map<string, { member: boolean; until: number }>();
  private readonly now: () => number;

  constructor(private readonly options: HelpdeskMembershipOptions) {
    this.members = new Set(options.members.map((id) => id.trim().toLowerCase()));
    this.now = options.now ?? Date.now;
  }

  async check(context: TurnContext): Promise<MembershipVerdict> {
    const { activity } = context;
    const aadObjectId = activity.from?.aadObjectId?.toLowerCase();
    if (aadObjectId && this.members.has(aadObjectId)) return { member: true, source: 'list' };
    const roster = this.options.roster;
    // Only Teams has a roster; a Slack user is a member only through the list.
    if (!roster || activity.channelId !== Channels.Msteams || !activity.from?.id) return { member: false, reason: 'no_roster' };

    const key = activity.from.id;
    const cached = this.cache.get(key);
    if (cached && cached.until > this.now()) return cached.member ? { member: true, source: 'cache' } : { member: false, reason: 'not_in_roster' };
    try {
      const member = await withTimeout(roster.isMember(key), this.options.timeoutMs ?? 5000, 'reading the helpdesk roster');
      this.remember(key, member);
      return member ? { member: true, source: 'roster' } : { member: false, reason: 'not_in_roster' };
    } catch (error) {
      this.options.logger.warn({ userHash: userKeyOf(activity), err: describeError(error) }, 'helpdesk roster unavailable; refusing the action');
      return { member: false, reason: 'roster_unavailable' };
    }
  }

  /** What vouches for the user, or NotHelpdeskMember saying why nothing does. */
  async requireMember(context: TurnContext): Promise<MembershipSource> {
    const verdict = await this.check(context);
    if (!verdict.member) throw new NotHelpdeskMember(verdict.reason);
    return verdict.source;
  }

  private remember(key: string, member: boolean): void {
    if (this.cache.size >= MAX_CACHED) this.cache.clear();
    this.cache.set(key, { member, until: this.now() + (this.options.cacheMs ?? 5 * 60_000) });
  }
}

