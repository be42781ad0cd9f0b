import { describe, expect, it } from 'vitest';
import { truncateMarkdown, truncateText, truncateUtf8 } from '../../src/github/limits.js';

const hasLoneSurrogate = (s: string) =>
  /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);

describe('truncateText', () => {
  it('returns text within the limit unchanged', () => {
    expect(truncateText('abc', 3)).toBe('abc');
  });

  it('never splits a surrogate pair', () => {
    const cut = truncateText('😀😀😀', 4);
    expect(cut).toBe('😀…');
    expect(hasLoneSurrogate(cut)).toBe(false);
  });
});

describe('truncateUtf8', () => {
  it('ends on a whole character within the byte budget', () => {
    expect(truncateUtf8('aé€😀', 7)).toBe('aé…');
    expect(truncateUtf8('aé€😀', 10)).toBe('aé€😀');
  });
});

describe('truncateMarkdown', () => {
  it('cuts at a line end and appends the note', () => {
    const text = 'line 1\nline 2\nline 3\n';
    expect(truncateMarkdown(text, 17, 'CUT')).toBe('line 1\n\nCUT');
  });

  it('closes a code fence the cut left open', () => {
    const text = `intro\n\`\`\`\n${'code line\n'.repeat(50)}\`\`\`\n`;
    const cut = truncateMarkdown(text, 100, 'CUT');
    expect(cut.length).toBeLessThanOrEqual(100);
    expect(cut).toMatch(/code line\n```\n\nCUT$/);
  });

  it('never splits a surrogate pair in a text without line ends', () => {
    const cut = truncateMarkdown('😀'.repeat(100), 51, 'CUT');
    expect(cut.length).toBeLessThanOrEqual(51);
    expect(hasLoneSurrogate(cut)).toBe(false);
    expect(cut.endsWith('\n\nCUT')).toBe(true);
  });
});
