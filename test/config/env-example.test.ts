import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../bot/config/load-config';

const EXAMPLE = fs.readFileSync(path.resolve(__dirname, '../../.env.example'), 'utf8');

/** The variables loadConfig reads, found from its own source so a new one cannot be forgotten here. */
const SOURCE = fs.readFileSync(path.resolve(__dirname, '../../bot/config/load-config.ts'), 'utf8');
const READ = [...SOURCE.matchAll(/^ {2}([A-Za-z_]+): /gm)].map((m) => m[1]);

describe('.env.example', () => {
  it('lists every variable loadConfig reads, each with a comment above it', () => {
    expect(READ.length).toBeGreaterThanOrEqual(15);
    const lines = EXAMPLE.split('\n');
    for (const name of READ) {
      const at = lines.findIndex((line) => line.startsWith(`${name}=`));
      expect([name, at >= 0]).toEqual([name, true]);
      expect([name, lines[at - 1].startsWith('#')]).toEqual([name, true]);
    }
  });

  it('loads as it stands', () => {
    const env = Object.fromEntries(
      EXAMPLE.split('\n')
        .filter((line) => /^[A-Za-z_]+=/.test(line))
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    );
    expect(loadConfig(env).port).toBe(3978);
  });
});
