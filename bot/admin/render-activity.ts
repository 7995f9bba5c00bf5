/** Unanswered questions, the weekly helpful ratio as an inline SVG bar chart (no library, no network), and tickets by status. */
import { TicketStatus } from '../store/ticket-store';
import { WeekStats } from './answer-stats';
import { QuestionGroup } from './group-questions';
import { SafeHtml, html } from './html';

export function renderUnanswered(groups: QuestionGroup[]): SafeHtml {
  if (groups.length === 0) return html`<p>No unanswered, unhelpful or escalated questions in the answer log.</p>`;
  return html`<table class="list" id="unanswered"><thead><tr><th>Count</th><th>Latest</th><th>Question</th><th>Why</th><th>Other wordings</th></tr></thead><tbody>
${groups.map((g) => html`<tr><td class="n">${g.count}</td><td>${g.latest.slice(0, 10)}</td><td>${g.example}</td>
<td>${Object.entries(g.reasons).filter(([, n]) => n > 0).map(([reason, n]) => `${reason.replace('_', ' ')} ${n}`).join(', ')}</td>
<td>${g.wordings.length > 1 ? html`<ul>${g.wordings.slice(1).map((w) => html`<li>${w}</li>`)}</ul>` : ''}</td></tr>`)}
</tbody></table>`;
}

const BAR = 48;
const HEIGHT = 120;

export function renderHelpfulChart(weeks: WeekStats[]): SafeHtml {
  if (weeks.length === 0) return html`<p>No votes yet.</p>`;
  const width = weeks.length * BAR + 40;
  return html`<svg id="helpful-chart" role="img" aria-label="Helpful ratio per week" width="${width}" height="${HEIGHT + 40}" viewBox="0 0 ${width} ${HEIGHT + 40}">
<line x1="30" y1="${HEIGHT}" x2="${width}" y2="${HEIGHT}" stroke="#888"/>
<text x="0" y="12" font-size="10">100%</text><text x="8" y="${HEIGHT}" font-size="10">0%</text>
${weeks.map((w, i) => {
    const ratio = w.helpfulRatio ?? 0;
    const h = Math.round(ratio * (HEIGHT - 10));
    const x = 34 + i * BAR;
    return html`<g class="week" data-week="${w.week}"><title>${w.week}: ${w.helpful} helpful, ${w.notHelpful} not helpful</title>
<rect x="${x}" y="${HEIGHT - h}" width="${BAR - 12}" height="${h}" fill="#5B5FC7"/>
<text x="${x}" y="${HEIGHT - h - 3}" font-size="10">${Math.round(ratio * 100)}%</text>
<text x="${x}" y="${HEIGHT + 14}" font-size="9">${w.week.slice(5)}</text><text x="${x}" y="${HEIGHT + 26}" font-size="9">n=${w.helpful + w.notHelpful}</text></g>`;
  })}
</svg>`;
}

export function renderTickets(counts: Record<TicketStatus, number>): SafeHtml {
  return html`<table class="list" id="tickets"><thead><tr>${Object.keys(counts).map((status) => html`<th>${status}</th>`)}</tr></thead>
<tbody><tr>${Object.values(counts).map((n) => html`<td class="n">${n}</td>`)}</tr></tbody></table>`;
}
