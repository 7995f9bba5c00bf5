/**
 * `glossary.yml`: the services and data classes that rulings and questions name, their
 * synonyms in Swedish and English, their parents, and an optional bilingual term list.
 */
import { z } from 'zod';
import { FacetEntry, Glossary, KnowledgeProblem } from '../types';
import { parseYamlSource } from './yaml-source';
import { zodProblems } from './zod-problems';

export const GLOSSARY_FILE = 'glossary.yml';
export const KEBAB_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const words = z.array(z.string().min(1));
const facetSchema = z.strictObject({
  parent: z.string().optional(),
  label: z.strictObject({ sv: z.string().min(1), en: z.string().min(1) }),
  synonyms: words.min(1, 'list at least one synonym'),
  everyday: z.strictObject({ sv: words.optional(), en: words.optional() }).optional(),
  generic: words.optional(),
  sectors: words.optional(),
  interpretations: z.array(z.strictObject({
    terms: words.min(1),
    reading: z.strictObject({ sv: z.string().min(1), en: z.string().min(1) }),
  })).optional(),
});
const facetsSchema = z.record(z.string().regex(KEBAB_ID, 'ids are lowercase kebab-case'), facetSchema);
const glossarySchema = z.strictObject({
  services: facetsSchema,
  data: facetsSchema,
  terms: z.array(z.strictObject({ sv: z.array(z.string().min(1)), en: z.array(z.string().min(1)) })).default([]),
  ordinary_data: z.string().optional(),
});

export interface GlossaryResult {
  glossary?: Glossary;
  problems: KnowledgeProblem[];
}

export function parseGlossary(text: string, path = GLOSSARY_FILE): GlossaryResult {
  const source = parseYamlSource(text);
  if (source.errors.length > 0) {
    return { problems: source.errors.map((e) => ({ path, line: e.line, message: `YAML syntax: ${e.message}` })) };
  }
  const parsed = glossarySchema.safeParse(source.value ?? {}, { reportInput: true });
  if (!parsed.success) return { problems: zodProblems(parsed.error, source, path, glossarySchema) };

  const problems: KnowledgeProblem[] = [];
  const toEntries = (section: 'services' | 'data') => {
    const raw = parsed.data[section];
    const entries: Record<string, FacetEntry> = {};
    for (const [id, entry] of Object.entries(raw)) {
      if (entry.parent !== undefined && !(entry.parent in raw)) {
        problems.push({ path, line: source.lineOf([section, id, 'parent']), message: `'${section}.${id}.parent' names '${entry.parent}', which is not in '${section}'; allowed: ${Object.keys(raw).join(', ')}` });
      }
      entries[id] = { id, ...entry };
    }
    for (const id of Object.keys(entries)) {
      if (hasCycle(entries, id)) problems.push({ path, line: source.lineOf([section, id, 'parent']), message: `'${section}.${id}' is its own ancestor` });
    }
    return entries;
  };
  const glossary: Glossary = { services: toEntries('services'), data: toEntries('data'), terms: parsed.data.terms };
  const ordinary = parsed.data.ordinary_data;
  if (ordinary !== undefined) {
    if (ordinary in glossary.data) glossary.ordinaryData = ordinary;
    else problems.push({ path, line: source.lineOf(['ordinary_data']), message: `'ordinary_data' names '${ordinary}', which is not in 'data'; allowed: ${Object.keys(glossary.data).join(', ')}` });
  }
  if ('any' in glossary.services) problems.push({ path, line: source.lineOf(['services', 'any']), message: "'any' is reserved for rulings that apply to every service" });
  return problems.length > 0 ? { problems } : { glossary, problems };
}

function hasCycle(entries: Record<string, FacetEntry>, start: string): boolean {
  const seen = new Set<string>();
  for (let id: string | undefined = start; id !== undefined; id = entries[id]?.parent) {
    if (seen.has(id)) return true;
    seen.add(id);
  }
  return false;
}

/** The id itself, then its parent, grandparent… (nearest first). */
export function ancestorsOf(entries: Record<string, FacetEntry>, id: string): string[] {
  const chain: string[] = [];
  for (let current: string | undefined = id; current !== undefined && entries[current]; current = entries[current].parent) {
    chain.push(current);
  }
  return chain;
}

/** Every id below `id` (children, grandchildren…), not the id itself. */
export function descendantsOf(entries: Record<string, FacetEntry>, id: string): string[] {
  return Object.keys(entries).filter((other) => other !== id && ancestorsOf(entries, other).includes(id));
}
