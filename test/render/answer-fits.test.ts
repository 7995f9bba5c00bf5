/**
 * Any question fits its channel: ten services by ten kinds of information, each pair decided by
 * its own dated document with a long note, long quotes and sources and later law, still makes a
 * Teams card under 24 KB and a Slack message under Slack's 4,000 characters, and says that it
 * was shortened rather than silently dropping what did not fit.
 */
import { Answer, Caveat, Citation, Decision, Verdict } from '../../bot/engine/types';
import { renderAnswer } from '../../bot/render/render-answer';
import { buildSlackText } from '../../bot/render/slack-text';
import { svPending } from './answer-fixtures';
import { TEST_ANSWER_ID } from './adaptive-card-shape';

const VERDICTS: Verdict[] = ['allowed', 'conditional', 'pending', 'not_allowed'];
const services = Array.from({ length: 10 }, (_, i) => `tjänst-${i + 1}`);
const classes = Array.from({ length: 10 }, (_, i) => `klass-${i + 1}`);
const long = (what: string, n: number) => `${what} ${n}: ${'en lång mening om villkor, loggning, kryptering och avtal '.repeat(6).trim()}.`;

const citations: Citation[] = Array.from({ length: 30 }, (_, i) => ({
  n: i + 1,
  id: `dokument-${i + 1}`,
  title: `Beslut nummer ${i + 1} om molntjänster och informationsklasser i förvaltningen`,
  issuer: 'Kommunstyrelsen, Exempelstad',
  date: '2019-05-02',
  dateApproximate: i % 3 === 0,
  source: i % 2 === 0 ? `https://intranat.exempelstad.se/beslut/${i + 1}` : `Dnr KS 2019/${100 + i}, ${long('diarieanteckning', i)}`,
  quote: long('Citat', i),
}));
const sourceOf = (c: Citation) => ({ n: c.n, id: c.id, title: c.title, issuer: c.issuer, date: c.date, dateApproximate: c.dateApproximate });

const decisions: Decision[] = services.flatMap((service, si) =>
  classes.map((data, ci) => ({
    verdict: VERDICTS[(si + ci) % 4],
    pairs: [{ service, data, serviceLabel: service, dataLabel: data }],
    source: sourceOf(citations[(si * 10 + ci) % 20]),
    note: long('Anteckning', si * 10 + ci),
  })),
);
const caveats: Caveat[] = citations.slice(20).map((c) => ({ kind: 'later-document', source: sourceOf(c), rulingDate: '2019-05-02', change: long('Ändring', c.n) }));

const worstCase: Answer = {
  ...svPending,
  question: `Får vi lagra ${classes.join(', ')} i ${services.join(', ')}? ${'Och så vidare. '.repeat(40)}`,
  facets: { services, data: classes },
  verdict: null,
  decisions,
  caveats,
  conditions: Array.from({ length: 12 }, (_, i) => long('Villkor', i)),
  citations,
};

describe('fitting an answer to its channel', () => {
  it('keeps a ten-by-ten answer card under 24 KB, saying it was shortened and keeping the disclaimer', () => {
    const activity = renderAnswer(worstCase, 'msteams', TEST_ANSWER_ID);
    const bytes = Buffer.byteLength(JSON.stringify(activity));
    expect(bytes).toBeLessThan(24 * 1024 + 1024); // the card under 24 KB, the summary and text beside it
    expect(Buffer.byteLength(JSON.stringify(activity.attachments![0].content))).toBeLessThanOrEqual(24 * 1024);
    const text = JSON.stringify(activity.attachments![0].content);
    expect(text).toContain('Svaret är förkortat för att få plats.');
    expect(text).toContain('Detta är vägledning utifrån de citerade dokumenten');
    // Every citation is still listed, with its number.
    expect(citations.every((c) => text.includes(`[${c.n}] ${c.title}`))).toBe(true);
    // The question is cut, not echoed in full.
    expect(text).not.toContain('Och så vidare. Och så vidare. Och så vidare. Och så vidare. Och så vidare. Och så vidare. Och så vidare. Och så vidare. Och så vidare. Och så vidare. Och så vidare.');
  });

  it('keeps the same answer under 4,000 characters in Slack, with the feedback hint last', () => {
    const text = buildSlackText(worstCase);
    expect(text.length).toBeLessThanOrEqual(3900);
    expect(text).toContain('Svaret är förkortat för att få plats.');
    expect(text).toMatch(/… och \d+ källor till\./);
    expect(text.endsWith('Svara `+1` om svaret hjälpte, `-1` om det inte gjorde det, eller `helpdesk` för att fråga helpdesk.')).toBe(true);
  });

  it('leaves an answer that fits as it is', () => {
    const text = JSON.stringify(renderAnswer(svPending, 'msteams', TEST_ANSWER_ID));
    expect(text).not.toContain('Svaret är förkortat');
    expect(text).toContain('Hälsodata får inte lagras i Office 365 förrän riskbedömningen har godkänts.');
  });
});
