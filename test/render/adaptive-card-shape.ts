/**
 * A structural check of card JSON against the Adaptive Card 1.5 schema for the elements and
 * actions our cards use: known types, no unknown properties, required ones present, enum values
 * valid, and elements only where the schema allows them. Not a full JSON Schema validator.
 * Also small readers of our expanded card for the tests.
 */
import { Answer } from '../../bot/engine/types';
import { expandAnswerCard, toAnswerCardModel } from '../../bot/render/answer-card';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const ELEMENT_COMMON = ['type', 'fallback', 'height', 'separator', 'spacing', 'id', 'isVisible', 'requires'];
const ACTION_COMMON = ['type', 'title', 'iconUrl', 'id', 'style', 'fallback', 'tooltip', 'isEnabled', 'mode', 'requires'];
const TEXT_STYLE = ['color', 'fontType', 'isSubtle', 'size', 'weight'];

interface Shape {
  kind: 'element' | 'inline' | 'action' | 'row' | 'cell';
  allowed: string[];
  required: string[];
}

const SHAPES: Record<string, Shape> = {
  TextBlock: { kind: 'element', allowed: [...ELEMENT_COMMON, ...TEXT_STYLE, 'text', 'horizontalAlignment', 'maxLines', 'wrap', 'style'], required: ['text'] },
  RichTextBlock: { kind: 'element', allowed: [...ELEMENT_COMMON, 'inlines', 'horizontalAlignment'], required: ['inlines'] },
  Container: {
    kind: 'element',
    allowed: [...ELEMENT_COMMON, 'items', 'selectAction', 'style', 'verticalContentAlignment', 'bleed', 'backgroundImage', 'minHeight', 'rtl'],
    required: ['items'],
  },
  Table: {
    kind: 'element',
    allowed: [...ELEMENT_COMMON, 'columns', 'rows', 'firstRowAsHeaders', 'showGridLines', 'gridStyle', 'horizontalCellContentAlignment', 'verticalCellContentAlignment'],
    required: [],
  },
  TableRow: { kind: 'row', allowed: ['type', 'cells', 'style', 'horizontalCellContentAlignment', 'verticalCellContentAlignment'], required: [] },
  TableCell: { kind: 'cell', allowed: ['type', 'items', 'style', 'selectAction', 'verticalContentAlignment', 'bleed', 'backgroundImage', 'minHeight', 'rtl'], required: ['items'] },
  ActionSet: { kind: 'element', allowed: [...ELEMENT_COMMON, 'actions'], required: ['actions'] },
  'Input.Text': {
    kind: 'element',
    allowed: [...ELEMENT_COMMON, 'isMultiline', 'maxLength', 'placeholder', 'regex', 'style', 'inlineAction', 'value', 'errorMessage', 'isRequired', 'label'],
    required: ['id'],
  },
  TextRun: {
    kind: 'inline',
    allowed: ['type', ...TEXT_STYLE, 'text', 'highlight', 'italic', 'selectAction', 'strikethrough', 'underline'],
    required: ['text'],
  },
  'Action.Submit': { kind: 'action', allowed: [...ACTION_COMMON, 'data', 'associatedInputs'], required: [] },
  'Action.OpenUrl': { kind: 'action', allowed: [...ACTION_COMMON, 'url'], required: ['url'] },
  'Action.ShowCard': { kind: 'action', allowed: [...ACTION_COMMON, 'card'], required: ['card'] },
};

const CARD_PROPS = ['type', 'version', 'refresh', 'authentication', 'body', 'actions', 'selectAction', 'fallbackText',
  'backgroundImage', 'minHeight', 'rtl', 'speak', 'lang', 'verticalContentAlignment', '$schema', 'msteams'];

const ENUMS: Record<string, string[]> = {
  color: ['default', 'dark', 'light', 'accent', 'good', 'warning', 'attention'],
  size: ['default', 'small', 'medium', 'large', 'extralarge'],
  weight: ['default', 'lighter', 'bolder'],
  spacing: ['default', 'none', 'small', 'medium', 'large', 'extralarge', 'padding'],
  horizontalAlignment: ['left', 'center', 'right'],
};
const STYLE_ENUMS: Record<Shape['kind'], string[]> = {
  element: ['default', 'heading', 'emphasis', 'good', 'attention', 'warning', 'accent', 'text', 'tel', 'url', 'email', 'password'],
  inline: [],
  action: ['default', 'positive', 'destructive'],
  row: ['default', 'emphasis', 'good', 'attention', 'warning', 'accent'],
  cell: ['default', 'emphasis', 'good', 'attention', 'warning', 'accent'],
};

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every problem found, each with its JSON path; empty when the card fits. */
export function cardProblems(card: unknown, path = '$', topLevel = true): string[] {
  const problems: string[] = [];
  const node = card as Json;
  if (!isObject(node) || node.type !== 'AdaptiveCard') return [`${path}: not an AdaptiveCard`];
  for (const key of Object.keys(node)) if (!CARD_PROPS.includes(key)) problems.push(`${path}.${key}: unknown card property`);
  if (topLevel && node.version !== '1.5') problems.push(`${path}.version: expected "1.5"`);
  checkList(node.body, 'element', `${path}.body`, problems);
  checkList(node.actions, 'action', `${path}.actions`, problems);
  return problems;
}

function checkList(list: Json | undefined, kind: Shape['kind'], path: string, problems: string[]): void {
  if (list === undefined) return;
  if (!Array.isArray(list)) return void problems.push(`${path}: expected an array`);
  list.forEach((item, i) => checkItem(item, kind, `${path}[${i}]`, problems));
}

function checkItem(item: Json, kind: Shape['kind'], path: string, problems: string[]): void {
  const shape = isObject(item) && typeof item.type === 'string' ? SHAPES[item.type] : undefined;
  if (!isObject(item) || !shape) return void problems.push(`${path}: unknown type ${JSON.stringify(isObject(item) ? item.type : item)}`);
  if (shape.kind !== kind) problems.push(`${path}: ${String(item.type)} is not allowed where an ${kind} is expected`);
  for (const key of Object.keys(item)) if (!shape.allowed.includes(key)) problems.push(`${path}.${key}: not a ${String(item.type)} property`);
  for (const key of shape.required) if (item[key] === undefined) problems.push(`${path}.${key}: required`);
  for (const [key, values] of Object.entries({ ...ENUMS, style: STYLE_ENUMS[shape.kind] })) {
    const value = item[key];
    if (value !== undefined && (typeof value !== 'string' || !values.includes(value.toLowerCase()))) {
      problems.push(`${path}.${key}: ${JSON.stringify(value)} is not one of ${values.join(', ')}`);
    }
  }
  if (typeof item.text === 'string' && item.text.length === 0) problems.push(`${path}.text: empty`);
  if (item.type === 'Action.OpenUrl' && !/^https?:\/\//.test(String(item.url))) problems.push(`${path}.url: not http(s)`);
  checkList(item.items, 'element', `${path}.items`, problems);
  checkList(item.inlines, 'inline', `${path}.inlines`, problems);
  checkList(item.actions, 'action', `${path}.actions`, problems);
  checkList(item.rows, 'row', `${path}.rows`, problems);
  checkList(item.cells, 'cell', `${path}.cells`, problems);
  if (item.type === 'Table' && Array.isArray(item.rows) && Array.isArray(item.columns)) {
    const columns = item.columns.length;
    item.rows.forEach((row, i) => {
      if (isObject(row) && Array.isArray(row.cells) && row.cells.length !== columns) problems.push(`${path}.rows[${i}]: ${row.cells.length} cells for ${columns} columns`);
    });
  }
  if (item.card !== undefined) problems.push(...cardProblems(item.card, `${path}.card`, false));
}

/** All objects of one `type` anywhere in the card, in document order. */
export function findAll(node: unknown, type: string): JsonObject[] {
  const found: JsonObject[] = [];
  const visit = (value: Json): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!isObject(value)) return;
    if (value.type === type) found.push(value);
    Object.values(value).forEach(visit);
  };
  visit(node as Json);
  return found;
}

export type Card = Record<string, unknown> & { body: Record<string, unknown>[]; actions: Record<string, unknown>[] };

/** The answer log id the test cards carry (22 base64url characters, like a real one). */
export const TEST_ANSWER_ID = 'TestAnswerId0123456789';

/** The expanded card JSON for an answer, without the attachment wrapper. */
export function cardOf(answer: Answer): Card {
  return expandAnswerCard(toAnswerCardModel(answer, TEST_ANSWER_ID)) as Card;
}

/** The text of every TextBlock and TextRun, in document order. */
export function texts(card: unknown): string[] {
  return [...findAll(card, 'TextBlock'), ...findAll(card, 'TextRun')].map((node) => String(node.text));
}

export function allText(card: unknown): string {
  return texts(card).join('\n');
}
