/**
 * YAML parsed with its positions kept, so a validation problem can name the line an admin
 * has to fix, not only the file.
 */
import { Document, LineCounter, isNode, parseDocument, visit } from 'yaml';

export interface YamlSource {
  value: unknown;
  /** Syntax errors, each with its line. */
  errors: { line?: number; message: string }[];
  /** The 1-based line of the value at `path` (or of its nearest existing parent). */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/**
 * How many alias expansions (`*name`) one document may cost. Front matter needs few or none;
 * an "alias bomb" (billion laughs) nests aliases of aliases to expand into billions of nodes.
 */
export const MAX_ALIAS_COUNT = 100;

/** `firstLine` is the line of the file where this YAML starts (front matter starts at 2). */
export function parseYamlSource(text: string, firstLine = 1): YamlSource {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toFileLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const errors = doc.errors.map((error) => ({
    line: error.pos ? toFileLine(error.pos[0]) : undefined,
    message: error.message.split('\n')[0],
  }));
  const value = errors.length === 0 ? toValue(doc, toFileLine, errors) : undefined;
  return {
    value,
    errors,
    lineOf(path) {
      for (let depth = path.length; depth >= 0; depth--) {
        const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as unknown[], true);
        if (isNode(node) && node.range) return toFileLine(node.range[0]);
      }
      return undefined;
    },
  };
}

/** The document as plain values; an expansion past MAX_ALIAS_COUNT becomes an error at the first alias, not a throw. */
function toValue(doc: Document, toFileLine: (offset: number) => number, errors: YamlSource['errors']): unknown {
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    let firstAlias: number | undefined;
    visit(doc, {
      Alias(_key, node) {
        firstAlias = node.range?.[0];
        return visit.BREAK;
      },
    });
    const cause = error instanceof Error ? error.message : String(error);
    const message = /alias/i.test(cause)
      ? `aliases (*name) expand to more than ${MAX_ALIAS_COUNT} copies, as in an alias bomb; write the values out instead of repeating aliases`
      : `the YAML could not be read (${cause.split('\n')[0]})`;
    errors.push({ line: firstAlias === undefined ? undefined : toFileLine(firstAlias), message });
    return undefined;
  }
}
