/**
 * What a sentence must hold to answer a kind of question: a date for "when", a figure for
 * "how many", a reason for "why", an actor for "who". Used to rank passages and pick quotes.
 */
import { Language, QuestionKind } from '../types';

const DATE = /\b(19|20)\d\d\b|\b\d{1,2} (januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|january|february|march|may|june|july|august|october)\b/i;
const FIGURE = /\b\d{1,3}(?:[ \u00a0,.]\d{3})+\b|\b\d+ ?(%|procent|percent|miljon(?:er)?|million|kronor|kr|sek|användare|users|år|years|månader|months|timmar|hours|dagar|days)\b|\b(tusen|thousand)\b/i;
/** A length of time in words, as "hur länge" and "how long" ask: "ett ettårigt avtal", "three years", "a one-year agreement". */
const DURATION = /(?<!\p{L})(ett|en|två|tre|fyra|fem|sex|tio|one|two|three|four|five|six|ten)[ -](år|års|månader|veckor|years?|months?|weeks?)(?![\p{L}-])|(?<!\p{L})(ett|två|tre|fyra|fem)årig(a|t)?(?!\p{L})|(?<!\p{L})(one|two|three|four|five)-year(?!\p{L})/iu;
const REASON: Record<Language, RegExp> = {
  sv: /\b(eftersom|därför att|därför|på grund av|med anledning av|efter att|sedan|skälet|orsaken|för att)\b/i,
  en: /\b(because|since|due to|owing to|as a result|the reason|after|so that|in order to)\b/i,
};
const ACTOR: Record<Language, RegExp> = {
  sv: /\b(nämnd(en)?|styrelse(n)?|myndighet(en)?|domstol(en)?|kommun(en)?|stad(en)?|regeringen|riksdagen|stadsjurist(en)?|säkerhetschef(en)?|förvaltning(en)?|jurist(er|erna)?|\p{Lu}\p{L}+)\b/u,
  en: /\b(board|court|authority|agency|city|government|parliament|lawyer|chief|administration|council|\p{Lu}\p{L}+)\b/u,
};

export function sentenceAnswersKind(sentence: string, kind: QuestionKind, language: Language): boolean {
  switch (kind) {
    case 'when': return DATE.test(sentence);
    case 'how_many': return FIGURE.test(sentence) || DURATION.test(sentence);
    case 'why': return REASON[language].test(sentence) || REASON[language === 'sv' ? 'en' : 'sv'].test(sentence);
    case 'who': return ACTOR[language].test(sentence.slice(1));
    default: return false;
  }
}
