import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/parsers/detect.js';
import { parseHyperfine } from '../../src/parsers/hyperfine.js';
import { fixture } from '../helpers/fixtures.js';

describe('hyperfine --export-json', () => {
  it('takes times as samples in s, one series per command (its -n name)', () => {
    const out = parseHyperfine(fixture('hyperfine/three_commands.json'));
    expect(out.results.map((r) => [r.id, r.n])).toEqual([
      ['sleep 20ms [s]', 10],
      ['/usr/bin/python3 -c pass [s]', 10],
      ['gzip -9 -c /usr/bin/hyperfine > /dev/null [s]', 10],
    ]);
    expect(out.results[0]).toMatchObject({
      direction: 'smaller',
      value: 0.021948036200000003,
      mean: 0.021867559200000004,
      min: 0.021477550700000004,
      max: 0.022153456700000004,
      extra: { user: 0.00138232, system: 0.000375232, reportedStddev: 0.00024375169177498387 },
    });
    expect(out.results[0]?.samples?.slice(0, 2)).toEqual([0.022121068700000003, 0.022010563700000003]);
    expect(out.warnings).toEqual([]);
  });

  it('keeps --parameter-scan parameters as params', () => {
    const out = parseHyperfine(fixture('hyperfine/parameter_scan.json'));
    expect(out.results.map((r) => [r.name, r.params])).toEqual([
      ['sleep 0.010', { ms: '10' }],
      ['sleep 0.020', { ms: '20' }],
      ['sleep 0.030', { ms: '30' }],
    ]);
  });

  it('warns about commands that exited non-zero (-i)', () => {
    const out = parseHyperfine(fixture('hyperfine/ignore_failure.json'));
    expect(out.warnings.map((w) => w.message)).toEqual([
      '$.results[0]: command "false" exited non-zero in 5 of 5 runs (exit codes 1); its times may measure the failure',
      '$.results[1]: command "sh -c "exit 3"" exited non-zero in 5 of 5 runs (exit codes 3); its times may measure the failure',
    ]);
  });

  it('is detected, and a result without times gets one line naming the field', () => {
    expect(detectFormat(fixture('hyperfine/three_commands.json'))).toBe('hyperfine');
    const doc = JSON.parse(fixture('hyperfine/three_commands.json').text);
    delete doc.results[1].times;
    expect(() => parseHyperfine({ path: 'h.json', text: JSON.stringify(doc) })).toThrow(
      'h.json: $.results[1].times: expected "times" array for command "/usr/bin/python3 -c pass"',
    );
  });
});
