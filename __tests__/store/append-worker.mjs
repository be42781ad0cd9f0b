// One writer in its own process: `node append-worker.mjs <compiled store dir> <job JSON>`.
// Used by the concurrency tests to show that separate processes appending at once lose nothing.
// With `job.logRetries`, each retry line of the gh-pages store goes to stderr (the writers bench).
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [storeDir, jobJson] = process.argv.slice(2);
const job = JSON.parse(jobJson);
const load = (file) => import(pathToFileURL(path.join(storeDir, file)).href);
const log = job.logRetries ? (line) => process.stderr.write(`${line}\n`) : undefined;
const store =
  job.kind === 'ghpages'
    ? new (await load('ghpages.js')).GhPagesStore({ ...job.options, log })
    : new (await load('local.js')).LocalFolderStore(job.dir);
await store.append(job.suite, job.entry, { historySize: job.historySize });
