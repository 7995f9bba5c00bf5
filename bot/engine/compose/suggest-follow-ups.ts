/**
 * Up to three questions a reader may ask next, built from what the answer decided and cited:
 * the same service with the nearest kind of information that gets a stricter or a looser
 * verdict, the terms that its later documents and its citations explain (`explains:` in their
 * metadata). Each is written so the engine reads it back as meant: a class question whose
 * facets would not round-trip is left out, never offered to fail.
 */
import { Answer, Facets, Language, VERDICTS } from '../types';
import { KnowledgeBase } from '../knowledge-base';
import { decideVerdict } from '../verdict/decide-verdict';
import { textIn } from '../text/localized-text';
import { ANSWER_STRINGS } from '../strings/answer';

export const MAX_SUGGESTIONS = 3;

/** `readFacets`: how the engine would read a question's services and data classes. */
export function suggestFollowUps(answer: Omit<Answer, 'answer' | 'suggestions'>, base: KnowledgeBase, readFacets: (text: string) => Facets): string[] {
  const { language } = answer;
  const asked = answer.question.toLowerCase();
  const variants = classVariants(answer, base, readFacets);
  const termsOf = (ids: string[]) =>
    ids.flatMap((id) => (base.documentsById.get(id)?.explains ?? []).map((t) => textIn(t, language))).filter((term) => term && !asked.includes(term.toLowerCase()));
  const laterIds = answer.caveats.filter((c) => c.kind === 'later-document').map((c) => c.source.id);
  const caveatTerms = termsOf(laterIds).map((t) => ANSWER_STRINGS[language].suggestWhatIs(t));
  const citedTerms = termsOf(answer.citations.map((c) => c.id).filter((id) => !laterIds.includes(id))).map((t) => ANSWER_STRINGS[language].suggestWhatIs(t));
  // One of each kind first, then the rest: a class to compare, a newer rule, a term.
  const lists = [variants, caveatTerms, citedTerms];
  const picked: string[] = [];
  for (let round = 0; picked.length < MAX_SUGGESTIONS && lists.some((l) => l.length > round); round++) {
    for (const list of lists) {
      const candidate = list[round];
      if (candidate && !picked.includes(candidate) && picked.length < MAX_SUGGESTIONS) picked.push(candidate);
    }
  }
  return picked;
}

/** The nearest stricter and the nearest looser kind of information for the answer's one service. */
function classVariants(answer: Omit<Answer, 'answer' | 'suggestions'>, base: KnowledgeBase, readFacets: (text: string) => Facets): string[] {
  if (!answer.verdict || answer.facets.services.length !== 1 || answer.facets.data.length === 0) return [];
  const service = answer.facets.services[0];
  const current = VERDICTS.indexOf(answer.verdict);
  const decided = Object.keys(base.glossary.data)
    .filter((id) => !answer.facets.data.includes(id))
    .flatMap((data) => {
      const verdict = decideVerdict({ services: [service], data: [data] }, base.rulings, base.glossary).verdict;
      return verdict ? [{ data, rank: VERDICTS.indexOf(verdict) }] : [];
    });
  const stricter = decided.filter((d) => d.rank > current).sort((a, b) => a.rank - b.rank)[0];
  const looser = decided.filter((d) => d.rank < current).sort((a, b) => b.rank - a.rank)[0];
  return [looser, stricter].flatMap((d) => (d ? phrased(service, d.data, answer.language, base, readFacets) : []));
}

/** "Får jag lagra internt material i Office 365?", with the first wording the engine reads back as this pair. */
function phrased(service: string, data: string, language: Language, base: KnowledgeBase, readFacets: (text: string) => Facets): string[] {
  const serviceEntry = base.glossary.services[service];
  const dataEntry = base.glossary.data[data];
  if (!serviceEntry || !dataEntry) return [];
  const s = ANSWER_STRINGS[language];
  for (const words of [dataEntry.label[language], ...dataEntry.synonyms]) {
    const question = s.suggestPair(words, serviceEntry.label[language]);
    const read = readFacets(question);
    if (read.services.length === 1 && read.services[0] === service && read.data.length === 1 && read.data[0] === data) return [question];
  }
  return [];
}
