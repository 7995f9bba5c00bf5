/** Turns zod issues into knowledge problems that name the line and say what is allowed. */
import { z } from 'zod';
import { KnowledgeProblem } from '../types';
import { YamlSource } from './yaml-source';

export function zodProblems(error: z.ZodError, source: YamlSource, path: string): KnowledgeProblem[] {
  return error.issues.map((issue) => {
    const where = issue.path.length > 0 ? `'${issue.path.join('.')}': ` : '';
    // An unknown field is on its own line, not on the line where its mapping starts.
    const at = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]] : issue.path;
    return { path, line: source.lineOf(at), message: where + describeIssue(issue) };
  });
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_value':
      return `${issue.message}; allowed: ${issue.values.map(String).join(', ')}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `'${k}'`).join(', ')}`;
    default:
      return issue.message;
  }
}
