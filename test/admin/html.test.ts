import { html, escapeHtml } from '../../bot/admin/html';
import { renderUnanswered } from '../../bot/admin/render-activity';

describe('html templates', () => {
  it('escapes every interpolated value, nested lists too, but not html it built itself', () => {
    const evil = '<script>alert("x")</script>';
    expect(html`<p title="${evil}">${[evil, html`<b>${"it's"}</b>`]}</p>`.value).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;<b>it&#39;s</b></p>',
    );
    expect(escapeHtml('a & b')).toBe('a &amp; b');
  });

  it('shows a logged question as text, never as markup', () => {
    const page = renderUnanswered([{ example: '<img src=x onerror=alert(1)>', terms: [], count: 1, latest: '2026-11-01T00:00:00.000Z', reasons: { unanswered: 1, not_helpful: 0, escalated: 0 }, wordings: ['<img src=x onerror=alert(1)>'] }]).value;
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(page).not.toContain('<img');
  });
});
