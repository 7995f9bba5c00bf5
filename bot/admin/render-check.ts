/** The "check a document before publishing" form and what the check found. */
import { VERDICT_HEADLINES } from '../engine';
import { AnswerBrief, DocumentCheck } from './check-document';
import { SafeHtml, html } from './html';
import { bilingual, dated } from './render-matrix';

export function renderCheckForm(files: string[], error?: string): SafeHtml {
  return html`<form method="post" action="/admin/check#check" enctype="multipart/form-data" id="check-form">
<p>Upload a Markdown file, paste one, or pick a file already in the folder. The folder is not changed: the check runs on a temporary copy.</p>
<label>Upload <input type="file" name="file" accept=".md,text/markdown"></label>
<label>or paste, as file name <input type="text" name="name" value="candidate.md" size="30"></label>
<textarea name="markdown" rows="10" cols="90" placeholder="---&#10;id: …&#10;title: …&#10;---"></textarea>
<label>or choose <select name="existing"><option value="">—</option>${files.map((f) => html`<option value="${f}">${f}</option>`)}</select></label>
<button type="submit">Check</button>
${error ? html`<p class="error" id="check-error">${error}</p>` : ''}
</form>`;
}

export function renderCheckResult(check: DocumentCheck): SafeHtml {
  const d = check.document;
  return html`<div id="check-result">
<h3>${check.name}${check.replaces ? ' (replacing the file in the folder)' : ''}</h3>
${check.problems.length > 0 ? html`<p>Problems the loader would report:</p><ul class="problems">${check.problems.map((p) => html`<li><code>${p.path}${p.line === undefined ? '' : `:${p.line}`}</code> ${p.message}</li>`)}</ul>` : html`<p class="ok">The loader reports no problems.</p>`}
${d ? html`<dl class="meta">
<dt>id</dt><dd>${d.id}</dd><dt>title</dt><dd>${d.title}</dd><dt>kind</dt><dd>${d.kind}</dd><dt>issuer</dt><dd>${d.issuer}</dd>
<dt>date</dt><dd>${dated(d)}</dd><dt>language</dt><dd>${d.language}</dd><dt>supersedes</dt><dd>${d.supersedes.join(', ') || '—'}</dd></dl>
<h4>Rulings</h4>${d.rulings.length === 0 ? html`<p>None.</p>` : html`<ul class="rulings">${d.rulings.map((r) => html`<li>${r.service} × ${r.data}: <strong>${VERDICT_HEADLINES.en[r.verdict]}</strong>
${r.conditions.length > 0 ? html`<ul>${r.conditions.map((c) => html`<li>${bilingual(c)}</li>`)}</ul>` : ''}${r.note ? html`<p>Note: ${bilingual(r.note)}</p>` : ''}</li>`)}</ul>`}
<h4>Concerns</h4>${d.concerns ? html`<p>services: ${d.concerns.services.join(', ') || 'every service'}; data: ${d.concerns.data.join(', ') || 'every class'}${d.concerns.change ? html`<br>change: ${bilingual(d.concerns.change)}` : ''}</p>` : html`<p>None.</p>`}
<h4>Sample answers with this document</h4>
<table class="list" id="check-samples"><thead><tr><th>Question</th><th>With it</th><th>Today</th></tr></thead><tbody>
${check.samples.map((s) => html`<tr><td>${s.question}</td><td>${brief(s.with)}</td><td>${s.now ? brief(s.now) : '—'}</td></tr>`)}
</tbody></table>` : html`<p>The loader left the file out, so it would not be served.</p>`}
</div>`;
}

function brief(answer: AnswerBrief): SafeHtml {
  return html`<strong>${answer.verdict ? VERDICT_HEADLINES.en[answer.verdict] : answer.answered ? 'answered, no verdict' : 'not answered'}</strong>
${answer.decidedBy ? html` <small>decided by ${answer.decidedBy}</small>` : ''}${answer.citesCandidate ? html` <span class="flag">cites it</span>` : ''}
<details><summary>answer</summary><pre>${answer.text}</pre></details>`;
}
