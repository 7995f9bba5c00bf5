/** The knowledge health and review panels. */
import { VERDICT_HEADLINES } from '../engine';
import { KnowledgeHealth, ReviewList } from './knowledge-health';
import { SafeHtml, html } from './html';

export function renderHealth(health: KnowledgeHealth, reviewAgeMonths: number): SafeHtml {
  return html`<p id="health-summary">${health.documents} documents loaded, ${health.leftOut} file${health.leftOut === 1 ? '' : 's'} left out. Index built ${health.loadedAt.replace('T', ' ').slice(0, 19)} UTC.
Documents dated before ${health.reviewBefore} (older than ${reviewAgeMonths} months) are flagged for review.</p>
<table class="list" id="knowledge-files"><thead><tr><th>File</th><th>Status</th><th>Document</th><th>Date</th><th>Flags</th><th>Problems</th></tr></thead><tbody>
${health.files.map((f) => html`<tr class="${f.status}${f.old ? ' old' : ''}" data-path="${f.path}">
<td><code>${f.path}</code></td><td>${f.status === 'loaded' ? 'loaded' : 'left out'}</td>
<td>${f.document ? html`${f.document.title} <small>(${f.document.kind}, ${f.document.issuer})</small>` : ''}</td>
<td>${f.document ? `${f.document.date}${f.document.dateApproximate ? ' (approx.)' : ''}` : ''}</td>
<td>${f.old ? html`<span class="flag">review: old</span> ` : ''}${f.supersededBy.length > 0 ? html`<span class="flag">superseded by ${f.supersededBy.join(', ')}</span>` : ''}</td>
<td>${f.problems.length > 0 ? html`<ul>${f.problems.map((p) => html`<li>${p.line === undefined ? '' : `line ${p.line}: `}${p.message}</li>`)}</ul>` : ''}</td></tr>`)}
</tbody></table>`;
}

export function renderReview(review: ReviewList): SafeHtml {
  return html`<h3>Rulings that newer documents bear on</h3>
${review.rulings.length === 0 ? html`<p>None.</p>` : html`<table class="list" id="review-rulings"><thead><tr><th>Ruling</th><th>Verdict</th><th>Its document</th><th>Newer documents</th></tr></thead><tbody>
${review.rulings.map((r) => html`<tr><td>${r.service} × ${r.data}</td><td>${VERDICT_HEADLINES.en[r.verdict]}</td><td>${r.document.title} <small>(${r.document.id}, ${r.document.date})</small></td>
<td><ul>${r.later.map((l) => html`<li>${l.title} <small>(${l.id}, ${l.date})</small></li>`)}</ul></td></tr>`)}
</tbody></table>`}
<h3>Documents older than the review age</h3>
${review.oldDocuments.length === 0 ? html`<p>None.</p>` : html`<ul id="review-old">${review.oldDocuments.map((d) => html`<li>${d.date} — ${d.title} <code>${d.path}</code></li>`)}</ul>`}`;
}
