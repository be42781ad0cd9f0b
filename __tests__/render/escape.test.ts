import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeMarkdown } from '../../src/render/escape.js';

describe('escapeMarkdown', () => {
  it.each([
    ['BenchmarkAdler32/size=64-2', 'BenchmarkAdler32/size=64-2'],
    ['test_sort[10]', 'test\\_sort\\[10\\]'],
    ['a | b', 'a \\| b'],
    ['`code`', '\\`code\\`'],
    ['*bold* and _em_', '\\*bold\\* and \\_em\\_'],
    ['~~strike~~', '\\~\\~strike\\~\\~'],
    ['[link](http://x)', '\\[link\\](http://x)'],
    ['back\\slash', 'back\\\\slash'],
    ['<b>&"\'', '&lt;b&gt;&amp;&quot;&#39;'],
    ['@someone', '@\u200dsomeone'],
    ['mail me@example.com', 'mail me@\u200dexample.com'],
    ['two\nlines\r\nand\ttab', 'two lines and tab'],
    ['count primes < 20000', 'count primes &lt; 20000'],
    ['fib(20) # 1.5!', 'fib(20) # 1.5!'],
  ])('%j → %j', (text, escaped) => {
    expect(escapeMarkdown(text)).toBe(escaped);
  });

  it('turns any run of line breaks and tabs into one space', () => {
    expect(escapeMarkdown('a\n\n\r\n\tb')).toBe('a b');
  });
});

describe('escapeHtml', () => {
  it('escapes the five HTML specials and nothing else', () => {
    expect(escapeHtml(`<a href="x">'&'</a> *not markdown* | @me`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt; *not markdown* | @me',
    );
  });
});
