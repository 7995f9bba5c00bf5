/** A text-only vote on the latest answer (`+1` / `-1`), for channels without card buttons such as Slack. */
import { Vote } from '../../store/feedback-store';

const VOTES: Record<string, Vote> = {
  '+1': 'helpful',
  ':+1:': 'helpful',
  ':thumbsup:': 'helpful',
  '👍': 'helpful',
  '-1': 'not_helpful',
  ':-1:': 'not_helpful',
  ':thumbsdown:': 'not_helpful',
  '👎': 'not_helpful',
};

export function readTextVote(text: string): Vote | null {
  return VOTES[text.trim().toLowerCase()] ?? null;
}
