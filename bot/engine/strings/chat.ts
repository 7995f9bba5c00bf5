/**
 * What the bot says around an answer (welcome, help, limits, errors), in Swedish and English.
 * Plain text with line breaks and `-` lists, so Teams, Slack and the Emulator all show it well.
 */
import { Language } from '../types';

export interface ChatStrings {
  help: string;
  rateLimited: string;
  /** `max` is the number of characters that were read. */
  questionCut(max: number): string;
  turnError: string;
  startingUp: string;
  emptyQuestion: string;
  feedbackThanks: string;
  /** A greeting on its own: hello back, and what to ask. */
  greetingReply: string;
  /** A thank-you on its own. */
  thanksReply: string;
  nothingToRate: string;
  /** After a typed `-1`: the reasons, to answer by number, and the helpdesk where there is one. */
  reasonPrompt(reasons: string[], offerHelpdesk: boolean): string;
  /** A card's answer id that the answer log does not hold (an old or forged card). */
  unknownAnswer: string;
  /** Someone else's answer card (forwarded, or shown in a group chat). */
  notYourAnswer: string;
  /** An activity that does not say who sent it (in Teams: no Entra object id or tenant). */
  unknownUser: string;
  /** No helpdesk is set up for this bot: where to turn instead. */
  noHelpdesk: string;
}

const EXAMPLES: Record<Language, string[]> = {
  sv: [
    'Får jag lagra hälsodata i Office 365?',
    'Får vi ha Teamsmöten om socialtjänstärenden?',
    'Får jag skicka personuppgifter med e-post?',
  ],
  en: [
    'May I store health data in Office 365?',
    'May we hold Teams meetings about social-services cases?',
    'May I send personal data by e-mail?',
  ],
};

const list = (items: string[]) => items.map((item) => `- ${item}`).join('\n');
const numbered = (items: string[]) => items.map((item, i) => `${i + 1}. ${item}`).join('\n');

/** Welcomes are bilingual: nobody has asked anything yet, so the language is unknown. */
export const WELCOME_TEXT = [
  'Hej! Jag är Molnkoll. Jag svarar på frågor om vilka molntjänster du får använda för vilken sorts information, ' +
    'med ett besked och numrerade källor. Prova till exempel:',
  list(EXAMPLES.sv),
  'Skriv "hjälp" för att se vad jag kan.',
  '---',
  'Hi! I am Molnkoll. I answer questions about which cloud services you may use for which kinds of information, ' +
    'with a verdict and numbered sources. Try for example:',
  list(EXAMPLES.en),
  'Type "help" to see what I can do.',
].join('\n\n');

export const CHAT_STRINGS: Record<Language, ChatStrings> = {
  sv: {
    help: [
      'Jag svarar på frågor om molntjänster och information, till exempel:',
      list(EXAMPLES.sv),
      'Svaret börjar med ett besked (tillåtet, tillåtet med villkor, inte ännu, inte tillåtet) och hänvisar till källorna med [1], [2] …',
      'I en kanal eller gruppchatt: nämn mig med @Molnkoll. I Slack kan du svara +1 eller -1 på mitt senaste svar.',
      'Skriv "matris" för en översikt: besked per tjänst och typ av information.',
      'Skriv inga personnummer eller andra personuppgifter i frågan. Svaren är vägledning, inte juridisk rådgivning; ' +
        'är du osäker, välj "Fråga helpdesk".',
    ].join('\n\n'),
    rateLimited: 'Du har ställt många frågor på kort tid. Vänta en minut och fråga igen.',
    questionCut: (max) => `Din fråga var lång, så jag läste bara de första ${max} tecknen.`,
    turnError: 'Något gick fel när jag skulle svara. Försök igen om en stund; om det fortsätter, kontakta helpdesk.',
    startingUp: 'Jag startar fortfarande och läser in underlaget. Fråga igen om en liten stund.',
    emptyQuestion: 'Vad vill du fråga? Skriv till exempel: Får jag lagra hälsodata i Office 365?',
    feedbackThanks: 'Tack för din återkoppling!',
    greetingReply: `Hej! Fråga mig om vilka molntjänster du får använda för vilken information, till exempel: ${EXAMPLES.sv[0]} Skriv "hjälp" för mer.`,
    thanksReply: 'Varsågod! Fråga gärna igen om något mer dyker upp.',
    nothingToRate: 'Det finns inget svar att betygsätta här än. Ställ en fråga först.',
    reasonPrompt: (reasons, offerHelpdesk) =>
      ['Tack för din återkoppling! Vad var fel? Svara gärna med en siffra:', numbered(reasons), ...(offerHelpdesk ? ['Vill du att helpdesk tittar på frågan? Skriv "helpdesk".'] : [])].join('\n\n'),
    unknownAnswer: 'Jag hittar inte det svaret längre, så inget är sparat. Ställ frågan igen, så kan du betygsätta eller skicka det nya svaret.',
    notYourAnswer: 'Det här svaret gavs till någon annan, så bara den personen kan betygsätta det eller skicka det till helpdesk. Ställ gärna frågan själv.',
    unknownUser: 'Jag kan inte se vem du är i det här meddelandet, så jag kan inte göra något med det. Skriv till mig direkt i Teams.',
    noHelpdesk:
      'Det finns ingen helpdesk kopplad till Molnkoll här, så jag kan inte skicka frågan vidare. ' +
      'Kontakta IT-supporten på det vanliga sättet (telefon, e-post eller ärendeportal).',
  },
  en: {
    help: [
      'I answer questions about cloud services and information, for example:',
      list(EXAMPLES.en),
      'An answer starts with a verdict (allowed, allowed with conditions, not yet, not allowed) and cites its sources as [1], [2] …',
      'In a channel or group chat, mention me with @Molnkoll. In Slack you can reply +1 or -1 to my latest answer.',
      'Type "matrix" for an overview: the verdict per service and kind of information.',
      'Do not put personal identity numbers or other personal data in a question. Answers are guidance, not legal advice; ' +
        'when in doubt, choose "Ask the helpdesk".',
    ].join('\n\n'),
    rateLimited: 'You have asked many questions in a short time. Please wait a minute and ask again.',
    questionCut: (max) => `Your question was long, so I read only its first ${max} characters.`,
    turnError: 'Something went wrong while I was answering. Please try again shortly; if it persists, contact the helpdesk.',
    startingUp: 'I am still starting and loading the sources. Please ask again in a moment.',
    emptyQuestion: 'What would you like to ask? For example: May I store health data in Office 365?',
    feedbackThanks: 'Thank you for your feedback!',
    greetingReply: `Hi! Ask me which cloud services you may use for which information, for example: ${EXAMPLES.en[0]} Type "help" for more.`,
    thanksReply: "You're welcome! Ask again whenever something else comes up.",
    nothingToRate: 'There is no answer to rate here yet. Ask a question first.',
    reasonPrompt: (reasons, offerHelpdesk) =>
      ['Thank you for your feedback! What was wrong? You can reply with a number:', numbered(reasons), ...(offerHelpdesk ? ['Would you like the helpdesk to look at the question? Type "helpdesk".'] : [])].join('\n\n'),
    unknownAnswer: 'I cannot find that answer any more, so nothing was saved. Ask the question again to rate or pass on the new answer.',
    notYourAnswer: 'This answer was given to someone else, so only they can rate it or pass it to the helpdesk. Feel free to ask the question yourself.',
    unknownUser: 'I cannot tell who sent this message, so I cannot act on it. Please write to me directly in Teams.',
    noHelpdesk:
      'No helpdesk is connected to Molnkoll here, so I cannot pass your question on. ' +
      'Please contact IT support the usual way (phone, e-mail or the service portal).',
  },
};
