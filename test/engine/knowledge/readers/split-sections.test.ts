import { splitMarkdownSections, tidyText } from '../../../../bot/engine/knowledge/readers/split-sections';

describe('splitMarkdownSections', () => {
  it('starts a section at each ATX heading, with the text before the first under ""', () => {
    const body = 'Inledning.\n\n# Bakgrund #\nFörsta stycket.\n\n\n\nAndra stycket.\n###### Djupt\nText.\n';
    expect(splitMarkdownSections(body)).toEqual([
      { heading: '', text: 'Inledning.' },
      { heading: 'Bakgrund', text: 'Första stycket.\n\nAndra stycket.' },
      { heading: 'Djupt', text: 'Text.' },
    ]);
  });

  it('does not split inside fenced code and ignores #tags and seven hashes', () => {
    const body = '## Exempel\n```yaml\n# en kommentar\nid: x\n```\n#hashtag\n####### sju\n~~~\n# i tilde\n~~~';
    expect(splitMarkdownSections(body)).toEqual([
      { heading: 'Exempel', text: '```yaml\n# en kommentar\nid: x\n```\n#hashtag\n####### sju\n~~~\n# i tilde\n~~~' },
    ]);
  });

  it('drops sections without text and tidies whitespace', () => {
    const body = '\r\n# Tom\n   \n## Full   \r\nRad med slutmellanslag   \r\n\r\n\r\nNästa.\n#\n';
    expect(splitMarkdownSections(body)).toEqual([{ heading: 'Full', text: 'Rad med slutmellanslag\n\nNästa.' }]);
  });

  it('keeps a heading that ends in a hash that is part of a word', () => {
    expect(splitMarkdownSections('# Språket C#\nText.')).toEqual([{ heading: 'Språket C#', text: 'Text.' }]);
  });
});

describe('tidyText', () => {
  it('keeps indentation, makes no-break spaces plain and collapses blank lines', () => {
    expect(tidyText('\n\n  kod\u00a0rad  \n\n\n\nslut \n ')).toBe('  kod rad\n\nslut');
  });
});
