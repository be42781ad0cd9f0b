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
    ['[link](http://x)', '\\[link\\](http:\u200d//x)'],
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

describe('escapeMarkdown makes references, bare links and hidden characters inert (issue 17)', () => {
  it.each([
    ['fixes #123', 'fixes #\u200d123'],
    ['acme/widgets#5', 'acme/widgets#\u200d5'],
    ['see https://evil.example/x', 'see https:\u200d//evil.example/x'],
    ['www.evil.example', 'www\u200d.evil.example'],
    ['a\u202Eb\u0000c\u2066d', 'abcd'],
    ['#notanumber', '#notanumber'],
  ])('%j → %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });
});
