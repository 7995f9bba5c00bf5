/**
 * Documents newer than a ruling that bear on its pair without deciding it (a later law, a
 * judgment, another body's decision): what an admin should review, and what an answer that
 * rests on the ruling should mention. A document bears on a ruling when it names a service
 * in the ruling's service family and a data class in its data family (the id, its ancestors
 * and its descendants); naming no services or no data classes means every one.
 */
import { Concerns, FacetEntry, Glossary, DocumentInfo } from '../types';
import { ancestorsOf, descendantsOf } from '../knowledge/glossary';
import { ANY_SERVICE, RulingRef } from './decide-verdict';

export interface Pair {
  /** A glossary service id, or `any` for every service. */
  service: string;
  data: string;
}

/** Non-superseded documents whose `concerns` bear on the ruling's pair and that are dated after it, oldest first. */
export function laterDocumentsFor(ruling: RulingRef, documents: DocumentInfo[], glossary: Glossary): DocumentInfo[] {
  const after = ruling.document.date;
  return concerningDocuments(documents)
    .filter((document) => document.id !== ruling.document.id && document.date > after && bearsOn(document.concerns!, ruling.ruling, glossary))
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

const concerning = new WeakMap<DocumentInfo[], DocumentInfo[]>();

/** The documents that say what they concern and are not superseded: few, so each answer looks at these only. */
function concerningDocuments(documents: DocumentInfo[]): DocumentInfo[] {
  let found = concerning.get(documents);
  if (!found) {
    const superseded = new Set(documents.flatMap((d) => d.supersedes));
    found = documents.filter((document) => document.concerns !== undefined && !superseded.has(document.id));
    concerning.set(documents, found);
  }
  return found;
}

/** Whether `concerns` names something in the pair's service family and in its data family. */
export function bearsOn(concerns: Concerns, pair: Pair, glossary: Glossary): boolean {
  const services = pair.service === ANY_SERVICE ? undefined : familyOf(glossary.services, pair.service);
  const serviceMatches = concerns.services.length === 0 || services === undefined || concerns.services.some((id) => services.has(id));
  const data = familyOf(glossary.data, pair.data);
  const dataMatches = concerns.data.length === 0 || concerns.data.some((id) => data.has(id));
  return serviceMatches && dataMatches;
}

function familyOf(entries: Record<string, FacetEntry>, id: string): Set<string> {
  return new Set([id, ...ancestorsOf(entries, id), ...descendantsOf(entries, id)]);
}
