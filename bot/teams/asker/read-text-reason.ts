/**
 * Why a typed `-1` did not help, for channels without card inputs such as Slack: the number of a
 * reason in the list the bot offered, or its label in either language ("inaktuellt", "outdated").
 * Read only right after a not-helpful vote; otherwise such a message is an ordinary question.
 */
import { CARD_STRINGS } from '../../engine';
import { VOTE_REASONS, VoteReason } from '../../store/answer-log';

const normalise = (text: string) => text.trim().toLowerCase().replace(/[.!)]+$/, '').replace(/\s+/g, ' ');

const BY_WORDING = new Map<string, VoteReason>();
VOTE_REASONS.forEach((reason, i) => {
  BY_WORDING.set(String(i + 1), reason);
  for (const strings of Object.values(CARD_STRINGS)) BY_WORDING.set(normalise(strings.reasons[reason]), reason);
});

export function readTextReason(text: string): VoteReason | null {
  return BY_WORDING.get(normalise(text)) ?? null;
}
