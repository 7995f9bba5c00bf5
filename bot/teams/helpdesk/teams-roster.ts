/**
 * Asks Teams whether a user belongs to the helpdesk: the roster of the helpdesk conversation
 * (GET /v3/conversations/{id}/members/{userId}, TeamsInfo.getMember), read from inside the
 * helpdesk conversation so the answer is about that team.
 */
import { TeamsInfo } from 'botbuilder';
import { HelpdeskChannel } from './helpdesk-channel';

export interface Roster {
  /** True or false when the roster says so; throws when it cannot be read. */
  isMember(userId: string): Promise<boolean>;
}

/** Teams answers 404 (MemberNotFoundInConversation) for someone outside the team. */
const NOT_A_MEMBER = new Set([403, 404]);

export class TeamsRoster implements Roster {
  constructor(private readonly channel: HelpdeskChannel) {}

  async isMember(userId: string): Promise<boolean> {
    let member = false;
    try {
      await this.channel.inChannel('reading the helpdesk roster', async (context) => {
        const account = await TeamsInfo.getMember(context, userId);
        member = account.id !== undefined;
      });
    } catch (error) {
      const status = (error as { statusCode?: unknown }).statusCode;
      if (typeof status === 'number' && NOT_A_MEMBER.has(status)) return false;
      throw error;
    }
    return member;
  }
}
