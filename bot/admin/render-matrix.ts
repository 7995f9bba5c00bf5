/** The verdict matrix as an HTML table: a coloured cell per pair, its ruling in a <details> that opens on click. */
import { LocalizedText, MatrixCell, MatrixSource, VERDICT_HEADLINES, VerdictMatrix } from '../engine';
import { SafeHtml, html } from './html';

const VERDICT_NAMES = VERDICT_HEADLINES.en;

export function renderMatrix(matrix: VerdictMatrix): SafeHtml {
  return html`<table class="matrix" id="verdict-matrix">
<thead><tr><th scope="col">Service \\ data</th>${matrix.data.map((d) => html`<th scope="col" data-data="${d.id}">${d.label.en}</th>`)}</tr></thead>
<tbody>${matrix.services.map((service, row) => html`
<tr><th scope="row" data-service="${service.id}">${service.label.en}</th>${matrix.cells[row].map(renderCell)}</tr>`)}
</tbody></table>
<p class="legend">${(['allowed', 'conditional', 'pending', 'not_allowed', 'none'] as const).map((v) => html`<span class="v-${v}">${VERDICT_NAMES[v]}</span> `)}</p>`;
}

function renderCell(cell: MatrixCell): SafeHtml {
  const verdict = cell.verdict ?? 'none';
  const hover = cell.decidedBy ? `${VERDICT_NAMES[verdict]}: ${cell.decidedBy.issuer}, ${dated(cell.decidedBy)}` : VERDICT_NAMES.none;
  return html`<td class="cell v-${verdict}" data-service="${cell.service}" data-data="${cell.data}" data-verdict="${verdict}"><details><summary title="${hover}">${VERDICT_NAMES[verdict]}</summary><div class="pop">${cellDetails(cell)}</div></details></td>`;
}

function cellDetails(cell: MatrixCell): SafeHtml {
  if (!cell.ruling || !cell.decidedBy || !cell.verdict) {
    return html`<p><strong>${VERDICT_NAMES.none}</strong> for ${cell.service} × ${cell.data}: no ruling applies, so the bot gives no verdict.</p>`;
  }
  const { ruling, decidedBy } = cell;
  const inherited = ruling.service !== cell.service || ruling.data !== cell.data;
  return html`<p><strong>${VERDICT_NAMES[cell.verdict]}</strong> — ruling for ${ruling.service} × ${ruling.data}${inherited ? ' (inherited through the glossary)' : ''}</p>
<p class="source">Decided by <cite>${decidedBy.title}</cite> — ${decidedBy.issuer}, ${dated(decidedBy)} <code>${decidedBy.path}</code></p>
${ruling.conditions.length > 0 ? html`<p>Conditions:</p><ul>${ruling.conditions.map((c) => html`<li>${bilingual(c)}</li>`)}</ul>` : ''}
${ruling.note ? html`<p>Note: ${bilingual(ruling.note)}</p>` : ''}
${cell.broader.map((b) => html`<p class="caveat">Caveat: a newer, broader ruling says ${VERDICT_NAMES[b.verdict]} — <cite>${b.title}</cite>, ${b.issuer}, ${dated(b)}</p>`)}
${cell.later.map((l) => html`<p class="caveat">Later: <cite>${l.title}</cite>, ${l.issuer}, ${dated(l)}${l.change ? html` — ${bilingual(l.change)}` : ''}</p>`)}`;
}

export function dated(source: Pick<MatrixSource, 'date' | 'dateApproximate'>): string {
  return source.dateApproximate ? `about ${source.date.slice(0, 7)}` : source.date;
}

export function bilingual(text: LocalizedText): SafeHtml {
  return html`${text.sv !== undefined ? html`<span lang="sv">${text.sv}</span>` : ''}${text.sv !== undefined && text.en !== undefined ? ' / ' : ''}${text.en !== undefined ? html`<span lang="en">${text.en}</span>` : ''}`;
}
