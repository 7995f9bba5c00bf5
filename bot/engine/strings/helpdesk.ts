/**
 * Words of the helpdesk escalation, in Swedish and English: what the asker is told, the ticket
 * card in the helpdesk channel, and the replies to helpdesk members. Ticket ids are passed in,
 * never parsed out of these strings.
 */
import { Language } from '../types';

/** Mirrors TicketStatus in bot/store; repeated here because the engine imports nothing outside itself. */
export type HelpdeskStatusName = 'open' | 'claimed' | 'answered' | 'closed' | 'reopened';
/** What a helpdesk member did on a card. */
export type HelpdeskActionName = 'claim' | 'answer' | 'close' | 'reopen';

export interface HelpdeskStrings {
  // The asker's side.
  /** Said only once the ticket is stored. */
  ticketCreated(id: string): string;
  /** No helpdesk channel is configured: the ticket is kept (the `tickets` CLI lists it), but nobody answers in the chat. */
  ticketCreatedNoChannel(id: string): string;
  /** The same question is already with the helpdesk (a double click, a repeated `helpdesk`). */
  alreadyEscalated(id: string): string;
  nothingToEscalate: string;
  claimedNotice(id: string): string;
  closedNotice(id: string): string;
  reopenedNotice(id: string): string;
  answerTitle: string;
  answerFrom(id: string): string;
  yourQuestion: string;
  helpful: string;
  notHelpful: string;
  /** Text channels (Slack) have no buttons. */
  answerTextHint(id: string): string;
  thanksClosed(id: string): string;
  reopenedOnVote(id: string): string;
  voteNotExpected(id: string): string;
  onlyAskerVotes: string;

  // The helpdesk's side.
  ticketTitle(id: string): string;
  statusLabel: string;
  statuses: Record<HelpdeskStatusName, string>;
  createdLabel: string;
  updatedLabel: string;
  claimedByLabel: string;
  questionLabel: string;
  commentLabel: string;
  botAnswerLabel: string;
  botVerdictLabel: string;
  noVerdict: string;
  botUnanswered: string;
  sourcesLabel: string;
  /** On the channel's card once answered: the answer itself went to the asker only. */
  answeredPrivately: string;
  claim: string;
  answer: string;
  answerInputLabel: string;
  answerPlaceholder: string;
  sendAnswer: string;
  close: string;
  reopen: string;
  onlyHelpdesk: string;
  /** A ticket button pressed anywhere but the helpdesk channel (a forwarded card, another team, another tenant). */
  onlyInHelpdeskChannel: string;
  unknownTicket(id: string): string;
  emptyAnswer: string;
  /** The change is not allowed from the ticket's current status. */
  notNow(id: string, action: HelpdeskActionName, status: HelpdeskStatusName): string;
}

const SV_STATUSES: Record<HelpdeskStatusName, string> = {
  open: 'Öppen',
  claimed: 'Tagen',
  answered: 'Besvarad',
  closed: 'Stängd',
  reopened: 'Öppnad igen',
};

const EN_STATUSES: Record<HelpdeskStatusName, string> = {
  open: 'Open',
  claimed: 'Claimed',
  answered: 'Answered',
  closed: 'Closed',
  reopened: 'Reopened',
};

const SV_VERBS: Record<HelpdeskActionName, string> = { claim: 'tas', answer: 'besvaras', close: 'stängas', reopen: 'öppnas igen' };
const EN_VERBS: Record<HelpdeskActionName, string> = { claim: 'be claimed', answer: 'be answered', close: 'be closed', reopen: 'be reopened' };

export const HELPDESK_STRINGS: Record<Language, HelpdeskStrings> = {
  sv: {
    ticketCreated: (id) => `Ärende ${id} är skapat; helpdesk svarar här.`,
    ticketCreatedNoChannel: (id) =>
      `Frågan är sparad som ${id}, men ingen helpdesk är kopplad till Molnkoll här, så ingen kommer att svara i den här chatten. ` +
      `Kontakta IT-supporten på det vanliga sättet (telefon, e-post eller ärendeportal) och nämn ${id}.`,
    alreadyEscalated: (id) => `Frågan är redan hos helpdesk som ärende ${id}; de svarar här.`,
    nothingToEscalate: 'Det finns ingen fråga att skicka till helpdesk än. Ställ din fråga först, så kan du sedan skriva "helpdesk".',
    claimedNotice: (id) => `Helpdesk har tagit ditt ärende ${id} och svarar här.`,
    closedNotice: (id) => `Helpdesk har stängt ditt ärende ${id}.`,
    reopenedNotice: (id) => `Helpdesk har öppnat ditt ärende ${id} igen och återkommer här.`,
    answerTitle: 'Svar från helpdesk',
    answerFrom: (id) => `Helpdesk, ärende ${id}`,
    yourQuestion: 'Din fråga:',
    helpful: 'Till hjälp',
    notHelpful: 'Inte till hjälp',
    answerTextHint: (id) => `Ärende ${id}. Skriv "helpdesk" om du behöver fråga igen.`,
    thanksClosed: (id) => `Tack! Ärende ${id} är stängt.`,
    reopenedOnVote: (id) => `Ärende ${id} är öppnat igen; helpdesk återkommer här.`,
    voteNotExpected: (id) => `Ärende ${id} väntar inte på ditt omdöme längre.`,
    onlyAskerVotes: 'Bara den som ställde frågan kan betygsätta svaret.',

    ticketTitle: (id) => `Ärende ${id}`,
    statusLabel: 'Status:',
    statuses: SV_STATUSES,
    createdLabel: 'Skapat:',
    updatedLabel: 'Senast ändrat:',
    claimedByLabel: 'Tagen av:',
    questionLabel: 'Fråga:',
    commentLabel: 'Kommentar:',
    botAnswerLabel: 'Molnkolls svar',
    botVerdictLabel: 'Besked:',
    noVerdict: 'inget besked',
    botUnanswered: 'Molnkoll kunde inte besvara frågan.',
    sourcesLabel: 'Källor:',
    answeredPrivately: 'Svaret är skickat till den som frågade, i en privat chatt.',
    claim: 'Jag tar den',
    answer: 'Svara',
    answerInputLabel: 'Svaret till den som frågade',
    answerPlaceholder: 'Skriv inte personnummer eller andra personuppgifter.',
    sendAnswer: 'Skicka svaret',
    close: 'Stäng',
    reopen: 'Öppna igen',
    onlyHelpdesk: 'Bara helpdesk kan hantera ärenden.',
    onlyInHelpdeskChannel: 'Ärenden hanteras bara i helpdeskens kanal; inget är ändrat.',
    unknownTicket: (id) => `Hittar inget ärende ${id}.`,
    emptyAnswer: 'Skriv ett svar först; inget är ändrat.',
    notNow: (id, action, status) => `Ärende ${id} kan inte ${SV_VERBS[action]} nu: det är ${SV_STATUSES[status].toLowerCase()}.`,
  },
  en: {
    ticketCreated: (id) => `Ticket ${id} is created; the helpdesk will answer here.`,
    ticketCreatedNoChannel: (id) =>
      `Your question is saved as ${id}, but no helpdesk is connected to Molnkoll here, so nobody will answer in this chat. ` +
      `Please contact IT support the usual way (phone, e-mail or the service portal) and mention ${id}.`,
    alreadyEscalated: (id) => `This question is already with the helpdesk as ticket ${id}; they will answer here.`,
    nothingToEscalate: 'There is no question to pass on to the helpdesk yet. Ask your question first; then you can type "helpdesk".',
    claimedNotice: (id) => `The helpdesk has taken your ticket ${id} and will answer here.`,
    closedNotice: (id) => `The helpdesk has closed your ticket ${id}.`,
    reopenedNotice: (id) => `The helpdesk has reopened your ticket ${id} and will get back to you here.`,
    answerTitle: 'Answer from the helpdesk',
    answerFrom: (id) => `Helpdesk, ticket ${id}`,
    yourQuestion: 'Your question:',
    helpful: 'Helpful',
    notHelpful: 'Not helpful',
    answerTextHint: (id) => `Ticket ${id}. Type "helpdesk" if you need to ask again.`,
    thanksClosed: (id) => `Thank you! Ticket ${id} is closed.`,
    reopenedOnVote: (id) => `Ticket ${id} is reopened; the helpdesk will get back to you here.`,
    voteNotExpected: (id) => `Ticket ${id} is no longer waiting for your rating.`,
    onlyAskerVotes: 'Only the person who asked can rate the answer.',

    ticketTitle: (id) => `Ticket ${id}`,
    statusLabel: 'Status:',
    statuses: EN_STATUSES,
    createdLabel: 'Created:',
    updatedLabel: 'Last changed:',
    claimedByLabel: 'Claimed by:',
    questionLabel: 'Question:',
    commentLabel: 'Comment:',
    botAnswerLabel: "Molnkoll's answer",
    botVerdictLabel: 'Verdict:',
    noVerdict: 'no verdict',
    botUnanswered: 'Molnkoll could not answer the question.',
    sourcesLabel: 'Sources:',
    answeredPrivately: 'The answer was sent to the asker in a private chat.',
    claim: "I'll take it",
    answer: 'Answer',
    answerInputLabel: 'The answer to the asker',
    answerPlaceholder: 'Please leave out personal identity numbers and other personal data.',
    sendAnswer: 'Send the answer',
    close: 'Close',
    reopen: 'Reopen',
    onlyHelpdesk: 'Only the helpdesk can act on tickets.',
    onlyInHelpdeskChannel: "Tickets are handled in the helpdesk's channel only; nothing was changed.",
    unknownTicket: (id) => `There is no ticket ${id}.`,
    emptyAnswer: 'Please write an answer first; nothing was changed.',
    notNow: (id, action, status) => `Ticket ${id} cannot ${EN_VERBS[action]} now: it is ${EN_STATUSES[status].toLowerCase()}.`,
  },
};
