/** Turns zod issues into knowledge problems that name the line and say what is allowed. */
import { z } from 'zod';
import { KnowledgeProblem } from '../types';
import { YamlSource } from './yaml-source';

/** `schema` is the one that was parsed: it tells which fields an unknown field could have been. */
export function zodProblems(error: z.ZodError, source: YamlSource, path: string, schema?: z.ZodType): KnowledgeProblem[] {
  return error.issues.map((issue) => {
    const where = issue.path.length > 0 ? `'${issue.path.join('.')}': ` : '';
    // An unknown field is on its own line, not on the line where its mapping starts.
    const at = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]] : issue.path;
    return { path, line: source.lineOf(at), message: where + describeIssue(issue, schema) };
  });
}

function describeIssue(issue: z.core.$ZodIssue, schema: z.ZodType | undefined): string {
  switch (issue.code) {
    case 'invalid_value':
      return `${JSON.stringify(issue.input)} is not allowed; allowed: ${issue.values.map(String).join(', ')}`;
    case 'unrecognized_keys': {
      const fields = schema && fieldsAt(schema, issue.path);
      const allowed = fields ? `; allowed: ${fields.join(', ')}` : '';
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `'${k}'`).join(', ')}${allowed}`;
    }
    default:
      return issue.message;
  }
}

/** The field names of the object schema found by following `path` into `schema`. */
function fieldsAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): string[] | undefined {
  let current: z.core.$ZodType | undefined = unwrap(schema);
  for (const key of path) {
    if (current instanceof z.ZodObject) current = typeof key === 'string' ? current.shape[key] : undefined;
    else if (current instanceof z.ZodArray) current = current.element;
    else if (current instanceof z.ZodRecord) current = current.valueType;
    else return undefined;
    current = current && unwrap(current);
  }
  return current instanceof z.ZodObject ? Object.keys(current.shape) : undefined;
}

function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  return schema instanceof z.ZodDefault || schema instanceof z.ZodOptional ? unwrap(schema.unwrap()) : schema;
}
