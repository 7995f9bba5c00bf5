import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Engine, createEngine } from '../../../bot/engine/engine';

const GLOSSARY = `
services:
  office365: { label: { sv: Office 365, en: Office 365 }, synonyms: [Office 365] }
  teams: { parent: office365, label: { sv: Teams, en: Teams }, synonyms: [Teams] }
  zoom: { label: { sv: Zoom, en: Zoom }, synonyms: [Zoom] }
data:
  confidential: { label: { sv: sekretessbelagd information, en: confidential information }, synonyms: [sekretessbelagd, confidential] }
  health: { parent: confidential, label: { sv: hälsodata, en: health data }, synonyms: [hälsodata, health data] }
  internal: { label: { sv: intern information, en: internal information }, synonyms: [intern, internal] }
terms:
  - { sv: [avtal], en: [agreement] }
  - { sv: [leverantör], en: [supplier] }
`;

const REPORT = `---
id: report
title: Säkerhetsrapport
kind: report
issuer: Staden
date: 2018-10-01
source: https://example.org/rapport
language: sv
rulings:
  - { service: office365, data: confidential, verdict: pending, note: "Sekretessbelagd information är inte tillåten ännu." }
  - { service: office365, data: internal, verdict: conditional, conditions: ["Loggning och kryptering är konfigurerade."] }
---
## Sekretess
Sekretessbelagd information får ännu inte lagras i Office 365 enligt rapporten.

## Avtal
Avtalet med leverantören löper i tre år, till 2021.
`;

const LATER = `---
id: later
title: Nyare policy
kind: policy
issuer: Nämnden
date: 2020-01-01
language: sv
rulings:
  - { service: any, data: confidential, verdict: not_allowed }
---
## Policy
Ingen molntjänst får användas för sekretessbelagd information enligt policyn.
`;

// Two documents whose words stem alike: the name "Adda" and "add-on" both become "add".
const NAME = `---
id: adda
title: Inköp
kind: news
issuer: Tidningen
date: 2021-05-05
language: sv
---
## Inköp
Inköpscentralen Adda avstod från ett nytt volymavtal med Microsoft.
`;
const ADD_ON = `---
id: tillagg
title: Tillägg
kind: guidance
issuer: Leverantören
date: 2022-01-01
language: sv
---
## Tillägg
Tillägget (add-on) säljs av Microsoft till den som vill ha det.
`;

let engine: Engine;
beforeAll(async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'molnkoll-compose-'));
  writeFileSync(path.join(dir, 'glossary.yml'), GLOSSARY);
  writeFileSync(path.join(dir, 'report.md'), REPORT);
  writeFileSync(path.join(dir, 'later.md'), LATER);
  writeFileSync(path.join(dir, 'adda.md'), NAME);
  writeFileSync(path.join(dir, 'tillagg.md'), ADD_ON);
  engine = await createEngine({ knowledgeDir: dir });
});

describe('answerQuestion', () => {
  test('a verdict with its source, inheritance, numbered citation and disclaimer', async () => {
    const answer = await engine.ask('Får jag lagra hälsodata i Teams?');
    expect(answer.verdict).toBe('pending');
    expect(answer.answered).toBe(true);
    expect(answer.citations[0]).toMatchObject({ n: 1, id: 'report', issuer: 'Staden', date: '2018-10-01', source: 'https://example.org/rapport' });
    expect(answer.answer).toContain('Inte ännu — enligt Staden (2018-10-01) [1].');
    expect(answer.decidedBy).toEqual({ id: 'report', issuer: 'Staden', date: '2018-10-01', dateApproximate: false });
    expect(answer.answer).toMatch(/Hälsodata räknas som sekretessbelagd information/);
    expect(answer.answer).toMatch(/inte juridisk rådgivning/);
  });

  test('a newer broader ruling that disagrees is named as a caveat', async () => {
    const answer = await engine.ask('Får jag lagra hälsodata i Teams?');
    expect(answer.answer).toContain('Observera: Nyare policy (Nämnden (2020-01-01) [2]) är nyare och säger "inte tillåtet" om sekretessbelagd information.');
    expect(answer.caveats).toMatchObject([{ kind: 'broader-ruling', verdict: 'not_allowed', rulingDate: '2018-10-01', source: { n: 2, id: 'later' } }]);
    expect(answer.citations.map((c) => c.id)).toEqual(['report', 'later']);
  });

  test('conditions are listed in the answer and in the Answer object', async () => {
    const answer = await engine.ask('Can we keep internal information in Office 365?');
    expect(answer.language).toBe('en');
    expect(answer.verdict).toBe('conditional');
    expect(answer.conditions).toEqual(['Loggning och kryptering är konfigurerade.']);
    expect(answer.answer).toContain('Conditions:\n- Loggning och kryptering är konfigurerade.');
    expect(answer.answer).toContain('Allowed with conditions — according to Staden (2018-10-01) [1].');
  });

  test('several facets: the strictest stands, an undecided pair is named', async () => {
    // Zoom × health falls under the policy's `any` ruling (not allowed); Zoom × internal has none.
    const answer = await engine.ask('Får jag ha intern information och hälsodata i Zoom och Teams?');
    expect(answer.verdict).toBe('not_allowed');
    expect(answer.answer).toContain('Underlaget har inget beslut om intern information i Zoom.');
  });

  test('a kind of information without a service: each ruling service by service, no verdict of its own', async () => {
    const answer = await engine.ask('Får jag lagra hälsodata?');
    expect(answer.verdict).toBeNull();
    expect(answer.answered).toBe(true);
    expect(answer.notices.acrossServices).toBe('hälsodata');
    expect(answer.answer).toContain('Frågan nämner ingen tjänst. Så här säger underlaget om hälsodata:');
    expect(answer.answer).toContain('Hälsodata i Office 365: inte ännu, enligt Staden (2018-10-01) [1].');
    expect(answer.answer).toContain('Hälsodata i alla andra tjänster: inte tillåtet, enligt Nämnden (2020-01-01) [2].');
    expect(answer.answer).not.toContain('inget beslut om hälsodata');
  });

  test('a kind of information only one service has a ruling on: that ruling, and no other services named', async () => {
    const answer = await engine.ask('May I store internal information somewhere?');
    expect(answer.notices.acrossServices).toBe('internal information');
    expect(answer.answer).toContain('Internal information in Office 365: allowed with conditions, according to Staden (2018-10-01) [1].');
    expect(answer.answer).not.toContain('every other service');
  });

  test('no ruling for the pair: verdict null, never a guess', async () => {
    const answer = await engine.ask('Får jag ha intern information i Zoom?');
    expect(answer.verdict).toBeNull();
    expect(answer.answer).toContain('inget beslut om intern information i Zoom');
  });

  test('a question in English finds a Swedish passage through the term list', async () => {
    const answer = await engine.ask('The agreement with the supplier?');
    expect(answer.answered).toBe(true);
    expect(answer.citations[0].quote).toContain('Avtalet med leverantören löper i tre år');
  });

  test('a passage about another service is not quoted as the answer for the one named', async () => {
    const inOffice = await engine.ask('Hur länge löper avtalet med leverantören för Office 365?');
    expect(inOffice.citations.map((c) => c.id)).toContain('report');
    const inZoom = await engine.ask('Hur länge löper avtalet med leverantören för Zoom?');
    expect(inZoom).toMatchObject({ answered: false, citations: [] });
  });

  test('a name is not taken for a word that only stems like it', async () => {
    const answer = await engine.ask('Vad gjorde Adda?');
    expect(answer.citations.map((c) => c.id)).toEqual(['adda']);
  });

  test.each(['Vad blir det för lunch i dag?', 'How do I reset my laptop password?', 'Får jag äta lunch i Teams?'])('off-topic "%s": not answered, no verdict, no citations, helpdesk offered', async (question) => {
    const answer = await engine.ask(question);
    expect(answer).toMatchObject({ answered: false, verdict: null, citations: [] });
    expect(answer.answer).toMatch(/helpdesk/);
  });

  test.each(['*', 'hälsodata:Teams~2 ^3 +Office -365', ':~^+-*', '', '   '])('lunr syntax or empty text never throws: %j', async (question) => {
    await expect(engine.ask(question)).resolves.toMatchObject({ answered: expect.any(Boolean) });
  });

  test('personal data is redacted before anything else and the user is reminded', async () => {
    const answer = await engine.ask('Får jag mejla hälsodata om 19121212-1212 i Teams? Svara till anna@example.se');
    expect(JSON.stringify(answer)).not.toMatch(/1212|anna@example/);
    expect(answer.redactions).toBe(2);
    expect(answer.question).toContain('[personnummer]');
    expect(answer.answer).toMatch(/Klistra inte in personnummer/);
    expect(answer.verdict).toBe('pending');
  });
});
