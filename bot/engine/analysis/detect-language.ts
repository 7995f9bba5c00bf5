/**
 * Swedish or English, by counting common function words. Questions are short and full of
 * English product names ("Customer Lockbox", "Cloud Act"), so function words and å/ä/ö are
 * the only reliable signal. Also used on whole knowledge-document paragraphs.
 */
import type { Language } from '../types';
import { isEnglishWord } from '../text/english-words';
import { isSwedishWordForm } from '../text/swedish-words';

// Words common in one language and rare in the other. Left out as ambiguous: 'i' (sv "in",
// en "I"), 'a' (en article, sv "2 a §"), 'it' (sv "IT-avdelningen"), 'under' (both).
const SWEDISH = new Set([
  'och', 'att', 'det', 'är', 'jag', 'får', 'få', 'vi', 'för', 'på', 'med', 'som', 'en', 'ett', 'om',
  'inte', 'vad', 'hur', 'kan', 'till', 'av', 'oss', 'vår', 'våra', 'vårt', 'du', 'ni', 'de', 'den',
  'har', 'ska', 'skall', 'måste', 'eller', 'men', 'från', 'när', 'var', 'vilka', 'vilken', 'varför',
  'också', 'sig', 'sin', 'hos', 'enligt', 'utan', 'där', 'detta', 'denna', 'dessa', 'mig', 'min',
  'bör', 'finns', 'vara', 'blir', 'vid', 'efter', 'mot', 'alla', 'något', 'några',
]);
const ENGLISH = new Set([
  'the', 'and', 'is', 'are', 'can', 'may', 'we', 'to', 'of', 'for', 'in', 'what', 'how', 'does',
  'do', 'our', 'with', 'on', 'this', 'that', 'be', 'not', 'or', 'my', 'you', 'an', 'which',
  'why', 'when', 'who', 'was', 'were', 'did', 'has', 'have', 'should', 'must', 'would', 'could',
  'will', 'shall', 'from', 'by', 'at', 'as', 'if', 'us', 'there', 'their', 'they', 'these', 'any',
]);
const SWEDISH_LETTERS = /[åäö]/;

interface Evidence {
  sv: number;
  en: number;
  /** Å/ä/ö anywhere: Swedish, whatever else the words say. */
  swedishLetters: boolean;
}

/** Function words of each language, and å/ä/ö (which count for Swedish even in content words). */
function evidenceOf(text: string): Evidence {
  const evidence: Evidence = { sv: 0, en: 0, swedishLetters: false };
  for (const [word] of text.toLowerCase().matchAll(/\p{L}+/gu)) {
    if (SWEDISH.has(word)) evidence.sv++;
    if (ENGLISH.has(word)) evidence.en++;
    if (SWEDISH_LETTERS.test(word)) {
      evidence.sv++;
      evidence.swedishLetters = true;
    }
  }
  return evidence;
}

export function detectLanguage(text: string): Language {
  const { sv, en } = evidenceOf(text);
  // Ties (including no evidence at all) go to Swedish, the bot's first language.
  return en > sv ? 'en' : 'sv';
}

/**
 * A question's language: by function words, and where they do not tell ("health data?", "help"),
 * by its words in lower case that only one language has: an English word no Swedish dictionary
 * holds, or the other way round. Still a tie (product names only): Swedish.
 */
export function detectQuestionLanguage(text: string): Language {
  const { sv, en, swedishLetters } = evidenceOf(text);
  if (sv !== en || swedishLetters) return en > sv ? 'en' : 'sv';
  let onlyEnglish = 0;
  let onlySwedish = 0;
  // Words written with a capital are names ("Customer Lockbox"), which say nothing of the language.
  for (const [word] of text.matchAll(/\p{L}+/gu)) {
    if (word.length < 3 || word !== word.toLowerCase()) continue;
    const english = isEnglishWord(word);
    const swedish = isSwedishWordForm(word);
    if (english && !swedish) onlyEnglish++;
    if (swedish && !english) onlySwedish++;
  }
  return onlyEnglish > onlySwedish ? 'en' : 'sv';
}
