/**
 * `npm run --silent knowledge -- check`: lists every problem in the knowledge folder
 * (KNOWLEDGE_DIR, default knowledge/) and exits non-zero when there is any.
 */
import { parseArgs } from 'node:util';
import { loadKnowledgeFolder } from '../engine/knowledge/load-knowledge-folder';
import { formatProblem } from '../engine/engine';

async function main(): Promise<number> {
  const { positionals } = parseArgs({ allowPositionals: true });
  const [command, dir = process.env.KNOWLEDGE_DIR || 'knowledge'] = positionals;
  if (command !== 'check') {
    process.stderr.write('usage: npm run --silent knowledge -- check [FOLDER]\n');
    return 2;
  }
  const folder = await loadKnowledgeFolder(dir);
  for (const problem of folder.problems) process.stdout.write(`${formatProblem(problem)}\n`);
  const rulings = folder.documents.reduce((n, d) => n + d.rulings.length, 0);
  process.stdout.write(`${dir}: ${folder.documents.length} documents, ${rulings} rulings, ${folder.problems.length} problem${folder.problems.length === 1 ? '' : 's'}\n`);
  return folder.problems.length === 0 ? 0 : 1;
}

main().then((code) => process.exit(code), (error: unknown) => {
  process.stderr.write(`knowledge: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
