import { readHtml } from '../../../../bot/engine/knowledge/readers/read-html';
import { UnreadableFileError } from '../../../../bot/engine/knowledge/readers/unreadable-file-error';
import { makeTempDir, roundTrip } from './make-files';

const PAGE = `<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><title>Molntjänster &amp; sekretess</title>
<style>p { color: red }</style><script>var hemligt = "skript";</script></head>
<body>
<header><a href="/">Kommunens logga</a></header>
<nav><ul><li><a href="/start">Startsida</a></li><li>Kontakt</li></ul></nav>
<p>Inledning före första rubriken.</p>
<h1>Riktlinje för   molntjänster</h1>
<p>Förvaltningen får använda <a href="https://example.se/m365">Microsoft 365</a> för öppna uppgifter.</p>
<p>Personuppgifter kräver &quot;biträdesavtal&quot; &ndash; se bilaga&nbsp;2.</p>
<h2>Särskilda <em>krav</em></h2>
<ul><li>Kryptering i vila</li><li>Loggning av åtkomst</li></ul>
<table><tr><th>Tjänst</th><th>Beslut</th></tr><tr><td>OneDrive</td><td>Tillåten med villkor</td></tr></table>
<h2>Tom rubrik</h2>
<h3>Övrigt</h3><p>Sista stycket.</p>
<script>document.write("mer skript")</script>
<footer>© Kommunen 2024</footer>
</body></html>`;

function read(html: string): ReturnType<typeof readHtml> {
  return readHtml(Buffer.from(html, 'utf8'));
}

describe('readHtml', () => {
  it('splits at headings in order and keeps å ä ö, entities decoded', () => {
    const result = read(PAGE);
    expect(result.sections.map((s) => s.heading)).toEqual(['', 'Riktlinje för molntjänster', 'Särskilda krav', 'Övrigt']);
    expect(result.sections[0].text).toBe('Inledning före första rubriken.');
    expect(result.sections[1].text).toBe(
      'Förvaltningen får använda Microsoft 365 för öppna uppgifter.\n\n' +
        'Personuppgifter kräver "biträdesavtal" – se bilaga 2.',
    );
    expect(result.sections[2].text).toBe(
      '- Kryptering i vila\n- Loggning av åtkomst\n\nTjänst | Beslut\nOneDrive | Tillåten med villkor',
    );
    expect(result.sections[3].text).toBe('Sista stycket.');
  });

  it('drops scripts, styles, navigation, header, footer and link URLs', () => {
    const all = read(PAGE).sections.map((s) => `${s.heading}\n${s.text}`).join('\n');
    for (const gone of ['skript', 'color', 'Startsida', 'Kontakt', 'logga', 'Kommunen 2024', 'https://', '[', 'RIKTLINJE']) {
      expect(all).not.toContain(gone);
    }
  });

  it('takes the title from <title>, else from the first h1', () => {
    expect(read(PAGE).title).toBe('Molntjänster & sekretess');
    expect(read('<h2>Andra</h2><p>Text.</p><h1>Första  ettan</h1><p>Mer.</p><h1>Andra ettan</h1>').title).toBe('Första ettan');
    expect(read('<h2>Bara tvåa</h2><p>Text.</p>').title).toBeUndefined();
  });

  it('reads a Windows-1252 file from disk', async () => {
    const temp = await makeTempDir();
    try {
      const bytes = await roundTrip(temp.dir, 'sida.htm', Buffer.from('<h1>Överföring</h1><p>Tredje land är säkert?</p>', 'latin1'));
      expect(readHtml(bytes).sections).toEqual([{ heading: 'Överföring', text: 'Tredje land är säkert?' }]);
    } finally {
      await temp.remove();
    }
  });

  it.each([
    ['an empty file', ''],
    ['an empty body', '<html><head><title>Tom</title></head><body>  </body></html>'],
    ['only chrome and scripts', '<nav>Meny</nav><script>x()</script><footer>Sidfot</footer>'],
  ])('calls %s empty', (_name, html) => {
    expect(() => read(html)).toThrow(UnreadableFileError);
    expect(() => read(html)).toThrow(expect.objectContaining({ reason: 'empty', message: expect.stringMatching(/HTML page has no text/) }));
  });
});
