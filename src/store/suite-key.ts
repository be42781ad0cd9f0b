// The suite name is user input and becomes a file or folder name in every store: this is the one place
// that turns it into a safe path segment. Benchmark names never become paths.
import { createHash } from 'node:crypto';

const MAX_LENGTH = 60;
const HASH_LENGTH = 8;
/** What a hashed key ends with: a name that already looks like one is hashed too, so they never collide. */
const HASHED = /-[0-9a-f]{8}$/;
/** Names Windows refuses as file names, whatever the extension. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/;

/**
 * A path segment for `suite`: lowercase `[a-z0-9._-]`, other runs of characters collapsed to `-`, no
 * leading or trailing `.`/`-`, at most 60 characters. When anything had to change, a short hash of the
 * original name is appended, so `../../etc` never becomes a path and two different names never share a key
 * (`Bench` → `bench-<hash>`, while `bench` stays `bench`).
 */
export function suiteKey(suite: string): string {
  const slug = suite
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[.-]+|[.-]+$/g, '');
  const unchanged =
    slug === suite &&
    slug.length > 0 &&
    slug.length <= MAX_LENGTH &&
    !WINDOWS_RESERVED.test(slug) &&
    !HASHED.test(slug);
  if (unchanged) return slug;
  const hash = createHash('sha256').update(suite).digest('hex').slice(0, HASH_LENGTH);
  const head = slug.slice(0, MAX_LENGTH - HASH_LENGTH - 1).replace(/[.-]+$/, '');
  return `${head || 'suite'}-${hash}`;
}
