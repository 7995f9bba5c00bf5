/**
 * Start-up check of DATA_DIR: created when missing, then written, synced and removed once, so
 * an unwritable folder or a full disk stops the bot with a sentence naming the variable and the
 * fix, not with a SQLite error halfway through the first feedback vote.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError } from './config-error';
import { describeFolderError } from './describe-folder-error';

const PROBE_FILE = '.molnkoll-start-probe';

export function checkDataDir(dataDir: string): void {
  try {
    fs.mkdirSync(dataDir, { recursive: true });
    const file = path.join(dataDir, PROBE_FILE);
    const fd = fs.openSync(file, 'w');
    try {
      fs.writeSync(fd, `${Date.now()}\n`);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.rmSync(file, { force: true });
  } catch (error) {
    throw new ConfigError([{ variable: 'DATA_DIR', message: describeFolderError('DATA_DIR', dataDir, error) }]);
  }
}
