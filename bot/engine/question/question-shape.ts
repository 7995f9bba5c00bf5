/**
 * What shape a question has beyond its kind: asking which information (not whether), asking the
 * bot to do a task, or asking whether rulings (of a year) still hold without naming a pair.
 */
import { Language } from '../types';

/** Asking the bot to do something for the user: write, send, book, translate … "åt mig" / "for me". */
const TASK_REQUEST: Record<Language, RegExp> = {
  sv: /(?<!\p{L})(kan|skulle) du(?!\p{L}).*(?<!\p{L})(skriva|skicka|boka|översätta|formulera|göra|fixa|ordna|ringa|mejla|ta fram)(?!\p{L}).*(?<!\p{L})(åt|till) (mig|oss)(?!\p{L})|^\s*(skriv|skicka|boka|översätt|fixa) (ett|en|mig)(?!\p{L})/iu,
  en: /\b(can|could|would) you\b.*\b(write|send|book|translate|draft|make|set up|call|email)\b.*\bfor (me|us)\b|^\s*(write|send|book|translate|draft) (me|an?|the)\b/i,
};

/** "Vad får jag …", "Vilken information …", "What can I …", "Which data …": asks which information, not whether. */
const ASKS_WHICH: Record<Language, RegExp> = { sv: /(?<!\p{L})(vad|vilk(en|et|a))(?!\p{L})/iu, en: /\b(what|which)\b/i };

/** Whether a question on whether rulings still hold names which (a year, or "beslutet" / "the decision"); no pair is named. */
export function reviewAsked(text: string, language: Language): { year?: string } | undefined {
  const year = /\b(19|20)\d\d\b/.exec(text)?.[0];
  if (year) return { year };
  return (language === 'sv' ? /\bbeslut(et|en)?\b|\bregl(er|erna)\b/i : /\b(decisions?|rulings?|rules)\b/i).test(text) ? {} : undefined;
}

/** "Kan du skriva ett mejl åt mig?": a task for the bot, not a question about the rules. */
export function asksForTask(text: string, language: Language): boolean {
  return TASK_REQUEST[language].test(text);
}

/** "Vad får jag lagra i Teams?", "Which data is allowed in OneDrive?": which information, not whether. */
export function asksWhich(text: string, language: Language): boolean {
  return ASKS_WHICH[language].test(text);
}
