/** The admin page's frame: the sign-in form, and the signed-in page with its panels. Styles inline: nothing is fetched. */
import { SafeHtml, html } from './html';

const STYLE = `
body { font: 14px/1.4 'Liberation Sans', 'DejaVu Sans', sans-serif; margin: 0 24px 48px; color: #242424; }
header { display: flex; gap: 16px; align-items: center; border-bottom: 1px solid #ddd; }
nav a { margin-right: 12px; }
section { margin-top: 28px; }
table { border-collapse: collapse; }
th, td { border: 1px solid #ddd; padding: 3px 6px; text-align: left; vertical-align: top; }
.matrix td.cell { padding: 0; min-width: 92px; position: relative; }
.matrix summary { cursor: pointer; padding: 4px 6px; list-style: none; font-size: 12px; }
.matrix .pop { position: absolute; z-index: 2; left: 0; top: 100%; width: 420px; background: #fff; border: 1px solid #888; padding: 8px; box-shadow: 0 2px 8px rgba(0,0,0,.25); font-size: 13px; }
.v-allowed { background: #C7E8C0; } .v-conditional { background: #E9F2B6; } .v-pending { background: #FFD9A8; }
.v-not_allowed { background: #F4B6BE; } .v-none { background: #EEEEEE; color: #666; }
.legend span { padding: 2px 8px; margin-right: 4px; }
.list tr.left_out { background: #FCE8EA; } .list tr.old td:nth-child(4) { color: #A4262C; }
.flag { background: #FFF4CE; padding: 0 4px; border-radius: 3px; font-size: 12px; }
.caveat { color: #835B00; } .error { color: #A4262C; font-weight: bold; } .ok { color: #0E700E; }
td.n { text-align: right; }
form label { display: block; margin: 6px 0; } textarea { display: block; font-family: monospace; }
pre { white-space: pre-wrap; max-width: 520px; }
`;

function page(title: string, body: SafeHtml): string {
  return html`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${title}</title><style>${new SafeHtml(STYLE)}</style></head><body>${body}</body></html>`.value;
}

export function signInPage(message?: string): string {
  return page('Molnkoll admin: sign in', html`<h1>Molnkoll admin</h1>
<form method="post" action="/admin/sign-in" id="sign-in">
<label>Admin token <input type="password" name="token" autocomplete="current-password" required autofocus></label>
<button type="submit">Sign in</button></form>
${message ? html`<p class="error" id="sign-in-error">${message}</p>` : ''}`);
}

export interface AdminPanels {
  knowledgeVersion: string;
  matrix: SafeHtml;
  health: SafeHtml;
  review: SafeHtml;
  check: SafeHtml;
  unanswered: SafeHtml;
  feedback: SafeHtml;
  tickets: SafeHtml;
}

export function adminPage(panels: AdminPanels): string {
  return page('Molnkoll admin', html`<header><h1>Molnkoll admin</h1><span>knowledge ${panels.knowledgeVersion}</span>
<form method="post" action="/admin/sign-out"><button type="submit">Sign out</button></form></header>
<nav><a href="#matrix">Verdict matrix</a><a href="#health">Knowledge health</a><a href="#review">Review</a><a href="#check">Check a document</a><a href="#unanswered">Unanswered</a><a href="#feedback">Feedback and tickets</a></nav>
<section id="matrix"><h2>Verdict matrix</h2><p>Click a cell for its ruling, conditions, deciding document and caveats.</p>${panels.matrix}</section>
<section id="health"><h2>Knowledge health</h2>${panels.health}</section>
<section id="review"><h2>Review</h2>${panels.review}</section>
<section id="check"><h2>Check a document before publishing</h2>${panels.check}</section>
<section id="unanswered"><h2>Unanswered questions</h2><p>Unanswered, voted not helpful or sent to the helpdesk, grouped by wording: what to write knowledge for next.</p>${panels.unanswered}</section>
<section id="feedback"><h2>Feedback and tickets</h2><h3>Helpful ratio per week</h3>${panels.feedback}<h3>Tickets by status</h3>${panels.tickets}</section>`);
}
