/**
 * Rulings that a newer, non-superseded `concerns` document bears on: what `knowledge check`
 * lists under "To review" and the admin page's review panel shows first.
 */
import { DocumentInfo, Glossary } from '../types';
import { RulingRef, activeRulings } from './decide-verdict';
import { laterDocumentsFor } from './later-documents';

export interface ReviewItem {
  ref: RulingRef;
  /** Oldest first. */
  later: DocumentInfo[];
}

export function rulingsToReview(documents: DocumentInfo[], glossary: Glossary): ReviewItem[] {
  return activeRulings(documents)
    .map((ref) => ({ ref, later: laterDocumentsFor(ref, documents, glossary) }))
    .filter((item) => item.later.length > 0);
}
