/**
 * Words around an answer in every channel (card labels, action titles, the Slack feedback hint).
 * Verdict headlines live in ./verdicts.ts; these frame them.
 */
import { Language } from '../types';

export interface CardStrings {
  /** Headline when the knowledge does not answer the question (and no verdict applies). */
  unansweredHeadline: string;
  /** Headline of an answer to a question that asked no verdict ("När …?", "Vad är …?"). */
  answeredHeadline: string;
  /** Headline when a sector-only question was decided for two readings. */
  dependsHeadline: string;
  dependsOnServiceHeadline: string;
  /** Said under that headline; names the helpdesk action so the way on is obvious. */
  unansweredNotice: string;
  questionLabel: string;
  conditionsHeading: string;
  sourcesHeading: string;
  /** Title of the link to a citation's original; carries the number for screen readers. */
  readSource: (n: number) => string;
  /** Wraps a quoted passage in the language's quotation marks. */
  quote: (text: string) => string;
  helpful: string;
  notHelpful: string;
  askHelpdesk: string;
  commentLabel: string;
  /** Comments are redacted before they are stored, but it is better still if none is written. */
  commentPlaceholder: string;
  sendToHelpdesk: string;
  /** Title of the toggle that shows a long quote folded under its citation. */
  showQuote: string;
  /** Closes a reply whose paragraphs were left out so it fits the channel's size limit. */
  shortenedNotice: string;
  /** Ends a list of sources shortened to fit. */
  moreSources: (count: number) => string;
  /** After the preview in a card's fallbackText: old clients show only this. */
  fallbackPointer: string;
  /** Slack mrkdwn: Slack has no card actions, so feedback is a reply. */
  slackFeedbackHint: string;
  /** Above the suggested next questions. */
  suggestionsHeading: string;
  /** Where the vote buttons were, once a vote is recorded. */
  voteRecorded: (helpful: boolean) => string;
  /** After a not-helpful vote: why, optionally. */
  reasonLabel: string;
  reasons: { wrong_verdict: string; outdated: string; not_answered: string; other: string };
  sendReason: string;
  reasonRecorded: string;
}

export const CARD_STRINGS: Record<Language, CardStrings> = {
  sv: {
    unansweredHeadline: 'Jag kunde inte besvara frågan',
    answeredHeadline: 'Svar ur underlaget',
    dependsHeadline: 'Det beror på vilken information det gäller',
    dependsOnServiceHeadline: 'Det beror på tjänsten',
    unansweredNotice: 'Helpdesk kan hjälpa dig: välj ”Fråga helpdesk”.',
    questionLabel: 'Din fråga:',
    conditionsHeading: 'Villkor',
    sourcesHeading: 'Källor',
    readSource: (n) => `Läs källan [${n}]`,
    quote: (text) => `”${text}”`,
    helpful: 'Till hjälp',
    notHelpful: 'Inte till hjälp',
    askHelpdesk: 'Fråga helpdesk',
    commentLabel: 'Vill du lägga till något? (valfritt)',
    commentPlaceholder: 'Skriv inte personnummer eller andra personuppgifter.',
    sendToHelpdesk: 'Skicka till helpdesk',
    showQuote: 'Visa citat',
    shortenedNotice: 'Svaret är förkortat för att få plats. Fråga om en tjänst eller en sorts information i taget för hela beskedet.',
    moreSources: (count) => `… och ${count} ${count === 1 ? 'källa' : 'källor'} till.`,
    fallbackPointer: 'Öppna Molnkoll i Teams för hela svaret med källor.',
    slackFeedbackHint: 'Svara `+1` om svaret hjälpte, `-1` om det inte gjorde det, eller `helpdesk` för att fråga helpdesk.',
    suggestionsHeading: 'Du kan också fråga',
    voteRecorded: (helpful) => (helpful ? 'Tack! Du tyckte att svaret var till hjälp.' : 'Tack! Du tyckte att svaret inte var till hjälp.'),
    reasonLabel: 'Vad var fel? (valfritt)',
    reasons: { wrong_verdict: 'Fel besked', outdated: 'Inaktuellt', not_answered: 'Svarade inte på frågan', other: 'Annat' },
    sendReason: 'Skicka',
    reasonRecorded: 'Tack, vi har noterat varför.',
  },
  en: {
    unansweredHeadline: "I couldn't answer this",
    answeredHeadline: 'From the sources',
    dependsHeadline: 'It depends on the information',
    dependsOnServiceHeadline: 'It depends on the service',
    unansweredNotice: 'The helpdesk can help: choose “Ask the helpdesk”.',
    questionLabel: 'Your question:',
    conditionsHeading: 'Conditions',
    sourcesHeading: 'Sources',
    readSource: (n) => `Read source [${n}]`,
    quote: (text) => `“${text}”`,
    helpful: 'Helpful',
    notHelpful: 'Not helpful',
    askHelpdesk: 'Ask the helpdesk',
    commentLabel: 'Anything to add? (optional)',
    commentPlaceholder: 'Please leave out personal identity numbers and other personal data.',
    sendToHelpdesk: 'Send to the helpdesk',
    showQuote: 'Show quote',
    shortenedNotice: 'This answer was shortened to fit. Ask about one service or one kind of information at a time for the whole answer.',
    moreSources: (count) => `… and ${count} more ${count === 1 ? 'source' : 'sources'}.`,
    fallbackPointer: 'Open Molnkoll in Teams for the whole answer with sources.',
    slackFeedbackHint: "Reply `+1` if this helped, `-1` if it didn't, or `helpdesk` to ask the helpdesk.",
    suggestionsHeading: 'You could also ask',
    voteRecorded: (helpful) => (helpful ? 'Thank you! You found this answer helpful.' : 'Thank you! You found this answer not helpful.'),
    reasonLabel: 'What was wrong? (optional)',
    reasons: { wrong_verdict: 'Wrong verdict', outdated: 'Outdated', not_answered: "Didn't answer my question", other: 'Other' },
    sendReason: 'Send',
    reasonRecorded: 'Thank you, we have noted why.',
  },
};
