/**
 * Words that shape a question but say nothing about its topic ("how big", "what does it
 * mean", "did they get"). They are still searched, but a passage is not judged less
 * relevant for lacking them: "Hur stor avgift fick Tele2?" is about the fine and Tele2.
 */
import { Language } from '../types';
import { stemWord } from './normalize';

const QUESTION_WORDS: Record<Language, string[]> = {
  sv: ['enligt', 'räcker', 'hände', 'hänt', 'stor', 'stora', 'lång', 'långt', 'länge', 'många', 'mycket', 'fick', 'få', 'fått', 'gör', 'göra', 'gjorde', 'finns', 'fanns', 'gäller', 'gällde', 'säger', 'sa', 'sade', 'menas', 'betyder', 'innebär', 'egentligen', 'ungefär', 'just', 'nu', 'idag', 'veta', 'vet', 'undrar', 'fråga', 'snälla', 'tack', 'hej',
    // What people add in chat around the question: hearsay, checking, filler.
    'hört', 'hörde', 'sant', 'stämmer', 'rätt', 'läget', 'typ', 'liksom', 'tydligen', 'sagt', 'sagts', 'påstår', 'chefen', 'kollega', 'kollegan', 'kollegor', 'grej', 'grejen', 'grejer', 'saker', 'grejs', 'alls',
    // Asking for someone's view: what they thought is the rest of the question.
    'tycker', 'tyckte', 'tyckt', 'anser', 'ansåg', 'ansett', 'gett', 'gav', 'ge', 'något', 'några', 'besked',
    // Words for information in general: what it is about is the rest of the question (or its facets).
    'fil', 'filer', 'filerna', 'filen', 'dokument', 'dokumenten', 'dokumentet'],
  en: ['according', 'enough', 'come', 'came', 'happened', 'big', 'large', 'long', 'many', 'much', 'get', 'got', 'gets', 'say', 'says', 'said', 'mean', 'means', 'meant', 'exactly', 'actually', 'now', 'today', 'know', 'wonder', 'please', 'thanks', 'hi', 'hello', 'tell',
    'heard', 'hear', 'true', 'right', 'correct', 'deal', 'status', 'stuff', 'thing', 'things', 'whats', 'wondering', 'guess', 'think', 'thought', 'told', 'manager', 'boss', 'colleague', 'colleagues', 'basically', 'really', 'anyway', 'btw', 'apparently', 'claims', 'claimed', 'view', 'opinion', 'position', 'given', 'gave', 'give',
    'file', 'files', 'document', 'documents', 'doc', 'docs'],
};

const STEMMED: Record<Language, Set<string>> = {
  sv: new Set(QUESTION_WORDS.sv.map((w) => stemWord(w, 'sv'))),
  en: new Set(QUESTION_WORDS.en.map((w) => stemWord(w, 'en'))),
};

export function isQuestionWord(stem: string, language: Language): boolean {
  return STEMMED[language].has(stem);
}

/** Words that ask whether something may be done: such a question needs a data class for a verdict. */
const PERMISSION_WORDS: Record<Language, string[]> = {
  sv: ['får', 'tillåtet', 'tillåten', 'tillåts', 'okej', 'ok', 'lagra', 'spara', 'använda', 'dela', 'skicka', 'mejla', 'lägga'],
  en: ['may', 'allowed', 'permitted', 'ok', 'okay', 'store', 'save', 'use', 'share', 'send', 'put', 'keep'],
};

const PERMISSION_SETS: Record<Language, Set<string>> = { sv: new Set(PERMISSION_WORDS.sv), en: new Set(PERMISSION_WORDS.en) };

export function isPermissionWord(word: string, language: Language): boolean {
  return PERMISSION_SETS[language].has(word);
}

export function asksPermission(words: string[], language: Language): boolean {
  return words.some((word) => isPermissionWord(word, language));
}
