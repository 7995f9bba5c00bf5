/**
 * `npm run --silent knowledge -- check`: lists every problem in the knowledge folder
 * (KNOWLEDGE_DIR, default knowledge/) and exits non-zero when there is any. Then, as warnings
 * that keep the exit code, the rulings that newer documents bear on: what admins should review.
 */
import { parseArgs } from 'node:util';
import { loadKnowledgeFolder } from '../engine';
import { formatProblem } from '../engine';
import { DocumentInfo } from '../engine';
import { ReviewItem, rulingsToReview } from '../engine';
import { loadConfig } from '../config/load-config';

async function main(): Promise<number> {
  const { positionals } = parseArgs({ allowPositionals: true });
  // The bot's own settings, so a check reports the size limits the bot will apply.
  const config = loadConfig(process.env);
  const [command, dir = config.knowledgeDir] = positionals;
  if (command !== 'check') {
    process.stderr.write('usage: npm run --silent knowledge -- check [FOLDER]\n');
    return 2;
  }
  const folder = await loadKnowledgeFolder(dir, undefined, config.knowledgeLimits);
  for (const problem of folder.problems) process.stdout.write(`${formatProblem(problem)}\n`);
  const review = folder.glossary ? rulingsToReview(folder.documents, folder.glossary) : [];
  if (review.length > 0) process.stdout.write(`To review: rulings that newer documents bear on\n${review.map(formatReview).join('')}`);
  const rulings = folder.documents.reduce((n, d) => n + d.rulings.length, 0);
  process.stdout.write(`${dir}: ${folder.documents.length} documents, ${rulings} rulings, ${folder.problems.length} problem${folder.problems.length === 1 ? '' : 's'}${review.length > 0 ? `, ${review.length} to review` : ''}\n`);
  return folder.problems.length === 0 ? 0 : 1;
}

/** The ruling (document, service × data, verdict, date), then each newer document indented below it. */
function formatReview({ ref: { ruling, document }, later }: ReviewItem): string {
  const dated = (d: DocumentInfo) => `${d.date}${d.dateApproximate ? ', approximate' : ''}`;
  return [
    `  ${document.id}: ${ruling.service} × ${ruling.data}, ${ruling.verdict}, ${dated(document)}\n`,
    ...later.map((d) => `    ${d.id} (${dated(d)})\n`),
  ].join('');
}

main().then((code) => process.exit(code), (error: unknown) => {
  process.stderr.write(`knowledge: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
