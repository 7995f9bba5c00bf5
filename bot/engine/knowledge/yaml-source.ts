/**
 * YAML parsed with its positions kept, so a validation problem can name the line an admin
 * has to fix, not only the file.
 */
import { Document, LineCounter, isNode, parseDocument } from 'yaml';

export interface YamlSource {
  value: unknown;
  /** Syntax errors, each with its line. */
  errors: { line?: number; message: string }[];
  /** The 1-based line of the value at `path` (or of its nearest existing parent). */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/** `firstLine` is the line of the file where this YAML starts (front matter starts at 2). */
export function parseYamlSource(text: string, firstLine = 1): YamlSource {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toFileLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const errors = doc.errors.map((error) => ({
    line: error.pos ? toFileLine(error.pos[0]) : undefined,
    message: error.message.split('\n')[0],
  }));
  return {
    value: errors.length === 0 ? doc.toJS() : undefined,
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
