/**
 * Follow-up questions on the bundled knowledge: a question naming one side is decided with the
 * other side of the previous answer, and says so; both sides or a new topic start fresh; "Varför?"
 * explains the previous verdict from its deciding document. Written as people chat, typos included.
 */
import path from 'node:path';
import { Answer, ConversationContext, Engine, contextOf, createEngine } from '../../../bot/engine';

const KNOWLEDGE = path.resolve(__dirname, '../../../knowledge');
let engine: Engine;
beforeAll(async () => {
  engine = await createEngine({ knowledgeDir: KNOWLEDGE });
});

/** Asks each question in turn, each with the context of the answer before it. */
async function converse(...questions: string[]): Promise<Answer[]> {
  const answers: Answer[] = [];
  let context: ConversationContext | undefined;
  for (const question of questions) {
    const answer = await engine.ask(question, context);
    answers.push(answer);
    context = contextOf(answer, context);
  }
  return answers;
}

describe('a follow-up that names one side carries the other over', () => {
  test.each([
    ['Får jag lagra hälsodata i Office 365?', 'Och i Teams då?', { services: ['teams'], data: ['health'] }, 'pending', 'Jag antar att du fortfarande menar hälsodata.'],
    ['Får jag lagra hälsodata i Office 365?', 'Och i Temas då', { services: ['teams'], data: ['health'] }, 'pending', 'Jag antar att du fortfarande menar hälsodata.'],
    ['Får jag lagra hälsodata i Office 365?', 'Gäller det OneDrive också?', { services: ['onedrive'], data: ['health'] }, 'pending', 'Jag antar att du fortfarande menar hälsodata.'],
    ['Får jag lagra hälsodata i OneDrive?', 'Samma för skoldata?', { services: ['onedrive'], data: ['school'] }, 'pending', 'Jag antar att du fortfarande menar OneDrive.'],
    ['Får jag lagra internt material i Teams?', 'Och sekretessbelagda uppgifter då?', { services: ['teams'], data: ['confidential'] }, 'pending', 'Jag antar att du fortfarande menar Microsoft Teams.'],
    ['May I store health data in Office 365?', 'What about social-services data?', { services: ['office365'], data: ['social'] }, 'pending', 'I take it you still mean Office 365.'],
    ['May I store health data in Office 365?', 'and in Sharepoint?', { services: ['sharepoint'], data: ['health'] }, 'pending', 'I take it you still mean health data.'],
    ['Can we keep internal documents in Teams?', 'How about pupil data?', { services: ['teams'], data: ['school'] }, 'pending', 'I take it you still mean Microsoft Teams.'],
    // Product names typed in lower case, as in chat.
    ['may i keep health data in onedrive', 'and teams?', { services: ['teams'], data: ['health'] }, 'pending', 'I take it you still mean health data.'],
    ['can i use zoom for social services data', 'what about in teams', { services: ['teams'], data: ['social'] }, 'pending', 'I take it you still mean social-services data.'],
  ])('%s → %s', async (first, second, facets, verdict, assumption) => {
    const [, answer] = await converse(first, second);
    expect(answer.facets).toEqual(facets);
    expect(answer.kind).toBe('verdict');
    expect(answer.verdict).toBe(verdict);
    expect(answer.readings[0]).toBe(assumption);
    expect(answer.answer).toContain(assumption);
  });

  it('names the carried side when the service is one no ruling decides, without borrowing a verdict', async () => {
    const [, answer] = await converse('Får jag lagra hälsodata i Office 365?', 'Och i Zoom då?');
    expect(answer.facets).toEqual({ services: ['zoom'], data: ['health'] });
    expect(answer.verdict).toBeNull();
    expect(answer.followUp).toEqual({ carried: { services: [], data: ['health'] }, why: false });
  });

  it('carries the kind of information into a service the glossary does not know', async () => {
    const [, answer] = await converse('Får jag lagra hälsodata i Office 365?', 'Och i Slack då?');
    expect(answer.facets).toEqual({ services: [], data: ['health'] });
    expect(answer.notices.unknownServices).toEqual(['Slack']);
    expect(answer.verdict).toBeNull();
  });

  it('reads a follow-up naming a sector with the previous service, both readings decided', async () => {
    const [, answer] = await converse('Får jag använda Teams för internt material?', 'Och i förskolan då?');
    expect(answer.facets.services).toEqual(['teams']);
    expect(answer.notices.sector).toBe('förskolan');
    expect(answer.decisions.map((d) => d.reading)).toEqual(['ordinary', 'sector']);
  });
});

describe('a question that stands alone starts fresh', () => {
  test.each([
    ['Får jag lagra hälsodata i Office 365?', 'Får jag lagra internt material i Teams?', { services: ['teams'], data: ['internal'] }],
    ['Får jag lagra hälsodata i Office 365?', 'Vad är Customer Lockbox då?', { services: [], data: [] }],
    ['May I store health data in Office 365?', 'Which services does Adda recommend for meetings in Teams?', { services: ['teams'], data: [] }],
    ['Får jag lagra hälsodata i Office 365?', 'Får jag använda Zoom?', { services: ['zoom'], data: [] }],
  ])('%s → %s', async (first, second, facets) => {
    const [, answer] = await converse(first, second);
    expect(answer.facets).toEqual(facets);
    expect(answer.followUp).toBeUndefined();
    expect(answer.readings.join(' ')).not.toMatch(/antar att|take it/);
  });

  it('answers the same question alike with and without a context that has nothing to lend', async () => {
    const [, followed] = await converse('Vad är Customer Lockbox?', 'Får jag lagra hälsodata i Teams?');
    const alone = await engine.ask('Får jag lagra hälsodata i Teams?');
    expect(followed.answer).toBe(alone.answer);
  });
});

describe('"Varför?" after a verdict', () => {
  test.each([
    ['Får jag lagra hälsodata i Office 365?', 'Varför?', 'Jag antar att du fortfarande menar hälsodata i Office 365.'],
    ['May I store health data in Office 365?', 'Why is that?', 'I take it you still mean health data in Office 365.'],
    ['Får jag lagra hälsodata i Office 365?', 'varför inte?', 'Jag antar att du fortfarande menar hälsodata i Office 365.'],
  ])('%s → %s explains the deciding document', async (first, second, assumption) => {
    const [verdictAnswer, why] = await converse(first, second);
    expect(why.kind).toBe('why');
    expect(why.followUp?.why).toBe(true);
    expect(why.verdict).toBe('pending');
    expect(why.decidedBy?.id).toBe('goteborg-sakerhetsrapport-2018');
    expect(why.readings[0]).toBe(assumption);
    // The first quote is the deciding document's own.
    const opening = why.quotes[0];
    expect(why.citations[opening.n - 1].id).toBe(verdictAnswer.decidedBy!.id);
  });

  it('is a question of its own when nothing was decided before', async () => {
    const [, why] = await converse('Vad är Customer Lockbox?', 'Varför?');
    expect(why.followUp).toBeUndefined();
    expect(why.verdict).toBeNull();
  });
});

describe('the context', () => {
  it('holds only glossary and document ids', async () => {
    const answer = await engine.ask('Får jag lagra hälsodata för 19121212-1212 i Office 365?');
    const context = contextOf(answer);
    expect(Object.keys(context).sort()).toEqual(['citedIds', 'decidedBy', 'facets', 'kind']);
    expect(context.facets.services).toEqual(['office365']);
    expect(context.facets.data).toContain('health');
    expect(context.decidedBy).toBe('goteborg-sakerhetsrapport-2018');
    expect(context.citedIds.length).toBeGreaterThan(0);
    expect(JSON.stringify(context)).not.toContain('1212');
  });
});

describe('"Gäller det fortfarande?" after a verdict', () => {
  test.each([
    ['Får vi ha sekretessbelagt i SharePoint?', 'Gäller det fortfarande?', { services: ['sharepoint'], data: ['confidential'] }, 'Jag antar att du fortfarande menar sekretessbelagd information i SharePoint.'],
    ['May I store health data in Office 365?', 'Is that still valid?', { services: ['office365'], data: ['health'] }, 'I take it you still mean health data in Office 365.'],
  ])('%s → %s asks whether the same ruling still holds', async (first, second, facets, assumption) => {
    const [verdictAnswer, still] = await converse(first, second);
    expect(still.facets).toEqual(facets);
    expect(still.kind).toBe('verdict');
    expect(still.verdict).toBe(verdictAnswer.verdict);
    expect(still.readings[0]).toBe(assumption);
    // Later law is what such a question is about: the answer names it.
    expect(still.caveats.map((c) => c.kind)).toContain('later-document');
  });

  it('is a question of its own after an answer that decided nothing', async () => {
    const [, still] = await converse('Vad är Customer Lockbox?', 'Gäller det fortfarande?');
    expect(still.followUp).toBeUndefined();
    expect(still.verdict).toBeNull();
  });
});

describe('the conversation keeps its subject through a side question', () => {
  it('carries the kind of information past a question that named neither side', async () => {
    const [, , answer] = await converse('Får jag lagra hälsodata i OneDrive?', 'Vad är Customer Lockbox?', 'Och i Teams då?');
    expect(answer.facets).toEqual({ services: ['teams'], data: ['health'] });
    expect(answer.readings[0]).toBe('Jag antar att du fortfarande menar hälsodata.');
  });

  it('lets "Samma för elevuppgifter?" lean on the pair before "Gäller det fortfarande?"', async () => {
    const [, , answer] = await converse('Får vi ha sekretessbelagt i SharePoint?', 'Gäller det fortfarande?', 'Samma sak för elevuppgifter?');
    expect(answer.facets).toEqual({ services: ['sharepoint'], data: ['school'] });
    expect(answer.verdict).toBe('pending');
  });

  it('never explains an older verdict after a question about something else', async () => {
    const [, , why] = await converse('Får jag lagra hälsodata i OneDrive?', 'Vad är Customer Lockbox?', 'Varför?');
    expect(why.followUp).toBeUndefined();
    expect(why.verdict).toBeNull();
  });
});

describe('a short question that points back ("när kom det?") is about what was just answered', () => {
  test.each([
    ['Vad är Customer Lockbox?', 'När kom det?', 'microsoft-customer-lockbox', /lockbox/i],
    ['What is the CLOUD Act?', 'When was it signed?', 'us-cloud-act-2018', /2018/],
    ['Vad sa HFD om allmänna handlingar i Microsoft 365?', 'När kom den?', 'hfd-3530-23-allman-handling-microsoft365', /2024/],
  ])('%s → %s', async (first, second, document, expected) => {
    const [, answer] = await converse(first, second);
    expect(answer.answered).toBe(true);
    expect(answer.citations[0].id).toBe(document);
    expect(answer.answer).toMatch(expected);
  });
});

describe('"Vilka villkor gäller?" after a verdict', () => {
  test.each([
    ['Kan vi ha interna dokument i SharePoint?', 'Vilka villkor gäller?', { services: ['sharepoint'], data: ['internal'] }],
    ['Can we keep internal documents in Teams?', 'What are the requirements?', { services: ['teams'], data: ['internal'] }],
    ['Får vi lagra intern information i OneDrive?', 'vad krävs då?', { services: ['onedrive'], data: ['internal'] }],
  ])('%s → %s gives the same pair and its conditions', async (first, second, facets) => {
    const [verdictAnswer, conditions] = await converse(first, second);
    expect(conditions.facets).toEqual(facets);
    expect(conditions.verdict).toBe('conditional');
    expect(conditions.conditions).toEqual(verdictAnswer.conditions);
    expect(conditions.conditions.length).toBeGreaterThan(0);
  });
});

describe('what a question that points back says it assumed', () => {
  it('names the term the previous source explains', async () => {
    const [, answer] = await converse('Vad är Customer Lockbox?', 'Löser det röjandeproblemet?');
    expect(answer.readings[0]).toBe('Jag läser frågan som en fortsättning på förra svaret, om Customer Lockbox.');
  });

  it('keeps a name of its own: "vad säger SKR om det?" still finds SKR', async () => {
    const [, answer] = await converse('Vad är CLOUD Act?', 'Vad säger SKR om det?');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('SKR');
  });
});

describe('"What if we encrypt it?" after a verdict', () => {
  test.each([
    ['May we use OneDrive for health data?', 'What if we encrypt it?', { services: ['onedrive'], data: ['health'] }, 'pending'],
    ['Får vi ha interna dokument i Teams?', 'Och om vi krypterar filerna då?', { services: ['teams'], data: ['internal'] }, 'conditional'],
  ])('%s → %s is the same pair, answered by its ruling', async (first, second, facets, verdict) => {
    const [, supposed] = await converse(first, second);
    expect(supposed.facets).toEqual(facets);
    expect(supposed.verdict).toBe(verdict);
  });

  it('supposes nothing after an answer that decided nothing', async () => {
    const [, supposed] = await converse('Vad är CLOUD Act?', 'Om vi lagrar i EU då?');
    expect(supposed.followUp).toBeUndefined();
    expect(supposed.verdict).toBeNull();
  });
});
