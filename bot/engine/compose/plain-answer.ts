/**
 * The plain-text answer (`Answer.answer`, for the CLI and scripts), written from the parts.
 * Channels compose their own from the same parts and sentences.
 */
import { Answer, Caveat, Decision } from '../types';
import { ANSWER_STRINGS } from '../strings/answer';
import { VERDICT_HEADLINES } from '../strings/verdicts';

export function writePlainAnswer(answer: Omit<Answer, 'answer' | 'suggestions'>): string {
  const lines = answerLines(answer);
  return lines.join('\n\n');
}

/** The answer's paragraphs in order; a channel that shows the verdict and conditions itself may drop those. */
export interface LineOptions {
  /** `full`: "Inte ännu — enligt …"; `source`: only "Enligt …", for a channel that shows the verdict as its headline. */
  verdictLine?: 'full' | 'source';
  /** False for a channel that lists the conditions itself. */
  conditions?: boolean;
  /** False for a channel that shows each citation's quote under its sources. */
  quotes?: boolean;
}

export function answerLines(answer: Omit<Answer, 'answer' | 'suggestions'>, options: LineOptions = {}): string[] {
  const s = ANSWER_STRINGS[answer.language];
  const headlines = VERDICT_HEADLINES[answer.language];
  const lines: string[] = [];
  const decided = answer.decisions.filter((d) => !d.reading);
  const main = answer.verdict ? decided.find((d) => d.verdict === answer.verdict) : undefined;
  if (main) lines.push(options.verdictLine === 'source' ? `${capitalize(s.decidedBy(main.source))}.` : `${headlines[main.verdict]} — ${s.decidedBy(main.source)}.`);
  lines.push(...answer.readings);

  const sectorReadings = answer.decisions.filter((d) => d.reading);
  if (answer.notices.sector && sectorReadings.length > 0) {
    lines.push(s.dependsOnInformation(answer.notices.sector));
    for (const d of sectorReadings) {
      const label = d.reading === 'ordinary' ? s.readingOrdinary : `${s.readingSector} (${d.pairs[0].dataLabel})`;
      lines.push(`${s.decisionLine(withLabel(d, label, s.pairs), headlines[d.verdict], d.source)}${d.note ? ` ${d.note}` : ''}`);
    }
  }
  if (answer.notices.acrossServices && decided.length > 0) lines.push(s.acrossServices(answer.notices.acrossServices));
  if (answer.notices.review !== undefined && decided.length > 0) lines.push(s.review(answer.notices.review));
  if (answer.notices.acrossData && decided.length > 0) lines.push(s.acrossData(answer.notices.acrossData));
  if (answer.notices.noRulingsFor) lines.push(s.noRulingsFor(answer.notices.noRulingsFor));
  for (const made of answer.notices.rulingsMade ?? []) lines.push(s.rulingMade(s.pairs(made.pairs), made.source));
  for (const d of decided) {
    const explain = [d.inheritedFrom && s.inherited(d.inheritedFrom.dataLabel, d.inheritedFrom.parentLabel), d.serviceVia && s.serviceVia(d.serviceVia.serviceLabel, d.serviceVia.parentLabel), d.note].filter(Boolean).join(' ');
    // The verdict line already says what a lone decision decided.
    if (decided.length === 1 && main) {
      if (explain) lines.push(explain);
    } else {
      lines.push([s.decisionLine(s.pairs(d.pairs), headlines[d.verdict], d.source), explain].filter(Boolean).join(' '));
    }
  }
  if (answer.conditions.length > 0 && options.conditions !== false) lines.push(`${s.conditions}\n${answer.conditions.map((c) => `- ${c}`).join('\n')}`);
  lines.push(...laterDocumentLines(answer));
  for (const caveat of answer.caveats.filter((c) => c.kind === 'broader-ruling')) {
    lines.push(s.broaderRuling(caveat.source, headlines[caveat.verdict!], s.pairs([caveat.pair!])));
  }
  for (const pair of answer.notices.undecided) lines.push(s.undecided(s.pairs([pair])));
  for (const name of answer.notices.unknownServices) lines.push(s.unknownService(name));
  if (answer.notices.unknownNames.length > 0) lines.push(s.unknownNames(answer.notices.unknownNames));
  if (answer.notices.needsDataClass) lines.push(s.noDataClass);
  for (const quote of options.quotes === false ? [] : answer.quotes) {
    if (!lines.some((line) => line.includes(quote.text))) lines.push(`${quote.text} [${quote.n}]`);
  }
  if (!answer.answered) lines.push(s.notAnswered);
  if (answer.notices.redacted) lines.push(s.piiReminder);
  lines.push(s.disclaimer);
  return lines;
}

/**
 * Later documents, grouped by the year of the ruling they bear on, so "the ruling dates from
 * 2018 … check whether it has been reviewed" is said once with a list, not once per document.
 */
function laterDocumentLines(answer: Omit<Answer, 'answer' | 'suggestions'>): string[] {
  const s = ANSWER_STRINGS[answer.language];
  const byYear = new Map<string, Caveat[]>();
  for (const caveat of answer.caveats.filter((c) => c.kind === 'later-document')) {
    const year = caveat.rulingDate.slice(0, 4);
    byYear.set(year, [...(byYear.get(year) ?? []), caveat]);
  }
  return [...byYear.values()].map((caveats) =>
    caveats.length === 1
      ? s.laterDocument(caveats[0].rulingDate, caveats[0].source, caveats[0].change)
      : [s.laterDocumentsIntro(caveats[0].rulingDate), ...caveats.map((c) => `- ${s.laterDocumentItem(c.source, c.change)}`), s.laterDocumentsOutro].join('\n'),
  );
}

/** A sector reading's line names the reading instead of the class: "Vanlig information … i Teams". */
function withLabel(decision: Decision, label: string, pairs: (p: Decision['pairs']) => string): string {
  return pairs(decision.pairs.map((p) => ({ ...p, dataLabel: label })));
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
