import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkDataDir } from '../../bot/config/check-data-dir';
import { ConfigError } from '../../bot/config/config-error';
import { describeFolderError } from '../../bot/config/describe-folder-error';

function messageOf(run: () => void): string {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.map((p) => `${p.variable}: ${p.message}`).join('\n');
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('checkDataDir', () => {
  let root: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'molnkoll-datadir-'));
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('creates a missing folder and leaves nothing behind', () => {
    const dir = path.join(root, 'a', 'b');
    checkDataDir(dir);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('names the variable and the fix when a file is in the way', () => {
    const file = path.join(root, 'data');
    fs.writeFileSync(file, 'x');
    expect(messageOf(() => checkDataDir(path.join(file, 'sub')))).toMatch(
      /^DATA_DIR: DATA_DIR '.*data\/sub' is not a folder \(a file is in the way\): remove that file, or set DATA_DIR to another path \[ENOTDIR\]$/,
    );
    expect(messageOf(() => checkDataDir(file))).toMatch(/\[EEXIST\]|\[ENOTDIR\]/);
  });
});

describe('describeFolderError', () => {
  it('says a full disk is full, from a real ENOSPC', () => {
    let error: unknown;
    try {
      fs.writeFileSync('/dev/full', 'x');
    } catch (caught) {
      error = caught;
    }
    expect(describeFolderError('DATA_DIR', '/srv/data', error)).toBe(
      "DATA_DIR '/srv/data' is on a full disk: free space on that disk, or set DATA_DIR to a folder on another one [ENOSPC]",
    );
  });

  it('tells an unwritable folder and a read-only disk apart', () => {
    const failure = (code: string) => Object.assign(new Error(`${code}: denied`), { code });
    expect(describeFolderError('DATA_DIR', '/srv/data', failure('EACCES'))).toBe(
      "DATA_DIR '/srv/data' is not accessible to this process: give its user access, or set DATA_DIR to a folder it may use [EACCES]",
    );
    expect(describeFolderError('DATA_DIR', '/srv/data', failure('EROFS'))).toBe("DATA_DIR '/srv/data' is on a read-only file system: set DATA_DIR to a folder on a writable disk [EROFS]");
    expect(describeFolderError('KNOWLEDGE_DIR', '/k', failure('EWEIRD'))).toBe("KNOWLEDGE_DIR '/k' cannot be used (EWEIRD: denied) [EWEIRD]");
  });
});
