// A local stand-in for the GitHub Actions results service, for tests only: the cache service v2
// (what @actions/cache 6.x calls when ACTIONS_CACHE_SERVICE_V2 is set), the artifact service v2
// (@actions/artifact 6.x) and the Azure Blob storage their signed URLs point to. The real packages
// talk to it over HTTP on 127.0.0.1, so a test exercises their actual requests, retries and archives.
//
// Protocol, as read in node_modules/@actions/{cache,artifact}/lib:
// - Twirp JSON: `POST /twirp/github.actions.results.api.v1.<Service>/<Method>`, `Authorization: Bearer
//   <ACTIONS_RUNTIME_TOKEN>`, bodies with proto field names (snake_case), int64 as strings, wrapper types
//   (StringValue, Int64Value) as bare values, Timestamps as RFC 3339 strings. Errors are
//   `{"code": "...", "msg": "..."}`; the clients retry 500/502/503/504 (and 429 for artifacts) five times
//   with 3 s, ~5 s, ~8 s, ~12 s pauses and give up at once on other statuses or a refused connection.
// - Blobs: the Azure SDK addresses `http://127.0.0.1:PORT/<account>/<container>/<blob>?<sas>` path-style.
//   Put Blob (`PUT`, `x-ms-blob-type: BlockBlob`) for cache archives, Put Block (`comp=block&blockid=`)
//   and Put Block List (`comp=blocklist`, XML body) for artifact streams, `GET`/`HEAD` with optional
//   `Range`/`x-ms-range` for downloads. Every successful response carries the `x-ms-*` headers the SDK
//   deserializes (request id, version, ETag, Last-Modified).
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export type ServiceName = 'cache' | 'artifact' | 'blob';

/** One request the server answered, in arrival order. */
export interface RecordedRequest {
  method: string;
  /** Path without the query string (signatures stay out of assertions). */
  path: string;
  service: ServiceName | 'unknown';
  /** Twirp method (`CreateCacheEntry`) or blob operation (`PutBlob`, `PutBlock`, `PutBlockList`, `GetBlob`, `GetBlobProperties`). */
  operation: string;
  status: number;
  /** Twirp: the parsed JSON request. Blob: `{ bytes }` received or sent. */
  body: unknown;
}

export interface CacheEntryRecord {
  id: number;
  key: string;
  version: string;
  /** Reservation order: restore prefers the highest among several prefix matches ("most recently created"). */
  sequence: number;
  createdAt: Date;
  finalized: boolean;
  sizeBytes?: number;
  blob: string;
}

export interface ArtifactRecord {
  id: number;
  workflowRunBackendId: string;
  workflowJobRunBackendId: string;
  name: string;
  mimeType?: string;
  /** Protocol version the client announced (7 for @actions/artifact 6.x). */
  version?: number;
  expiresAt?: string;
  createdAt: Date;
  finalized: boolean;
  size?: number;
  /** `sha256:<hex>` as the client computed it. */
  digest?: string;
  blob: string;
}

/** Makes requests of one service fail with `status`: all of them, or the next `times`, or only one `operation`. */
export interface FailureMode {
  status: number;
  /** Twirp `msg` or storage error message; `cache write denied: …` and `cache read denied: …` are what GitHub sends for read-only tokens. */
  message?: string;
  times?: number;
  /** Only this twirp method or blob operation fails (`CreateCacheEntry`, `PutBlob`, …). */
  operation?: string;
}

export interface ActionsServices {
  /** `http://127.0.0.1:PORT/`, the ACTIONS_RESULTS_URL. */
  url: string;
  /** An unsigned JWT whose `scp` claim names the workflow run and job, as @actions/artifact expects. */
  token: string;
  workflowRunBackendId: string;
  workflowJobRunBackendId: string;
  /**
   * A runtime token for another workflow run (new run and job backend ids), accepted like `token`. Every
   * run of a real workflow gets its own, so one run's artifacts never collide by name with another's.
   * Given a run's backend id, a token for another job of that run: the jobs of a matrix see each other's
   * artifacts.
   */
  tokenForNewRun(workflowRunBackendId?: string): string;
  /**
   * What a runner would set for a step: ACTIONS_RESULTS_URL, ACTIONS_RUNTIME_TOKEN, ACTIONS_CACHE_SERVICE_V2,
   * GITHUB_SERVER_URL (github.com, so the packages do not take the GHES path), and a private RUNNER_TEMP and
   * GITHUB_WORKSPACE (@actions/cache writes archives under RUNNER_TEMP, falling back to /home/actions/temp).
   */
  env: Record<string, string>;
  requests: RecordedRequest[];
  cacheEntries: CacheEntryRecord[];
  artifacts: ArtifactRecord[];
  /** Bytes of a committed blob (a cache archive or an artifact), by the path in its signed URL. */
  blobContent(blob: string): Buffer | undefined;
  setFailure(service: ServiceName, failure: FailureMode | undefined): void;
  /** Stops listening, drops open connections and removes RUNNER_TEMP/GITHUB_WORKSPACE. Safe to call again. */
  close(): Promise<void>;
}

export interface ServicesOptions {
  /** Largest accepted request body; bigger uploads get 413. */
  maxBodyBytes?: number;
  /** Total bytes kept in blob storage (committed blobs and staged blocks); uploads beyond get 413. */
  maxStoredBytes?: number;
  /** The server closes itself after this long even if a test forgets to (the timer does not keep Node alive). */
  maxLifetimeMs?: number;
}

const TWIRP_PREFIX = '/twirp/github.actions.results.api.v1.';
const STORAGE_ACCOUNT = 'devstoreaccount1';
const STORAGE_VERSION = '2025-01-05';
const MAX_RECORDED_REQUESTS = 10_000;
const CACHE_KEY_MAX_LENGTH = 512;

interface StoredBlob {
  committed?: Buffer;
  contentType?: string;
  etag?: string;
  lastModified?: Date;
  blocks: Map<string, Buffer>;
}

interface SignedAccess {
  blob: string;
  permissions: 'r' | 'w';
}

interface Reply {
  status: number;
  headers?: Record<string, string>;
  body?: Buffer | string;
}

/** A twirp error the handlers throw; turned into `{code, msg}` with the matching HTTP status. */
class TwirpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const TWIRP_CODES: Record<number, string> = {
  400: 'invalid_argument',
  401: 'unauthenticated',
  403: 'permission_denied',
  404: 'not_found',
  409: 'already_exists',
  413: 'resource_exhausted',
  429: 'resource_exhausted',
  500: 'internal',
  503: 'unavailable',
};

export async function startActionsServices(options: ServicesOptions = {}): Promise<ActionsServices> {
  const maxBodyBytes = options.maxBodyBytes ?? 64 * 1024 * 1024;
  const maxStoredBytes = options.maxStoredBytes ?? 256 * 1024 * 1024;
  const workflowRunBackendId = randomUUID();
  const workflowJobRunBackendId = randomUUID();
  const token = unsignedRuntimeToken(workflowRunBackendId, workflowJobRunBackendId);
  const acceptedTokens = new Set([token]);
  const root = await mkdtemp(path.join(tmpdir(), 'actions-services-'));

  const requests: RecordedRequest[] = [];
  const cacheEntries: CacheEntryRecord[] = [];
  const artifacts: ArtifactRecord[] = [];
  const blobs = new Map<string, StoredBlob>();
  const signatures = new Map<string, SignedAccess>();
  const failures = new Map<ServiceName, FailureMode>();
  let nextId = 1;
  let origin = '';

  function storedBytes(): number {
    let total = 0;
    for (const blob of blobs.values()) {
      total += blob.committed?.length ?? 0;
      for (const block of blob.blocks.values()) total += block.length;
    }
    return total;
  }

  function record(entry: RecordedRequest): void {
    if (requests.length < MAX_RECORDED_REQUESTS) requests.push(entry);
  }

  function signedUrl(blob: string, permissions: 'r' | 'w', extra: Record<string, string> = {}): string {
    const sig = randomBytes(18).toString('base64url');
    signatures.set(sig, { blob, permissions });
    const expires = new Date(Date.now() + 3_600_000).toISOString().replace(/\.\d+Z$/, 'Z');
    const query = new URLSearchParams({ sv: STORAGE_VERSION, sp: permissions, se: expires, ...extra, sig });
    return `${origin}/${STORAGE_ACCOUNT}/${blob}?${query}`;
  }

  /** A configured failure for this request, consumed once when `times` is set. */
  function takeFailure(service: ServiceName, operation: string): FailureMode | undefined {
    const failure = failures.get(service);
    if (!failure || (failure.operation !== undefined && failure.operation !== operation)) return undefined;
    if (failure.times !== undefined) {
      if (failure.times <= 1) failures.delete(service);
      else failures.set(service, { ...failure, times: failure.times - 1 });
    }
    return failure;
  }

  // ---- cache service ----

  function createCacheEntry(request: JsonObject): JsonObject {
    const key = requireString(request, 'key');
    const version = requireString(request, 'version');
    if (key.length > CACHE_KEY_MAX_LENGTH || key.includes(',')) {
      throw new TwirpError(400, 'invalid_argument', `invalid cache key: ${key}`);
    }
    // Keys are immutable on GitHub: a second reservation of the same key and version is a conflict,
    // whether the first upload finished or is still in flight.
    if (cacheEntries.some((entry) => entry.key === key && entry.version === version)) {
      throw new TwirpError(
        409,
        'already_exists',
        'cache entry with the same key, version, and scope already exists',
      );
    }
    const id = nextId++;
    const blob = `actions-cache/${id}-${randomUUID()}`;
    blobs.set(blob, { blocks: new Map() });
    cacheEntries.push({ id, key, version, sequence: id, createdAt: new Date(), finalized: false, blob });
    return { ok: true, signed_upload_url: signedUrl(blob, 'w') };
  }

  function finalizeCacheEntryUpload(request: JsonObject): JsonObject {
    const key = requireString(request, 'key');
    const version = requireString(request, 'version');
    const entry = cacheEntries.find((e) => e.key === key && e.version === version && !e.finalized);
    if (!entry) throw new TwirpError(404, 'not_found', `no pending cache entry for key ${key}`);
    const content = blobs.get(entry.blob)?.committed;
    if (!content) throw new TwirpError(400, 'invalid_argument', `cache entry ${key} has no uploaded archive`);
    const sizeBytes = Number(request.size_bytes ?? 0);
    if (sizeBytes !== content.length) {
      throw new TwirpError(
        400,
        'invalid_argument',
        `size_bytes ${sizeBytes} differs from uploaded ${content.length}`,
      );
    }
    entry.finalized = true;
    entry.sizeBytes = sizeBytes;
    return { ok: true, entry_id: String(entry.id) };
  }

  function getCacheEntryDownloadURL(request: JsonObject): JsonObject {
    const key = requireString(request, 'key');
    const version = requireString(request, 'version');
    const restoreKeys = Array.isArray(request.restore_keys) ? request.restore_keys.map(String) : [];
    const match = findCacheEntry(
      cacheEntries.filter((e) => e.finalized && e.version === version),
      key,
      restoreKeys,
    );
    if (!match) return { ok: false };
    return { ok: true, signed_download_url: signedUrl(match.blob, 'r'), matched_key: match.key };
  }

  // ---- artifact service ----

  function artifactsOfRun(request: JsonObject): ArtifactRecord[] {
    const runId = requireString(request, 'workflow_run_backend_id');
    requireString(request, 'workflow_job_run_backend_id');
    return artifacts.filter((a) => a.workflowRunBackendId === runId);
  }

  function createArtifact(request: JsonObject): JsonObject {
    const name = requireString(request, 'name');
    if (artifactsOfRun(request).some((a) => a.name === name)) {
      throw new TwirpError(
        409,
        'already_exists',
        'an artifact with this name already exists on the workflow run',
      );
    }
    const id = nextId++;
    const blob = `actions-results/${randomUUID()}/${encodeURIComponent(name)}`;
    blobs.set(blob, { blocks: new Map() });
    artifacts.push({
      id,
      workflowRunBackendId: requireString(request, 'workflow_run_backend_id'),
      workflowJobRunBackendId: requireString(request, 'workflow_job_run_backend_id'),
      name,
      mimeType: typeof request.mime_type === 'string' ? request.mime_type : undefined,
      version: typeof request.version === 'number' ? request.version : undefined,
      expiresAt: typeof request.expires_at === 'string' ? request.expires_at : undefined,
      createdAt: new Date(),
      finalized: false,
      blob,
    });
    return { ok: true, signed_upload_url: signedUrl(blob, 'w') };
  }

  function finalizeArtifact(request: JsonObject): JsonObject {
    const name = requireString(request, 'name');
    const artifact = artifactsOfRun(request).find((a) => a.name === name && !a.finalized);
    if (!artifact) throw new TwirpError(404, 'not_found', `no pending artifact named ${name}`);
    if (!blobs.get(artifact.blob)?.committed) {
      throw new TwirpError(400, 'invalid_argument', `artifact ${name} has no uploaded content`);
    }
    artifact.finalized = true;
    artifact.size = Number(request.size ?? 0);
    artifact.digest = typeof request.hash === 'string' ? request.hash : undefined;
    return { ok: true, artifact_id: String(artifact.id) };
  }

  function listArtifacts(request: JsonObject): JsonObject {
    const nameFilter = typeof request.name_filter === 'string' ? request.name_filter : undefined;
    const idFilter = request.id_filter === undefined ? undefined : Number(request.id_filter);
    const listed = artifactsOfRun(request).filter(
      (a) =>
        a.finalized &&
        (nameFilter === undefined || a.name === nameFilter) &&
        (idFilter === undefined || a.id === idFilter),
    );
    return {
      artifacts: listed.map((a) => ({
        workflow_run_backend_id: a.workflowRunBackendId,
        workflow_job_run_backend_id: a.workflowJobRunBackendId,
        database_id: String(a.id),
        name: a.name,
        size: String(a.size ?? 0),
        created_at: a.createdAt.toISOString(),
        ...(a.digest ? { digest: a.digest } : {}),
      })),
    };
  }

  function findFinalizedArtifact(request: JsonObject): ArtifactRecord {
    const name = requireString(request, 'name');
    const artifact = artifactsOfRun(request).find((a) => a.name === name && a.finalized);
    if (!artifact) throw new TwirpError(404, 'not_found', `artifact ${name} not found`);
    return artifact;
  }

  function getSignedArtifactURL(request: JsonObject): JsonObject {
    const artifact = findFinalizedArtifact(request);
    // Like Azure's `rscd` SAS parameter: the download names the file the way it was uploaded.
    const fileName = artifact.mimeType === 'application/zip' ? `${artifact.name}.zip` : artifact.name;
    return { signed_url: signedUrl(artifact.blob, 'r', { rscd: `attachment; filename="${fileName}"` }) };
  }

  function deleteArtifact(request: JsonObject): JsonObject {
    const artifact = findFinalizedArtifact(request);
    artifacts.splice(artifacts.indexOf(artifact), 1);
    blobs.delete(artifact.blob);
    return { ok: true, artifact_id: String(artifact.id) };
  }

  const twirpMethods: Record<string, Record<string, (request: JsonObject) => JsonObject>> = {
    CacheService: {
      CreateCacheEntry: createCacheEntry,
      FinalizeCacheEntryUpload: finalizeCacheEntryUpload,
      GetCacheEntryDownloadURL: getCacheEntryDownloadURL,
    },
    ArtifactService: {
      CreateArtifact: createArtifact,
      FinalizeArtifact: finalizeArtifact,
      ListArtifacts: listArtifacts,
      GetSignedArtifactURL: getSignedArtifactURL,
      DeleteArtifact: deleteArtifact,
    },
  };

  function handleTwirp(
    req: IncomingMessage,
    body: Buffer,
    pathname: string,
  ): Reply & { record: RecordedRequest } {
    const [serviceName = '', method = ''] = pathname.slice(TWIRP_PREFIX.length).split('/');
    const service: ServiceName | 'unknown' =
      serviceName === 'CacheService' ? 'cache' : serviceName === 'ArtifactService' ? 'artifact' : 'unknown';
    const recorded: RecordedRequest = {
      method: req.method ?? '',
      path: pathname,
      service,
      operation: method,
      status: 0,
      body: undefined,
    };
    try {
      const handler = twirpMethods[serviceName]?.[method];
      if (req.method !== 'POST' || !handler)
        throw new TwirpError(404, 'bad_route', `no handler for ${req.method} ${pathname}`);
      const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
      if (bearer === undefined || !acceptedTokens.has(bearer)) {
        throw new TwirpError(401, 'unauthenticated', 'invalid or missing runtime token');
      }
      if (!String(req.headers['content-type']).startsWith('application/json')) {
        throw new TwirpError(415, 'malformed', 'only the JSON twirp encoding is implemented');
      }
      const request = parseJsonObject(body);
      recorded.body = request;
      const failure = service === 'unknown' ? undefined : takeFailure(service, method);
      if (failure) {
        throw new TwirpError(
          failure.status,
          TWIRP_CODES[failure.status] ?? 'unknown',
          failure.message ?? 'injected failure',
        );
      }
      return { ...jsonReply(200, handler(request)), record: recorded };
    } catch (error) {
      const twirp = error instanceof TwirpError ? error : new TwirpError(500, 'internal', String(error));
      return { ...jsonReply(twirp.status, { code: twirp.code, msg: twirp.message }), record: recorded };
    }
  }

  // ---- blob storage ----

  function handleBlob(req: IncomingMessage, body: Buffer, url: URL): Reply & { record: RecordedRequest } {
    const blobPath = decodeURIComponent(url.pathname.slice(`/${STORAGE_ACCOUNT}/`.length));
    const comp = url.searchParams.get('comp');
    const method = req.method ?? '';
    const operation =
      method === 'PUT'
        ? comp === 'block'
          ? 'PutBlock'
          : comp === 'blocklist'
            ? 'PutBlockList'
            : 'PutBlob'
        : method === 'HEAD'
          ? 'GetBlobProperties'
          : 'GetBlob';
    const recorded: RecordedRequest = {
      method,
      path: url.pathname,
      service: 'blob',
      operation,
      status: 0,
      body: { bytes: body.length },
    };
    const reply = (r: Reply): Reply & { record: RecordedRequest } => ({ ...r, record: recorded });

    const access = signatures.get(url.searchParams.get('sig') ?? '');
    // Artifact blob names hold the artifact's name URL-encoded (`a%40b` for `a@b`), as the path arrives.
    if (!access || decodeURIComponent(access.blob) !== blobPath) {
      return reply(storageError(403, 'AuthenticationFailed', 'Server failed to authenticate the request.'));
    }
    const failure = takeFailure('blob', operation);
    if (failure)
      return reply(storageError(failure.status, 'InjectedFailure', failure.message ?? 'injected failure'));
    const blob = blobs.get(access.blob);
    if (!blob) return reply(storageError(404, 'BlobNotFound', 'The specified blob does not exist.'));
    const common = {
      'x-ms-request-id': randomUUID(),
      'x-ms-version': String(req.headers['x-ms-version'] ?? STORAGE_VERSION),
    };

    if (method === 'PUT') {
      if (storedBytes() + body.length > maxStoredBytes) {
        return reply(
          storageError(413, 'RequestBodyTooLarge', `Blob storage is limited to ${maxStoredBytes} bytes.`),
        );
      }
      if (access.permissions !== 'w')
        return reply(storageError(403, 'AuthorizationPermissionMismatch', 'Read-only signature.'));
      if (operation === 'PutBlock') {
        const blockId = url.searchParams.get('blockid');
        if (!blockId) return reply(storageError(400, 'InvalidQueryParameterValue', 'blockid is required.'));
        blob.blocks.set(blockId, body);
        return reply({ status: 201, headers: { ...common, 'x-ms-request-server-encrypted': 'true' } });
      }
      if (operation === 'PutBlockList') {
        const ids = [...body.toString('utf8').matchAll(/<(Latest|Committed|Uncommitted)>([^<]*)<\/\1>/g)].map(
          (m) => m[2] ?? '',
        );
        const missing = ids.find((id) => !blob.blocks.has(id));
        if (missing !== undefined)
          return reply(storageError(400, 'InvalidBlockList', `Unknown block ${missing}.`));
        commit(blob, Buffer.concat(ids.map((id) => blob.blocks.get(id) ?? Buffer.alloc(0))), req);
        blob.blocks.clear();
        return reply({
          status: 201,
          headers: { ...common, ...entityHeaders(blob), 'x-ms-request-server-encrypted': 'true' },
        });
      }
      if (req.headers['x-ms-blob-type'] !== 'BlockBlob') {
        return reply(storageError(400, 'InvalidHeaderValue', 'x-ms-blob-type must be BlockBlob.'));
      }
      commit(blob, body, req);
      return reply({
        status: 201,
        headers: {
          ...common,
          ...entityHeaders(blob),
          'content-md5': createHash('md5').update(body).digest('base64'),
          'x-ms-request-server-encrypted': 'true',
        },
      });
    }

    if (method !== 'GET' && method !== 'HEAD')
      return reply(storageError(405, 'UnsupportedHttpVerb', `${method} is not supported.`));
    const content = blob.committed;
    if (!content) return reply(storageError(404, 'BlobNotFound', 'The specified blob does not exist.'));
    const headers: Record<string, string> = {
      ...common,
      ...entityHeaders(blob),
      'accept-ranges': 'bytes',
      'content-type': url.searchParams.get('rsct') ?? blob.contentType ?? 'application/octet-stream',
      'x-ms-blob-type': 'BlockBlob',
      'x-ms-lease-state': 'available',
      'x-ms-lease-status': 'unlocked',
      'x-ms-server-encrypted': 'true',
    };
    const disposition = url.searchParams.get('rscd');
    if (disposition) headers['content-disposition'] = disposition;
    const range = parseRange(String(req.headers['x-ms-range'] ?? req.headers.range ?? ''), content.length);
    if (range === 'unsatisfiable')
      return reply(storageError(416, 'InvalidRange', 'The range specified is invalid.'));
    const slice = range ? content.subarray(range.start, range.end + 1) : content;
    if (range) headers['content-range'] = `bytes ${range.start}-${range.end}/${content.length}`;
    headers['content-length'] = String(slice.length);
    recorded.body = { bytes: slice.length };
    return reply({ status: range ? 206 : 200, headers, body: method === 'HEAD' ? undefined : slice });
  }

  // ---- HTTP plumbing ----

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', origin);
    const body = await readBody(req, maxBodyBytes);
    let result: Reply & { record: RecordedRequest };
    if (body === 'too-large') {
      result = {
        ...jsonReply(413, { code: 'resource_exhausted', msg: `request body over ${maxBodyBytes} bytes` }),
        record: {
          method: req.method ?? '',
          path: url.pathname,
          service: 'unknown',
          operation: 'TooLarge',
          status: 413,
          body: undefined,
        },
      };
    } else if (url.pathname.startsWith(TWIRP_PREFIX)) {
      result = handleTwirp(req, body, url.pathname);
    } else if (url.pathname.startsWith(`/${STORAGE_ACCOUNT}/`)) {
      result = handleBlob(req, body, url);
    } else {
      result = {
        status: 404,
        body: 'not found',
        record: {
          method: req.method ?? '',
          path: url.pathname,
          service: 'unknown',
          operation: 'Unknown',
          status: 404,
          body: undefined,
        },
      };
    }
    result.record.status = result.status;
    record(result.record);
    const payload = result.body === undefined ? undefined : Buffer.from(result.body);
    res.writeHead(result.status, {
      date: new Date().toUTCString(),
      ...(payload && !result.headers?.['content-length'] ? { 'content-length': String(payload.length) } : {}),
      ...result.headers,
    });
    if (body === 'too-large') res.setHeader('connection', 'close');
    res.end(payload);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  let stopped: Promise<void> | undefined;
  // Every call removes the folders again: a test may close early and still write under RUNNER_TEMP after.
  const close = async (): Promise<void> => {
    clearTimeout(lifetime);
    stopped ??= new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
    await stopped;
    await rm(root, { recursive: true, force: true });
  };
  const lifetime = setTimeout(() => void close(), options.maxLifetimeMs ?? 5 * 60_000);
  lifetime.unref();

  const runnerTemp = path.join(root, 'runner-temp');
  const workspace = path.join(root, 'workspace');
  await mkdir(runnerTemp, { recursive: true });
  await mkdir(workspace, { recursive: true });

  return {
    url: `${origin}/`,
    token,
    workflowRunBackendId,
    workflowJobRunBackendId,
    tokenForNewRun(runBackendId) {
      const runToken = unsignedRuntimeToken(runBackendId ?? randomUUID(), randomUUID());
      acceptedTokens.add(runToken);
      return runToken;
    },
    env: {
      ACTIONS_RESULTS_URL: `${origin}/`,
      ACTIONS_RUNTIME_TOKEN: token,
      ACTIONS_CACHE_SERVICE_V2: 'true',
      GITHUB_SERVER_URL: 'https://github.com',
      RUNNER_TEMP: runnerTemp,
      GITHUB_WORKSPACE: workspace,
    },
    requests,
    cacheEntries,
    artifacts,
    blobContent: (blob) => blobs.get(blob)?.committed,
    setFailure(service, failure) {
      if (failure) failures.set(service, failure);
      else failures.delete(service);
    },
    close,
  };
}

/**
 * GitHub's matching order: an exact match of `key`, then the newest entry whose key starts with `key`,
 * then, for each restore key in turn, the newest entry whose key starts with it.
 */
export function findCacheEntry(
  candidates: CacheEntryRecord[],
  key: string,
  restoreKeys: string[],
): CacheEntryRecord | undefined {
  const exact = candidates.find((entry) => entry.key === key);
  if (exact) return exact;
  for (const prefix of [key, ...restoreKeys]) {
    const newest = candidates
      .filter((entry) => entry.key.startsWith(prefix))
      .sort((a, b) => b.sequence - a.sequence)[0];
    if (newest) return newest;
  }
  return undefined;
}

/**
 * Sets `env` in process.env (an `undefined` value removes the variable) and returns a function that puts
 * every touched variable back as it was. @actions/cache and @actions/artifact read their environment when
 * called, not when imported (except ACTIONS_ARTIFACT_MAX_ARTIFACT_COUNT), so a test can set it in
 * `beforeEach` after a static import.
 */
export function applyEnv(env: Record<string, string | undefined>): () => void {
  const previous = new Map(Object.keys(env).map((name) => [name, process.env[name]]));
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  return () => {
    for (const [name, value] of previous) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
}

/**
 * Runs `action` with timers of a second or more shortened to 1 ms, so the clients' retry pauses
 * (3 s, ~5 s, ~8 s, ~12 s between five attempts) do not slow failure tests down. Only for tests where no
 * transfer is under way: download and upload timeouts are timers too and would fire at once.
 */
export async function withoutRetryPauses<T>(action: () => Promise<T>): Promise<T> {
  const realSetTimeout = globalThis.setTimeout;
  const shortened = ((callback: (...args: unknown[]) => void, delay?: number, ...args: unknown[]) =>
    realSetTimeout(callback, delay !== undefined && delay >= 1000 ? 1 : delay, ...args)) as typeof setTimeout;
  globalThis.setTimeout = Object.assign(shortened, realSetTimeout);
  try {
    return await action();
  } finally {
    globalThis.setTimeout = realSetTimeout;
  }
}

/**
 * Keeps what is written to stdout (where @actions/core logs and issues `::warning::` commands) out of the
 * test output; `text()` returns it, e.g. to print when a test failed.
 */
export function captureStdout(): { text(): string; restore(): void } {
  const original = process.stdout.write;
  const chunks: string[] = [];
  process.stdout.write = ((chunk: unknown, ...rest: unknown[]) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'));
    const callback = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
    callback?.();
    return true;
  }) as typeof process.stdout.write;
  return {
    text: () => chunks.join(''),
    restore: () => {
      process.stdout.write = original;
    },
  };
}

type JsonObject = Record<string, unknown>;

function unsignedRuntimeToken(runId: string, jobId: string): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const claims = {
    // @actions/artifact reads the run and job backend ids from the `Actions.Results:<run>:<job>` scope.
    scp: `Actions.ExampleScope Actions.Results:${runId}:${jobId}`,
    ac: JSON.stringify([{ Scope: 'refs/heads/main', Permission: 3 }]),
    iss: 'vstoken.actions.githubusercontent.com',
    aud: 'vstoken.actions.githubusercontent.com',
    nbf: now,
    iat: now,
    exp: now + 6 * 3600,
  };
  return `${encode({ typ: 'JWT', alg: 'none' })}.${encode(claims)}.`;
}

function requireString(request: JsonObject, field: string): string {
  const value = request[field];
  if (typeof value !== 'string' || value === '')
    throw new TwirpError(400, 'invalid_argument', `${field} is required`);
  return value;
}

function parseJsonObject(body: Buffer): JsonObject {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8') || '{}');
  } catch {
    throw new TwirpError(400, 'malformed', 'request body is not JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new TwirpError(400, 'malformed', 'request body is not a JSON object');
  }
  return parsed as JsonObject;
}

function jsonReply(status: number, value: unknown): Reply {
  return { status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) };
}

function storageError(status: number, code: string, message: string): Reply {
  return {
    status,
    headers: { 'content-type': 'application/xml', 'x-ms-error-code': code, 'x-ms-request-id': randomUUID() },
    body: `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`,
  };
}

function commit(blob: StoredBlob, content: Buffer, req: IncomingMessage): void {
  blob.committed = content;
  const contentType = req.headers['x-ms-blob-content-type'];
  if (typeof contentType === 'string') blob.contentType = contentType;
  blob.etag = `"0x${createHash('sha1').update(content).digest('hex').slice(0, 15).toUpperCase()}"`;
  blob.lastModified = new Date();
}

function entityHeaders(blob: StoredBlob): Record<string, string> {
  return {
    etag: blob.etag ?? '""',
    'last-modified': (blob.lastModified ?? new Date()).toUTCString(),
  };
}

function parseRange(
  header: string,
  size: number,
): { start: number; end: number } | 'unsatisfiable' | undefined {
  const match = /^bytes=(\d+)-(\d*)$/.exec(header.trim());
  if (!match) return undefined;
  const start = Number(match[1]);
  const end = match[2] ? Math.min(Number(match[2]), size - 1) : size - 1;
  return start > end || start >= size ? 'unsatisfiable' : { start, end };
}

async function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of req) {
    total += (chunk as Buffer).length;
    if (total > limit) return 'too-large';
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
