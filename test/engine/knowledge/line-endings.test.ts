import { loadKnowledgeFolder } from '../../../bot/engine/knowledge/load-knowledge-folder';
import { GLOSSARY, makeFolder, markdown, removeFolder } from '../../support/knowledge-folder';

/** As a Windows editor saves it, or a browser form sends pasted text. */
const crlf = (text: string) => text.replace(/\n/g, '\r\n');

describe('knowledge files saved with Windows line endings', () => {
  it('read like the same files with LF: flow mappings in the front matter, paragraphs in the text', async () => {
    const document = markdown({ id: 'beslut', rulings: '\n  - { service: onedrive, data: health, verdict: not_allowed, note: { sv: "Inte i OneDrive.", en: "Not in OneDrive." } }' }) + '\nFörsta stycket.\n\nAndra stycket.\n';
    const dir = await makeFolder({ 'glossary.yml': crlf(GLOSSARY), 'beslut.md': crlf(document) });
    try {
      const folder = await loadKnowledgeFolder(dir);
      expect(folder.problems).toEqual([]);
      const [loaded] = folder.documents;
      expect(loaded.rulings).toEqual([expect.objectContaining({ service: 'onedrive', data: 'health', verdict: 'not_allowed', note: { sv: 'Inte i OneDrive.', en: 'Not in OneDrive.' } })]);
      expect(JSON.stringify(loaded.sections)).not.toContain('\\r');
      expect(loaded.sections.map((s) => s.text).join('\n')).toContain('Första stycket.\n\nAndra stycket.');
    } finally {
      await removeFolder(dir);
    }
  });
});
