/**
 * `helpdesk` and its longer wordings ask to pass the latest question on to the helpdesk; this is
 * how Slack users, who have no card buttons, escalate. Swedish or English, any case, a trailing
 * full stop or exclamation mark allowed.
 */
import { Language } from '../../engine';

/** The wording's language, or null when the word alone says nothing about it. */
const REQUESTS = new Map<string, Language | null>([
  ['helpdesk', null],
  ['help desk', null],
  ['/helpdesk', null],
  ['fråga helpdesk', 'sv'],
  ['fråga helpdesken', 'sv'],
  ['fraga helpdesk', 'sv'],
  ['till helpdesk', 'sv'],
  ['skicka till helpdesk', 'sv'],
  ['ask the helpdesk', 'en'],
  ['ask helpdesk', 'en'],
  ['ask the help desk', 'en'],
]);

export interface HelpdeskRequest {
  language: Language | null;
}

/** The request, or null when the text is not one. */
export function readHelpdeskRequest(text: string): HelpdeskRequest | null {
  const words = text.trim().toLowerCase().replace(/[.!]+$/, '').replace(/\s+/g, ' ');
  const language = REQUESTS.get(words);
  return language === undefined ? null : { language };
}
