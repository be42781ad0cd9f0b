// The HTML pages as text: the data block cannot be ended by the data, and the Content-Security-Policy
// names exactly the scripts and styles the page holds (what the browser tests then rely on).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonForScript } from '../../src/render/html/page.js';
import { renderHtmlReport } from '../../src/render/html/report.js';
import { comparedSeries, reportOf } from './reports.js';

const hashOf = (code: string) => `sha256-${createHash('sha256').update(code).digest('base64')}`;

describe('the HTML report page', () => {
  const hostile = '</script><script>alert(1)</script><!--';
  const html = renderHtmlReport(reportOf([comparedSeries(hostile, 'regression', 1, 2)]), { title: hostile });

  it('holds the data as JSON with every < escaped, so no name can end the data block', () => {
    expect(jsonForScript({ name: hostile })).toBe(
      '{"name":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>\\u003c!--"}',
    );
    expect(JSON.parse(jsonForScript({ name: hostile }))).toEqual({ name: hostile });
    expect(html).not.toContain('alert(1)</script>');
    expect(html.match(/<\/script>/g)).toHaveLength(2);
  });

  it('allows in its Content-Security-Policy the hashes of its own scripts and styles, and nothing else', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => hashOf(m[1] as string));
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => hashOf(m[1] as string));
    expect(csp.split('; ')).toEqual([
      "default-src 'none'",
      `script-src ${scripts.map((h) => `'${h}'`).join(' ')}`,
      `style-src ${styles.map((h) => `'${h}'`).join(' ')}`,
      "img-src 'none'",
      "base-uri 'none'",
      "form-action 'none'",
    ]);
    expect(scripts).toHaveLength(1);
    expect(styles).toHaveLength(2);
  });
});

describe('src/render/html', () => {
  it('is pure: no node: module, no @actions/*, no process', () => {
    const dir = path.resolve(import.meta.dirname, '../../src/render/html');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      const text = readFileSync(path.join(dir, file), 'utf8');
      expect(text, file).not.toMatch(/from '(node:|@actions\/)|\bprocess\./);
    }
  });
});
