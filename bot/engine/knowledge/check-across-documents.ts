/**
 * Checks that need the whole folder: duplicate ids, `supersedes` that point nowhere, and
 * rulings or `concerns` that name a service or data class the glossary lacks. Offending
 * files are left out.
 */
import { Glossary, KnowledgeDocument, KnowledgeProblem } from '../types';
import { YamlSource } from './yaml-source';

export interface LoadedDocument {
  document: KnowledgeDocument;
  /** Where the metadata came from, to name lines in problems. */
  metaSource?: { path: string; lineOf: YamlSource['lineOf'] };
}

export function checkAcrossDocuments(loaded: LoadedDocument[], glossary: Glossary | undefined): { documents: KnowledgeDocument[]; problems: KnowledgeProblem[] } {
  const problems: KnowledgeProblem[] = [];
  const at = (entry: LoadedDocument, field: PropertyKey[]) => ({
    path: entry.metaSource?.path ?? entry.document.path,
    line: entry.metaSource?.lineOf(field),
  });

  const firstById = new Map<string, LoadedDocument>();
  const unique = loaded.filter((entry) => {
    const first = firstById.get(entry.document.id);
    if (first) {
      problems.push({ ...at(entry, ['id']), message: `duplicate id '${entry.document.id}', already used by ${first.document.path}; ids must be unique` });
      return false;
    }
    firstById.set(entry.document.id, entry);
    return true;
  });

  const kept = unique.filter((entry) => {
    const before = problems.length;
    entry.document.supersedes.forEach((id, i) => {
      if (!firstById.has(id)) problems.push({ ...at(entry, ['supersedes', i]), message: `supersedes '${id}', which no document in the folder has as its id` });
      if (id === entry.document.id) problems.push({ ...at(entry, ['supersedes', i]), message: 'a document cannot supersede itself' });
    });
    if (glossary) {
      entry.document.rulings.forEach((ruling, i) => {
        if (ruling.service !== 'any' && !glossary.services[ruling.service]) {
          problems.push({ ...at(entry, ['rulings', i, 'service']), message: `ruling names service '${ruling.service}', which glossary.yml lacks; allowed: any, ${Object.keys(glossary.services).join(', ')}` });
        }
        if (!glossary.data[ruling.data]) {
          problems.push({ ...at(entry, ['rulings', i, 'data']), message: `ruling names data class '${ruling.data}', which glossary.yml lacks; allowed: ${Object.keys(glossary.data).join(', ')}` });
        }
      });
      const concerns = entry.document.concerns;
      concerns?.services.forEach((service, i) => {
        if (service === 'any') {
          // An empty list already means every service; 'any' there would say it twice.
          problems.push({ ...at(entry, ['concerns', 'services', i]), message: `concerns names service 'any'; leave concerns.services out or empty for every service; allowed: ${Object.keys(glossary.services).join(', ')}` });
        } else if (!glossary.services[service]) {
          problems.push({ ...at(entry, ['concerns', 'services', i]), message: `concerns names service '${service}', which glossary.yml lacks; allowed: ${Object.keys(glossary.services).join(', ')}` });
        }
      });
      concerns?.data.forEach((data, i) => {
        if (!glossary.data[data]) {
          problems.push({ ...at(entry, ['concerns', 'data', i]), message: `concerns names data class '${data}', which glossary.yml lacks; allowed: ${Object.keys(glossary.data).join(', ')}` });
        }
      });
    }
    return problems.length === before;
  });
  return { documents: kept.map((entry) => entry.document), problems };
}
