/**
 * Whether a question leans on the previous answer of the conversation, and what it borrows.
 * People chat: after "Får jag lagra hälsodata i Office 365?" comes "Och i Zoom då?", which names
 * only a service; the kind of information is the previous one. A question naming both sides, or
 * neither (a new topic), stands alone. "Varför?" alone asks about the previous verdict.
 */
import { ConversationContext, Facets, Language, QuestionKind } from '../types';
import { QuestionToken } from '../text/question-tokens';
import { foldDiacritics } from '../text/typos';

/** Words that mark a question as a continuation ("och … då?", "what about …?", "… också?"). */
const MARKERS: Record<Language, Set<string>> = {
  sv: new Set(['och', 'då', 'också', 'även', 'samma', 'detsamma', 'gäller', 'istället', 'stället', 'men', 'annars', 'likadant', 'dito']),
  en: new Set(['and', 'also', 'too', 'same', 'instead', 'apply', 'applies', 'about', 'what', 'how', 'then', 'but', 'either', 'as', 'well']),
};
const FOLDED_MARKERS: Record<Language, Set<string>> = {
  sv: new Set([...MARKERS.sv].map(foldDiacritics)),
  en: MARKERS.en,
};
/** More words of its own than this and the question is self-contained, marker or not. */
const MAX_OWN_WORDS = 2;

export interface QuestionSides {
  tokens: QuestionToken[];
  facets: Facets;
  /** Token positions a facet (or an unknown service, a sector) was read from. */
  claimed: Set<number>;
  /** A service the glossary lacks was named ("i Slack"): the service side is named. */
  namesUnknownService: boolean;
  /** A sector was named ("i förskolan"): the data side is named. */
  namesSector: boolean;
  kind: QuestionKind;
  /** Asks whether a ruling still holds ("Gäller det fortfarande?"). */
  stillValid: boolean;
}

export interface FollowUp {
  /** What the question is decided on: its own sides, and the previous answer's where it names none. */
  facets: Facets;
  /** The sides taken from the context. */
  carried: Facets;
  /** "Varför?" about the previous verdict. */
  why: boolean;
}

export function readFollowUp(question: QuestionSides, language: Language, context: ConversationContext | undefined): FollowUp | undefined {
  if (!context) return undefined;
  const namesService = question.facets.services.length > 0 || question.namesUnknownService;
  const namesData = question.facets.data.length > 0 || question.namesSector;
  const own = ownWords(question, language);
  const marked = question.tokens.some((t) => isMarker(t.word, language));
  const previousPair = context.facets.services.length > 0 || context.facets.data.length > 0;

  if (!namesService && !namesData) {
    // Only the answer just given, and only a verdict, is what "why" and "still" point at.
    const afterVerdict = context.decidedBy !== undefined && previousPair && (context.kind === 'verdict' || context.kind === 'why');
    // "Varför?", "Why is that?", "Varför beslutade de så?": hardly anything of its own but the asking.
    if (question.kind === 'why' && own <= 1 && afterVerdict) return { facets: context.facets, carried: context.facets, why: true };
    // "Gäller det fortfarande?", "Is that still valid?": the same pair, later law first.
    // "Vilka villkor gäller?", "What are the requirements?": the same pair, whose answer lists them.
    const asksConditions = question.tokens.some((t) => CONDITION_WORDS[language].has(t.word));
    if ((question.stillValid || asksConditions) && own <= MAX_OWN_WORDS && afterVerdict) return { facets: context.facets, carried: context.facets, why: false };
    // "What if we encrypt it?", "Om vi krypterar filerna då?": the same pair, with a measure of the asker's own; the ruling and its conditions answer.
    if (isHypothetical(question.tokens, language) && own <= MAX_OWN_WORDS_POINTING_BACK && afterVerdict) return { facets: context.facets, carried: context.facets, why: false };
    return undefined;
  }
  if (namesService && namesData) return undefined;
  if (own > MAX_OWN_WORDS || (own > 0 && !marked)) return undefined;
  const carried: Facets = { services: namesService ? [] : context.facets.services, data: namesData ? [] : context.facets.data };
  if (carried.services.length === 0 && carried.data.length === 0) return undefined;
  return {
    facets: { services: [...question.facets.services, ...carried.services], data: [...question.facets.data, ...carried.data] },
    carried,
    why: false,
  };
}

/** Words that ask for a verdict's conditions. */
const CONDITION_WORDS: Record<Language, Set<string>> = {
  sv: new Set(['villkor', 'villkoren', 'villkoret', 'krav', 'kraven', 'krävs', 'förutsättningar', 'förutsättningarna']),
  en: new Set(['condition', 'conditions', 'requirement', 'requirements', 'required', 'prerequisites', 'caveats']),
};

/** "What if …", "Och om vi …": a question that opens by supposing something of the asker's own. */
function isHypothetical(tokens: QuestionToken[], language: Language): boolean {
  const [first, second, third] = tokens.map((t) => t.word);
  if (language === 'en') return (first === 'what' || first === 'and' || first === 'but') && second === 'if' ? true : first === 'if' || first === 'suppose';
  const opens = first === 'om' ? second : (first === 'och' || first === 'men') && second === 'om' ? third : undefined;
  return opens === 'vi' || opens === 'jag' || opens === 'man' || opens === 'det';
}

/** Words that point back at what was just said ("När kom det?", "Who decided that?"). */
const BACK_REFERENCES: Record<Language, Set<string>> = {
  sv: new Set(['det', 'den', 'dem', 'de', 'detta', 'denna', 'dessa', 'där', 'dit', 'dom']),
  en: new Set(['it', 'that', 'this', 'they', 'them', 'those', 'these', 'there', 'its']),
};
/** A question pointing back has at most this many words of its own; more, and it has a subject of its own. */
const MAX_OWN_WORDS_POINTING_BACK = 3;

/**
 * The documents a short question that names no side but points back ("När kom det?", "When was
 * it signed?") is about: those the previous answer cited first. Undefined when it stands alone.
 */
export function readBackReference(question: QuestionSides, language: Language, context: ConversationContext | undefined): string[] | undefined {
  if (!context || context.citedIds.length === 0) return undefined;
  if (question.facets.services.length > 0 || question.facets.data.length > 0 || question.namesUnknownService || question.namesSector) return undefined;
  if (!question.tokens.some((t) => BACK_REFERENCES[language].has(t.word))) return undefined;
  if (ownWords(question, language) > MAX_OWN_WORDS_POINTING_BACK) return undefined;
  return context.citedIds.slice(0, 1);
}

/** Words that are neither function words, facets nor continuation markers: what the question says by itself. */
function ownWords(question: QuestionSides, language: Language): number {
  return question.tokens.filter((t, i) => !t.functionWord && !question.claimed.has(i) && !isMarker(t.word, language) && !/^\d+$/.test(t.word)).length;
}

function isMarker(word: string, language: Language): boolean {
  return MARKERS[language].has(word) || FOLDED_MARKERS[language].has(foldDiacritics(word));
}
