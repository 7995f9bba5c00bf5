/**
 * A greeting or a thank-you on its own ("hej!", "tack så mycket", "thanks 🙂"): people write
 * them to a chatbot as to a colleague, and "I cannot find anything in the sources" is the wrong
 * reply. The wording picks the language. Anything longer is a question as usual.
 */
import { Language } from '../../engine';

export interface SmallTalk {
  kind: 'greeting' | 'thanks';
  language: Language;
}

const PHRASES = new Map<string, SmallTalk>();
const add = (kind: SmallTalk['kind'], language: Language, phrases: string[]) => phrases.forEach((p) => PHRASES.set(p, { kind, language }));
add('greeting', 'sv', ['hej', 'hejsan', 'hej hej', 'hallå', 'tjena', 'tjenare', 'tja', 'god morgon', 'godmorgon', 'goddag', 'god eftermiddag']);
add('greeting', 'en', ['hi', 'hello', 'hey', 'hiya', 'good morning', 'good afternoon']);
add('thanks', 'sv', ['tack', 'tack tack', 'tack så mycket', 'tusen tack', 'stort tack', 'tackar', 'ok tack', 'okej tack', 'tack för hjälpen', 'tack för svaret']);
add('thanks', 'en', ['thanks', 'thank you', 'thank you very much', 'thanks a lot', 'many thanks', 'thx', 'ty', 'cheers', 'ok thanks', 'thanks for the help']);

/** The bot's own name may close a greeting ("hej Molnkoll"). */
const BOT_NAME = /\s+molnkoll$/;

export function readSmallTalk(text: string): SmallTalk | null {
  const words = text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(BOT_NAME, '');
  return PHRASES.get(words) ?? null;
}
