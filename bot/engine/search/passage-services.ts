/**
 * Which services a passage speaks of (with its document's title, and the services its
 * document rules on), so that a question about one service is never answered with a passage
 * about another: a question on Dropbox is not answered by Göteborg's rules for Office 365.
 */
import { Glossary, DocumentInfo } from '../types';
import { ancestorsOf } from '../knowledge/glossary';
import { findFacetMatches } from '../facets/find-facets';
import { facetsOf } from '../facets/understand-facets';
import { Passage } from './passages';

const mentioned = new WeakMap<Passage, Set<string>>();

export function servicesInPassage(passage: Passage, document: DocumentInfo | undefined, glossary: Glossary): Set<string> {
  let services = mentioned.get(passage);
  if (!services) {
    const text = `${document?.title ?? ''}\n${passage.heading}\n${passage.text}`;
    services = new Set(facetsOf(findFacetMatches(text, passage.language, glossary)).services);
    for (const ruling of document?.rulings ?? []) services.add(ruling.service);
    // A document that says which services it concerns (later law, a judgment) speaks of them in every passage.
    for (const service of document?.concerns?.services ?? []) services.add(service);
    mentioned.set(passage, services);
  }
  return services;
}

/** The named services with their parents and children: a ruling or passage on any of them bears on the question. */
export function serviceFamily(named: string[], glossary: Glossary): Set<string> {
  const family = new Set<string>();
  for (const id of named) {
    ancestorsOf(glossary.services, id).forEach((ancestor) => family.add(ancestor));
    for (const other of Object.keys(glossary.services)) {
      if (ancestorsOf(glossary.services, other).includes(id)) family.add(other);
    }
  }
  return family;
}
