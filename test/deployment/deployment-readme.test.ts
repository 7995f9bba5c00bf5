/**
 * deployment/README.md is followed command by command, so every npm script and repository file
 * its commands name must exist.
 */
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const README = fs.readFileSync(path.join(ROOT, 'deployment/README.md'), 'utf8');
const SCRIPTS = Object.keys((JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);

/** The lines of every fenced code block. */
const commandLines = [...README.matchAll(/```bash\n([\s\S]*?)```/g)].flatMap((m) => m[1].split('\n')).filter((line) => line.trim() !== '');

describe('deployment/README.md', () => {
  it('names only npm scripts that package.json has', () => {
    const named = commandLines.flatMap((line) => [...line.matchAll(/npm run (?:--silent )?([\w:-]+)/g)].map((m) => m[1]));
    expect(named).toEqual(expect.arrayContaining(['teams:package', 'knowledge', 'ask']));
    expect(named.filter((name) => !SCRIPTS.includes(name))).toEqual([]);
  });

  it('names only repository files that exist', () => {
    const files = commandLines.flatMap((line) => [...line.matchAll(/(?:^|[\s@=])((?:deployment|knowledge)\/[\w./-]+)/g)].map((m) => m[1]));
    expect(files).toEqual(expect.arrayContaining(['deployment/azure/main.bicep', 'deployment/azure/main.parameters.example.json']));
    // main.parameters.json is the copy the reader makes in the step before.
    expect(files.filter((file) => file !== 'deployment/azure/main.parameters.json' && !fs.existsSync(path.join(ROOT, file)))).toEqual([]);
  });

  it('is linked from the main README, which shows a card screenshot that exists', () => {
    const main = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    expect(main).toContain('(deployment/README.md)');
    const image = /<img src="([^"]+\.png)"/.exec(main)![1];
    expect(fs.statSync(path.join(ROOT, image)).size).toBeGreaterThan(10_000);
  });
});
