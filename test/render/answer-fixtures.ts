/** Typed Answers for the render tests; organisations and documents are made up. */
import { Answer, Citation, Notices, SourceRef } from '../../bot/engine/types';

const NO_NOTICES: Notices = { needsDataClass: false, undecided: [], unknownServices: [], unknownNames: [], redacted: false };
const source = (c: Citation): SourceRef => ({ n: c.n, id: c.id, title: c.title, issuer: c.issuer, date: c.date, dateApproximate: c.dateApproximate });

const SV_DISCLAIMER = 'Svaret bygger på regionens underlag och ersätter inte en juridisk bedömning.';
const EN_DISCLAIMER = 'This answer rests on the cited sources and is not a legal assessment.';

/** Swedish, pending, two citations (one a URL, one a registry number) and two conditions. */
export const svPending: Answer = {
  question: 'Får jag lagra patientjournaler i OneDrive?',
  language: 'sv',
  facets: { services: ['onedrive'], data: ['health'] },
  kind: 'verdict',
  verdict: 'pending',
  decisions: [],
  caveats: [],
  readings: [],
  quotes: [],
  notices: NO_NOTICES,
  answered: true,
  confidence: 0.82,
  answer: [
    'Inte ännu. Regionen har inte beslutat om hälsodata får lagras i Office 365, och det gäller även OneDrive [1].',
    'Ett beslut väntas när riskbedömningen är klar [2].',
    SV_DISCLAIMER,
  ].join('\n'),
  conditions: [
    'Riskbedömningen ska vara godkänd av informationssäkerhetsrådet.',
    'Åtkomst ska loggas, till exempel med Microsoft Purview.',
  ],
  citations: [
    {
      n: 1,
      id: 'beslut-office365-halsodata',
      title: 'Beslut om Office 365 och hälsodata',
      issuer: 'Region Exempel',
      date: '2023-03-14',
      dateApproximate: false,
      source: 'https://intranat.region-exempel.se/beslut/office365-halsodata',
      quote: 'Hälsodata får inte lagras i Office 365 förrän riskbedömningen har godkänts.',
    },
    {
      n: 2,
      id: 'riskbedomning-m365',
      title: 'Riskbedömning av Microsoft 365',
      issuer: 'Region Exempel, informationssäkerhetsrådet',
      date: '2023-09-01',
      dateApproximate: false,
      source: 'Dnr RS 2023/118',
      quote: 'Bedömningen beräknas vara klar under första kvartalet 2024.',
    },
  ],
  redactions: 0,
  suggestions: [],
};

/** English, conditional, one URL citation. */
export const enConditional: Answer = {
  question: 'Can I keep internal meeting notes in Microsoft Teams?',
  language: 'en',
  facets: { services: ['teams'], data: ['internal'] },
  kind: 'verdict',
  verdict: 'conditional',
  decisions: [],
  caveats: [],
  readings: [],
  quotes: [],
  notices: NO_NOTICES,
  answered: true,
  confidence: 0.74,
  answer: `Allowed with conditions. Internal information may be kept in Microsoft Teams when the conditions below hold [1].\n${EN_DISCLAIMER}`,
  conditions: ['Only staff accounts may be members of the team.', 'Guest access must be turned off.'],
  citations: [
    {
      n: 1,
      id: 'policy-teams',
      title: 'Policy for Microsoft Teams',
      issuer: 'Example Region IT',
      date: '2024-02-01',
      dateApproximate: false,
      source: 'https://intranet.example.org/policies/teams',
      quote: 'Internal information may be shared in Teams provided that guest access is disabled.',
    },
  ],
  redactions: 0,
  suggestions: [],
};

/** Swedish, not answered: no verdict, no citations, a redacted question. */
export const svUnanswered: Answer = {
  question: 'Får vi skicka [personnummer] via Dropbox?',
  language: 'sv',
  facets: { services: [], data: [] },
  kind: 'fact',
  verdict: null,
  decisions: [],
  caveats: [],
  readings: [],
  quotes: [],
  notices: { ...NO_NOTICES, redacted: true },
  answered: false,
  confidence: 0.05,
  answer: `Jag hittade inget i underlaget som besvarar frågan. Fråga helpdesk, så hjälper de dig vidare.\n${SV_DISCLAIMER}`,
  conditions: [],
  citations: [],
  redactions: 1,
  suggestions: [],
};

/** English, answered from passages without a ruling; the citation has no source. */
export const enNoVerdict: Answer = {
  question: 'What does the Schrems II judgment mean for us?',
  language: 'en',
  facets: { services: [], data: [] },
  kind: 'what_is',
  verdict: null,
  decisions: [],
  caveats: [],
  readings: [],
  quotes: [],
  notices: NO_NOTICES,
  answered: true,
  confidence: 0.61,
  answer: `No ruling in the sources decides this, but the legal unit's summary explains the judgment [1].\n${EN_DISCLAIMER}`,
  conditions: [],
  citations: [
    {
      n: 1,
      id: 'summary-schrems-ii',
      title: 'Summary of the Schrems II judgment',
      issuer: 'Example Region legal unit',
      date: '2021-01-15',
      dateApproximate: false,
      quote: 'Transfers to a third country need supplementary measures where its law undermines the protection.',
    },
  ],
  redactions: 0,
  suggestions: [],
};

// The parts every channel writes its prose from, filled in from the citations above.
svPending.decisions = [{ verdict: 'pending', pairs: [{ service: 'onedrive', data: 'health', serviceLabel: 'OneDrive', dataLabel: 'hälsodata' }], source: source(svPending.citations[0]), note: 'Regionen har inte beslutat om hälsodata får lagras i Office 365.', serviceVia: { serviceLabel: 'OneDrive', parentLabel: 'Office 365' } }];
svPending.decidedBy = { id: svPending.citations[0].id, issuer: svPending.citations[0].issuer, date: svPending.citations[0].date, dateApproximate: false };
svPending.quotes = [{ n: 2, text: svPending.citations[1].quote }];
enConditional.decisions = [{ verdict: 'conditional', pairs: [{ service: 'teams', data: 'internal', serviceLabel: 'Microsoft Teams', dataLabel: 'internal information' }], source: source(enConditional.citations[0]) }];
enConditional.decidedBy = { id: enConditional.citations[0].id, issuer: enConditional.citations[0].issuer, date: enConditional.citations[0].date, dateApproximate: false };
enConditional.quotes = [{ n: 1, text: enConditional.citations[0].quote }];
enNoVerdict.quotes = [{ n: 1, text: enNoVerdict.citations[0].quote }];

export const FIXTURES: [string, Answer][] = [
  ['sv pending', svPending],
  ['en conditional', enConditional],
  ['sv unanswered', svUnanswered],
  ['en no verdict', enNoVerdict],
];

/** Text that would be markup, entities or template expressions if it were not treated as data. */
export const HOSTILE = '${foo} {{x}} <script>alert(1)</script> & *bold* _it_ [x](http://evil.example) ${helpfulData.vote}';

/** svPending with hostile text in every field users or knowledge files influence. */
export function hostileAnswer(): Answer {
  const citations: Citation[] = svPending.citations.map((c) => ({ ...c, title: `${c.title} ${HOSTILE}`, quote: HOSTILE }));
  return {
    ...svPending,
    question: `Får jag ${HOSTILE}?`,
    answer: `Inte ännu ${HOSTILE}.\n${SV_DISCLAIMER}`,
    conditions: [HOSTILE],
    decisions: svPending.decisions.map((d) => ({ ...d, note: HOSTILE })),
    quotes: [{ n: 2, text: HOSTILE }],
    readings: [HOSTILE],
    citations,
  };
}

/** A single-citation answer whose source is the given value. */
export function withSource(source: string | undefined): Answer {
  return { ...enConditional, citations: [{ ...enConditional.citations[0]!, source }] };
}
