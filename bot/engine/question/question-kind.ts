/**
 * What a question asks for, so the answer can give it: a verdict, a date, an actor, a figure,
 * a reason, an explanation, or a fact. Only verdict questions get a verdict line.
 */
import { Language, QuestionKind } from '../types';
import { foldDiacritics } from '../text/typos';


type Patterns = Record<Exclude<QuestionKind, 'fact'>, RegExp>;

// Checked in this order: "När får vi …?" asks when, "Varför får vi inte …?" asks why.
const PATTERNS: Record<Language, Patterns> = {
  sv: {
    why: /\bvarför\b|av (vilket|vilka) skäl|av vilken anledning|vad berodde|hur kommer det sig|vad var skälet/,
    when: /\bnär\b|vilket (år|datum)|vilken (dag|månad)|sedan när|från och med när|hur länge sedan/,
    who: /\bvem\b|\bvilka (var|är|har|gjorde|beslutade|tog)\b|\bvilken (myndighet|nämnd|domstol|organisation|kommun|instans|aktör)\b/,
    how_many: /\bhur (många|mycket|stor|stort|stora|länge|lång|långt|höga?|högt|dyrt)\b/,
    what_is: /^\s*(vad|vilken|vilket) (är|betyder|innebär|menas med)\b|^\s*förklara\b|^\s*vad står .* för\b/,
    verdict: /\b(får|kan|fick|måste|bör|ska|skall|borde)\b.*\b(använda|användas|lagra|lagras|spara|sparas|dela|delas|ha|ligga|lägga|läggas|mejla|mejlas|skicka|skickas|hantera|hanteras|behandla|behandlas|ladda|laddas|föra|förvara|förvaras|samla|köra|nyttja|ta emot)\b|\btillåt(et|en|na|s)?\b|\bok(ej|ay)?\b|\bgodkän(t|d|da)\b|\bfunkar\b|\blagligt\b|\bförbjud(et|en|na)\b/,
  },
  en: {
    why: /\bwhy\b|for what reason|what was the reason|how come/,
    when: /\bwhen\b|what (year|date|day|month)|which (year|date)|since when|how long ago/,
    who: /\bwho\b|\bwhom\b|\bwhich (authority|agency|body|board|court|organisation|organization|municipality|committee)\b/,
    how_many: /\bhow (many|much|long|big|large|high|expensive)\b/,
    what_is: /^\s*(what is|what's|what are|what does .* mean|what do .* mean|explain|define)\b/,
    verdict: /\b(may|can|could|should|must|shall|are|is|am)\b.*\b(use|used|store|stored|keep|kept|save|saved|share|shared|put|send|sent|have|hold|held|process|processed|handle|handled|upload|uploaded|email|e-mail|host|hosted|collect)\b|\b(allowed|permitted|ok|okay|fine|legal|lawful|compliant|forbidden|prohibited|banned)\b/,
  },
};

/** "Gäller beslutet fortfarande?": a question about whether a ruling still holds. */
const STILL_VALID: Record<Language, RegExp> = {
  sv: /\bfortfarande\b|\bännu giltig|\bän idag\b|\bgäller .*\b(idag|nu)\b|\binaktuell|\bföråldrad|\bomprövats?\b|\bändrats\b/,
  en: /\bstill\b|\bout of date\b|\boutdated\b|\bno longer\b|\bcurrent(ly)? valid\b|\bchanged since\b/,
};

export interface KindOfQuestion {
  kind: QuestionKind;
  /** Asks whether a ruling still holds: later law is answered first. */
  stillValid: boolean;
}

/** The patterns as a keyboard without å/ä/ö writes them: "far jag" is "får jag". */
const FOLDED = Object.fromEntries(Object.entries(PATTERNS).map(([language, patterns]) => [
  language,
  Object.fromEntries(Object.entries(patterns).map(([kind, pattern]) => [kind, new RegExp(foldDiacritics(pattern.source))])),
])) as Record<Language, Patterns>;

/** Whether the text asks what may be done ("får … lagra", "allowed"), whatever else it asks. */
export function asksWhatMayBeDone(text: string, language: Language): boolean {
  const lower = text.toLowerCase();
  return PATTERNS[language].verdict.test(lower) || FOLDED[language].verdict.test(foldDiacritics(lower));
}

export function kindOfQuestion(text: string, language: Language, namesPair: boolean): KindOfQuestion {
  const lower = text.toLowerCase();
  const folded = foldDiacritics(lower);
  const stillValid = STILL_VALID[language].test(lower);
  for (const kind of ['why', 'when', 'who', 'how_many', 'what_is', 'verdict'] as const) {
    if (!PATTERNS[language][kind].test(lower) && !FOLDED[language][kind].test(folded)) continue;
    // "Vad gäller för hälsodata i Teams?", "What is the outlook for health data in Teams?" ask for the verdict.
    return { kind: kind === 'what_is' && namesPair ? 'verdict' : kind, stillValid };
  }
  // "Hälsodata i Teams?" or "Gäller beslutet om hälsodata i Teams fortfarande?" names what a verdict decides.
  return { kind: namesPair ? 'verdict' : 'fact', stillValid };
}
