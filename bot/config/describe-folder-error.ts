/**
 * Turns a file-system error on a configured folder into a sentence an operator can act on:
 * the variable, the folder, what is wrong and what to do. The raw code is kept at the end
 * for searching.
 */

export function describeFolderError(variable: string, dir: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? 'unknown';
  const what = WHAT.get(code)?.(variable) ?? `cannot be used (${(error as Error | undefined)?.message ?? String(error)})`;
  return `${variable} '${dir}' ${what} [${code}]`;
}

const WHAT = new Map<string, (variable: string) => string>([
  ['EACCES', (v) => `is not accessible to this process: give its user access, or set ${v} to a folder it may use`],
  ['EPERM', (v) => `is not accessible to this process: give its user access, or set ${v} to a folder it may use`],
  ['EROFS', (v) => `is on a read-only file system: set ${v} to a folder on a writable disk`],
  ['ENOSPC', (v) => `is on a full disk: free space on that disk, or set ${v} to a folder on another one`],
  ['EDQUOT', (v) => `is over its disk quota: free space or raise the quota, or set ${v} elsewhere`],
  ['ENOTDIR', (v) => `is not a folder (a file is in the way): remove that file, or set ${v} to another path`],
  ['ENOENT', (v) => `does not exist (or was removed while running): create it, or set ${v} to an existing folder`],
  ['ELOOP', (v) => `is a symbolic link loop: point the link at a real folder, or set ${v} to one`],
  ['EISDIR', () => 'holds a folder where a file must be written: remove that folder'],
]);
