/**
 * Passages are what the index finds and the answer quotes: a section, or a run of its
 * paragraphs when the section is long, each knowing its document and its own language
 * (a Swedish document's English summary is stemmed as English).
 */
import { KnowledgeDocument, Language } from '../types';
import { detectLanguage } from '../analysis/detect-language';

export interface Passage {
  id: string;
  docId: string;
  heading: string;
  text: string;
  language: Language;
}

const MAX_PASSAGE_CHARS = 700;

export function cutPassages(document: KnowledgeDocument): Passage[] {
  const passages: Passage[] = [];
  for (const section of document.sections) {
    for (const text of groupParagraphs(section.text)) {
      // Short texts say too little about their language; the document's is the better guess.
      const language = text.length >= 80 ? detectLanguage(text) : document.language;
      passages.push({ id: `${document.id}#${passages.length}`, docId: document.id, heading: section.heading, text, language });
    }
  }
  return passages;
}

function groupParagraphs(text: string): string[] {
  const groups: string[] = [];
  let current = '';
  for (const paragraph of text.split(/\n{2,}/).map((p) => p.trim()).filter(Boolean)) {
    if (current && current.length + paragraph.length > MAX_PASSAGE_CHARS) {
      groups.push(current);
      current = paragraph;
    } else {
      current = current ? `${current}\n\n${paragraph}` : paragraph;
    }
  }
  if (current) groups.push(current);
  return groups;
}
