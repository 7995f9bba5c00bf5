/**
 * Conditions, notes and a `concerns` change are written either as `{sv, en}` or as a plain
 * string, which is read as the document's language; `date_approximate` is carried through.
 */
import { loadKnowledgeFolder } from '../../../bot/engine/knowledge/load-knowledge-folder';
import { GLOSSARY, makeFolder, removeFolder } from '../../support/knowledge-folder';

const BOTH_LANGUAGES = `---
title: Beslut om OneDrive
kind: decision
issuer: Kommunstyrelsen
date: 2019-05-02
language: sv
rulings:
  - service: onedrive
    data: health
    verdict: conditional
    conditions:
      - { sv: Kryptera filerna., en: Encrypt the files. }
      - { sv: Logga åtkomst. }
    note: { sv: Gäller tills vidare., en: Applies until further notice. }
---

Text om OneDrive.
`;

const PLAIN_STRINGS_IN_ENGLISH = `---
title: Later law
kind: law
issuer: Riksdagen
date: 2023-07-01
date_approximate: true
language: en
rulings:
  - { service: any, data: confidential, verdict: pending, conditions: [Ask the lawyer.], note: Until reviewed. }
concerns:
  services: [office365]
  data: [health]
  change: Confidential data may now be handed to a supplier that only stores it.
---

Text about the law.
`;

const CONCERNS_BOTH_LANGUAGES = `---
title: Dom
kind: judgment
issuer: Högsta förvaltningsdomstolen
date: 2024-02-01
language: sv
concerns: { data: [confidential], change: { sv: Lagring gör inte handlingen allmän., en: Storage does not make the document public. } }
---

Text om domen.
`;

describe('bilingual conditions, notes and concerns', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await makeFolder({ 'glossary.yml': GLOSSARY, 'beslut.md': BOTH_LANGUAGES, 'law.md': PLAIN_STRINGS_IN_ENGLISH, 'dom.md': CONCERNS_BOTH_LANGUAGES });
  });
  afterAll(() => removeFolder(dir));

  it('keeps {sv, en} as written, a side left out stays missing', async () => {
    const folder = await loadKnowledgeFolder(dir);
    expect(folder.problems).toEqual([]);
    const beslut = folder.documents.find((d) => d.id === 'beslut')!;
    expect(beslut.rulings).toEqual([{
      service: 'onedrive', data: 'health', verdict: 'conditional',
      conditions: [{ sv: 'Kryptera filerna.', en: 'Encrypt the files.' }, { sv: 'Logga åtkomst.' }],
      note: { sv: 'Gäller tills vidare.', en: 'Applies until further notice.' },
    }]);
    expect(beslut.concerns).toBeUndefined();
    expect(beslut.dateApproximate).toBe(false);
  });

  it('reads plain strings as the document language, and date_approximate as written', async () => {
    const folder = await loadKnowledgeFolder(dir);
    const law = folder.documents.find((d) => d.id === 'law')!;
    expect(law.rulings).toEqual([{ service: 'any', data: 'confidential', verdict: 'pending', conditions: [{ en: 'Ask the lawyer.' }], note: { en: 'Until reviewed.' } }]);
    expect(law.concerns).toEqual({ services: ['office365'], data: ['health'], change: { en: 'Confidential data may now be handed to a supplier that only stores it.' } });
    expect(law.dateApproximate).toBe(true);
  });

  it('reads concerns with {sv, en} and no services as bearing on every service (an empty list)', async () => {
    const folder = await loadKnowledgeFolder(dir);
    const dom = folder.documents.find((d) => d.id === 'dom')!;
    expect(dom.concerns).toEqual({ services: [], data: ['confidential'], change: { sv: 'Lagring gör inte handlingen allmän.', en: 'Storage does not make the document public.' } });
  });
});
