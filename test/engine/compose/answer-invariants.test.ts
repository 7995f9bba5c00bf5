/**
 * Properties every Answer from the bundled knowledge must have, whatever the question: they
 * hold the engine to its promises (no verdict without a source, no answer without a quote).
 */
import path from 'node:path';
import { createEngine, Engine } from '../../../bot/engine/engine';
import { Answer } from '../../../bot/engine/types';

const QUESTIONS = [
  'Får jag lagra hälsodata i Office 365?',
  'When did the CLOUD Act come into force?',
  'Can I put patient journals in SharePoint?',
  'Vad beslutade HFD om allmänna handlingar i molnet?',
  'Får skolan använda Google Workspace för elevernas uppgifter?',
  'Kan vi lagra hälsodatan i molnet?',
  'Who decided to roll out Office 365 in Gothenburg and when?',
  'Får jag använda Teams?',
  'What is the weather tomorrow?',
  'a',
  '2 a §',
  'Office 365 Office 365 Office 365',
  'Får jag mejla journalen för 19121212-1212 via Outlook?',
];

let engine: Engine;
const answers: Answer[] = [];
beforeAll(async () => {
  engine = await createEngine({ knowledgeDir: path.resolve(__dirname, '../../../knowledge') });
  for (const question of QUESTIONS) answers.push(await engine.ask(question));
});

describe.each(QUESTIONS.map((question, i) => ({ question, i })))('$question', ({ i }) => {
  test('an answered question quotes at least one source; an unanswered one cites none', () => {
    const answer = answers[i];
    if (answer.answered) expect(answer.citations.length).toBeGreaterThan(0);
    else expect(answer.citations).toEqual([]);
  });

  test('a verdict always rests on a cited ruling and makes the answer answered', () => {
    const answer = answers[i];
    if (answer.verdict !== null) {
      expect(answer.answered).toBe(true);
      expect(answer.answer).toMatch(/\[1\]/);
    }
  });

  test('every [n] in the text is a citation, numbered from 1 in order', () => {
    const answer = answers[i];
    const referenced = new Set([...answer.answer.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])));
    expect(answer.citations.map((c) => c.n)).toEqual(answer.citations.map((_, k) => k + 1));
    for (const n of referenced) expect(n).toBeLessThanOrEqual(answer.citations.length);
    for (const c of answer.citations) expect(c.quote.length).toBeGreaterThan(0);
  });

  test('ends with the not-legal-advice note', () => {
    expect(answers[i].answer).toMatch(/(inte juridisk rådgivning|not legal advice)[^\n]*$/);
  });
});

test('a pasted personal identity number makes the question one about personal data, though it is redacted', async () => {
  const answer = await engine.ask('Kan jag mejla 811218-9876 till en kollega via Outlook?');
  expect(answer.question).toBe('Kan jag mejla [personnummer] till en kollega via Outlook?');
  expect(answer.facets.data).toContain('personal');
  expect(answer.verdict).toBe('conditional');
});
