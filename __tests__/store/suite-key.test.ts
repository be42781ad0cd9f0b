import { describe, expect, it } from 'vitest';
import { suiteKey } from '../../src/store/suite-key.js';

const HASHED = /^[a-z0-9._-]+-[0-9a-f]{8}$/;

describe('suiteKey', () => {
  it('keeps a name that is already a safe lowercase segment', () => {
    expect(suiteKey('benchmarks')).toBe('benchmarks');
    expect(suiteKey('go_1.22-linux')).toBe('go_1.22-linux');
  });

  it('is stable across versions: a changed key would orphan every stored history', () => {
    expect(suiteKey('My Suite/Go')).toBe('my-suite-go-dc2d08be');
  });

  it('never lets a path escape its folder', () => {
    for (const name of ['../../etc', '..', '.', '/etc/passwd', 'a/../../b', 'C:\\Windows', '.git']) {
      const key = suiteKey(name);
      expect(key).toMatch(HASHED);
      expect(key).not.toMatch(/^[.-]|[/\\]/); // one segment, not hidden, never `.` or `..`
    }
    expect(suiteKey('../../etc')).toMatch(/^etc-[0-9a-f]{8}$/);
  });

  it('gives different names different keys even when they slug alike', () => {
    const names = ['a b', 'a/b', 'A-B', 'a-b', 'a--b', 'a b ', 'bench', 'Bench', 'BENCH'];
    expect(new Set(names.map(suiteKey)).size).toBe(names.length);
  });

  it('hashes a name that already looks hashed, so it cannot take the key of another name', () => {
    const hashedKey = suiteKey('Bench');
    expect(suiteKey(hashedKey)).not.toBe(hashedKey);
    expect(suiteKey(hashedKey)).toMatch(HASHED);
  });

  it('cuts long names to 60 characters, keeping them apart by the hash', () => {
    const long = 'x'.repeat(200);
    expect(suiteKey(long)).toHaveLength(60);
    expect(suiteKey(`${long}1`)).not.toBe(suiteKey(long));
  });

  it('names a suite with no usable character, and avoids names Windows refuses', () => {
    expect(suiteKey('')).toMatch(/^suite-[0-9a-f]{8}$/);
    expect(suiteKey('🚀')).toMatch(/^suite-[0-9a-f]{8}$/);
    expect(suiteKey('con')).toMatch(/^con-[0-9a-f]{8}$/);
    expect(suiteKey('nul.json')).toMatch(/^nul\.json-[0-9a-f]{8}$/);
  });
});
