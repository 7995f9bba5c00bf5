/** YAML "billion laughs" for tests: small on disk, billions of nodes once its aliases are expanded. */

/** Nine levels of nine aliases over nine strings: 9^10 (3.5 billion) strings once expanded. The first alias is on its line 2. */
export function aliasBomb(): string {
  const lines = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let level = 1; level <= 9; level++) {
    const prev = `*a${level - 1}`;
    lines.push(`a${level}: &a${level} [${Array(9).fill(prev).join(', ')}]`);
  }
  return lines.join('\n') + '\n';
}

/** A Markdown file whose front matter is the bomb; its first alias is on line 4. */
export const aliasBombMarkdown = (): string => `---\ntitle: Bomb\n${aliasBomb()}---\n\nText om molnet.\n`;
