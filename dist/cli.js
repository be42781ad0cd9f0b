#!/usr/bin/env node
import { createRequire } from 'node:module';
import { createRequire as createRequire$1 } from 'module';

// Errors a user can act on. Anything thrown as InputError is printed as one line (no stack trace)
// and exits with code 2; anything else is a bug in perf-regression.
class InputError extends Error {
    name = 'InputError';
}
/** `file: line 12: message`, `file: $.benchmarks[3].stats: message` or `file: message`. */
function inputError(file, message, where) {
    const at = where?.line !== undefined ? `line ${where.line}: ` : where?.path ? `${where.path}: ` : '';
    return new InputError(`${file}: ${at}${message}`);
}

// The normalized result model shared by every stage: parsers produce it, compare consumes it,
// stores persist it, reports print it. It is a public output (`perf-regression parse`, the JSON
// report, the history file), documented in docs/reports.md: change it only in a compatible way.
/** The input formats perf-regression reads. */
const FORMATS = [
    'go',
    'pytest',
    'criterion',
    'tinybench',
    'googlebenchmark',
    'hyperfine',
    'catch2',
    'benchmarkjs',
    'jmh',
    'benchmarkdotnet',
    'julia',
    'luau',
    'mitata',
    'wrk',
    'hey',
    'apache-bench',
    'locust',
    'json',
];
/**
 * Formats whose series are views of one system under load (its throughput, its latency percentiles):
 * they move together when the server changes, which is the change sought, so the engine does not read
 * their joint move as a runner drift or as the suite's noise.
 */
const LOAD_TEST_FORMATS = new Set(['wrk', 'hey', 'apache-bench', 'locust']);
function isLoadTest(format) {
    return format !== undefined && LOAD_TEST_FORMATS.has(format);
}
/**
 * Other names of a format: github-action-benchmark's `tool:` values (so its users keep theirs) and the
 * tool a format is known by (vitest bench writes tinybench results).
 */
const FORMAT_ALIASES = {
    vitest: 'tinybench',
    cargo: 'criterion',
    googlecpp: 'googlebenchmark',
    benchmarkluau: 'luau',
    ab: 'apache-bench',
    customSmallerIsBetter: 'json',
    customBiggerIsBetter: 'json',
};
const FORMAT_CHOICES = [
    'auto',
    ...FORMATS,
    ...Object.keys(FORMAT_ALIASES),
];
/**
 * Builds the stable series id: `<scope>::<name> [<unit>]`, or `<name> [<unit>]` without a scope.
 * Every parser goes through here so ids look alike across formats.
 */
function seriesId(scope, name, unit) {
    return `${scope ? `${scope}::` : ''}${name} [${unit}]`;
}

const builtin$9 = createRequire(import.meta.url)('node:fs/promises');
builtin$9.access;
builtin$9.copyFile;
builtin$9.cp;
builtin$9.glob;
const open$1 = builtin$9.open;
builtin$9.opendir;
const rename$1 = builtin$9.rename;
builtin$9.truncate;
const rm$1 = builtin$9.rm;
builtin$9.rmdir;
const mkdir$1 = builtin$9.mkdir;
const readdir$1 = builtin$9.readdir;
builtin$9.readlink;
builtin$9.symlink;
builtin$9.lstat;
const stat$1 = builtin$9.stat;
builtin$9.statfs;
const link$1 = builtin$9.link;
const unlink$1 = builtin$9.unlink;
builtin$9.chmod;
builtin$9.lchmod;
builtin$9.lchown;
builtin$9.chown;
const utimes$1 = builtin$9.utimes;
builtin$9.lutimes;
builtin$9.realpath;
const mkdtemp$1 = builtin$9.mkdtemp;
builtin$9.mkdtempDisposable;
const writeFile$1 = builtin$9.writeFile;
builtin$9.appendFile;
const readFile$1 = builtin$9.readFile;
builtin$9.watch;
builtin$9.constants;

const builtin$8 = createRequire(import.meta.url)('node:path');
const resolve = builtin$8.resolve;
const normalize = builtin$8.normalize;
const isAbsolute = builtin$8.isAbsolute;
builtin$8.join;
const relative = builtin$8.relative;
builtin$8.toNamespacedPath;
const dirname$1 = builtin$8.dirname;
const basename$1 = builtin$8.basename;
builtin$8.extname;
builtin$8.format;
builtin$8.parse;
builtin$8.matchesGlob;
const sep = builtin$8.sep;
builtin$8.delimiter;
builtin$8.win32;
const posix = builtin$8.posix;
builtin$8._makeLong;

const builtin$7 = createRequire(import.meta.url)('node:fs');
const appendFile = builtin$7.appendFile;
const appendFileSync = builtin$7.appendFileSync;
const access = builtin$7.access;
const accessSync = builtin$7.accessSync;
const chown = builtin$7.chown;
const chownSync = builtin$7.chownSync;
const chmod = builtin$7.chmod;
const chmodSync = builtin$7.chmodSync;
const close = builtin$7.close;
const closeSync = builtin$7.closeSync;
const copyFile = builtin$7.copyFile;
const copyFileSync = builtin$7.copyFileSync;
const cp = builtin$7.cp;
const cpSync = builtin$7.cpSync;
const createReadStream = builtin$7.createReadStream;
const createWriteStream = builtin$7.createWriteStream;
const exists = builtin$7.exists;
const existsSync = builtin$7.existsSync;
const fchown = builtin$7.fchown;
const fchownSync = builtin$7.fchownSync;
const fchmod = builtin$7.fchmod;
const fchmodSync = builtin$7.fchmodSync;
const fdatasync = builtin$7.fdatasync;
const fdatasyncSync = builtin$7.fdatasyncSync;
const fstat = builtin$7.fstat;
const fstatSync = builtin$7.fstatSync;
const fsync = builtin$7.fsync;
const fsyncSync = builtin$7.fsyncSync;
const ftruncate = builtin$7.ftruncate;
const ftruncateSync = builtin$7.ftruncateSync;
const futimes = builtin$7.futimes;
const futimesSync = builtin$7.futimesSync;
const glob$1 = builtin$7.glob;
const globSync = builtin$7.globSync;
const lchown = builtin$7.lchown;
const lchownSync = builtin$7.lchownSync;
const lchmod = builtin$7.lchmod;
const lchmodSync = builtin$7.lchmodSync;
const link = builtin$7.link;
const linkSync = builtin$7.linkSync;
const lstat = builtin$7.lstat;
const lstatSync = builtin$7.lstatSync;
const lutimes = builtin$7.lutimes;
const lutimesSync = builtin$7.lutimesSync;
const mkdir = builtin$7.mkdir;
const mkdirSync = builtin$7.mkdirSync;
const mkdtemp = builtin$7.mkdtemp;
const mkdtempSync = builtin$7.mkdtempSync;
const mkdtempDisposableSync = builtin$7.mkdtempDisposableSync;
const open = builtin$7.open;
const openSync = builtin$7.openSync;
const openAsBlob = builtin$7.openAsBlob;
const readdir = builtin$7.readdir;
const readdirSync = builtin$7.readdirSync;
const read = builtin$7.read;
const readSync = builtin$7.readSync;
const readv = builtin$7.readv;
const readvSync = builtin$7.readvSync;
const readFile = builtin$7.readFile;
const readFileSync = builtin$7.readFileSync;
const readlink = builtin$7.readlink;
const readlinkSync = builtin$7.readlinkSync;
const realpath = builtin$7.realpath;
const realpathSync = builtin$7.realpathSync;
const rename = builtin$7.rename;
const renameSync = builtin$7.renameSync;
const rm = builtin$7.rm;
const rmSync = builtin$7.rmSync;
const rmdir = builtin$7.rmdir;
const rmdirSync = builtin$7.rmdirSync;
const stat = builtin$7.stat;
const statfs = builtin$7.statfs;
const statSync = builtin$7.statSync;
const statfsSync = builtin$7.statfsSync;
const symlink = builtin$7.symlink;
const symlinkSync = builtin$7.symlinkSync;
const truncate = builtin$7.truncate;
const truncateSync = builtin$7.truncateSync;
const unwatchFile = builtin$7.unwatchFile;
const unlink = builtin$7.unlink;
const unlinkSync = builtin$7.unlinkSync;
const utimes = builtin$7.utimes;
const utimesSync = builtin$7.utimesSync;
const watch = builtin$7.watch;
const watchFile = builtin$7.watchFile;
const writeFile = builtin$7.writeFile;
const writeFileSync = builtin$7.writeFileSync;
const write = builtin$7.write;
const writeSync = builtin$7.writeSync;
const writev = builtin$7.writev;
const writevSync = builtin$7.writevSync;
const Dirent = builtin$7.Dirent;
const Stats = builtin$7.Stats;
const ReadStream = builtin$7.ReadStream;
const WriteStream = builtin$7.WriteStream;
const FileReadStream = builtin$7.FileReadStream;
const FileWriteStream = builtin$7.FileWriteStream;
const Utf8Stream = builtin$7.Utf8Stream;
const _toUnixTimestamp = builtin$7._toUnixTimestamp;
const Dir = builtin$7.Dir;
const opendir = builtin$7.opendir;
const opendirSync = builtin$7.opendirSync;
const constants$1 = builtin$7.constants;
const promises = builtin$7.promises;

var nativeFs = /*#__PURE__*/Object.freeze({
    __proto__: null,
    Dir: Dir,
    Dirent: Dirent,
    FileReadStream: FileReadStream,
    FileWriteStream: FileWriteStream,
    ReadStream: ReadStream,
    Stats: Stats,
    Utf8Stream: Utf8Stream,
    WriteStream: WriteStream,
    _toUnixTimestamp: _toUnixTimestamp,
    access: access,
    accessSync: accessSync,
    appendFile: appendFile,
    appendFileSync: appendFileSync,
    chmod: chmod,
    chmodSync: chmodSync,
    chown: chown,
    chownSync: chownSync,
    close: close,
    closeSync: closeSync,
    constants: constants$1,
    copyFile: copyFile,
    copyFileSync: copyFileSync,
    cp: cp,
    cpSync: cpSync,
    createReadStream: createReadStream,
    createWriteStream: createWriteStream,
    default: builtin$7,
    exists: exists,
    existsSync: existsSync,
    fchmod: fchmod,
    fchmodSync: fchmodSync,
    fchown: fchown,
    fchownSync: fchownSync,
    fdatasync: fdatasync,
    fdatasyncSync: fdatasyncSync,
    fstat: fstat,
    fstatSync: fstatSync,
    fsync: fsync,
    fsyncSync: fsyncSync,
    ftruncate: ftruncate,
    ftruncateSync: ftruncateSync,
    futimes: futimes,
    futimesSync: futimesSync,
    glob: glob$1,
    globSync: globSync,
    lchmod: lchmod,
    lchmodSync: lchmodSync,
    lchown: lchown,
    lchownSync: lchownSync,
    link: link,
    linkSync: linkSync,
    lstat: lstat,
    lstatSync: lstatSync,
    lutimes: lutimes,
    lutimesSync: lutimesSync,
    mkdir: mkdir,
    mkdirSync: mkdirSync,
    mkdtemp: mkdtemp,
    mkdtempDisposableSync: mkdtempDisposableSync,
    mkdtempSync: mkdtempSync,
    open: open,
    openAsBlob: openAsBlob,
    openSync: openSync,
    opendir: opendir,
    opendirSync: opendirSync,
    promises: promises,
    read: read,
    readFile: readFile,
    readFileSync: readFileSync,
    readSync: readSync,
    readdir: readdir,
    readdirSync: readdirSync,
    readlink: readlink,
    readlinkSync: readlinkSync,
    readv: readv,
    readvSync: readvSync,
    realpath: realpath,
    realpathSync: realpathSync,
    rename: rename,
    renameSync: renameSync,
    rm: rm,
    rmSync: rmSync,
    rmdir: rmdir,
    rmdirSync: rmdirSync,
    stat: stat,
    statSync: statSync,
    statfs: statfs,
    statfsSync: statfsSync,
    symlink: symlink,
    symlinkSync: symlinkSync,
    truncate: truncate,
    truncateSync: truncateSync,
    unlink: unlink,
    unlinkSync: unlinkSync,
    unwatchFile: unwatchFile,
    utimes: utimes,
    utimesSync: utimesSync,
    watch: watch,
    watchFile: watchFile,
    write: write,
    writeFile: writeFile,
    writeFileSync: writeFileSync,
    writeSync: writeSync,
    writev: writev,
    writevSync: writevSync
});

const builtin$6 = createRequire(import.meta.url)('node:url');
builtin$6.Url;
builtin$6.parse;
builtin$6.resolve;
builtin$6.resolveObject;
builtin$6.format;
builtin$6.URL;
builtin$6.URLPattern;
builtin$6.URLSearchParams;
builtin$6.domainToASCII;
builtin$6.domainToUnicode;
const pathToFileURL = builtin$6.pathToFileURL;
const fileURLToPath = builtin$6.fileURLToPath;
builtin$6.fileURLToPathBuffer;
builtin$6.urlToHttpOptions;

//#region rolldown:runtime
var __require = /* @__PURE__ */ createRequire$1(import.meta.url);

//#endregion
//#region src/utils.ts
function cleanPath(path) {
	let normalized = normalize(path);
	if (normalized.length > 1 && normalized[normalized.length - 1] === sep) normalized = normalized.substring(0, normalized.length - 1);
	return normalized;
}
const SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path, separator) {
	return path.replace(SLASHES_REGEX, separator);
}
const WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path) {
	return path === "/" || WINDOWS_ROOT_DIR_REGEX.test(path);
}
function normalizePath(path, options) {
	const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
	const pathNeedsCleaning = process.platform === "win32" && path.includes("/") || path.startsWith(".");
	if (resolvePaths) path = resolve(path);
	if (normalizePath$1 || pathNeedsCleaning) path = cleanPath(path);
	if (path === ".") return "";
	const needsSeperator = path[path.length - 1] !== pathSeparator;
	return convertSlashes(needsSeperator ? path + pathSeparator : path, pathSeparator);
}

//#endregion
//#region src/api/functions/join-path.ts
function joinPathWithBasePath(filename, directoryPath) {
	return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
	return function(filename, directoryPath) {
		const sameRoot = directoryPath.startsWith(root);
		if (sameRoot) return directoryPath.slice(root.length) + filename;
		else return convertSlashes(relative(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
	};
}
function joinPath(filename) {
	return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
	return directoryPath + filename + separator;
}
function build$7(root, options) {
	const { relativePaths, includeBasePath } = options;
	return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}

//#endregion
//#region src/api/functions/push-directory.ts
function pushDirectoryWithRelativePath(root) {
	return function(directoryPath, paths) {
		paths.push(directoryPath.substring(root.length) || ".");
	};
}
function pushDirectoryFilterWithRelativePath(root) {
	return function(directoryPath, paths, filters) {
		const relativePath = directoryPath.substring(root.length) || ".";
		if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
	};
}
const pushDirectory = (directoryPath, paths) => {
	paths.push(directoryPath || ".");
};
const pushDirectoryFilter = (directoryPath, paths, filters) => {
	const path = directoryPath || ".";
	if (filters.every((filter) => filter(path, true))) paths.push(path);
};
const empty$2 = () => {};
function build$6(root, options) {
	const { includeDirs, filters, relativePaths } = options;
	if (!includeDirs) return empty$2;
	if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
	return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}

//#endregion
//#region src/api/functions/push-file.ts
const pushFileFilterAndCount = (filename, _paths, counts, filters) => {
	if (filters.every((filter) => filter(filename, false))) counts.files++;
};
const pushFileFilter = (filename, paths, _counts, filters) => {
	if (filters.every((filter) => filter(filename, false))) paths.push(filename);
};
const pushFileCount = (_filename, _paths, counts, _filters) => {
	counts.files++;
};
const pushFile = (filename, paths) => {
	paths.push(filename);
};
const empty$1 = () => {};
function build$5(options) {
	const { excludeFiles, filters, onlyCounts } = options;
	if (excludeFiles) return empty$1;
	if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
	else if (onlyCounts) return pushFileCount;
	else return pushFile;
}

//#endregion
//#region src/api/functions/get-array.ts
const getArray = (paths) => {
	return paths;
};
const getArrayGroup = () => {
	return [""].slice(0, 0);
};
function build$4(options) {
	return options.group ? getArrayGroup : getArray;
}

//#endregion
//#region src/api/functions/group-files.ts
const groupFiles = (groups, directory, files) => {
	groups.push({
		directory,
		files,
		dir: directory
	});
};
const empty = () => {};
function build$3(options) {
	return options.group ? groupFiles : empty;
}

//#endregion
//#region src/api/functions/resolve-symlink.ts
const resolveSymlinksAsync = function(path, state, callback$1) {
	const { queue, fs, options: { suppressErrors } } = state;
	queue.enqueue();
	fs.realpath(path, (error, resolvedPath) => {
		if (error) return queue.dequeue(suppressErrors ? null : error, state);
		fs.stat(resolvedPath, (error$1, stat) => {
			if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
			if (stat.isDirectory() && isRecursive(path, resolvedPath, state)) return queue.dequeue(null, state);
			callback$1(stat, resolvedPath);
			queue.dequeue(null, state);
		});
	});
};
const resolveSymlinks = function(path, state, callback$1) {
	const { queue, fs, options: { suppressErrors } } = state;
	queue.enqueue();
	try {
		const resolvedPath = fs.realpathSync(path);
		const stat = fs.statSync(resolvedPath);
		if (stat.isDirectory() && isRecursive(path, resolvedPath, state)) return;
		callback$1(stat, resolvedPath);
	} catch (e) {
		if (!suppressErrors) throw e;
	}
};
function build$2(options, isSynchronous) {
	if (!options.resolveSymlinks || options.excludeSymlinks) return null;
	return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path, resolved, state) {
	if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
	let parent = dirname$1(path);
	let depth = 1;
	while (parent !== state.root && depth < 2) {
		const resolvedPath = state.symlinks.get(parent);
		const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
		if (isSameRoot) depth++;
		else parent = dirname$1(parent);
	}
	state.symlinks.set(path, resolved);
	return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
	return state.visited.includes(resolved + state.options.pathSeparator);
}

//#endregion
//#region src/api/functions/invoke-callback.ts
const onlyCountsSync = (state) => {
	return state.counts;
};
const groupsSync = (state) => {
	return state.groups;
};
const defaultSync = (state) => {
	return state.paths;
};
const limitFilesSync = (state) => {
	return state.paths.slice(0, state.options.maxFiles);
};
const onlyCountsAsync = (state, error, callback$1) => {
	report(error, callback$1, state.counts, state.options.suppressErrors);
	return null;
};
const defaultAsync = (state, error, callback$1) => {
	report(error, callback$1, state.paths, state.options.suppressErrors);
	return null;
};
const limitFilesAsync = (state, error, callback$1) => {
	report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
	return null;
};
const groupsAsync = (state, error, callback$1) => {
	report(error, callback$1, state.groups, state.options.suppressErrors);
	return null;
};
function report(error, callback$1, output, suppressErrors) {
	if (error && !suppressErrors) callback$1(error, output);
	else callback$1(null, output);
}
function build$1(options, isSynchronous) {
	const { onlyCounts, group, maxFiles } = options;
	if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
	else if (group) return isSynchronous ? groupsSync : groupsAsync;
	else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
	else return isSynchronous ? defaultSync : defaultAsync;
}

//#endregion
//#region src/api/functions/walk-directory.ts
const readdirOpts = { withFileTypes: true };
const walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
	state.queue.enqueue();
	if (currentDepth < 0) return state.queue.dequeue(null, state);
	const { fs } = state;
	state.visited.push(crawlPath);
	state.counts.directories++;
	fs.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
		callback$1(entries, directoryPath, currentDepth);
		state.queue.dequeue(state.options.suppressErrors ? null : error, state);
	});
};
const walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
	const { fs } = state;
	if (currentDepth < 0) return;
	state.visited.push(crawlPath);
	state.counts.directories++;
	let entries = [];
	try {
		entries = fs.readdirSync(crawlPath || ".", readdirOpts);
	} catch (e) {
		if (!state.options.suppressErrors) throw e;
	}
	callback$1(entries, directoryPath, currentDepth);
};
function build(isSynchronous) {
	return isSynchronous ? walkSync : walkAsync;
}

//#endregion
//#region src/api/queue.ts
/**
* This is a custom stateless queue to track concurrent async fs calls.
* It increments a counter whenever a call is queued and decrements it
* as soon as it completes. When the counter hits 0, it calls onQueueEmpty.
*/
var Queue = class {
	count = 0;
	constructor(onQueueEmpty) {
		this.onQueueEmpty = onQueueEmpty;
	}
	enqueue() {
		this.count++;
		return this.count;
	}
	dequeue(error, output) {
		if (this.onQueueEmpty && (--this.count <= 0 || error)) {
			this.onQueueEmpty(error, output);
			if (error) {
				output.controller.abort();
				this.onQueueEmpty = void 0;
			}
		}
	}
};

//#endregion
//#region src/api/counter.ts
var Counter = class {
	_files = 0;
	_directories = 0;
	set files(num) {
		this._files = num;
	}
	get files() {
		return this._files;
	}
	set directories(num) {
		this._directories = num;
	}
	get directories() {
		return this._directories;
	}
	/**
	* @deprecated use `directories` instead
	*/
	/* c8 ignore next 3 */
	get dirs() {
		return this._directories;
	}
};

//#endregion
//#region src/api/aborter.ts
/**
* AbortController is not supported on Node 14 so we use this until we can drop
* support for Node 14.
*/
var Aborter = class {
	aborted = false;
	abort() {
		this.aborted = true;
	}
};

//#endregion
//#region src/api/walker.ts
var Walker = class {
	root;
	isSynchronous;
	state;
	joinPath;
	pushDirectory;
	pushFile;
	getArray;
	groupFiles;
	resolveSymlink;
	walkDirectory;
	callbackInvoker;
	constructor(root, options, callback$1) {
		this.isSynchronous = !callback$1;
		this.callbackInvoker = build$1(options, this.isSynchronous);
		this.root = normalizePath(root, options);
		this.state = {
			root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
			paths: [""].slice(0, 0),
			groups: [],
			counts: new Counter(),
			options,
			queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
			symlinks: /* @__PURE__ */ new Map(),
			visited: [""].slice(0, 0),
			controller: new Aborter(),
			fs: options.fs || nativeFs
		};
		this.joinPath = build$7(this.root, options);
		this.pushDirectory = build$6(this.root, options);
		this.pushFile = build$5(options);
		this.getArray = build$4(options);
		this.groupFiles = build$3(options);
		this.resolveSymlink = build$2(options, this.isSynchronous);
		this.walkDirectory = build(this.isSynchronous);
	}
	start() {
		this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
		this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
		return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
	}
	walk = (entries, directoryPath, depth) => {
		const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
		if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
		const files = this.getArray(this.state.paths);
		for (let i = 0; i < entries.length; ++i) {
			const entry = entries[i];
			if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
				const filename = this.joinPath(entry.name, directoryPath);
				this.pushFile(filename, files, this.state.counts, filters);
			} else if (entry.isDirectory()) {
				let path = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
				if (exclude && exclude(entry.name, path)) continue;
				this.pushDirectory(path, paths, filters);
				this.walkDirectory(this.state, path, path, depth - 1, this.walk);
			} else if (this.resolveSymlink && entry.isSymbolicLink()) {
				let path = joinPathWithBasePath(entry.name, directoryPath);
				this.resolveSymlink(path, this.state, (stat, resolvedPath) => {
					if (stat.isDirectory()) {
						resolvedPath = normalizePath(resolvedPath, this.state.options);
						if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path + pathSeparator)) return;
						this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path + pathSeparator, depth - 1, this.walk);
					} else {
						resolvedPath = useRealPaths ? resolvedPath : path;
						const filename = basename$1(resolvedPath);
						const directoryPath$1 = normalizePath(dirname$1(resolvedPath), this.state.options);
						resolvedPath = this.joinPath(filename, directoryPath$1);
						this.pushFile(resolvedPath, files, this.state.counts, filters);
					}
				});
			}
		}
		this.groupFiles(this.state.groups, directoryPath, files);
	};
};

//#endregion
//#region src/api/async.ts
function promise(root, options) {
	return new Promise((resolve$1, reject) => {
		callback(root, options, (err, output) => {
			if (err) return reject(err);
			resolve$1(output);
		});
	});
}
function callback(root, options, callback$1) {
	let walker = new Walker(root, options, callback$1);
	walker.start();
}

//#endregion
//#region src/api/sync.ts
function sync(root, options) {
	const walker = new Walker(root, options);
	return walker.start();
}

//#endregion
//#region src/builder/api-builder.ts
var APIBuilder = class {
	constructor(root, options) {
		this.root = root;
		this.options = options;
	}
	withPromise() {
		return promise(this.root, this.options);
	}
	withCallback(cb) {
		callback(this.root, this.options, cb);
	}
	sync() {
		return sync(this.root, this.options);
	}
};

//#endregion
//#region src/builder/index.ts
let pm = null;
/* c8 ignore next 6 */
try {
	__require.resolve("picomatch");
	pm = __require("picomatch");
} catch {}
var Builder = class {
	globCache = {};
	options = {
		maxDepth: Infinity,
		suppressErrors: true,
		pathSeparator: sep,
		filters: []
	};
	globFunction;
	constructor(options) {
		this.options = {
			...this.options,
			...options
		};
		this.globFunction = this.options.globFunction;
	}
	group() {
		this.options.group = true;
		return this;
	}
	withPathSeparator(separator) {
		this.options.pathSeparator = separator;
		return this;
	}
	withBasePath() {
		this.options.includeBasePath = true;
		return this;
	}
	withRelativePaths() {
		this.options.relativePaths = true;
		return this;
	}
	withDirs() {
		this.options.includeDirs = true;
		return this;
	}
	withMaxDepth(depth) {
		this.options.maxDepth = depth;
		return this;
	}
	withMaxFiles(limit) {
		this.options.maxFiles = limit;
		return this;
	}
	withFullPaths() {
		this.options.resolvePaths = true;
		this.options.includeBasePath = true;
		return this;
	}
	withErrors() {
		this.options.suppressErrors = false;
		return this;
	}
	withSymlinks({ resolvePaths = true } = {}) {
		this.options.resolveSymlinks = true;
		this.options.useRealPaths = resolvePaths;
		return this.withFullPaths();
	}
	withAbortSignal(signal) {
		this.options.signal = signal;
		return this;
	}
	normalize() {
		this.options.normalizePath = true;
		return this;
	}
	filter(predicate) {
		this.options.filters.push(predicate);
		return this;
	}
	onlyDirs() {
		this.options.excludeFiles = true;
		this.options.includeDirs = true;
		return this;
	}
	exclude(predicate) {
		this.options.exclude = predicate;
		return this;
	}
	onlyCounts() {
		this.options.onlyCounts = true;
		return this;
	}
	crawl(root) {
		return new APIBuilder(root || ".", this.options);
	}
	withGlobFunction(fn) {
		this.globFunction = fn;
		return this;
	}
	/**
	* @deprecated Pass options using the constructor instead:
	* ```ts
	* new fdir(options).crawl("/path/to/root");
	* ```
	* This method will be removed in v7.0
	*/
	/* c8 ignore next 4 */
	crawlWithOptions(root, options) {
		this.options = {
			...this.options,
			...options
		};
		return new APIBuilder(root || ".", this.options);
	}
	glob(...patterns) {
		if (this.globFunction) return this.globWithOptions(patterns);
		return this.globWithOptions(patterns, ...[{ dot: true }]);
	}
	globWithOptions(patterns, ...options) {
		const globFn = this.globFunction || pm;
		/* c8 ignore next 5 */
		if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
		var isMatch = this.globCache[patterns.join("\0")];
		if (!isMatch) {
			isMatch = globFn(patterns, ...options);
			this.globCache[patterns.join("\0")] = isMatch;
		}
		this.options.filters.push((path) => isMatch(path));
		return this;
	}
};

function getDefaultExportFromCjs (x) {
	return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, 'default') ? x['default'] : x;
}

var utils = {};

var constants;
var hasRequiredConstants;

function requireConstants () {
	if (hasRequiredConstants) return constants;
	hasRequiredConstants = 1;

	const WIN_SLASH = '\\\\/';
	const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

	const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

	/**
	 * Posix glob regex
	 */

	const DOT_LITERAL = '\\.';
	const PLUS_LITERAL = '\\+';
	const QMARK_LITERAL = '\\?';
	const SLASH_LITERAL = '\\/';
	const ONE_CHAR = '(?=.)';
	const QMARK = '[^/]';
	const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
	const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
	const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
	const NO_DOT = `(?!${DOT_LITERAL})`;
	const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
	const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
	const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
	const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
	const STAR = `${QMARK}*?`;
	const SEP = '/';

	const POSIX_CHARS = {
	  DOT_LITERAL,
	  PLUS_LITERAL,
	  QMARK_LITERAL,
	  SLASH_LITERAL,
	  ONE_CHAR,
	  QMARK,
	  END_ANCHOR,
	  DOTS_SLASH,
	  NO_DOT,
	  NO_DOTS,
	  NO_DOT_SLASH,
	  NO_DOTS_SLASH,
	  QMARK_NO_DOT,
	  STAR,
	  START_ANCHOR,
	  SEP
	};

	/**
	 * Windows glob regex
	 */

	const WINDOWS_CHARS = {
	  ...POSIX_CHARS,

	  SLASH_LITERAL: `[${WIN_SLASH}]`,
	  QMARK: WIN_NO_SLASH,
	  STAR: `${WIN_NO_SLASH}*?`,
	  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
	  NO_DOT: `(?!${DOT_LITERAL})`,
	  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
	  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
	  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
	  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
	  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
	  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
	  SEP: '\\'
	};

	/**
	 * POSIX Bracket Regex
	 */

	const POSIX_REGEX_SOURCE = {
	  __proto__: null,
	  alnum: 'a-zA-Z0-9',
	  alpha: 'a-zA-Z',
	  ascii: '\\x00-\\x7F',
	  blank: ' \\t',
	  cntrl: '\\x00-\\x1F\\x7F',
	  digit: '0-9',
	  graph: '\\x21-\\x7E',
	  lower: 'a-z',
	  print: '\\x20-\\x7E ',
	  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
	  space: ' \\t\\r\\n\\v\\f',
	  upper: 'A-Z',
	  word: 'A-Za-z0-9_',
	  xdigit: 'A-Fa-f0-9'
	};

	constants = {
	  DEFAULT_MAX_EXTGLOB_RECURSION,
	  MAX_LENGTH: 1024 * 64,
	  POSIX_REGEX_SOURCE,

	  // regular expressions
	  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
	  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
	  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
	  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
	  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
	  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

	  // Replace globs with equivalent patterns to reduce parsing time.
	  REPLACEMENTS: {
	    __proto__: null,
	    '***': '*',
	    '**/**': '**',
	    '**/**/**': '**'
	  },

	  // Digits
	  CHAR_0: 48, /* 0 */
	  CHAR_9: 57, /* 9 */

	  // Alphabet chars.
	  CHAR_UPPERCASE_A: 65, /* A */
	  CHAR_LOWERCASE_A: 97, /* a */
	  CHAR_UPPERCASE_Z: 90, /* Z */
	  CHAR_LOWERCASE_Z: 122, /* z */

	  CHAR_LEFT_PARENTHESES: 40, /* ( */
	  CHAR_RIGHT_PARENTHESES: 41, /* ) */

	  CHAR_ASTERISK: 42, /* * */

	  // Non-alphabetic chars.
	  CHAR_AMPERSAND: 38, /* & */
	  CHAR_AT: 64, /* @ */
	  CHAR_BACKWARD_SLASH: 92, /* \ */
	  CHAR_CARRIAGE_RETURN: 13, /* \r */
	  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
	  CHAR_COLON: 58, /* : */
	  CHAR_COMMA: 44, /* , */
	  CHAR_DOT: 46, /* . */
	  CHAR_DOUBLE_QUOTE: 34, /* " */
	  CHAR_EQUAL: 61, /* = */
	  CHAR_EXCLAMATION_MARK: 33, /* ! */
	  CHAR_FORM_FEED: 12, /* \f */
	  CHAR_FORWARD_SLASH: 47, /* / */
	  CHAR_GRAVE_ACCENT: 96, /* ` */
	  CHAR_HASH: 35, /* # */
	  CHAR_HYPHEN_MINUS: 45, /* - */
	  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
	  CHAR_LEFT_CURLY_BRACE: 123, /* { */
	  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
	  CHAR_LINE_FEED: 10, /* \n */
	  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
	  CHAR_PERCENT: 37, /* % */
	  CHAR_PLUS: 43, /* + */
	  CHAR_QUESTION_MARK: 63, /* ? */
	  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
	  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
	  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
	  CHAR_SEMICOLON: 59, /* ; */
	  CHAR_SINGLE_QUOTE: 39, /* ' */
	  CHAR_SPACE: 32, /*   */
	  CHAR_TAB: 9, /* \t */
	  CHAR_UNDERSCORE: 95, /* _ */
	  CHAR_VERTICAL_LINE: 124, /* | */
	  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

	  /**
	   * Create EXTGLOB_CHARS
	   */

	  extglobChars(chars) {
	    return {
	      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
	      '?': { type: 'qmark', open: '(?:', close: ')?' },
	      '+': { type: 'plus', open: '(?:', close: ')+' },
	      '*': { type: 'star', open: '(?:', close: ')*' },
	      '@': { type: 'at', open: '(?:', close: ')' }
	    };
	  },

	  /**
	   * Create GLOB_CHARS
	   */

	  globChars(win32) {
	    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
	  }
	};
	return constants;
}

/*global navigator*/

var hasRequiredUtils;

function requireUtils () {
	if (hasRequiredUtils) return utils;
	hasRequiredUtils = 1;
	(function (exports) {

		const {
		  REGEX_BACKSLASH,
		  REGEX_REMOVE_BACKSLASH,
		  REGEX_SPECIAL_CHARS,
		  REGEX_SPECIAL_CHARS_GLOBAL
		} = /*@__PURE__*/ requireConstants();

		exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
		exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
		exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
		exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
		exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

		exports.isWindows = () => {
		  if (typeof navigator !== 'undefined' && navigator.platform) {
		    const platform = navigator.platform.toLowerCase();
		    return platform === 'win32' || platform === 'windows';
		  }

		  if (typeof process !== 'undefined' && process.platform) {
		    return process.platform === 'win32';
		  }

		  return false;
		};

		exports.removeBackslashes = str => {
		  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
		    return match === '\\' ? '' : match;
		  });
		};

		exports.escapeLast = (input, char, lastIdx) => {
		  const idx = input.lastIndexOf(char, lastIdx);
		  if (idx === -1) return input;
		  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
		  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
		};

		exports.removePrefix = (input, state = {}) => {
		  let output = input;
		  if (output.startsWith('./')) {
		    output = output.slice(2);
		    state.prefix = './';
		  }
		  return output;
		};

		exports.wrapOutput = (input, state = {}, options = {}) => {
		  const prepend = options.contains ? '' : '^';
		  const append = options.contains ? '' : '$';

		  let output = `${prepend}(?:${input})${append}`;
		  if (state.negated === true) {
		    output = `(?:^(?!${output}).*$)`;
		  }
		  return output;
		};

		exports.basename = (path, { windows } = {}) => {
		  const segs = path.split(windows ? /[\\/]/ : '/');
		  const last = segs[segs.length - 1];

		  if (last === '') {
		    return segs[segs.length - 2];
		  }

		  return last;
		}; 
	} (utils));
	return utils;
}

var scan_1;
var hasRequiredScan;

function requireScan () {
	if (hasRequiredScan) return scan_1;
	hasRequiredScan = 1;

	const utils = /*@__PURE__*/ requireUtils();
	const {
	  CHAR_ASTERISK,             /* * */
	  CHAR_AT,                   /* @ */
	  CHAR_BACKWARD_SLASH,       /* \ */
	  CHAR_COMMA,                /* , */
	  CHAR_DOT,                  /* . */
	  CHAR_EXCLAMATION_MARK,     /* ! */
	  CHAR_FORWARD_SLASH,        /* / */
	  CHAR_LEFT_CURLY_BRACE,     /* { */
	  CHAR_LEFT_PARENTHESES,     /* ( */
	  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
	  CHAR_PLUS,                 /* + */
	  CHAR_QUESTION_MARK,        /* ? */
	  CHAR_RIGHT_CURLY_BRACE,    /* } */
	  CHAR_RIGHT_PARENTHESES,    /* ) */
	  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
	} = /*@__PURE__*/ requireConstants();

	const isPathSeparator = code => {
	  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
	};

	const depth = token => {
	  if (token.isPrefix !== true) {
	    token.depth = token.isGlobstar ? Infinity : 1;
	  }
	};

	/**
	 * Quickly scans a glob pattern and returns an object with a handful of
	 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
	 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
	 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
	 *
	 * ```js
	 * const pm = require('picomatch');
	 * console.log(pm.scan('foo/bar/*.js'));
	 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
	 * ```
	 * @param {String} `str`
	 * @param {Object} `options`
	 * @return {Object} Returns an object with tokens and regex source string.
	 * @api public
	 */

	const scan = (input, options) => {
	  const opts = options || {};

	  const length = input.length - 1;
	  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
	  const slashes = [];
	  const tokens = [];
	  const parts = [];

	  let str = input;
	  let index = -1;
	  let start = 0;
	  let lastIndex = 0;
	  let isBrace = false;
	  let isBracket = false;
	  let isGlob = false;
	  let isExtglob = false;
	  let isGlobstar = false;
	  let braceEscaped = false;
	  let backslashes = false;
	  let negated = false;
	  let negatedExtglob = false;
	  let finished = false;
	  let braces = 0;
	  let prev;
	  let code;
	  let token = { value: '', depth: 0, isGlob: false };

	  const eos = () => index >= length;
	  const peek = () => str.charCodeAt(index + 1);
	  const advance = () => {
	    prev = code;
	    return str.charCodeAt(++index);
	  };

	  while (index < length) {
	    code = advance();
	    let next;

	    if (code === CHAR_BACKWARD_SLASH) {
	      backslashes = token.backslashes = true;
	      code = advance();

	      if (code === CHAR_LEFT_CURLY_BRACE) {
	        braceEscaped = true;
	      }
	      continue;
	    }

	    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
	      braces++;

	      while (eos() !== true && (code = advance())) {
	        if (code === CHAR_BACKWARD_SLASH) {
	          backslashes = token.backslashes = true;
	          advance();
	          continue;
	        }

	        if (code === CHAR_LEFT_CURLY_BRACE) {
	          braces++;
	          continue;
	        }

	        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
	          isBrace = token.isBrace = true;
	          isGlob = token.isGlob = true;
	          finished = true;

	          if (scanToEnd === true) {
	            continue;
	          }

	          break;
	        }

	        if (braceEscaped !== true && code === CHAR_COMMA) {
	          isBrace = token.isBrace = true;
	          isGlob = token.isGlob = true;
	          finished = true;

	          if (scanToEnd === true) {
	            continue;
	          }

	          break;
	        }

	        if (code === CHAR_RIGHT_CURLY_BRACE) {
	          braces--;

	          if (braces === 0) {
	            braceEscaped = false;
	            isBrace = token.isBrace = true;
	            finished = true;
	            break;
	          }
	        }
	      }

	      if (scanToEnd === true) {
	        continue;
	      }

	      break;
	    }

	    if (code === CHAR_FORWARD_SLASH) {
	      slashes.push(index);
	      tokens.push(token);
	      token = { value: '', depth: 0, isGlob: false };

	      if (finished === true) continue;
	      if (prev === CHAR_DOT && index === (start + 1)) {
	        start += 2;
	        continue;
	      }

	      lastIndex = index + 1;
	      continue;
	    }

	    if (opts.noext !== true) {
	      const isExtglobChar = code === CHAR_PLUS
	        || code === CHAR_AT
	        || code === CHAR_ASTERISK
	        || code === CHAR_QUESTION_MARK
	        || code === CHAR_EXCLAMATION_MARK;

	      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
	        isGlob = token.isGlob = true;
	        isExtglob = token.isExtglob = true;
	        finished = true;
	        if (code === CHAR_EXCLAMATION_MARK && index === start) {
	          negatedExtglob = true;
	        }

	        if (scanToEnd === true) {
	          let parens = 0;

	          while (eos() !== true && (code = advance())) {
	            if (code === CHAR_BACKWARD_SLASH) {
	              backslashes = token.backslashes = true;
	              advance();
	              continue;
	            }

	            if (code === CHAR_LEFT_PARENTHESES) {
	              parens++;
	              continue;
	            }

	            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
	              finished = true;
	              break;
	            }
	          }
	          continue;
	        }
	        break;
	      }
	    }

	    if (code === CHAR_ASTERISK) {
	      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
	      isGlob = token.isGlob = true;
	      finished = true;

	      if (scanToEnd === true) {
	        continue;
	      }
	      break;
	    }

	    if (code === CHAR_QUESTION_MARK) {
	      isGlob = token.isGlob = true;
	      finished = true;

	      if (scanToEnd === true) {
	        continue;
	      }
	      break;
	    }

	    if (code === CHAR_LEFT_SQUARE_BRACKET) {
	      while (eos() !== true && (next = advance())) {
	        if (next === CHAR_BACKWARD_SLASH) {
	          backslashes = token.backslashes = true;
	          advance();
	          continue;
	        }

	        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
	          isBracket = token.isBracket = true;
	          isGlob = token.isGlob = true;
	          finished = true;
	          break;
	        }
	      }

	      if (scanToEnd === true) {
	        continue;
	      }

	      break;
	    }

	    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
	      negated = token.negated = true;
	      start++;
	      continue;
	    }

	    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
	      isGlob = token.isGlob = true;

	      if (scanToEnd === true) {
	        let parens = 1;

	        while (eos() !== true && (code = advance())) {
	          if (code === CHAR_BACKWARD_SLASH) {
	            backslashes = token.backslashes = true;
	            advance();
	            continue;
	          }

	          if (code === CHAR_LEFT_PARENTHESES) {
	            parens++;
	            continue;
	          }

	          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
	            finished = true;
	            break;
	          }
	        }
	        continue;
	      }
	      break;
	    }

	    if (isGlob === true) {
	      finished = true;

	      if (scanToEnd === true) {
	        continue;
	      }

	      break;
	    }
	  }

	  if (opts.noext === true) {
	    isExtglob = false;
	    isGlob = false;
	  }

	  let base = str;
	  let prefix = '';
	  let glob = '';

	  if (start > 0) {
	    prefix = str.slice(0, start);
	    str = str.slice(start);
	    lastIndex -= start;
	  }

	  if (base && isGlob === true && lastIndex > 0) {
	    base = str.slice(0, lastIndex);
	    glob = str.slice(lastIndex);
	  } else if (isGlob === true) {
	    base = '';
	    glob = str;
	  } else {
	    base = str;
	  }

	  if (base && base !== '' && base !== '/' && base !== str) {
	    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
	      base = base.slice(0, -1);
	    }
	  }

	  if (opts.unescape === true) {
	    if (glob) glob = utils.removeBackslashes(glob);

	    if (base && backslashes === true) {
	      base = utils.removeBackslashes(base);
	    }
	  }

	  const state = {
	    prefix,
	    input,
	    start,
	    base,
	    glob,
	    isBrace,
	    isBracket,
	    isGlob,
	    isExtglob,
	    isGlobstar,
	    negated,
	    negatedExtglob
	  };

	  if (opts.tokens === true) {
	    state.maxDepth = 0;
	    if (!isPathSeparator(code)) {
	      tokens.push(token);
	    }
	    state.tokens = tokens;
	  }

	  if (opts.parts === true || opts.tokens === true) {
	    let prevIndex;

	    for (let idx = 0; idx < slashes.length; idx++) {
	      const n = prevIndex !== undefined ? prevIndex + 1 : start;
	      const i = slashes[idx];
	      const value = input.slice(n, i);
	      if (opts.tokens) {
	        if (idx === 0 && start !== 0) {
	          tokens[idx].isPrefix = true;
	          tokens[idx].value = prefix;
	        } else {
	          tokens[idx].value = value;
	        }
	        depth(tokens[idx]);
	        state.maxDepth += tokens[idx].depth;
	      }
	      if (i >= start) {
	        parts.push(value);
	        prevIndex = i;
	      }
	    }

	    const n = prevIndex !== undefined ? prevIndex + 1 : start;
	    const value = input.slice(n);
	    parts.push(value);

	    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
	      tokens[tokens.length - 1].value = value;
	      depth(tokens[tokens.length - 1]);
	      state.maxDepth += tokens[tokens.length - 1].depth;
	    }

	    state.slashes = slashes;
	    state.parts = parts;
	  }

	  return state;
	};

	scan_1 = scan;
	return scan_1;
}

var parse_1;
var hasRequiredParse;

function requireParse () {
	if (hasRequiredParse) return parse_1;
	hasRequiredParse = 1;

	const constants = /*@__PURE__*/ requireConstants();
	const utils = /*@__PURE__*/ requireUtils();

	/**
	 * Constants
	 */

	const {
	  MAX_LENGTH,
	  POSIX_REGEX_SOURCE,
	  REGEX_NON_SPECIAL_CHARS,
	  REGEX_SPECIAL_CHARS_BACKREF,
	  REPLACEMENTS
	} = constants;

	/**
	 * Helpers
	 */

	const expandRange = (args, options) => {
	  if (typeof options.expandRange === 'function') {
	    return options.expandRange(...args, options);
	  }

	  args.sort();
	  const value = `[${args.join('-')}]`;

	  try {
	    /* eslint-disable-next-line no-new */
	    new RegExp(value);
	  } catch (ex) {
	    return args.map(v => utils.escapeRegex(v)).join('..');
	  }

	  return value;
	};

	/**
	 * Create the message for a syntax error
	 */

	const syntaxError = (type, char) => {
	  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
	};

	const splitTopLevel = input => {
	  const parts = [];
	  let bracket = 0;
	  let paren = 0;
	  let quote = 0;
	  let value = '';
	  let escaped = false;

	  for (const ch of input) {
	    if (escaped === true) {
	      value += ch;
	      escaped = false;
	      continue;
	    }

	    if (ch === '\\') {
	      value += ch;
	      escaped = true;
	      continue;
	    }

	    if (ch === '"') {
	      quote = quote === 1 ? 0 : 1;
	      value += ch;
	      continue;
	    }

	    if (quote === 0) {
	      if (ch === '[') {
	        bracket++;
	      } else if (ch === ']' && bracket > 0) {
	        bracket--;
	      } else if (bracket === 0) {
	        if (ch === '(') {
	          paren++;
	        } else if (ch === ')' && paren > 0) {
	          paren--;
	        } else if (ch === '|' && paren === 0) {
	          parts.push(value);
	          value = '';
	          continue;
	        }
	      }
	    }

	    value += ch;
	  }

	  parts.push(value);
	  return parts;
	};

	const isPlainBranch = branch => {
	  let escaped = false;

	  for (const ch of branch) {
	    if (escaped === true) {
	      escaped = false;
	      continue;
	    }

	    if (ch === '\\') {
	      escaped = true;
	      continue;
	    }

	    if (/[?*+@!()[\]{}]/.test(ch)) {
	      return false;
	    }
	  }

	  return true;
	};

	const normalizeSimpleBranch = branch => {
	  let value = branch.trim();
	  let changed = true;

	  while (changed === true) {
	    changed = false;

	    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
	      value = value.slice(2, -1);
	      changed = true;
	    }
	  }

	  if (!isPlainBranch(value)) {
	    return;
	  }

	  return value.replace(/\\(.)/g, '$1');
	};

	const hasRepeatedCharPrefixOverlap = branches => {
	  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

	  for (let i = 0; i < values.length; i++) {
	    for (let j = i + 1; j < values.length; j++) {
	      const a = values[i];
	      const b = values[j];
	      const char = a[0];

	      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
	        continue;
	      }

	      if (a === b || a.startsWith(b) || b.startsWith(a)) {
	        return true;
	      }
	    }
	  }

	  return false;
	};

	const parseRepeatedExtglob = (pattern, requireEnd = true) => {
	  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
	    return;
	  }

	  let bracket = 0;
	  let paren = 0;
	  let quote = 0;
	  let escaped = false;

	  for (let i = 1; i < pattern.length; i++) {
	    const ch = pattern[i];

	    if (escaped === true) {
	      escaped = false;
	      continue;
	    }

	    if (ch === '\\') {
	      escaped = true;
	      continue;
	    }

	    if (ch === '"') {
	      quote = quote === 1 ? 0 : 1;
	      continue;
	    }

	    if (quote === 1) {
	      continue;
	    }

	    if (ch === '[') {
	      bracket++;
	      continue;
	    }

	    if (ch === ']' && bracket > 0) {
	      bracket--;
	      continue;
	    }

	    if (bracket > 0) {
	      continue;
	    }

	    if (ch === '(') {
	      paren++;
	      continue;
	    }

	    if (ch === ')') {
	      paren--;

	      if (paren === 0) {
	        if (requireEnd === true && i !== pattern.length - 1) {
	          return;
	        }

	        return {
	          type: pattern[0],
	          body: pattern.slice(2, i),
	          end: i
	        };
	      }
	    }
	  }
	};

	const buildCharClassStar = chars => {
	  const source = chars.length === 1
	    ? utils.escapeRegex(chars[0])
	    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

	  return `${source}*`;
	};

	const getStarExtglobSequenceChars = pattern => {
	  let index = 0;
	  const chars = [];

	  while (index < pattern.length) {
	    const match = parseRepeatedExtglob(pattern.slice(index), false);

	    if (!match || match.type !== '*') {
	      return;
	    }

	    const branches = splitTopLevel(match.body).map(branch => branch.trim());
	    if (branches.length !== 1) {
	      return;
	    }

	    const branch = normalizeSimpleBranch(branches[0]);
	    if (!branch || branch.length !== 1) {
	      return;
	    }

	    chars.push(branch);
	    index += match.end + 1;
	  }

	  if (chars.length < 1) {
	    return;
	  }

	  return chars;
	};

	const repeatedExtglobRecursion = pattern => {
	  let depth = 0;
	  let value = pattern.trim();
	  let match = parseRepeatedExtglob(value);

	  while (match) {
	    depth++;
	    value = match.body.trim();
	    match = parseRepeatedExtglob(value);
	  }

	  return depth;
	};

	const analyzeRepeatedExtglob = (body, options) => {
	  if (options.maxExtglobRecursion === false) {
	    return { risky: false };
	  }

	  const max =
	    typeof options.maxExtglobRecursion === 'number'
	      ? options.maxExtglobRecursion
	      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

	  const branches = splitTopLevel(body).map(branch => branch.trim());

	  if (branches.length > 1) {
	    if (
	      branches.some(branch => branch === '') ||
	      branches.some(branch => /^[*?]+$/.test(branch)) ||
	      hasRepeatedCharPrefixOverlap(branches)
	    ) {
	      return { risky: true };
	    }
	  }

	  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
	  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
	  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
	  // characters we can emit one flat, ReDoS-safe character class that preserves the
	  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
	  // every branch but the first.
	  const safeChars = [];
	  let sawStarSequence = false;
	  let combinable = true;

	  for (const branch of branches) {
	    const chars = getStarExtglobSequenceChars(branch);
	    if (chars) {
	      sawStarSequence = true;
	      safeChars.push(...chars);
	      continue;
	    }

	    const literal = normalizeSimpleBranch(branch);
	    if (literal && literal.length === 1) {
	      safeChars.push(literal);
	      continue;
	    }

	    combinable = false;

	    if (repeatedExtglobRecursion(branch) > max) {
	      return { risky: true };
	    }
	  }

	  if (sawStarSequence) {
	    return combinable
	      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
	      : { risky: true };
	  }

	  return { risky: false };
	};

	/**
	 * Parse the given input string.
	 * @param {String} input
	 * @param {Object} options
	 * @return {Object}
	 */

	const parse = (input, options) => {
	  if (typeof input !== 'string') {
	    throw new TypeError('Expected a string');
	  }

	  input = REPLACEMENTS[input] || input;

	  const opts = { ...options };
	  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

	  let len = input.length;
	  if (len > max) {
	    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
	  }

	  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
	  const tokens = [bos];

	  const capture = opts.capture ? '' : '?:';

	  // create constants based on platform, for windows or posix
	  const PLATFORM_CHARS = constants.globChars(opts.windows);
	  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

	  const {
	    DOT_LITERAL,
	    PLUS_LITERAL,
	    SLASH_LITERAL,
	    ONE_CHAR,
	    DOTS_SLASH,
	    NO_DOT,
	    NO_DOT_SLASH,
	    NO_DOTS_SLASH,
	    QMARK,
	    QMARK_NO_DOT,
	    STAR,
	    START_ANCHOR
	  } = PLATFORM_CHARS;

	  const globstar = opts => {
	    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
	  };

	  const nodot = opts.dot ? '' : NO_DOT;
	  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
	  let star = opts.bash === true ? globstar(opts) : STAR;

	  if (opts.capture) {
	    star = `(${star})`;
	  }

	  // minimatch options support
	  if (typeof opts.noext === 'boolean') {
	    opts.noextglob = opts.noext;
	  }

	  const state = {
	    input,
	    index: -1,
	    start: 0,
	    dot: opts.dot === true,
	    consumed: '',
	    output: '',
	    prefix: '',
	    backtrack: false,
	    negated: false,
	    brackets: 0,
	    braces: 0,
	    parens: 0,
	    quotes: 0,
	    globstar: false,
	    tokens
	  };

	  input = utils.removePrefix(input, state);
	  len = input.length;

	  const extglobs = [];
	  const braces = [];
	  const stack = [];
	  let prev = bos;
	  let value;

	  /**
	   * Tokenizing helpers
	   */

	  const eos = () => state.index === len - 1;
	  const peek = state.peek = (n = 1) => input[state.index + n];
	  const advance = state.advance = () => input[++state.index] || '';
	  const remaining = () => input.slice(state.index + 1);
	  const consume = (value = '', num = 0) => {
	    state.consumed += value;
	    state.index += num;
	  };

	  const append = token => {
	    state.output += token.output != null ? token.output : token.value;
	    consume(token.value);
	  };

	  const negate = () => {
	    let count = 1;

	    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
	      advance();
	      state.start++;
	      count++;
	    }

	    if (count % 2 === 0) {
	      return false;
	    }

	    state.negated = true;
	    state.start++;
	    return true;
	  };

	  const increment = type => {
	    state[type]++;
	    stack.push(type);
	  };

	  const decrement = type => {
	    state[type]--;
	    stack.pop();
	  };

	  /**
	   * Push tokens onto the tokens array. This helper speeds up
	   * tokenizing by 1) helping us avoid backtracking as much as possible,
	   * and 2) helping us avoid creating extra tokens when consecutive
	   * characters are plain text. This improves performance and simplifies
	   * lookbehinds.
	   */

	  const push = tok => {
	    if (prev.type === 'globstar') {
	      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
	      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

	      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
	        state.output = state.output.slice(0, -prev.output.length);
	        prev.type = 'star';
	        prev.value = '*';
	        prev.output = star;
	        state.output += prev.output;
	      }
	    }

	    if (extglobs.length && tok.type !== 'paren') {
	      extglobs[extglobs.length - 1].inner += tok.value;
	    }

	    if (tok.value || tok.output) append(tok);
	    if (prev && prev.type === 'text' && tok.type === 'text') {
	      prev.output = (prev.output || prev.value) + tok.value;
	      prev.value += tok.value;
	      return;
	    }

	    tok.prev = prev;
	    tokens.push(tok);
	    prev = tok;
	  };

	  const extglobOpen = (type, value) => {
	    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

	    token.prev = prev;
	    token.parens = state.parens;
	    token.output = state.output;
	    token.startIndex = state.index;
	    token.tokensIndex = tokens.length;
	    const output = (opts.capture ? '(' : '') + token.open;

	    increment('parens');
	    push({ type, value, output: state.output ? '' : ONE_CHAR });
	    push({ type: 'paren', extglob: true, value: advance(), output });
	    extglobs.push(token);
	  };

	  const extglobClose = token => {
	    const literal = input.slice(token.startIndex, state.index + 1);
	    const body = input.slice(token.startIndex + 2, state.index);
	    const analysis = analyzeRepeatedExtglob(body, opts);

	    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
	      const safeOutput = analysis.safeOutput
	        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
	        : undefined;
	      const open = tokens[token.tokensIndex];

	      open.type = 'text';
	      open.value = literal;
	      open.output = safeOutput || utils.escapeRegex(literal);

	      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
	        tokens[i].value = '';
	        tokens[i].output = '';
	        delete tokens[i].suffix;
	      }

	      state.output = token.output + open.output;
	      state.backtrack = true;

	      push({ type: 'paren', extglob: true, value, output: '' });
	      decrement('parens');
	      return;
	    }

	    let output = token.close + (opts.capture ? ')' : '');
	    let rest;

	    if (token.type === 'negate') {
	      let extglobStar = star;

	      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
	        extglobStar = globstar(opts);
	      }

	      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
	        output = token.close = `)$))${extglobStar}`;
	      }

	      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
	        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
	        // In this case, we need to parse the string and use it in the output of the original pattern.
	        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
	        //
	        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
	        const expression = parse(rest, { ...options, fastpaths: false }).output;

	        output = token.close = `)${expression})${extglobStar})`;
	      }

	      if (token.prev.type === 'bos') {
	        state.negatedExtglob = true;
	      }
	    }

	    push({ type: 'paren', extglob: true, value, output });
	    decrement('parens');
	  };

	  /**
	   * Fast paths
	   */

	  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
	    let backslashes = false;

	    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
	      if (first === '\\') {
	        backslashes = true;
	        return m;
	      }

	      if (first === '?') {
	        if (esc) {
	          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
	        }
	        if (index === 0) {
	          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
	        }
	        return QMARK.repeat(chars.length);
	      }

	      if (first === '.') {
	        return DOT_LITERAL.repeat(chars.length);
	      }

	      if (first === '*') {
	        if (esc) {
	          return esc + first + (rest ? star : '');
	        }
	        return star;
	      }
	      return esc ? m : `\\${m}`;
	    });

	    if (backslashes === true) {
	      if (opts.unescape === true) {
	        output = output.replace(/\\/g, '');
	      } else {
	        output = output.replace(/\\+/g, m => {
	          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
	        });
	      }
	    }

	    if (output === input && opts.contains === true) {
	      state.output = input;
	      return state;
	    }

	    state.output = utils.wrapOutput(output, state, options);
	    return state;
	  }

	  /**
	   * Tokenize input until we reach end-of-string
	   */

	  while (!eos()) {
	    value = advance();

	    if (value === '\u0000') {
	      continue;
	    }

	    /**
	     * Escaped characters
	     */

	    if (value === '\\') {
	      const next = peek();

	      if (next === '/' && opts.bash !== true) {
	        continue;
	      }

	      if (next === '.' || next === ';') {
	        continue;
	      }

	      if (!next) {
	        value += '\\';
	        push({ type: 'text', value });
	        continue;
	      }

	      // collapse slashes to reduce potential for exploits
	      const match = /^\\+/.exec(remaining());
	      let slashes = 0;

	      if (match && match[0].length > 2) {
	        slashes = match[0].length;
	        state.index += slashes;
	        if (slashes % 2 !== 0) {
	          value += '\\';
	        }
	      }

	      if (opts.unescape === true) {
	        value = advance();
	      } else {
	        value += advance();
	      }

	      if (state.brackets === 0) {
	        push({ type: 'text', value });
	        continue;
	      }
	    }

	    /**
	     * If we're inside a regex character class, continue
	     * until we reach the closing bracket.
	     */

	    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
	      if (opts.posix !== false && value === ':') {
	        const inner = prev.value.slice(1);
	        if (inner.includes('[')) {
	          prev.posix = true;

	          if (inner.includes(':')) {
	            const idx = prev.value.lastIndexOf('[');
	            const pre = prev.value.slice(0, idx);
	            const rest = prev.value.slice(idx + 2);
	            const posix = POSIX_REGEX_SOURCE[rest];
	            if (posix) {
	              prev.value = pre + posix;
	              state.backtrack = true;
	              advance();

	              if (!bos.output && tokens.indexOf(prev) === 1) {
	                bos.output = ONE_CHAR;
	              }
	              continue;
	            }
	          }
	        }
	      }

	      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
	        value = `\\${value}`;
	      }

	      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
	        value = `\\${value}`;
	      }

	      if (opts.posix === true && value === '!' && prev.value === '[') {
	        value = '^';
	      }

	      prev.value += value;
	      append({ value });
	      continue;
	    }

	    /**
	     * If we're inside a quoted string, continue
	     * until we reach the closing double quote.
	     */

	    if (state.quotes === 1 && value !== '"') {
	      value = utils.escapeRegex(value);
	      prev.value += value;
	      append({ value });
	      continue;
	    }

	    /**
	     * Double quotes
	     */

	    if (value === '"') {
	      state.quotes = state.quotes === 1 ? 0 : 1;
	      if (opts.keepQuotes === true) {
	        push({ type: 'text', value });
	      }
	      continue;
	    }

	    /**
	     * Parentheses
	     */

	    if (value === '(') {
	      increment('parens');
	      push({ type: 'paren', value });
	      continue;
	    }

	    if (value === ')') {
	      if (state.parens === 0 && opts.strictBrackets === true) {
	        throw new SyntaxError(syntaxError('opening', '('));
	      }

	      const extglob = extglobs[extglobs.length - 1];
	      if (extglob && state.parens === extglob.parens + 1) {
	        extglobClose(extglobs.pop());
	        continue;
	      }

	      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
	      decrement('parens');
	      continue;
	    }

	    /**
	     * Square brackets
	     */

	    if (value === '[') {
	      if (opts.nobracket === true || !remaining().includes(']')) {
	        if (opts.nobracket !== true && opts.strictBrackets === true) {
	          throw new SyntaxError(syntaxError('closing', ']'));
	        }

	        value = `\\${value}`;
	      } else {
	        increment('brackets');
	      }

	      push({ type: 'bracket', value });
	      continue;
	    }

	    if (value === ']') {
	      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
	        push({ type: 'text', value, output: `\\${value}` });
	        continue;
	      }

	      if (state.brackets === 0) {
	        if (opts.strictBrackets === true) {
	          throw new SyntaxError(syntaxError('opening', '['));
	        }

	        push({ type: 'text', value, output: `\\${value}` });
	        continue;
	      }

	      decrement('brackets');

	      const prevValue = prev.value.slice(1);
	      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
	        value = `/${value}`;
	      }

	      prev.value += value;
	      append({ value });

	      // when literal brackets are explicitly disabled
	      // assume we should match with a regex character class
	      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
	        continue;
	      }

	      const escaped = utils.escapeRegex(prev.value);
	      state.output = state.output.slice(0, -prev.value.length);

	      // when literal brackets are explicitly enabled
	      // assume we should escape the brackets to match literal characters
	      if (opts.literalBrackets === true) {
	        state.output += escaped;
	        prev.value = escaped;
	        continue;
	      }

	      // when the user specifies nothing, try to match both
	      prev.value = `(${capture}${escaped}|${prev.value})`;
	      state.output += prev.value;
	      continue;
	    }

	    /**
	     * Braces
	     */

	    if (value === '{' && opts.nobrace !== true) {
	      increment('braces');

	      const open = {
	        type: 'brace',
	        value,
	        output: '(',
	        outputIndex: state.output.length,
	        tokensIndex: state.tokens.length
	      };

	      braces.push(open);
	      push(open);
	      continue;
	    }

	    if (value === '}') {
	      const brace = braces[braces.length - 1];

	      if (opts.nobrace === true || !brace) {
	        push({ type: 'text', value, output: value });
	        continue;
	      }

	      let output = ')';

	      if (brace.dots === true) {
	        const arr = tokens.slice();
	        const range = [];

	        for (let i = arr.length - 1; i >= 0; i--) {
	          tokens.pop();
	          if (arr[i].type === 'brace') {
	            break;
	          }
	          if (arr[i].type !== 'dots') {
	            range.unshift(arr[i].value);
	          }
	        }

	        output = expandRange(range, opts);
	        state.backtrack = true;
	      }

	      if (brace.comma !== true && brace.dots !== true) {
	        const out = state.output.slice(0, brace.outputIndex);
	        const toks = state.tokens.slice(brace.tokensIndex);
	        brace.value = brace.output = '\\{';
	        value = output = '\\}';
	        state.output = out;
	        for (const t of toks) {
	          state.output += (t.output || t.value);
	        }
	      }

	      push({ type: 'brace', value, output });
	      decrement('braces');
	      braces.pop();
	      continue;
	    }

	    /**
	     * Pipes
	     */

	    if (value === '|') {
	      if (extglobs.length > 0) {
	        extglobs[extglobs.length - 1].conditions++;
	      }
	      push({ type: 'text', value });
	      continue;
	    }

	    /**
	     * Commas
	     */

	    if (value === ',') {
	      let output = value;

	      const brace = braces[braces.length - 1];
	      if (brace && stack[stack.length - 1] === 'braces') {
	        brace.comma = true;
	        output = '|';
	      }

	      push({ type: 'comma', value, output });
	      continue;
	    }

	    /**
	     * Slashes
	     */

	    if (value === '/') {
	      // if the beginning of the glob is "./", advance the start
	      // to the current index, and don't add the "./" characters
	      // to the state. This greatly simplifies lookbehinds when
	      // checking for BOS characters like "!" and "." (not "./")
	      if (prev.type === 'dot' && state.index === state.start + 1) {
	        state.start = state.index + 1;
	        state.consumed = '';
	        state.output = '';
	        tokens.pop();
	        prev = bos; // reset "prev" to the first token
	        continue;
	      }

	      push({ type: 'slash', value, output: SLASH_LITERAL });
	      continue;
	    }

	    /**
	     * Dots
	     */

	    if (value === '.') {
	      if (state.braces > 0 && prev.type === 'dot') {
	        if (prev.value === '.') prev.output = DOT_LITERAL;
	        const brace = braces[braces.length - 1];
	        prev.type = 'dots';
	        prev.output += value;
	        prev.value += value;
	        brace.dots = true;
	        continue;
	      }

	      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
	        push({ type: 'text', value, output: DOT_LITERAL });
	        continue;
	      }

	      push({ type: 'dot', value, output: DOT_LITERAL });
	      continue;
	    }

	    /**
	     * Question marks
	     */

	    if (value === '?') {
	      const isGroup = prev && prev.value === '(';
	      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
	        extglobOpen('qmark', value);
	        continue;
	      }

	      if (prev && prev.type === 'paren') {
	        const next = peek();
	        let output = value;

	        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
	          output = `\\${value}`;
	        }

	        push({ type: 'text', value, output });
	        continue;
	      }

	      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
	        push({ type: 'qmark', value, output: QMARK_NO_DOT });
	        continue;
	      }

	      push({ type: 'qmark', value, output: QMARK });
	      continue;
	    }

	    /**
	     * Exclamation
	     */

	    if (value === '!') {
	      if (opts.noextglob !== true && peek() === '(') {
	        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
	          extglobOpen('negate', value);
	          continue;
	        }
	      }

	      if (opts.nonegate !== true && state.index === 0) {
	        negate();
	        continue;
	      }
	    }

	    /**
	     * Plus
	     */

	    if (value === '+') {
	      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
	        extglobOpen('plus', value);
	        continue;
	      }

	      if ((prev && prev.value === '(') || opts.regex === false) {
	        push({ type: 'plus', value, output: PLUS_LITERAL });
	        continue;
	      }

	      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
	        push({ type: 'plus', value });
	        continue;
	      }

	      push({ type: 'plus', value: PLUS_LITERAL });
	      continue;
	    }

	    /**
	     * Plain text
	     */

	    if (value === '@') {
	      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
	        push({ type: 'at', extglob: true, value, output: '' });
	        continue;
	      }

	      push({ type: 'text', value });
	      continue;
	    }

	    /**
	     * Plain text
	     */

	    if (value !== '*') {
	      if (value === '$' || value === '^') {
	        value = `\\${value}`;
	      }

	      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
	      if (match) {
	        value += match[0];
	        state.index += match[0].length;
	      }

	      push({ type: 'text', value });
	      continue;
	    }

	    /**
	     * Stars
	     */

	    if (prev && (prev.type === 'globstar' || prev.star === true)) {
	      prev.type = 'star';
	      prev.star = true;
	      prev.value += value;
	      prev.output = star;
	      state.backtrack = true;
	      state.globstar = true;
	      consume(value);
	      continue;
	    }

	    let rest = remaining();
	    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
	      extglobOpen('star', value);
	      continue;
	    }

	    if (prev.type === 'star') {
	      if (opts.noglobstar === true) {
	        consume(value);
	        continue;
	      }

	      const prior = prev.prev;
	      const before = prior.prev;
	      const isStart = prior.type === 'slash' || prior.type === 'bos';
	      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

	      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
	        push({ type: 'star', value, output: '' });
	        continue;
	      }

	      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
	      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
	      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
	        push({ type: 'star', value, output: '' });
	        continue;
	      }

	      // strip consecutive `/**/`
	      while (rest.slice(0, 3) === '/**') {
	        const after = input[state.index + 4];
	        if (after && after !== '/') {
	          break;
	        }
	        rest = rest.slice(3);
	        consume('/**', 3);
	      }

	      // A globstar followed only by balanced closing parens is at the logical end of patterns like
	      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
	      // parent path, except in negated extglobs where that would change the exclusion semantics.
	      const isEnd = eos() || (
	        state.parens > 0
	        && rest === ')'.repeat(state.parens)
	        && !extglobs.some(extglob => extglob.type === 'negate')
	      );

	      if (prior.type === 'bos' && eos()) {
	        prev.type = 'globstar';
	        prev.value += value;
	        prev.output = globstar(opts);
	        state.output = prev.output;
	        state.globstar = true;
	        consume(value);
	        continue;
	      }

	      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
	        state.output = state.output.slice(0, -(prior.output + prev.output).length);
	        prior.output = `(?:${prior.output}`;

	        prev.type = 'globstar';
	        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
	        prev.value += value;
	        state.globstar = true;
	        state.output += prior.output + prev.output;
	        consume(value);
	        continue;
	      }

	      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
	        const end = rest[1] !== void 0 ? '|$' : '';

	        state.output = state.output.slice(0, -(prior.output + prev.output).length);
	        prior.output = `(?:${prior.output}`;

	        prev.type = 'globstar';
	        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
	        prev.value += value;

	        state.output += prior.output + prev.output;
	        state.globstar = true;

	        consume(value + advance());

	        push({ type: 'slash', value: '/', output: '' });
	        continue;
	      }

	      if (prior.type === 'bos' && rest[0] === '/') {
	        prev.type = 'globstar';
	        prev.value += value;
	        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
	        state.output = prev.output;
	        state.globstar = true;
	        consume(value + advance());
	        push({ type: 'slash', value: '/', output: '' });
	        continue;
	      }

	      // remove single star from output
	      state.output = state.output.slice(0, -prev.output.length);

	      // reset previous token to globstar
	      prev.type = 'globstar';
	      prev.output = globstar(opts);
	      prev.value += value;

	      // reset output with globstar
	      state.output += prev.output;
	      state.globstar = true;
	      consume(value);
	      continue;
	    }

	    const token = { type: 'star', value, output: star };

	    if (opts.bash === true) {
	      token.output = '.*?';
	      if (prev.type === 'bos' || prev.type === 'slash') {
	        token.output = nodot + token.output;
	      }
	      push(token);
	      continue;
	    }

	    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
	      token.output = value;
	      push(token);
	      continue;
	    }

	    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
	      if (prev.type === 'dot') {
	        state.output += NO_DOT_SLASH;
	        prev.output += NO_DOT_SLASH;

	      } else if (opts.dot === true) {
	        state.output += NO_DOTS_SLASH;
	        prev.output += NO_DOTS_SLASH;

	      } else {
	        state.output += nodot;
	        prev.output += nodot;
	      }

	      if (peek() !== '*') {
	        state.output += ONE_CHAR;
	        prev.output += ONE_CHAR;
	      }
	    }

	    push(token);
	  }

	  while (state.brackets > 0) {
	    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
	    state.output = utils.escapeLast(state.output, '[');
	    decrement('brackets');
	  }

	  while (state.parens > 0) {
	    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
	    state.output = utils.escapeLast(state.output, '(');
	    decrement('parens');
	  }

	  while (state.braces > 0) {
	    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
	    state.output = utils.escapeLast(state.output, '{');
	    decrement('braces');
	  }

	  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
	    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
	  }

	  // rebuild the output if we had to backtrack at any point
	  if (state.backtrack === true) {
	    state.output = '';

	    for (const token of state.tokens) {
	      state.output += token.output != null ? token.output : token.value;

	      if (token.suffix) {
	        state.output += token.suffix;
	      }
	    }
	  }

	  return state;
	};

	/**
	 * Fast paths for creating regular expressions for common glob patterns.
	 * This can significantly speed up processing and has very little downside
	 * impact when none of the fast paths match.
	 */

	parse.fastpaths = (input, options) => {
	  const opts = { ...options };
	  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
	  const len = input.length;
	  if (len > max) {
	    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
	  }

	  input = REPLACEMENTS[input] || input;

	  // create constants based on platform, for windows or posix
	  const {
	    DOT_LITERAL,
	    SLASH_LITERAL,
	    ONE_CHAR,
	    DOTS_SLASH,
	    NO_DOT,
	    NO_DOTS,
	    NO_DOTS_SLASH,
	    STAR,
	    START_ANCHOR
	  } = constants.globChars(opts.windows);

	  const nodot = opts.dot ? NO_DOTS : NO_DOT;
	  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
	  const capture = opts.capture ? '' : '?:';
	  const state = { negated: false, prefix: '' };
	  let star = opts.bash === true ? '.*?' : STAR;

	  if (opts.capture) {
	    star = `(${star})`;
	  }

	  const globstar = opts => {
	    if (opts.noglobstar === true) return star;
	    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
	  };

	  const create = str => {
	    switch (str) {
	      case '*':
	        return `${nodot}${ONE_CHAR}${star}`;

	      case '.*':
	        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

	      case '*.*':
	        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

	      case '*/*':
	        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

	      case '**':
	        return nodot + globstar(opts);

	      case '**/*':
	        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

	      case '**/*.*':
	        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

	      case '**/.*':
	        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

	      default: {
	        const match = /^(.*?)\.(\w+)$/.exec(str);
	        if (!match) return;

	        const source = create(match[1]);
	        if (!source) return;

	        return source + DOT_LITERAL + match[2];
	      }
	    }
	  };

	  const output = utils.removePrefix(input, state);
	  let source = create(output);

	  if (source && opts.strictSlashes !== true) {
	    source += `${SLASH_LITERAL}?`;
	  }

	  return source;
	};

	parse_1 = parse;
	return parse_1;
}

var picomatch_1$1;
var hasRequiredPicomatch$1;

function requirePicomatch$1 () {
	if (hasRequiredPicomatch$1) return picomatch_1$1;
	hasRequiredPicomatch$1 = 1;

	const scan = /*@__PURE__*/ requireScan();
	const parse = /*@__PURE__*/ requireParse();
	const utils = /*@__PURE__*/ requireUtils();
	const constants = /*@__PURE__*/ requireConstants();
	const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

	/**
	 * Creates a matcher function from one or more glob patterns. The
	 * returned function takes a string to match as its first argument,
	 * and returns true if the string is a match. The returned matcher
	 * function also takes a boolean as the second argument that, when true,
	 * returns an object with additional information.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch(glob[, options]);
	 *
	 * const isMatch = picomatch('*.!(*a)');
	 * console.log(isMatch('a.a')); //=> false
	 * console.log(isMatch('a.b')); //=> true
	 *
	 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
	 * const picomatch = require('picomatch/posix');
	 * // the same API, defaulting to posix paths
	 * const isMatch = picomatch('a/*');
	 * console.log(isMatch('a\\b')); //=> false
	 * console.log(isMatch('a/b')); //=> true
	 *
	 * // you can still configure the matcher function to accept windows paths
	 * const isMatch = picomatch('a/*', { options: windows });
	 * console.log(isMatch('a\\b')); //=> true
	 * console.log(isMatch('a/b')); //=> true
	 * ```
	 * @name picomatch
	 * @param {String|Array} `globs` One or more glob patterns.
	 * @param {Object=} `options`
	 * @return {Function=} Returns a matcher function.
	 * @api public
	 */

	const picomatch = (glob, options, returnState = false) => {
	  if (Array.isArray(glob)) {
	    const fns = glob.map(input => picomatch(input, options, returnState));
	    const arrayMatcher = str => {
	      for (const isMatch of fns) {
	        const state = isMatch(str);
	        if (state) return state;
	      }
	      return false;
	    };
	    return arrayMatcher;
	  }

	  const isState = isObject(glob) && glob.tokens && glob.input;

	  if (glob === '' || (typeof glob !== 'string' && !isState)) {
	    throw new TypeError('Expected pattern to be a non-empty string');
	  }

	  const opts = options || {};
	  const posix = opts.windows;
	  const regex = isState
	    ? picomatch.compileRe(glob, options)
	    : picomatch.makeRe(glob, options, false, true);

	  const state = regex.state;
	  delete regex.state;

	  let isIgnored = () => false;
	  if (opts.ignore) {
	    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
	    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
	  }

	  const matcher = (input, returnObject = false) => {
	    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
	    const result = { glob, state, regex, posix, input, output, match, isMatch };

	    if (typeof opts.onResult === 'function') {
	      opts.onResult(result);
	    }

	    if (isMatch === false) {
	      result.isMatch = false;
	      return returnObject ? result : false;
	    }

	    if (isIgnored(input)) {
	      if (typeof opts.onIgnore === 'function') {
	        opts.onIgnore(result);
	      }
	      result.isMatch = false;
	      return returnObject ? result : false;
	    }

	    if (typeof opts.onMatch === 'function') {
	      opts.onMatch(result);
	    }
	    return returnObject ? result : true;
	  };

	  if (returnState) {
	    matcher.state = state;
	  }

	  return matcher;
	};

	/**
	 * Test `input` with the given `regex`. This is used by the main
	 * `picomatch()` function to test the input string.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.test(input, regex[, options]);
	 *
	 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
	 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
	 * ```
	 * @param {String} `input` String to test.
	 * @param {RegExp} `regex`
	 * @return {Object} Returns an object with matching info.
	 * @api public
	 */

	picomatch.test = (input, regex, options, { glob, posix } = {}) => {
	  if (typeof input !== 'string') {
	    throw new TypeError('Expected input to be a string');
	  }

	  if (input === '') {
	    return { isMatch: false, output: '' };
	  }

	  const opts = options || {};
	  const format = opts.format || (posix ? utils.toPosixSlashes : null);
	  let match = input === glob;
	  let output = (match && format) ? format(input) : input;

	  if (match === false) {
	    output = format ? format(input) : input;
	    match = output === glob;
	  }

	  if (match === false || opts.capture === true) {
	    if (opts.matchBase === true || opts.basename === true) {
	      match = picomatch.matchBase(input, regex, options, posix);
	    } else {
	      match = regex.exec(output);
	    }
	  }

	  return { isMatch: Boolean(match), match, output };
	};

	/**
	 * Match the basename of a filepath.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.matchBase(input, glob[, options]);
	 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
	 * ```
	 * @param {String} `input` String to test.
	 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
	 * @return {Boolean}
	 * @api public
	 */

	picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
	  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
	  return regex.test(utils.basename(input, { windows: posix }));
	};

	/**
	 * Returns true if **any** of the given glob `patterns` match the specified `string`.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.isMatch(string, patterns[, options]);
	 *
	 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
	 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
	 * ```
	 * @param {String|Array} str The string to test.
	 * @param {String|Array} patterns One or more glob patterns to use for matching.
	 * @param {Object} [options] See available [options](#options).
	 * @return {Boolean} Returns true if any patterns match `str`
	 * @api public
	 */

	picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

	/**
	 * Parse a glob pattern to create the source string for a regular
	 * expression.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * const result = picomatch.parse(pattern[, options]);
	 * ```
	 * @param {String} `pattern`
	 * @param {Object} `options`
	 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
	 * @api public
	 */

	picomatch.parse = (pattern, options) => {
	  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
	  return parse(pattern, { ...options, fastpaths: false });
	};

	/**
	 * Scan a glob pattern to separate the pattern into segments.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.scan(input[, options]);
	 *
	 * const result = picomatch.scan('!./foo/*.js');
	 * console.log(result);
	 * { prefix: '!./',
	 *   input: '!./foo/*.js',
	 *   start: 3,
	 *   base: 'foo',
	 *   glob: '*.js',
	 *   isBrace: false,
	 *   isBracket: false,
	 *   isGlob: true,
	 *   isExtglob: false,
	 *   isGlobstar: false,
	 *   negated: true }
	 * ```
	 * @param {String} `input` Glob pattern to scan.
	 * @param {Object} `options`
	 * @return {Object} Returns an object with
	 * @api public
	 */

	picomatch.scan = (input, options) => scan(input, options);

	/**
	 * Compile a regular expression from the `state` object returned by the
	 * [parse()](#parse) method.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * const state = picomatch.parse('*.js');
	 * // picomatch.compileRe(state[, options]);
	 *
	 * console.log(picomatch.compileRe(state));
	 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
	 * ```
	 * @param {Object} `state`
	 * @param {Object} `options`
	 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
	 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
	 * @return {RegExp}
	 * @api public
	 */

	picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
	  if (returnOutput === true) {
	    return state.output;
	  }

	  const opts = options || {};
	  const prepend = opts.contains ? '' : '^';
	  const append = opts.contains ? '' : '$';

	  let source = `${prepend}(?:${state.output})${append}`;
	  if (state && state.negated === true) {
	    source = `^(?!${source}).*$`;
	  }

	  const regex = picomatch.toRegex(source, options);
	  if (returnState === true) {
	    regex.state = state;
	  }

	  return regex;
	};

	/**
	 * Create a regular expression from a parsed glob pattern.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.makeRe(state[, options]);
	 *
	 * const result = picomatch.makeRe('*.js');
	 * console.log(result);
	 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
	 * ```
	 * @param {String} `state` The object returned from the `.parse` method.
	 * @param {Object} `options`
	 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
	 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
	 * @return {RegExp} Returns a regex created from the given pattern.
	 * @api public
	 */

	picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
	  if (!input || typeof input !== 'string') {
	    throw new TypeError('Expected a non-empty string');
	  }

	  let parsed = { negated: false, fastpaths: true };

	  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
	    parsed.output = parse.fastpaths(input, options);
	  }

	  if (!parsed.output) {
	    parsed = parse(input, options);
	  }

	  return picomatch.compileRe(parsed, options, returnOutput, returnState);
	};

	/**
	 * Create a regular expression from the given regex source string.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.toRegex(source[, options]);
	 *
	 * const { output } = picomatch.parse('*.js');
	 * console.log(picomatch.toRegex(output));
	 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
	 * ```
	 * @param {String} `source` Regular expression source string.
	 * @param {Object} `options`
	 * @return {RegExp}
	 * @api public
	 */

	picomatch.toRegex = (source, options) => {
	  try {
	    const opts = options || {};
	    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
	  } catch (err) {
	    if (options && options.debug === true) throw err;
	    return /$^/;
	  }
	};

	/**
	 * Picomatch constants.
	 * @return {Object}
	 */

	picomatch.constants = constants;

	/**
	 * Expose "picomatch"
	 */

	picomatch_1$1 = picomatch;
	return picomatch_1$1;
}

var picomatch_1;
var hasRequiredPicomatch;

function requirePicomatch () {
	if (hasRequiredPicomatch) return picomatch_1;
	hasRequiredPicomatch = 1;

	const pico = /*@__PURE__*/ requirePicomatch$1();
	const utils = /*@__PURE__*/ requireUtils();

	function picomatch(glob, options, returnState = false) {
	  // default to os.platform()
	  if (options && (options.windows === null || options.windows === undefined)) {
	    // don't mutate the original options object
	    options = { ...options, windows: utils.isWindows() };
	  }

	  return pico(glob, options, returnState);
	}

	Object.assign(picomatch, pico);
	picomatch_1 = picomatch;
	return picomatch_1;
}

var picomatchExports = /*@__PURE__*/ requirePicomatch();
var picomatch = /*@__PURE__*/getDefaultExportFromCjs(picomatchExports);

//#region src/utils.ts
const isReadonlyArray = Array.isArray;
const BACKSLASHES = /\\/g;
const DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
const isWin = process.platform === "win32";
const ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
function getPartialMatcher(patterns, options = {}) {
	const patternsCount = patterns.length;
	const patternsParts = Array(patternsCount);
	const matchers = Array(patternsCount);
	let i, j;
	for (i = 0; i < patternsCount; i++) {
		const parts = splitPattern(patterns[i]);
		patternsParts[i] = parts;
		const partsCount = parts.length;
		const partMatchers = Array(partsCount);
		for (j = 0; j < partsCount; j++) partMatchers[j] = picomatch(parts[j], options);
		matchers[i] = partMatchers;
	}
	return (input) => {
		const inputParts = input.split("/");
		if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return true;
		for (i = 0; i < patternsCount; i++) {
			const patternParts = patternsParts[i];
			const matcher = matchers[i];
			const inputPatternCount = inputParts.length;
			const minParts = Math.min(inputPatternCount, patternParts.length);
			j = 0;
			while (j < minParts) {
				const part = patternParts[j];
				if (part.includes("/")) return true;
				if (!matcher[j](inputParts[j])) break;
				if (!options.noglobstar && part === "**") return true;
				j++;
			}
			if (j === inputPatternCount) return true;
		}
		return false;
	};
}
/* node:coverage ignore next 2 */
const WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
const isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
function buildFormat(cwd, root, absolute) {
	if (cwd === root || root.startsWith(`${cwd}/`)) {
		if (absolute) {
			const start = cwd.length + +!isRoot(cwd);
			return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
		}
		const prefix = root.slice(cwd.length + 1);
		if (prefix) return (p, isDir) => {
			if (p === ".") return prefix;
			const result = `${prefix}/${p}`;
			return isDir ? result.slice(0, -1) : result;
		};
		return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
	}
	if (absolute) return (p) => posix.relative(cwd, p) || ".";
	return (p) => posix.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
	if (root.startsWith(`${cwd}/`)) {
		const prefix = root.slice(cwd.length + 1);
		return (p) => `${prefix}/${p}`;
	}
	return (p) => {
		const result = posix.relative(cwd, `${root}/${p}`);
		return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
	};
}
function ensureNonDriveRelativePath(path) {
	return path.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
const splitPatternOptions = { parts: true };
function splitPattern(path) {
	var _result$parts;
	const result = picomatch.scan(path, splitPatternOptions);
	return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path];
}
const POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
const WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
const escapePosixPath = (path) => path.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
const escapeWin32Path = (path) => path.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
/**
* Escapes a path's special characters depending on the platform.
* @see {@link https://superchupu.dev/tinyglobby/documentation#escapePath}
*/
/* node:coverage ignore next */
const escapePath = isWin ? escapeWin32Path : escapePosixPath;
/**
* Checks if a pattern has dynamic parts.
*
* Has a few minor differences with [`fast-glob`](https://github.com/mrmlnc/fast-glob) for better accuracy:
*
* - Doesn't necessarily return `false` on patterns that include `\`.
* - Returns `true` if the pattern includes parentheses, regardless of them representing one single pattern or not.
* - Returns `true` for unfinished glob extensions i.e. `(h`, `+(h`.
* - Returns `true` for unfinished brace expansions as long as they include `,` or `..`.
*
* @see {@link https://superchupu.dev/tinyglobby/documentation#isDynamicPattern}
*/
function isDynamicPattern(pattern, options) {
	const scan = picomatch.scan(pattern);
	return scan.isGlob || scan.negated;
}
function log(...tasks) {
	console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value) {
	return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
}
//#endregion
//#region src/patterns.ts
const PARENT_DIRECTORY = /^(\/?\.\.)+/;
const ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
function normalizePattern(pattern, opts, props, isIgnore) {
	var _PARENT_DIRECTORY$exe;
	const cwd = opts.cwd;
	let result = pattern;
	if (pattern[pattern.length - 1] === "/") result = pattern.slice(0, -1);
	if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
	const escapedCwd = escapePath(cwd);
	result = isAbsolute(result.replace(ESCAPING_BACKSLASHES, "")) ? posix.relative(escapedCwd, result) : posix.normalize(result);
	const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
	const parts = splitPattern(result);
	if (parentDir) {
		const n = (parentDir.length + 1) / 3;
		let i = 0;
		const cwdParts = escapedCwd.split("/");
		while (i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]) {
			result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts[i + n].length + 1) || ".";
			i++;
		}
		const potentialRoot = posix.join(cwd, parentDir.slice(i * 3));
		if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
			props.root = ensureNonDriveRelativePath(potentialRoot);
			props.depthOffset = -n + i;
		}
	}
	if (!isIgnore && props.depthOffset >= 0) {
		var _props$commonPath;
		(_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
		const newCommonPath = [];
		const length = Math.min(props.commonPath.length, parts.length);
		for (let i = 0; i < length; i++) {
			const part = parts[i];
			if (part === "**" && !parts[i + 1]) {
				newCommonPath.pop();
				break;
			}
			if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
			newCommonPath.push(part);
		}
		props.depthOffset = newCommonPath.length;
		props.commonPath = newCommonPath;
		props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? posix.join(cwd, ...newCommonPath) : cwd);
	}
	return result;
}
function processPatterns(options, patterns, props) {
	const matchPatterns = [];
	const ignorePatterns = [];
	for (const pattern of options.ignore) {
		if (!pattern) continue;
		if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, options, props, true));
	}
	for (const pattern of patterns) {
		if (!pattern) continue;
		if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, options, props, false));
		else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), options, props, true));
	}
	return {
		match: matchPatterns,
		ignore: ignorePatterns
	};
}
//#endregion
//#region src/crawler.ts
function buildCrawler(options, patterns) {
	const cwd = options.cwd;
	const props = {
		root: cwd,
		depthOffset: 0
	};
	const processed = processPatterns(options, patterns, props);
	if (options.debug) log("internal processing patterns:", processed);
	const { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options;
	const root = props.root.replace(BACKSLASHES, "");
	const matchOptions = {
		dot,
		nobrace: options.braceExpansion === false,
		nocase: !caseSensitiveMatch,
		noextglob: options.extglob === false,
		noglobstar: options.globstar === false,
		posix: true
	};
	const matcher = picomatch(processed.match, matchOptions);
	const ignore = picomatch(processed.ignore, matchOptions);
	const partialMatcher = getPartialMatcher(processed.match, matchOptions);
	const format = buildFormat(cwd, root, absolute);
	const excludeFormatter = absolute ? format : buildFormat(cwd, root, true);
	const excludePredicate = (_, p) => {
		const relativePath = excludeFormatter(p, true);
		return relativePath !== "." && !partialMatcher(relativePath) || ignore(relativePath);
	};
	let maxDepth;
	if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
	const crawler = new Builder({
		filters: [debug ? (p, isDirectory) => {
			const path = format(p, isDirectory);
			const matches = matcher(path) && !ignore(path);
			if (matches) log(`matched ${path}`);
			return matches;
		} : (p, isDirectory) => {
			const path = format(p, isDirectory);
			return matcher(path) && !ignore(path);
		}],
		exclude: debug ? (_, p) => {
			const skipped = excludePredicate(_, p);
			log(`${skipped ? "skipped" : "crawling"} ${p}`);
			return skipped;
		} : excludePredicate,
		fs: options.fs,
		pathSeparator: "/",
		relativePaths: !absolute,
		resolvePaths: absolute,
		includeBasePath: absolute,
		resolveSymlinks: followSymbolicLinks,
		excludeSymlinks: !followSymbolicLinks,
		excludeFiles: onlyDirectories,
		includeDirs: onlyDirectories || !options.onlyFiles,
		maxDepth,
		signal: options.signal
	}).crawl(root);
	if (options.debug) log("internal properties:", {
		...props,
		root
	});
	return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
//#endregion
//#region src/index.ts
function formatPaths(paths, mapper) {
	if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
	return paths;
}
const defaultOptions = {
	caseSensitiveMatch: true,
	debug: !!process.env.TINYGLOBBY_DEBUG,
	expandDirectories: true,
	followSymbolicLinks: true,
	onlyFiles: true
};
function getOptions(options) {
	const opts = Object.assign({}, options);
	for (const key in defaultOptions) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions[key] });
	opts.cwd = (opts.cwd instanceof URL ? fileURLToPath(opts.cwd) : resolve(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
	opts.ignore = ensureStringArray(opts.ignore);
	opts.fs && (opts.fs = {
		readdir: opts.fs.readdir || readdir,
		readdirSync: opts.fs.readdirSync || readdirSync,
		realpath: opts.fs.realpath || realpath,
		realpathSync: opts.fs.realpathSync || realpathSync,
		stat: opts.fs.stat || stat,
		statSync: opts.fs.statSync || statSync
	});
	if (opts.debug) log("globbing with options:", opts);
	return opts;
}
function getCrawler(globInput, inputOptions = {}) {
	var _ref;
	if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
	const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
	const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
	const options = getOptions(isModern ? inputOptions : globInput);
	return patterns.length > 0 ? buildCrawler(options, patterns) : [];
}
async function glob(globInput, options) {
	const [crawler, relative] = getCrawler(globInput, options);
	return crawler ? formatPaths(await crawler.withPromise(), relative) : [];
}

// Turns the user's list of paths and globs into input files. The only file-system code used by
// parsing; the parsers themselves take text.
/** The files criterion writes per benchmark under target/criterion/<id>/new/. */
const CRITERION_FILES = new Set(['benchmark.json', 'estimates.json', 'sample.json']);
/**
 * Reads every file named by `patterns` (paths, globs, or directories holding criterion's
 * target/criterion tree). Fails with one line per problem: a missing path, a glob matching nothing,
 * a binary file.
 */
async function readInputFiles(patterns, cwd = process.cwd()) {
    if (patterns.length === 0)
        throw new InputError('no input files given');
    const paths = [];
    for (const pattern of patterns) {
        for (const p of await expandPattern(pattern, cwd))
            paths.push(p);
    }
    const unique = [...new Set(paths)];
    return mapBounded(unique, READ_CONCURRENCY, (p) => readInputFile(p, cwd));
}
/** Files open at once: a 10,000-file glob must not run into the process's file descriptor limit. */
const READ_CONCURRENCY = 32;
/** `items.map(fn)` with at most `limit` calls in flight, results in input order. */
async function mapBounded(items, limit, fn) {
    const out = new Array(items.length);
    let next = 0;
    const worker = async () => {
        for (let i = next++; i < items.length; i = next++)
            out[i] = await fn(items[i]);
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return out;
}
async function expandPattern(pattern, cwd) {
    if (isDynamicPattern(pattern)) {
        const matches = await glob(pattern, { cwd, onlyFiles: true, dot: false, expandDirectories: false });
        if (matches.length === 0)
            throw new InputError(`${pattern}: the glob matched no file`);
        return matches.sort();
    }
    const info = await stat$1(builtin$8.resolve(cwd, pattern)).catch((err) => {
        // A link pointing back at itself is there but never leads to a file: say so, not "no such file".
        if (err.code === 'ELOOP')
            throw new InputError(`${pattern}: a loop of symbolic links (ELOOP); expected a file`);
        if (err.code === 'EACCES')
            throw new InputError(`${pattern}: cannot read file (EACCES)`);
        return undefined;
    });
    if (!info)
        throw new InputError(`${pattern}: no such file or directory`);
    if (!info.isDirectory())
        return [pattern];
    const found = await findCriterionFiles(builtin$8.resolve(cwd, pattern));
    if (found.length === 0) {
        throw new InputError(`${pattern}: directory holds no criterion results (expected <benchmark>/new/estimates.json files, as in target/criterion)`);
    }
    return found.map((f) => builtin$8.relative(cwd, f) || f).sort();
}
async function findCriterionFiles(dir) {
    const entries = await readdir$1(dir, { recursive: true, withFileTypes: true });
    return entries
        .filter((e) => e.isFile() && CRITERION_FILES.has(e.name) && builtin$8.basename(e.parentPath) === 'new')
        .map((e) => builtin$8.join(e.parentPath, e.name));
}
async function readInputFile(p, cwd) {
    const cannotRead = (err) => {
        throw new InputError(`${p}: cannot read file (${err.code ?? err.message})`);
    };
    // A FIFO or a device would block or never end: only regular files are read.
    const info = await stat$1(builtin$8.resolve(cwd, p)).catch(cannotRead);
    if (!info.isFile()) {
        throw new InputError(`${p}: not a regular file (a FIFO, socket or device); expected benchmark output`);
    }
    const bytes = await readFile$1(builtin$8.resolve(cwd, p)).catch(cannotRead);
    const text = decodeText(p, bytes);
    if (text.trim() === '')
        throw new InputError(`${p}: empty file; expected benchmark output`);
    return { path: p, text: text.replace(/^\uFEFF/, '') };
}
/** UTF-8, or UTF-16 with a byte-order mark (what Windows PowerShell 5's `>` writes). */
function decodeText(p, bytes) {
    const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe
        ? 'utf-16le'
        : bytes[0] === 0xfe && bytes[1] === 0xff
            ? 'utf-16be'
            : undefined;
    if (!utf16 && bytes.includes(0))
        throw new InputError(`${p}: binary file; expected benchmark output as text or JSON`);
    try {
        return new TextDecoder(utf16 ?? 'utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        throw new InputError(`${p}: not valid ${utf16 ?? 'UTF-8'} text; expected benchmark output as text or JSON`);
    }
}

const BIGGER_IS_BETTER = new Set(['ops/s', 'ops/sec', 'hz', 'MB/s', 'items/s', 'elem/s', 'B/s']);
/**
 * Direction implied by a unit: rates (`MB/s`, `ops/s`, anything per second) are bigger-is-better,
 * times, sizes and counts are smaller-is-better.
 */
function directionOfUnit(unit) {
    if (BIGGER_IS_BETTER.has(unit))
        return 'bigger';
    if (/\/(s|sec|second)$/i.test(unit))
        return 'bigger';
    if (/^(hz|ops|throughput)$/i.test(unit))
        return 'bigger';
    return 'smaller';
}
/**
 * The unit of a load test's failed requests: a count where any new failure is a regression, so its
 * default threshold is 0 (engine/options.ts) and it is compared as an exact metric.
 */
const FAILURE_UNIT = 'errors';
/** Seconds per time unit, as tools print them. */
const TIME_SCALE = {
    ps: 1e-12,
    ns: 1e-9,
    us: 1e-6,
    µs: 1e-6,
    μs: 1e-6,
    ms: 1e-3,
    s: 1,
    sec: 1,
};
/** Bytes per size unit (SI and IEC). */
const BYTE_SCALE = {
    B: 1,
    kB: 1e3,
    KB: 1e3,
    MB: 1e6,
    GB: 1e9,
    KiB: 1024,
    MiB: 1024 ** 2,
    GiB: 1024 ** 3,
};
/** Elements per element unit, as criterion prints throughput (`Kelem/s`, `Melem/s`, `Gelem/s`). */
const ELEMENT_SCALE = {
    elem: 1,
    Kelem: 1e3,
    Melem: 1e6,
    Gelem: 1e9,
};
/** Splits `ns/op` into `ns` and `op`; a unit without `/` has no denominator. */
function splitUnit(unit) {
    const slash = unit.indexOf('/');
    return slash < 0 ? [unit, undefined] : [unit.slice(0, slash), unit.slice(slash + 1)];
}
function unitKind(unit) {
    const [num, den] = splitUnit(unit);
    if (TIME_SCALE[num] !== undefined)
        return 'time';
    if (directionOfUnit(unit) === 'bigger')
        return 'throughput';
    if (BYTE_SCALE[num] !== undefined && (den === undefined || den === 'op' || den === 'iter'))
        return 'memory';
    return 'count';
}
/** Time and throughput: the metrics that move with the machine (run-to-run noise, drift, bursts). */
function isTiming(unit) {
    const kind = unitKind(unit);
    return kind === 'time' || kind === 'throughput';
}
/**
 * Factor converting a value in `from` into `to` (`ms` → `ns/op` is 1e6), or undefined when the two are
 * not the same dimension. Denominators must agree when both have one (`ns/op` vs `ns/item` do not).
 */
function conversionFactor(from, to) {
    if (from === to)
        return 1;
    const [fromNum, fromDen] = splitUnit(from);
    const [toNum, toDen] = splitUnit(to);
    if (fromDen !== undefined && toDen !== undefined && fromDen !== toDen)
        return undefined;
    // A bare quantity converts to a per-operation unit (`5ms` → `ns/op`), never to a rate: `1 MB` is not `MB/s`.
    if ((fromDen === undefined) !== (toDen === undefined) && isPerTime(fromDen ?? toDen))
        return undefined;
    for (const scale of [TIME_SCALE, BYTE_SCALE, ELEMENT_SCALE]) {
        const a = scale[fromNum];
        const b = scale[toNum];
        if (a !== undefined && b !== undefined)
            return withoutFloatNoise(a / b);
    }
    return undefined;
}
/**
 * Drops the last-bit error of binary floating point (1e-6 / 1e-9 is 999.9999999999999), so a budget
 * of `2µs` is exactly 2000 ns and a value of 2000 ns is within it.
 */
function withoutFloatNoise(x) {
    return Number(x.toPrecision(15));
}
function isPerTime(denominator) {
    return denominator !== undefined && (TIME_SCALE[denominator] !== undefined || denominator === 'second');
}
/** Parses `5ms`, `500 ns`, `1.5 MiB`, `100 allocs/op`, `2e3 ops/s`; undefined when it is not a quantity. */
function parseQuantity(text) {
    // The unit may not start with a digit or an exponent: `500` is not 50 of unit `0`, `1e3` not 1 `e3`.
    const m = /^\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)\s*(?![eE][+-]?\d)([^\s\d.+-]\S*)\s*$/.exec(text);
    if (!m?.[1] || !m[2])
        return undefined;
    const value = Number(m[1]);
    return Number.isFinite(value) ? { value, unit: m[2] } : undefined;
}
/** Steps for numbers that are neither times nor sizes: k/M/G/T prefixes on the tool's own unit. */
const SI_STEPS = [
    [1e12, 'T'],
    [1e9, 'G'],
    [1e6, 'M'],
    [1e3, 'k'],
    [1, ''],
];
const TIME_STEPS = [
    [1, 's'],
    [1e-3, 'ms'],
    [1e-6, 'µs'],
    [1e-9, 'ns'],
];
const BYTE_STEPS = [
    [1024 ** 3, 'GiB'],
    [1024 ** 2, 'MiB'],
    [1024, 'KiB'],
    [1, 'B'],
];
/**
 * A value for humans, in the largest unit that keeps it ≥ 1: times as ns/µs/ms/s (keeping a `/op`
 * denominator), sizes as B/KiB/MiB/GiB, other numbers with k/M/G/T prefixes. 4 significant digits.
 * Zero keeps the tool's unit (there is no "largest unit" for it).
 */
function formatValue(value, unit) {
    if (!Number.isFinite(value) || value === 0)
        return `${value} ${unit}`;
    const [num, den] = splitUnit(unit);
    const suffix = den === undefined ? '' : `/${den}`;
    const seconds = TIME_SCALE[num];
    if (seconds !== undefined) {
        const [text, name] = inLargestStep(value * seconds, TIME_STEPS);
        return `${text} ${name}${suffix}`;
    }
    const bytes = BYTE_SCALE[num];
    // Sizes get IEC units; rates (`MB/s`) keep the tool's own unit with an SI prefix below.
    if (bytes !== undefined && den !== 's') {
        const [text, name] = inLargestStep(value * bytes, BYTE_STEPS);
        return `${text} ${name}${suffix}`;
    }
    const [text, prefix] = inLargestStep(value, SI_STEPS);
    return `${text}${prefix} ${unit}`;
}
/**
 * The value in the largest step where it reads ≥ 1 after rounding (so 999.96 ns reads `1 µs`, not
 * `1000 ns`), else in the smallest step.
 */
function inLargestStep(value, steps) {
    for (const [size, name] of steps) {
        const text = significant(value / size);
        if (Math.abs(Number(text)) >= 1)
            return [text, name];
    }
    const [size, name] = steps[steps.length - 1];
    return [significant(value / size), name];
}
/** 4 significant digits without trailing zeros or exponent notation for ordinary magnitudes. */
function significant(x) {
    if (x === 0)
        return '0';
    const digits = Math.max(0, 3 - Math.floor(Math.log10(Math.abs(x))));
    return Number(x.toFixed(Math.min(digits, 12))).toString();
}

/**
 * What every load-test format (wrk, hey, apache-bench, locust) yields for one target, one number per
 * run each: throughput in `req/s` (bigger is better), the latency percentiles p50/p90/p95/p99 the tool
 * prints, each its own series in `ms` (smaller), and the failed requests in `errors`, an exact metric
 * (`extra.assume: "exact"`, default threshold 0: any new failure is a regression).
 *
 * The percentile is part of the name (`GET /work p99`), so budgets and threshold globs can pick one.
 */
/** The percentiles kept as series; the others a tool prints stay in `extra.percentiles`. */
const PERCENTILES = ['50', '90', '95', '99'];
function loadTestSeries(file, run) {
    const source = { file: file.path, ...(run.line !== undefined ? { line: run.line } : {}) };
    const one = (name, unit, value, more) => ({
        id: seriesId(undefined, name, unit),
        name,
        unit,
        direction: 'smaller',
        n: 1,
        value,
        source,
        ...more,
    });
    const out = [
        one(run.target, 'req/s', run.requestsPerSecond, { direction: 'bigger', extra: { ...run.extra } }),
    ];
    const others = Object.fromEntries(Object.entries(run.latencyMs).filter(([p]) => !PERCENTILES.includes(p)));
    for (const p of PERCENTILES) {
        const value = run.latencyMs[p];
        if (value === undefined)
            continue;
        const extra = {
            percentile: Number(p),
            ...(Object.keys(others).length > 0 ? { percentiles: others } : {}),
        };
        out.push(one(`${run.target} p${p}`, 'ms', value, { params: { percentile: `p${p}` }, extra }));
    }
    out.push(one(run.target, FAILURE_UNIT, run.errors, { extra: { assume: 'exact', ...run.errorParts } }));
    return out;
}
/** A number as the load tools print it (`1,234.5`), NaN for anything else. */
function loadNumber(text) {
    const plain = text.replaceAll(',', '');
    return /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/.test(plain) ? Number(plain) : Number.NaN;
}

/**
 * The `apache-bench` format (alias `ab`): what ApacheBench (`ab -t 30 -n 1000000 -c 8 URL`, Debian
 * apache2-utils) prints: `Server Hostname:`, `Server Port:`, `Document Path:`, `Failed requests:` with
 * its `(Connect: 0, Receive: 0, Length: 56, Exceptions: 0)` breakdown, `Non-2xx responses:`,
 * `Requests per second: 3575.00 [#/sec] (mean)` and the table `Percentage of the requests served within
 * a certain time (ms)`.
 *
 * Series named `host:port/path` (load-test.ts): throughput, p50/p90/p95/p99 in ms (ab rounds them to
 * whole ms; the other rows stay in extra), errors = non-2xx + connect, receive and exception failures.
 * Length failures are not errors: ab counts every answer whose size differs from the first one's,
 * which any page with dynamic content does (and a non-2xx answer is already counted).
 */
const EXPECTED$g = 'ApacheBench output ("This is ApacheBench" … "Requests per second:")';
function looksLikeApacheBench(text) {
    return /^This is ApacheBench, Version /m.test(text.slice(0, 4096));
}
function parseApacheBench(file) {
    const fields = new Map();
    const latencyMs = {};
    let inTable = false;
    file.text.split('\n').forEach((raw, i) => {
        const line = raw.trimEnd();
        if (line.startsWith('Percentage of the requests served'))
            inTable = true;
        const row = /^\s+(\d+(?:\.\d+)?)%\s+(\d+)(?: \(longest request\))?$/.exec(line);
        if (inTable && row)
            latencyMs[row[1] ?? ''] = Number(row[2]);
        const field = /^([A-Za-z][\w -]*?):\s+(.*)$/.exec(line);
        if (field && !fields.has(field[1] ?? ''))
            fields.set(field[1] ?? '', { value: field[2] ?? '', line: i + 1 });
        const breakdown = /^\s+\(Connect: (\d+), Receive: (\d+), Length: (\d+), Exceptions: (\d+)\)$/.exec(line);
        if (breakdown)
            fields.set('breakdown', { value: breakdown.slice(1).join(' '), line: i + 1 });
    });
    const get = (name) => {
        const f = fields.get(name);
        if (!f)
            throw inputError(file.path, `no "${name}:" line; expected ${EXPECTED$g}`);
        return f;
    };
    const count = (name, text, line) => {
        const value = loadNumber(text);
        if (!Number.isInteger(value))
            throw inputError(file.path, `expected a count for ${name}, got "${text}"`, { line });
        return value;
    };
    const rate = get('Requests per second');
    const perSecond = /^(\S+) \[#\/sec\] \(mean\)$/.exec(rate.value);
    if (!perSecond || !Number.isFinite(loadNumber(perSecond[1] ?? '')))
        throw inputError(file.path, `expected "N [#/sec] (mean)", got "${rate.value}"`, { line: rate.line });
    const port = get('Server Port').value;
    const target = `${get('Server Hostname').value}:${port}${get('Document Path').value}`;
    const failed = get('Failed requests');
    const [connect = 0, receive = 0, length = 0, exceptions = 0] = fields.get('breakdown')?.value.split(' ').map(Number) ?? [];
    const non2xx = fields.get('Non-2xx responses');
    const errorParts = {
        'non-2xx': non2xx ? count('Non-2xx responses', non2xx.value, non2xx.line) : 0,
        connect,
        receive,
        exceptions,
    };
    const run = {
        target,
        requestsPerSecond: loadNumber(perSecond[1] ?? ''),
        latencyMs,
        errors: errorParts['non-2xx'] + connect + receive + exceptions,
        errorParts,
        line: rate.line,
        extra: {
            requests: count('Complete requests', get('Complete requests').value, get('Complete requests').line),
            failedRequests: count('Failed requests', failed.value, failed.line),
            lengthFailures: length,
            concurrency: get('Concurrency Level').value,
        },
    };
    return { results: loadTestSeries(file, run), warnings: [] };
}

// One way to read JSON input: a syntax error becomes a one-line InputError naming file and line.
/** Deeper nesting than any benchmark output has; beyond it, copying the value would overflow the stack. */
const MAX_JSON_DEPTH = 1000;
/**
 * `kept: 'parts'` is for a parser that keeps only some small parts of the value (and checks their depth
 * with `refuseDeep`): the whole text's depth scan, about a tenth of reading a 29 MB file, is skipped.
 */
function parseJsonText(file, expected, kept = 'all') {
    let root;
    try {
        root = JSON.parse(file.text);
    }
    catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        const position = /at position (\d+)/.exec(message)?.[1];
        if (position !== undefined) {
            const at = Number(position);
            const line = file.text.slice(0, at).split('\n').length;
            // An error at the very end of the text means the file stops early: say so, it is the likely cause.
            const what = at >= file.text.trimEnd().length ? 'truncated JSON' : `invalid JSON (${stripPosition(message)})`;
            return fail$1(file, `${what}; expected ${expected}`, line);
        }
        const atEnd = /end of (JSON )?input|Unterminated/i.test(message);
        const line = atEnd ? file.text.split('\n').length : undefined;
        return fail$1(file, `${atEnd ? 'truncated JSON' : 'invalid JSON'}; expected ${expected}`, line);
    }
    if (kept === 'all') {
        const tooDeep = depthExceededAt(file.text, MAX_JSON_DEPTH);
        if (tooDeep !== undefined)
            failTooDeep(file, expected, tooDeep);
    }
    return root;
}
/** Refuses a kept part of a parsed file that nests past the limit (later copies of it would overflow the stack). */
function refuseDeep(file, value, expected) {
    if (!nestedDeeperThan(value, MAX_JSON_DEPTH))
        return;
    failTooDeep(file, expected, depthExceededAt(file.text, MAX_JSON_DEPTH) ?? 0);
}
function failTooDeep(file, expected, at) {
    const line = file.text.slice(0, at).split('\n').length;
    return fail$1(file, `JSON nested more than ${MAX_JSON_DEPTH} levels deep; expected ${expected}`, line);
}
/** Whether arrays and objects in `root` nest more than `limit` levels deep (iteratively: it may be deep). */
function nestedDeeperThan(root, limit) {
    const values = [root];
    const depths = [0];
    while (values.length > 0) {
        const value = values.pop();
        const depth = depths.pop() ?? 0;
        if (typeof value !== 'object' || value === null)
            continue;
        if (depth >= limit)
            return true;
        for (const child of Array.isArray(value) ? value : Object.values(value)) {
            values.push(child);
            depths.push(depth + 1);
        }
    }
    return false;
}
/** Where nesting first goes past `limit` (brackets inside strings do not count), or undefined. */
function depthExceededAt(text, limit) {
    let depth = 0;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (inString) {
            if (c === 0x5c)
                i++;
            else if (c === 0x22)
                inString = false;
        }
        else if (c === 0x22)
            inString = true;
        else if (c === 0x5b || c === 0x7b) {
            if (++depth > limit)
                return i;
        }
        else if (c === 0x5d || c === 0x7d)
            depth--;
    }
    return undefined;
}
function stripPosition(message) {
    return message.replace(/\s*in JSON at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)$/, '');
}
function fail$1(file, message, line) {
    throw inputError(file.path, message, line === undefined ? undefined : { line });
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function isFiniteNumber(value) {
    return typeof value === 'number' && Number.isFinite(value);
}

/**
 * When adding a new value to a list, one does not have to necessary
 * recompute the mean of the list in linear time. They can instead use
 * this function to compute the new mean by providing the current mean,
 * the number of elements in the list that produced it and the new
 * value to add.
 *
 * @since 2.5.0
 * @param {number} mean current mean
 * @param {number} n number of items in the list
 * @param {number} newValue the added value
 * @returns {number} the new mean
 *
 * @example
 * addToMean(14, 5, 53); // => 20.5
 */

/**
 * Our default sum is the [Kahan-Babuska algorithm](https://pdfs.semanticscholar.org/1760/7d467cda1d0277ad272deb2113533131dc09.pdf).
 * This method is an improvement over the classical
 * [Kahan summation algorithm](https://en.wikipedia.org/wiki/Kahan_summation_algorithm).
 * It aims at computing the sum of a list of numbers while correcting for
 * floating-point errors. Traditionally, sums are calculated as many
 * successive additions, each one with its own floating-point roundoff. These
 * losses in precision add up as the number of numbers increases. This alternative
 * algorithm is more accurate than the simple way of calculating sums by simple
 * addition.
 *
 * This runs in `O(n)`, linear time, with respect to the length of the array.
 *
 * @param {Array<number>} x input
 * @return {number} sum of all input numbers
 * @example
 * sum([1, 2, 3]); // => 6
 */
function sum(x) {
    // If the array is empty, we needn't bother computing its sum
    if (x.length === 0) {
        return 0;
    }

    // Initializing the sum as the first number in the array
    var sum = x[0];

    // Keeping track of the floating-point error correction
    var correction = 0;

    var transition;

    if (typeof sum !== "number") {
        return Number.NaN;
    }

    for (var i = 1; i < x.length; i++) {
        if (typeof x[i] !== "number") {
            return Number.NaN;
        }
        transition = sum + x[i];

        // Here we need to update the correction in a different fashion
        // if the new absolute value is greater than the absolute sum
        if (Math.abs(sum) >= Math.abs(x[i])) {
            correction += sum - transition + x[i];
        } else {
            correction += x[i] - transition + sum;
        }

        sum = transition;
    }

    // Returning the corrected sum
    return sum + correction;
}

/**
 * The mean, _also known as average_,
 * is the sum of all values over the number of values.
 * This is a [measure of central tendency](https://en.wikipedia.org/wiki/Central_tendency):
 * a method of finding a typical or central value of a set of numbers.
 *
 * This runs in `O(n)`, linear time, with respect to the length of the array.
 *
 * @param {Array<number>} x sample of one or more data points
 * @throws {Error} if the length of x is less than one
 * @returns {number} mean
 * @example
 * mean([0, 10]); // => 5
 */
function mean(x) {
    if (x.length === 0) {
        throw new Error("mean requires at least one data point");
    }

    return sum(x) / x.length;
}

/**
 * The sum of deviations to the Nth power.
 * When n=2 it's the sum of squared deviations.
 * When n=3 it's the sum of cubed deviations.
 *
 * @param {Array<number>} x
 * @param {number} n power
 * @returns {number} sum of nth power deviations
 *
 * @example
 * var input = [1, 2, 3];
 * // since the variance of a set is the mean squared
 * // deviations, we can calculate that with sumNthPowerDeviations:
 * sumNthPowerDeviations(input, 2) / input.length;
 */
function sumNthPowerDeviations(x, n) {
    var meanValue = mean(x);
    var sum = 0;
    var tempValue;
    var i;

    // This is an optimization: when n is 2 (we're computing a number squared),
    // multiplying the number by itself is significantly faster than using
    // the Math.pow method.
    {
        for (i = 0; i < x.length; i++) {
            tempValue = x[i] - meanValue;
            sum += tempValue * tempValue;
        }
    }

    return sum;
}

/**
 * The [sample variance](https://en.wikipedia.org/wiki/Variance#Sample_variance)
 * is the sum of squared deviations from the mean. The sample variance
 * is distinguished from the variance by the usage of [Bessel's Correction](https://en.wikipedia.org/wiki/Bessel's_correction):
 * instead of dividing the sum of squared deviations by the length of the input,
 * it is divided by the length minus one. This corrects the bias in estimating
 * a value from a set that you don't know if full.
 *
 * References:
 * * [Wolfram MathWorld on Sample Variance](http://mathworld.wolfram.com/SampleVariance.html)
 *
 * @param {Array<number>} x a sample of two or more data points
 * @throws {Error} if the length of x is less than 2
 * @return {number} sample variance
 * @example
 * sampleVariance([1, 2, 3, 4, 5]); // => 2.5
 */
function sampleVariance$1(x) {
    if (x.length < 2) {
        throw new Error("sampleVariance requires at least two data points");
    }

    var sumSquaredDeviationsValue = sumNthPowerDeviations(x);

    // this is Bessels' Correction: an adjustment made to sample statistics
    // that allows for the reduced degree of freedom entailed in calculating
    // values from samples rather than complete populations.
    var besselsCorrection = x.length - 1;

    // Find the mean value of that list
    return sumSquaredDeviationsValue / besselsCorrection;
}

/**
 * The [sample standard deviation](http://en.wikipedia.org/wiki/Standard_deviation#Sample_standard_deviation)
 * is the square root of the sample variance.
 *
 * @param {Array<number>} x input array
 * @returns {number} sample standard deviation
 * @example
 * sampleStandardDeviation([2, 4, 4, 4, 5, 5, 7, 9]).toFixed(2);
 * // => '2.14'
 */
function sampleStandardDeviation(x) {
    var sampleVarianceX = sampleVariance$1(x);
    return Math.sqrt(sampleVarianceX);
}

/**
 * This computes the maximum number in an array.
 *
 * This runs in `O(n)`, linear time, with respect to the length of the array.
 *
 * @param {Array<number>} x sample of one or more data points
 * @returns {number} maximum value
 * @throws {Error} if the length of x is less than one
 * @example
 * max([1, 2, 3, 4]);
 * // => 4
 */
function max(x) {
    if (x.length === 0) {
        throw new Error("max requires at least one data point");
    }

    var value = x[0];
    for (var i = 1; i < x.length; i++) {
        if (x[i] > value) {
            value = x[i];
        }
    }
    return value;
}

/**
 * The min is the lowest number in the array.
 * This runs in `O(n)`, linear time, with respect to the length of the array.
 *
 * @param {Array<number>} x sample of one or more data points
 * @throws {Error} if the length of x is less than one
 * @returns {number} minimum value
 * @example
 * min([1, 5, -10, 100, 2]); // => -10
 */
function min(x) {
    if (x.length === 0) {
        throw new Error("min requires at least one data point");
    }

    var value = x[0];
    for (var i = 1; i < x.length; i++) {
        if (x[i] < value) {
            value = x[i];
        }
    }
    return value;
}

/**
 * This is the internal implementation of quantiles: when you know
 * that the order is sorted, you don't need to re-sort it, and the computations
 * are faster.
 *
 * This implements the linear interpolation method (type=7 in R/numpy),
 * which is the default in numpy.percentile and R's quantile.
 *
 * @param {Array<number>} x sample of one or more data points
 * @param {number} p desired quantile: a number between 0 to 1, inclusive
 * @returns {number} quantile value
 * @throws {Error} if p ix outside of the range from 0 to 1
 * @throws {Error} if x is empty
 * @example
 * quantileSorted([3, 6, 7, 8, 8, 9, 10, 13, 15, 16, 20], 0.5); // => 9
 */
function quantileSorted(x, p) {
    // Use (n-1) * p for index, matching numpy's linear method (type=7)
    var idx = (x.length - 1) * p;
    if (x.length === 0) {
        throw new Error("quantile requires at least one data point.");
    } else if (p < 0 || p > 1) {
        throw new Error("quantiles must be between 0 and 1");
    } else if (p === 1) {
        // If p is 1, directly return the last element
        return x[x.length - 1];
    } else if (p === 0) {
        // If p is 0, directly return the first element
        return x[0];
    } else if (idx % 1 !== 0) {
        // If idx is not integer, interpolate linearly between floor and ceil
        var lower = Math.floor(idx);
        var upper = Math.ceil(idx);
        var fraction = idx - lower;
        return x[lower] + fraction * (x[upper] - x[lower]);
    } else {
        // If idx is integer, type=7 returns the value at that index
        return x[idx];
    }
}

/**
 * Rearrange items in `arr` so that all items in `[left, k]` range are the smallest.
 * The `k`-th element will have the `(k - left + 1)`-th smallest value in `[left, right]`.
 *
 * Implements Floyd-Rivest selection algorithm https://en.wikipedia.org/wiki/Floyd-Rivest_algorithm
 *
 * @param {Array<number>} arr input array
 * @param {number} k pivot index
 * @param {number} [left] left index
 * @param {number} [right] right index
 * @returns {void} mutates input array
 * @example
 * var arr = [65, 28, 59, 33, 21, 56, 22, 95, 50, 12, 90, 53, 28, 77, 39];
 * quickselect(arr, 8);
 * // = [39, 28, 28, 33, 21, 12, 22, 50, 53, 56, 59, 65, 90, 77, 95]
 */
function quickselect(arr, k, left, right) {
    left = left || 0;
    right = right || arr.length - 1;

    while (right > left) {
        // 600 and 0.5 are arbitrary constants chosen in the original paper to minimize execution time
        if (right - left > 600) {
            var n = right - left + 1;
            var m = k - left + 1;
            var z = Math.log(n);
            var s = 0.5 * Math.exp((2 * z) / 3);
            var sd = 0.5 * Math.sqrt((z * s * (n - s)) / n);
            if (m - n / 2 < 0) { sd *= -1; }
            var newLeft = Math.max(left, Math.floor(k - (m * s) / n + sd));
            var newRight = Math.min(
                right,
                Math.floor(k + ((n - m) * s) / n + sd)
            );
            quickselect(arr, k, newLeft, newRight);
        }

        var t = arr[k];
        var i = left;
        var j = right;

        swap(arr, left, k);
        if (arr[right] > t) { swap(arr, left, right); }

        while (i < j) {
            swap(arr, i, j);
            i++;
            j--;
            while (arr[i] < t) { i++; }
            while (arr[j] > t) { j--; }
        }

        if (arr[left] === t) { swap(arr, left, j); }
        else {
            j++;
            swap(arr, j, right);
        }

        if (j <= k) { left = j + 1; }
        if (k <= j) { right = j - 1; }
    }
}

function swap(arr, i, j) {
    var tmp = arr[i];
    arr[i] = arr[j];
    arr[j] = tmp;
}

/**
 * The [quantile](https://en.wikipedia.org/wiki/Quantile):
 * this is a population quantile, since we assume to know the entire
 * dataset in this library. This implementation uses linear interpolation,
 * equivalent to R's type=7 and numpy's default percentile method.
 *
 * Sample is a one-dimensional array of numbers,
 * and p is either a decimal number from 0 to 1 or an array of decimal
 * numbers from 0 to 1.
 * In terms of a k/q quantile, p = k/q - it's just dealing with fractions or dealing
 * with decimal values.
 * When p is an array, the result of the function is also an array containing the appropriate
 * quantiles in input order
 *
 * @param {Array<number>} x sample of one or more numbers
 * @param {Array<number> | number} p the desired quantile, as a number between 0 and 1
 * @returns {number} quantile
 * @example
 * quantile([3, 6, 7, 8, 8, 9, 10, 13, 15, 16, 20], 0.5); // => 9
 */
function quantile(x, p) {
    var copy = x.slice();

    if (Array.isArray(p)) {
        // rearrange elements so that each element corresponding to a requested
        // quantile is on a place it would be if the array was fully sorted
        multiQuantileSelect(copy, p);
        // Initialize the result array
        var results = [];
        // For each requested quantile
        for (var i = 0; i < p.length; i++) {
            results[i] = quantileSorted(copy, p[i]);
        }
        return results;
    } else {
        var idx = quantileIndex(copy.length, p);
        quantileSelect(copy, idx, 0, copy.length - 1);
        return quantileSorted(copy, p);
    }
}

function quantileSelect(arr, k, left, right) {
    if (k % 1 === 0) {
        quickselect(arr, k, left, right);
    } else {
        k = Math.floor(k);
        quickselect(arr, k, left, right);
        quickselect(arr, k + 1, k + 1, right);
    }
}

function multiQuantileSelect(arr, p) {
    // Collect every integer order statistic that the requested quantiles need.
    // Linear interpolation (type=7) reads x[floor(idx)] and x[ceil(idx)], so both
    // surrounding positions must be placed. Deduplicate to integer positions
    // so each is selected with an unambiguous index.
    var positions = new Set();
    for (var i = 0; i < p.length; i++) {
        var idx = quantileIndex(arr.length, p[i]);
        positions.add(Math.floor(idx));
        positions.add(Math.ceil(idx));
    }
    var indices = Array.from(positions).sort(compare$1);

    multiselect(arr, indices, 0, indices.length - 1, 0, arr.length - 1);
}

// Place every order statistic in `indices` by partitioning around the median
// requested position, then recursing into the two halves. The just-placed pivot
// is excluded from the child ranges (indices[mid] ± 1) so that a later, narrower
// quickselect cannot disturb an already-finalized position.
function multiselect(arr, indices, lo, hi, left, right) {
    if (lo > hi) { return; }
    var mid = (lo + hi) >> 1;
    quickselect(arr, indices[mid], left, right);
    multiselect(arr, indices, lo, mid - 1, left, indices[mid] - 1);
    multiselect(arr, indices, mid + 1, hi, indices[mid] + 1, right);
}

function compare$1(a, b) {
    return a - b;
}

function quantileIndex(len, p) {
    // Use (n-1) * p to match numpy's linear method (type=7)
    var idx = (len - 1) * p;
    if (p === 1) {
        // If p is 1, directly return the last index
        return len - 1;
    } else if (p === 0) {
        // If p is 0, directly return the first index
        return 0;
    } else if (idx % 1 !== 0) {
        // If index is not integer, keep the fractional position so we can
        // select both surrounding order statistics for interpolation.
        return idx;
    } else {
        // If index is integer, return that exact position.
        return idx;
    }
}

/**
 * The [median](http://en.wikipedia.org/wiki/Median) is
 * the middle number of a list. This is often a good indicator of 'the middle'
 * when there are outliers that skew the `mean()` value.
 * This is a [measure of central tendency](https://en.wikipedia.org/wiki/Central_tendency):
 * a method of finding a typical or central value of a set of numbers.
 *
 * The median isn't necessarily one of the elements in the list: the value
 * can be the average of two elements if the list has an even length
 * and the two central values are different.
 *
 * @param {Array<number>} x input
 * @returns {number} median value
 * @example
 * median([10, 2, 5, 100, 2, 1]); // => 3.5
 */
function median(x) {
    return +quantile(x, 0.5);
}

/**
 * The [median](http://en.wikipedia.org/wiki/Median) is
 * the middle number of a list. This is often a good indicator of 'the middle'
 * when there are outliers that skew the `mean()` value.
 * This is a [measure of central tendency](https://en.wikipedia.org/wiki/Central_tendency):
 * a method of finding a typical or central value of a set of numbers.
 *
 * The median isn't necessarily one of the elements in the list: the value
 * can be the average of two elements if the list has an even length
 * and the two central values are different.
 *
 * @param {Array<number>} sorted input
 * @returns {number} median value
 * @example
 * medianSorted([10, 2, 5, 100, 2, 1]); // => 52.5
 */
function medianSorted(sorted) {
    return quantileSorted(sorted, 0.5);
}

// The numbers of a result that follow from its raw samples: how many, the median as its value, and
// the usual summary. One definition for the parsers that read samples and for pooled runs.
function sampleSummary(samples) {
    const middle = median(samples);
    const low = min(samples);
    const high = max(samples);
    // Sums of values near the largest double overflow to Infinity: such samples are summed scaled down.
    const scale = Math.max(Math.abs(low), Math.abs(high)) > HUGE ? Math.max(Math.abs(low), Math.abs(high)) : 1;
    const scaled = scale === 1 ? samples : samples.map((x) => x / scale);
    return {
        n: samples.length,
        value: middle,
        samples,
        mean: mean(scaled) * scale,
        median: middle,
        min: low,
        max: high,
        ...(samples.length >= 2 ? { stddev: sampleStandardDeviation(scaled) * scale } : {}),
    };
}
/** Above this, a sum of a few thousand values (or of their squares' deviations) can overflow. */
const HUGE = 1e150;

/**
 * The `benchmarkdotnet` format: BenchmarkDotNet's full JSON exporter (`[JsonExporterAttribute.Full]`,
 * `--exporters json`: `*-report-full.json`; the brief exporter reads the same), `{Title,
 * HostEnvironmentInfo, Benchmarks: [{FullName, Parameters, Statistics, Memory?, Measurements?}]}`.
 *
 * One `ns` series per benchmark (FullName, with its `Parameters` as params and in the name): samples =
 * `Statistics.OriginalValues` (ns per operation, one per workload iteration), ci = BenchmarkDotNet's
 * interval of the mean at its level; the rest of `Statistics` (percentiles, quartiles, outliers, …) in
 * `extra`. `Memory` (`[MemoryDiagnoser]`): `BytesAllocatedPerOperation` is a `B/op` series of its own and
 * the GC counts go to `extra`. Measurements are summarized by stage in `extra.measurements`.
 */
const EXPECTED$f = 'BenchmarkDotNet JSON ({"Title", "HostEnvironmentInfo", "Benchmarks": [...]})';
/** BenchmarkDotNet's ConfidenceLevel enum, as the JSON writes it (a number). */
const LEVELS = [0.5, 0.7, 0.75, 0.8, 0.85, 0.9, 0.92, 0.95, 0.96, 0.97, 0.98, 0.99, 0.999];
function looksLikeBenchmarkDotNet(text) {
    const head = text.slice(0, 64 * 1024);
    return /"HostEnvironmentInfo"\s*:/.test(head) && /"Benchmarks"\s*:/.test(head);
}
function parseBenchmarkDotNet(file) {
    const doc = parseJsonText(file, EXPECTED$f);
    if (!isObject(doc) || !Array.isArray(doc.Benchmarks))
        throw inputError(file.path, `expected ${EXPECTED$f}`, { path: '$' });
    const warnings = [];
    const results = doc.Benchmarks.flatMap((b, i) => readBenchmark$3(file, b, `$.Benchmarks[${i}]`, warnings));
    if (results.length === 0) {
        const why = warnings[0] ? ` (${warnings[0].message})` : '';
        throw inputError(file.path, `no benchmark results${why}; expected ${EXPECTED$f}`);
    }
    return { results, warnings };
}
function readBenchmark$3(file, b, at, warnings) {
    if (!isObject(b) || typeof b.FullName !== 'string') {
        throw inputError(file.path, 'expected a benchmark with "FullName"', { path: at });
    }
    const parameters = typeof b.Parameters === 'string' ? b.Parameters : '';
    const name = parameters ? `${b.FullName}(${parameters})` : b.FullName;
    const params = parameters ? Object.fromEntries(parameters.split('&').map((p) => splitParam(p))) : undefined;
    const stats = b.Statistics;
    if (!isObject(stats)) {
        // A benchmark that failed to build or run has `"Statistics": null`.
        warnings.push({
            file: file.path,
            message: `${at}: benchmark ${name} has no Statistics (it failed?); skipped`,
        });
        return [];
    }
    const samples = originalValues(file, stats, `${at}.Statistics`);
    const { OriginalValues: _, ConfidenceInterval: interval, ...rest } = stats;
    const base = { name, suite: typeof b.Namespace === 'string' ? b.Namespace : undefined, params };
    const time = {
        id: seriesId(undefined, name, 'ns'),
        ...withoutUndefined$3(base),
        unit: 'ns',
        direction: 'smaller',
        ...sampleSummary(samples),
        ...ci(interval),
        extra: { statistics: rest, ...measurementCounts(b.Measurements) },
        source: { file: file.path },
    };
    const memory = isObject(b.Memory) ? b.Memory : undefined;
    if (!memory)
        return [time];
    const { BytesAllocatedPerOperation: bytes, ...gc } = memory;
    time.extra = { ...time.extra, memory: gc };
    if (!isFiniteNumber(bytes))
        return [time];
    return [
        time,
        {
            id: seriesId(undefined, name, 'B/op'),
            ...withoutUndefined$3(base),
            unit: 'B/op',
            direction: 'smaller',
            n: 1,
            value: bytes,
            extra: gc,
            source: { file: file.path },
        },
    ];
}
function splitParam(p) {
    const eq = p.indexOf('=');
    return eq < 0 ? [p, ''] : [p.slice(0, eq), p.slice(eq + 1)];
}
function originalValues(file, stats, at) {
    const values = stats.OriginalValues;
    if (!Array.isArray(values) || values.length === 0 || !values.every(isFiniteNumber)) {
        throw inputError(file.path, 'expected a non-empty array of numbers', { path: `${at}.OriginalValues` });
    }
    return values;
}
function ci(interval) {
    if (!isObject(interval) || !isFiniteNumber(interval.Lower) || !isFiniteNumber(interval.Upper))
        return {};
    const level = isFiniteNumber(interval.Level) ? LEVELS[interval.Level] : undefined;
    return level === undefined ? {} : { ci: { lo: interval.Lower, hi: interval.Upper, level } };
}
/** How many measurements of each mode and stage the file holds (`Workload Actual: 15`, …). */
function measurementCounts(measurements) {
    if (!Array.isArray(measurements) || measurements.length === 0)
        return {};
    const counts = {};
    for (const m of measurements) {
        if (!isObject(m))
            continue;
        const key = `${String(m.IterationMode)} ${String(m.IterationStage)}`;
        counts[key] = (counts[key] ?? 0) + 1;
    }
    return { measurements: counts };
}
function withoutUndefined$3(obj) {
    return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined));
}

/**
 * The `benchmarkjs` format: what benchmark.js prints per cycle (`String(event.target)`),
 * `name x 1,234 ops/sec ±1.23% (90 runs sampled)`, the lines github-action-benchmark reads.
 *
 * One `ops/s` series (bigger is better) per line: value = the printed hz, n = the runs sampled, ci = the
 * printed relative margin of error (benchmark.js's 95% interval of the mean) around it. Other lines
 * (`Fastest is …`, the program's own output) are skipped.
 */
const LINE = /^(.+?) x ([\d,]+(?:\.\d+)?) ops\/sec (?:±|\+-|\+\/-)\s*(\d+(?:\.\d+)?)% \((\d+) runs? sampled\)\s*$/;
const EXPECTED$e = 'benchmark.js output (lines like "name x 1,234 ops/sec ±1.23% (90 runs sampled)")';
function looksLikeBenchmarkJs(text) {
    return text
        .slice(0, 64 * 1024)
        .split('\n')
        .some((line) => LINE.test(line.trimEnd()));
}
function parseBenchmarkJs(file) {
    const results = [];
    file.text.split('\n').forEach((raw, i) => {
        const m = LINE.exec(raw.trimEnd());
        if (!m)
            return;
        const [, name = '', hz = '', rme = '', runs = ''] = m;
        const value = Number(hz.replaceAll(',', ''));
        const margin = (value * Number(rme)) / 100;
        results.push({
            id: seriesId(undefined, name, 'ops/s'),
            name,
            unit: 'ops/s',
            direction: 'bigger',
            n: Number(runs),
            value,
            mean: value,
            ci: { lo: value - margin, hi: value + margin, level: 0.95 },
            extra: { rme: Number(rme) },
            source: { file: file.path, line: i + 1 },
        });
    });
    if (results.length === 0)
        throw inputError(file.path, `no benchmark results found; expected ${EXPECTED$e}`);
    return { results, warnings: [] };
}

/**
 * The `catch2` format: Catch2's benchmarks (v2 and v3), from its console output and its XML reporter
 * (`-r xml`).
 *
 * Console, per benchmark three lines under the `benchmark name  samples  iterations  estimated` header:
 * `name  samples  iterations  estimated`, `mean  low-mean  high-mean`, `std-dev  low  high`. XML: a
 * `<BenchmarkResults name samples iterations …>` element with `<mean value lowerBound upperBound ci>`,
 * `<standardDeviation …>` and `<outliers …>`, in nanoseconds.
 *
 * One `ns` series per benchmark (times in any unit are converted), scoped by its test case: value =
 * Catch2's mean (its estimate; it prints no median), ci = the bootstrap interval of the mean, n = samples,
 * stddev; iterations, the estimated run time, the std dev interval and the outlier counts in `extra`.
 */
const EXPECTED$d = 'Catch2 benchmark output (the console table under "benchmark name  samples  iterations  estimated", or -r xml)';
const CONSOLE_HEADER = /^benchmark name\s+samples\s+iterations\s+(?:estimated|est run time)\s*$/m;
const XML_RESULTS = /<BenchmarkResults\s/;
const NUMBER = String.raw `(\d+(?:\.\d+)?(?:e[+-]?\d+)?)`;
const TIME = String.raw `${NUMBER}\s+(ns|us|µs|ms|s)`;
const FIRST_LINE = new RegExp(String.raw `^(.*?)\s+(\d+)\s+(\d+)\s+${TIME}\s*$`);
const TRIPLE_LINE = new RegExp(String.raw `^\s+${TIME}\s+${TIME}\s+${TIME}\s*$`);
/** Catch2's default confidence interval; its console output does not print the level. */
const DEFAULT_CI = 0.95;
function looksLikeCatch2(text) {
    const head = text.slice(0, 64 * 1024);
    return CONSOLE_HEADER.test(head) || (/<Catch2?(?:TestRun)?[\s>]/.test(head) && XML_RESULTS.test(head));
}
function parseCatch2(file) {
    const results = XML_RESULTS.test(file.text) ? readXml(file) : readConsole(file);
    if (results.length === 0)
        throw inputError(file.path, `no benchmark results found; expected ${EXPECTED$d}`);
    return { results, warnings: [] };
}
function readConsole(file) {
    const lines = file.text.split(/\r?\n/);
    const results = [];
    let testCase;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        // A test case's name sits between two lines of dashes.
        if (/^-{20,}$/.test(line) && /^-{20,}$/.test(lines[i + 2] ?? ''))
            testCase = lines[i + 1]?.trim();
        const first = FIRST_LINE.exec(line);
        if (!first)
            continue;
        const mean = TRIPLE_LINE.exec(lines[i + 1] ?? '');
        const sd = TRIPLE_LINE.exec(lines[i + 2] ?? '');
        if (!mean || !sd) {
            throw inputError(file.path, `expected the mean and std dev lines of benchmark "${first[1]?.trim()}"`, {
                line: i + 2,
            });
        }
        const ns = (m, k) => toNs(file, Number(m[k]), m[k + 1], i + 1);
        const [, name = '', samples = '', iterations = ''] = first;
        results.push(result(file, {
            testCase,
            name: name.trim(),
            samples: Number(samples),
            mean: ns(mean, 1),
            ci: { lo: ns(mean, 3), hi: ns(mean, 5), level: DEFAULT_CI },
            stddev: ns(sd, 1),
            extra: {
                iterations: Number(iterations),
                estimatedRunTime: ns(first, 4),
                stddevCi: { lo: ns(sd, 3), hi: ns(sd, 5) },
            },
            line: i + 1,
        }));
        i += 2;
    }
    return results;
}
function readXml(file) {
    // A run killed mid-write leaves the benchmarks before the cut: refuse it rather than record a part.
    const root = /<(Catch2TestRun|Catch)[\s>]/.exec(file.text)?.[1];
    if (root && !file.text.includes(`</${root}>`)) {
        throw inputError(file.path, `truncated XML (no closing </${root}>); expected ${EXPECTED$d}`, {
            line: file.text.split('\n').length,
        });
    }
    const results = [];
    const testCases = [...file.text.matchAll(/<TestCase\s([^>]*)>/g)].map((m) => ({
        at: m.index ?? 0,
        name: decode(attribute(m[1], 'name') ?? ''),
    }));
    for (const m of file.text.matchAll(/<BenchmarkResults\s([^>]*)>([\s\S]*?)<\/BenchmarkResults>/g)) {
        const at = m.index ?? 0;
        const line = file.text.slice(0, at).split('\n').length;
        const attrs = m[1];
        const body = m[2];
        const name = decode(attribute(attrs, 'name') ?? '');
        const mean = element(body, 'mean');
        const sd = element(body, 'standardDeviation');
        const samples = Number(attribute(attrs, 'samples'));
        if (!mean || !Number.isFinite(mean.value) || !Number.isFinite(samples)) {
            throw inputError(file.path, `expected <mean value=…> and samples="…" in benchmark "${name}"`, { line });
        }
        const outliers = /<outliers\s([^>]*)\/>/.exec(body)?.[1];
        results.push(result(file, {
            testCase: testCases.filter((t) => t.at < at).pop()?.name,
            name,
            samples,
            mean: mean.value,
            ci: { lo: mean.lowerBound, hi: mean.upperBound, level: mean.ci },
            stddev: sd?.value,
            extra: {
                iterations: Number(attribute(attrs, 'iterations')),
                resamples: Number(attribute(attrs, 'resamples')),
                clockResolution: Number(attribute(attrs, 'clockResolution')),
                estimatedRunTime: Number(attribute(attrs, 'estimatedDuration')),
                ...(sd ? { stddevCi: { lo: sd.lowerBound, hi: sd.upperBound } } : {}),
                ...(outliers ? { outliers: numbers$1(outliers) } : {}),
            },
            line,
        }));
    }
    return results;
}
function result(file, b) {
    return {
        id: seriesId(b.testCase, b.name, 'ns'),
        name: b.name,
        ...(b.testCase ? { suite: b.testCase } : {}),
        unit: 'ns',
        direction: 'smaller',
        n: b.samples,
        value: b.mean,
        mean: b.mean,
        ...(b.stddev !== undefined ? { stddev: b.stddev } : {}),
        ci: b.ci,
        extra: b.extra,
        source: { file: file.path, line: b.line },
    };
}
function toNs(file, value, unit, line) {
    const factor = conversionFactor(unit, 'ns');
    if (factor === undefined)
        throw inputError(file.path, `unknown time unit "${unit}"`, { line });
    return Number((value * factor).toPrecision(12));
}
function attribute(attrs, name) {
    return new RegExp(String.raw `(?:^|\s)${name}="([^"]*)"`).exec(attrs)?.[1];
}
function element(body, tag) {
    const attrs = new RegExp(String.raw `<${tag}\s([^>]*)/>`).exec(body)?.[1];
    if (!attrs)
        return undefined;
    const n = numbers$1(attrs);
    return {
        value: n.value ?? Number.NaN,
        lowerBound: n.lowerBound ?? Number.NaN,
        upperBound: n.upperBound ?? Number.NaN,
        ci: n.ci ?? DEFAULT_CI,
    };
}
function numbers$1(attrs) {
    return Object.fromEntries([...attrs.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], Number(m[2])]));
}
function decode(text) {
    return text
        .replaceAll('&lt;', '<')
        .replaceAll('&gt;', '>')
        .replaceAll('&quot;', '"')
        .replaceAll('&apos;', "'")
        .replaceAll('&amp;', '&');
}

// Typed reads of the JSON that criterion, cargo-criterion and libtest write. A field of the wrong type
// fails with one line naming the file, the JSON path and (for JSON lines) the line.
function fieldPlace(place, key) {
    return { ...place, path: typeof key === 'number' ? `${place.path}[${key}]` : `${place.path}.${key}` };
}
function fail(place, expected) {
    if (place.line !== undefined)
        throw inputError(place.file, `${place.path}: expected ${expected}`, { line: place.line });
    throw inputError(place.file, `expected ${expected}`, { path: place.path });
}
function readObject(value, place) {
    return isObject(value) ? value : fail(place, 'an object');
}
function readNumber(parent, key, place) {
    const value = parent[key];
    return typeof value === 'number' && Number.isFinite(value)
        ? value
        : fail(fieldPlace(place, key), 'a number');
}
function readString(parent, key, place) {
    const value = parent[key];
    return typeof value === 'string' ? value : fail(fieldPlace(place, key), 'a string');
}
/** A string that may be absent or null (criterion writes `"function_id": null`). */
function readOptionalString(parent, key, place) {
    const value = parent[key];
    if (value === undefined || value === null)
        return undefined;
    return typeof value === 'string' ? value : fail(fieldPlace(place, key), 'a string or null');
}
/** A non-empty array of finite numbers. */
function readNumbers(parent, key, place) {
    const at = fieldPlace(place, key);
    const value = parent[key];
    if (!Array.isArray(value) || value.length === 0)
        return fail(at, 'a non-empty array of numbers');
    value.forEach((item, i) => {
        if (typeof item !== 'number' || !Number.isFinite(item))
            fail(fieldPlace(at, i), 'a number');
    });
    return value;
}

// Builds the series of Rust benchmarks, shared by the criterion input shapes: from criterion's raw
// samples (target/criterion JSON, cargo-criterion messages) and from bencher-style results (libtest).
/** Criterion's default sample size, assumed when its output does not say how many samples it took. */
const DEFAULT_SAMPLE_SIZE = 100;
/** libtest's result is the median of 50 samples (winsorized at 5%), each of many iterations. */
const LIBTEST_SAMPLES = 50;
/** A result with its id and direction, fields in the model's order, no `undefined` fields. */
function series$1(fields) {
    const { name, suite, params, unit, n, value, samples, mean, median, min, max, stddev, ci, extra, source } = fields;
    const id = seriesId(undefined, name, unit);
    const direction = directionOfUnit(unit);
    const all = {
        id,
        name,
        suite,
        params,
        unit,
        direction,
        n,
        value,
        samples,
        mean,
        median,
        min,
        max,
        stddev,
        ci,
        extra,
        source,
    };
    return Object.fromEntries(Object.entries(all).filter(([, v]) => v !== undefined));
}
/**
 * The time series (value = median of the samples) and, per throughput, a rate series derived from the
 * same samples (`perIteration / time`), with the interval criterion prints on its `thrpt:` line.
 */
function sampledSeries(bench) {
    const { name, suite, params, samples, unit, source } = bench;
    const common = { name, suite, params, n: samples.length, source };
    const time = series$1({
        ...common,
        unit,
        value: median(samples),
        samples,
        mean: bench.mean,
        median: bench.median,
        ...range(samples),
        stddev: bench.stddev,
        ci: bench.typical,
        extra: bench.extra,
    });
    // Rates are only derived from times: a custom measurement's unit says nothing about seconds.
    if (unit !== 'ns')
        return [time];
    return [
        time,
        ...bench.throughput.map(({ unit: rateUnit, perIteration }) => {
            const rate = (ns) => (perIteration * 1e9) / ns;
            const rates = samples.map(rate);
            const value = median(rates);
            const { lo, hi, level } = bench.typical;
            const perIterationKey = rateUnit === 'B/s' ? 'bytesPerIteration' : 'elementsPerIteration';
            return series$1({
                ...common,
                unit: rateUnit,
                value,
                samples: rates,
                median: value,
                ...range(rates),
                ci: { lo: rate(hi), hi: rate(lo), level },
                extra: { [perIterationKey]: perIteration },
            });
        }),
    ];
}
function range(values) {
    return {
        min: values.reduce((m, v) => Math.min(m, v), Number.POSITIVE_INFINITY),
        max: values.reduce((m, v) => Math.max(m, v), Number.NEGATIVE_INFINITY),
    };
}
/**
 * Time per iteration of each sample: criterion measures a sample as `iterations` runs taking `times`
 * in total (sample.json `times`/`iters`, cargo-criterion `measured_values`/`iteration_count`).
 */
function perIterationSamples(times, iterations, place, keys) {
    if (times.length !== iterations.length) {
        fail(fieldPlace(place, keys.iterations), `as many entries as "${keys.times}" (${times.length}), not ${iterations.length}`);
    }
    return times.map((time, i) => {
        const count = iterations[i];
        if (count <= 0)
            fail(fieldPlace(fieldPlace(place, keys.iterations), i), 'a positive iteration count');
        return time / count;
    });
}
/**
 * The `ns` series, and an `MB/s` series when libtest measured bytes. libtest's `(+/- M)` is the range
 * (max − min) of its 50 winsorized samples, kept as `extra.deviation` (libtest's name); criterion's
 * bencher `(+/- M)` is its standard deviation estimate, so it is `stddev` (its sample count is not
 * printed: n = criterion's default 100, flagged `extra.assumedSampleCount`).
 */
function bencherSeries(bench) {
    const libtest = bench.tool === 'libtest';
    const common = {
        name: bench.name,
        n: libtest ? LIBTEST_SAMPLES : DEFAULT_SAMPLE_SIZE,
        source: bench.source,
    };
    const time = series$1({
        ...common,
        unit: bench.unit,
        value: bench.median,
        median: bench.median,
        ...(libtest
            ? { extra: { deviation: bench.plusMinus } }
            : { stddev: bench.plusMinus, extra: { assumedSampleCount: true } }),
    });
    const rate = bench.megabytesPerSecond;
    if (rate === undefined)
        return [time];
    return [time, series$1({ ...common, unit: 'MB/s', value: rate, median: rate })];
}
/** A series id repeated in one input keeps its first result, with a warning naming where both were read. */
function keepFirstPerId(out) {
    const seen = new Map();
    const warnings = [...out.warnings];
    for (const result of out.results) {
        const first = seen.get(result.id);
        if (!first) {
            seen.set(result.id, result);
            continue;
        }
        const where = `${first.source.file}${first.source.line !== undefined ? `:${first.source.line}` : ''}`;
        warnings.push({
            ...result.source,
            message: `${result.id} repeats the series read at ${where}; kept the first`,
        });
    }
    return { results: [...seen.values()], warnings };
}

const PARTS = ['benchmark.json', 'estimates.json', 'sample.json'];
/** Folders criterion fills besides new/: they hold older runs and comparisons, never the latest result. */
const OLDER_RUN_FOLDERS = new Set(['base', 'change']);
/**
 * Reads every benchmark folder among `files` (any mix of criterion JSON files). Each benchmark gives a
 * `ns` series: samples = times[i] / iters[i] of sample.json (time per iteration), value = their
 * median, mean/median/stddev = the point estimates of estimates.json, ci = the interval of criterion's
 * typical estimate (the slope in linear sampling mode, else the mean: the `time:` line it prints), and
 * with a `throughput` a `B/s` or `elem/s` series derived from the same samples. Name = full_id,
 * suite = group_id, params = function_id / value_str. Folders base/, change/ and saved baselines next to
 * a new/ folder are skipped; a folder missing one of its three files is skipped with a warning.
 */
function parseCriterionFolders(files) {
    const folders = groupByFolder(files);
    const out = { results: [], warnings: [] };
    for (const file of files.filter((f) => !isPart(basename(f.path)))) {
        const message = `criterion JSON that is not named ${PARTS.join(', ')}: read per folder by those names; skipped`;
        out.warnings.push({ file: file.path, message });
    }
    const skippedOlder = [];
    for (const folder of folders.values()) {
        if (isOlderRun(folder.dir, folders)) {
            for (const f of folder.files.values())
                skippedOlder.push(f);
            continue;
        }
        // criterion 0.2 wrote no benchmark.json: the folder names the benchmark.
        const missing = PARTS.filter((part) => !folder.files.has(part) && part !== 'benchmark.json');
        if (missing.length > 0) {
            out.warnings.push(missingPartsWarning(folder, missing));
            continue;
        }
        for (const r of readBenchmark$2(folder, out))
            out.results.push(r);
    }
    const [firstSkipped] = skippedOlder;
    if (firstSkipped) {
        out.warnings.push({
            file: firstSkipped.path,
            message: `ignored ${skippedOlder.length} criterion file(s) of base/, change/ or saved-baseline folders; only new/ holds the latest run`,
        });
    }
    return keepFirstPerId(out);
}
function isPart(name) {
    return PARTS.includes(name);
}
function groupByFolder(files) {
    const folders = new Map();
    for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
        const part = basename(file.path);
        if (!isPart(part))
            continue;
        const dir = dirname(file.path).replaceAll('\\', '/');
        const folder = folders.get(dir) ?? { dir, files: new Map() };
        folder.files.set(part, file);
        folders.set(dir, folder);
    }
    return folders;
}
/** base/, change/, or a saved baseline (`--save-baseline main`) sitting next to a new/ folder. */
function isOlderRun(dir, folders) {
    if (basename(dir) === 'new')
        return false;
    return OLDER_RUN_FOLDERS.has(basename(dir)) || folders.has(`${dirname(dir)}/new`);
}
function missingPartsWarning(folder, missing) {
    const present = [...folder.files.values()][0];
    return {
        file: present.path,
        message: `criterion folder ${folder.dir} has no ${missing.join(' or ')} (criterion writes benchmark.json, estimates.json and sample.json together); skipped`,
    };
}
function readBenchmark$2(folder, out) {
    const read = (part) => {
        const file = folder.files.get(part);
        const place = { file: file.path, path: '$' };
        return { place, json: parseJsonText(file, `criterion's ${part}`) };
    };
    const estimates = read('estimates.json');
    const estimatesJson = readObject(estimates.json, estimates.place);
    const sample = read('sample.json');
    const id = folder.files.has('benchmark.json')
        ? readIdentityFile(read('benchmark.json'))
        : folderIdentity(folder);
    if (!folder.files.has('benchmark.json')) {
        out.warnings.push({
            file: estimates.place.file,
            message: `criterion folder ${folder.dir} has no benchmark.json (criterion before 0.3): named "${id.name}" after its folder`,
        });
    }
    const typical = readTypical(estimatesJson, estimates.place);
    return sampledSeries({
        ...id,
        samples: readSamples$2(sample.json, sample.place),
        unit: 'ns',
        mean: readPointEstimate(estimatesJson, 'mean', estimates.place),
        median: readPointEstimate(estimatesJson, 'median', estimates.place),
        stddev: readPointEstimate(estimatesJson, 'std_dev', estimates.place),
        typical: typical.ci,
        extra: {
            ciEstimate: typical.of,
            ...(typical.of === 'slope' ? { slope: typical.estimate } : {}),
            medianAbsDev: readPointEstimate(estimatesJson, 'median_abs_dev', estimates.place),
            ...(isObject(sample.json)
                ? { samplingMode: readOptionalString(sample.json, 'sampling_mode', sample.place) }
                : {}),
        },
        source: { file: estimates.place.file },
    });
}
function readIdentityFile(benchmark) {
    return readIdentity(readObject(benchmark.json, benchmark.place), benchmark.place);
}
/** `target/criterion/fib/iterative/100/new` → `fib/iterative/100`: the path criterion made of the id. */
function folderIdentity(folder) {
    const dir = basename(folder.dir) === 'new' ? dirname(folder.dir) : folder.dir;
    const parts = dir.split('/');
    const at = parts.lastIndexOf('criterion');
    const name = (at >= 0 && at < parts.length - 1 ? parts.slice(at + 1) : parts.slice(-1)).join('/');
    return { name, suite: undefined, params: undefined, throughput: [] };
}
function readIdentity(json, place) {
    const fullId = readString(json, 'full_id', place);
    const functionId = readOptionalString(json, 'function_id', place);
    const value = readOptionalString(json, 'value_str', place);
    const params = {
        ...(functionId !== undefined ? { function: functionId } : {}),
        ...(value !== undefined ? { value } : {}),
    };
    return {
        name: fullId,
        suite: readOptionalString(json, 'group_id', place),
        params: Object.keys(params).length > 0 ? params : undefined,
        throughput: readThroughput(json.throughput, fieldPlace(place, 'throughput')),
    };
}
/** `null`, `{"Bytes": N}`, `{"BytesDecimal": N}` (criterion ≥ 0.4) or `{"Elements": N}`. */
function readThroughput(value, place) {
    if (value === null || value === undefined)
        return [];
    const json = readObject(value, place);
    for (const [key, unit] of [
        ['Bytes', 'B/s'],
        ['BytesDecimal', 'B/s'],
        ['Elements', 'elem/s'],
    ]) {
        if (key in json)
            return [{ unit, perIteration: readNumber(json, key, place) }];
    }
    return fail(place, 'null or one of {"Bytes": n}, {"BytesDecimal": n}, {"Elements": n}');
}
/** criterion 0.3+: `{"sampling_mode", "iters", "times"}`; criterion 0.2: `[[iters…], [times…]]`. */
function readSamples$2(json, place) {
    if (Array.isArray(json)) {
        if (json.length !== 2)
            fail(place, 'criterion 0.2 samples [[iters...], [times...]]');
        const pair = { iters: json[0], times: json[1] };
        return perIterationSamples(readNumbers(pair, 'times', place), readNumbers(pair, 'iters', place), place, {
            times: '1',
            iterations: '0',
        });
    }
    const object = readObject(json, place);
    return perIterationSamples(readNumbers(object, 'times', place), readNumbers(object, 'iters', place), place, {
        times: 'times',
        iterations: 'iters',
    });
}
/** criterion 0.2 named the estimates `Mean`, `Median`, `StdDev`, `MedianAbsDev`, `Slope`. */
function estimateKey(json, key) {
    if (key in json)
        return key;
    const capitalized = key.replace(/(^|_)([a-z])/g, (_, __, c) => c.toUpperCase());
    return capitalized in json ? capitalized : key;
}
function readPointEstimate(json, key, place) {
    const found = estimateKey(json, key);
    const at = fieldPlace(place, found);
    return readNumber(readObject(json[found], at), 'point_estimate', at);
}
/** Criterion's typical estimate: the slope when it fitted one (linear sampling), else the mean. */
function readTypical(json, place) {
    const slope = json[estimateKey(json, 'slope')];
    const of = slope === null || slope === undefined ? 'mean' : 'slope';
    const key = estimateKey(json, of);
    const at = fieldPlace(place, key);
    const estimate = readObject(json[key], at);
    const interval = readObject(estimate.confidence_interval, fieldPlace(at, 'confidence_interval'));
    const intervalAt = fieldPlace(at, 'confidence_interval');
    const ci = {
        lo: readNumber(interval, 'lower_bound', intervalAt),
        hi: readNumber(interval, 'upper_bound', intervalAt),
        level: readNumber(interval, 'confidence_level', intervalAt),
    };
    return { of, estimate: readNumber(estimate, 'point_estimate', at), ci };
}
function basename(p) {
    return p.slice(Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\')) + 1);
}
function dirname(p) {
    const cut = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
    return cut < 0 ? '.' : p.slice(0, cut);
}

// JSON lines about Rust benchmarks: cargo-criterion's `--message-format=json` messages and libtest's
// `--format json` events. Lines that are not JSON objects (cargo's own output) are skipped.
const EXPECTED$c = 'one JSON object per line (cargo-criterion --message-format=json or libtest --format json)';
/** cargo-criterion does not print its confidence level; 0.95 is its default. */
const CARGO_CRITERION_CI_LEVEL = 0.95;
/**
 * cargo-criterion `benchmark-complete`: samples = measured_values[i] / iteration_count[i] (time per
 * iteration, in ns when the unit is a time), value = their median, mean/median = its estimates,
 * ci = its `typical` interval (the slope, or the mean without one), throughput series as for
 * target/criterion; suite = the group of the `group-complete` message listing it. libtest `bench`
 * events: as its text lines (median in ns, `deviation` = max − min, `mib_per_second` as `MB/s`).
 */
function parseCriterionJsonLines(file) {
    const out = { results: [], warnings: [] };
    const completed = [];
    const suiteOf = new Map();
    for (const { json, place } of messages(file)) {
        if (json.type === 'bench') {
            for (const r of libtestBench(json, place))
                out.results.push(r);
        }
        else if (json.type === 'test' && json.event === 'failed') {
            out.warnings.push({
                file: file.path,
                line: place.line,
                message: `benchmark ${String(json.name)} failed; it has no result`,
            });
        }
        else if (json.reason === 'benchmark-complete') {
            completed.push({ json, place });
        }
        else if (json.reason === 'group-complete') {
            const group = readString(json, 'group_name', place);
            const members = Array.isArray(json.benchmarks) ? json.benchmarks : [];
            for (const id of members)
                if (typeof id === 'string' && !suiteOf.has(id))
                    suiteOf.set(id, group);
        }
    }
    for (const { json, place } of completed) {
        for (const r of cargoCriterionBenchmark(json, place, suiteOf))
            out.results.push(r);
    }
    return keepFirstPerId(out);
}
function* messages(file) {
    const lines = file.text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const text = lines[i].trim();
        if (!text.startsWith('{'))
            continue;
        const place = { file: file.path, line: i + 1, path: '$' };
        let json;
        try {
            json = JSON.parse(text);
        }
        catch (err) {
            const reason = err instanceof Error ? err.message.replace(/\s*in JSON at position.*$/, '') : String(err);
            throw inputError(file.path, `invalid JSON (${reason}); expected ${EXPECTED$c}`, { line: place.line });
        }
        if (isObject(json))
            yield { json, place };
    }
}
function libtestBench(json, place) {
    const rate = json.mib_per_second;
    return bencherSeries({
        name: readString(json, 'name', place),
        median: readNumber(json, 'median', place),
        unit: 'ns',
        plusMinus: readNumber(json, 'deviation', place),
        megabytesPerSecond: rate === undefined || rate === null ? undefined : readNumber(json, 'mib_per_second', place),
        tool: 'libtest',
        source: { file: place.file, line: place.line },
    });
}
function cargoCriterionBenchmark(json, place, suiteOf) {
    const name = readString(json, 'id', place);
    const measuredUnit = readString(json, 'unit', place);
    // Times become ns like every other criterion input; a custom measurement keeps its own unit.
    const unit = conversionFactor(measuredUnit, 'ns') === undefined ? measuredUnit : 'ns';
    const toUnit = conversionFactor(measuredUnit, unit);
    const times = readNumbers(json, 'measured_values', place).map((v) => v * toUnit);
    const iterations = readNumbers(json, 'iteration_count', place);
    const hasSlope = json.slope !== null && json.slope !== undefined;
    const typical = readInterval(json, 'typical', place, unit);
    return sampledSeries({
        name,
        suite: suiteOf.get(name),
        samples: perIterationSamples(times, iterations, place, {
            times: 'measured_values',
            iterations: 'iteration_count',
        }),
        unit,
        mean: readInterval(json, 'mean', place, unit).estimate,
        median: readInterval(json, 'median', place, unit).estimate,
        typical: { lo: typical.lo, hi: typical.hi, level: CARGO_CRITERION_CI_LEVEL },
        throughput: readThroughputs(json.throughput, fieldPlace(place, 'throughput')),
        extra: {
            ciEstimate: hasSlope ? 'slope' : 'mean',
            ...(hasSlope ? { slope: readInterval(json, 'slope', place, unit).estimate } : {}),
            medianAbsDev: readInterval(json, 'median_abs_dev', place, unit).estimate,
        },
        source: { file: place.file, line: place.line },
    });
}
/** `{"estimate", "lower_bound", "upper_bound", "unit"}` converted to `unit`. */
function readInterval(json, key, place, unit) {
    const at = fieldPlace(place, key);
    const interval = readObject(json[key], at);
    const factor = conversionFactor(readString(interval, 'unit', at), unit) ?? fail(fieldPlace(at, 'unit'), `"${unit}"`);
    return {
        estimate: readNumber(interval, 'estimate', at) * factor,
        lo: readNumber(interval, 'lower_bound', at) * factor,
        hi: readNumber(interval, 'upper_bound', at) * factor,
    };
}
/** `[{"per_iteration": 1024, "unit": "bytes" | "elements"}]`, possibly empty or absent. */
function readThroughputs(value, place) {
    if (value === undefined || value === null)
        return [];
    if (!Array.isArray(value))
        return fail(place, 'an array of {"per_iteration", "unit"}');
    const byUnit = new Map();
    value.forEach((item, i) => {
        const at = fieldPlace(place, i);
        const entry = readObject(item, at);
        const kind = readString(entry, 'unit', at);
        const unit = kind === 'bytes'
            ? 'B/s'
            : kind === 'elements'
                ? 'elem/s'
                : fail(fieldPlace(at, 'unit'), '"bytes" or "elements"');
        if (!byUnit.has(unit))
            byUnit.set(unit, { unit, perIteration: readNumber(entry, 'per_iteration', at) });
    });
    return [...byUnit.values()];
}

// The text `cargo bench` prints: criterion's report blocks (`name  time: [lo est hi]`), and the
// one-line `test name ... bench: N ns/iter (+/- M)` of libtest `#[bench]` and of criterion's
// `--output-format bencher`.
const VALUE_WITH_UNIT = String.raw `(\d+(?:\.\d+)?)\s*(\S+)`;
const TRIPLE = String.raw `\[\s*${VALUE_WITH_UNIT}\s+${VALUE_WITH_UNIT}\s+${VALUE_WITH_UNIT}\s*\]`;
/** `mix   time:   [362.86 ns 364.47 ns 366.30 ns]`; the `change:` block's `time: [+0.3% …]` does not match. */
const TIME_LINE = new RegExp(String.raw `^(.*?)\s*time:\s+${TRIPLE}`);
const THROUGHPUT_LINE = new RegExp(String.raw `^\s*thrpt:\s+${TRIPLE}`);
const COLLECTING_LINE = /^Benchmarking (.+): Collecting (\d+) samples in estimated /;
const BENCHMARKING_LINE = /^Benchmarking (.+?)(?:: (?:Warming up|Collecting|Analyzing|Profiling|Complete)\b.*)?$/;
const OUTLIERS_LINE = /^Found \d+ outliers among (\d+) measurements/;
/** Recent libtest prints fractional ns with thousands separators (`1,401.94`); criterion plain integers. */
const GROUPED = String.raw `(\d[\d,]*(?:\.\d+)?)`;
/** `ns/iter` from libtest and criterion; any `x/y` from custom measurements (`cycles/iter`, `MS/s`). */
const BENCH_LINE = new RegExp(String.raw `^test (.+?)\s+\.\.\. bench:\s+${GROUPED} (\S+/\S+) \(\+/- ${GROUPED}\)(?: = ${GROUPED} MB/s)?\s*$`);
const FAILED_LINE = /^test (.+?)\s+\.\.\. FAILED\s*$/;
const LIBTEST_START = /^running \d+ tests?\s*$/;
const LIBTEST_END = /^test result: /;
// biome-ignore lint/suspicious/noControlCharactersInRegex: ESC starts the color codes criterion prints on a terminal
const ANSI_COLOR = /\u001b\[[0-9;]*m/g;
/** Text without the color codes criterion and cargo print on a terminal. */
function stripColors(text) {
    return text.replace(ANSI_COLOR, '');
}
/** Criterion's default confidence level; its text output does not print the level. */
const TEXT_CI_LEVEL = 0.95;
/**
 * criterion text: one `ns` series per `time:` line (value = the middle estimate, criterion's typical
 * estimate; ci = [lo, hi] at 95%) whatever unit it was printed in (ps…s), and a `B/s` or `elem/s` series
 * per `thrpt:` line; n from `Collecting N samples` (else the outlier line's count, else 100, flagged
 * `extra.assumedSampleCount`). `test NAME ... bench:` lines: see bencherSeries. `change:`, verdict,
 * outlier and `test result:` lines are skipped; a failed libtest benchmark is a warning.
 */
function parseCriterionText(file) {
    const out = { results: [], warnings: [] };
    const samplesByName = new Map();
    let block;
    let previous;
    let inLibtest = false;
    let sawBenchOutput = false;
    // Bencher lines are decided libtest or criterion per block of them, never per line (see benchBlockResults).
    let benchLines = [];
    const finishBlock = () => {
        if (block)
            for (const r of blockResults(file, block))
                out.results.push(r);
        block = undefined;
        for (const r of benchBlockResults(file, benchLines))
            out.results.push(r);
        benchLines = [];
    };
    for (const current of logicalLines(file.text)) {
        const { text, line } = current;
        const time = TIME_LINE.exec(text);
        const throughput = THROUGHPUT_LINE.exec(text);
        const bench = BENCH_LINE.exec(text);
        const collecting = COLLECTING_LINE.exec(text);
        const outliers = OUTLIERS_LINE.exec(text);
        const failed = FAILED_LINE.exec(text);
        if (time) {
            finishBlock();
            const name = time[1].trim() || nameAbove(previous);
            const triple = name ? readTriple(file, name, 'time', time.slice(2), line, out) : undefined;
            if (!name)
                out.warnings.push({ file: file.path, line, message: 'time: line without a benchmark name; skipped' });
            block = triple && { name, time: triple, n: samplesByName.get(name) };
        }
        else if (throughput && block?.time.line === line - 1) {
            block.throughput = readTriple(file, block.name, 'thrpt', throughput.slice(1), line, out);
        }
        else if (outliers && block) {
            block.n ??= Number(outliers[1]);
        }
        else if (bench) {
            if (block)
                finishBlock();
            benchLines.push({ match: bench, line, inLibtest });
        }
        else if (failed) {
            out.warnings.push({
                file: file.path,
                line,
                message: `benchmark ${failed[1]} failed; it has no result`,
            });
        }
        else if (collecting) {
            samplesByName.set(collecting[1], Number(collecting[2]));
        }
        if (BENCHMARKING_LINE.test(text)) {
            finishBlock();
            sawBenchOutput = true;
        }
        else if (LIBTEST_START.test(text)) {
            finishBlock();
            inLibtest = sawBenchOutput = true;
        }
        else if (LIBTEST_END.test(text)) {
            finishBlock();
            inLibtest = false;
        }
        previous = current;
    }
    finishBlock();
    if (out.results.length === 0 && !sawBenchOutput) {
        throw inputError(file.path, 'no benchmark results found; expected criterion `NAME time: [lo est hi]` lines or `test NAME ... bench: N ns/iter` lines');
    }
    return keepFirstPerId(out);
}
/**
 * Lines without color codes, each `\r`-separated part of a line on its own (on a terminal criterion
 * rewrites its progress line in place), blank parts dropped; `line` is 1-based.
 */
function* logicalLines(text) {
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        for (const part of stripColors(lines[i]).split('\r')) {
            if (part.trim() !== '')
                yield { text: part.trimEnd(), line: i + 1 };
        }
    }
}
/** Ids longer than 23 characters are printed on their own line, `time:` on the next one. */
function nameAbove(previous) {
    const text = previous?.text.trim() ?? '';
    return BENCHMARKING_LINE.exec(text)?.[1] ?? text;
}
/** Target units: times become ns, rates B/s or elem/s. */
const TARGET_UNITS = { time: ['ns'], thrpt: ['B/s', 'elem/s'] };
function readTriple(file, name, kind, raw, line, out) {
    const triple = normalizeTriple(raw, TARGET_UNITS[kind]);
    if (triple)
        return { ...triple, line };
    const message = `${name}: mixed or unknown units in ${kind}: [${raw.join(' ')}]; skipped`;
    out.warnings.push({ file: file.path, line, message });
    return undefined;
}
/**
 * `[1.1073 µs 1.1105 µs 1.1141 µs]` → ns. Criterion scales each value on its own
 * (`[999.12 ns 1.0001 µs 1.0020 µs]`), so each is converted to the first of `targets` that all three
 * fit. Units that fit none (a custom measurement) are kept when all three agree.
 */
function normalizeTriple(raw, targets) {
    const pairs = [0, 2, 4].map((i) => ({ value: Number(raw[i]), unit: raw[i + 1] }));
    const target = targets.find((t) => pairs.every((p) => conversionFactor(p.unit, t) !== undefined));
    const unit = target ?? (pairs.every((p) => p.unit === pairs[0]?.unit) ? pairs[0]?.unit : undefined);
    if (unit === undefined)
        return undefined;
    const [a = 0, b = 0, c = 0] = pairs.map((p) => roundFloatNoise(p.value * conversionFactor(p.unit, unit)));
    // thrpt lists the rate at the time's upper bound first: order the bounds either way.
    return { unit, lo: Math.min(a, c), estimate: b, hi: Math.max(a, c) };
}
/** `1.6699 µs` is 1669.9 ns, not 1669.8999999999999: the printed values have 5 significant digits. */
function roundFloatNoise(value) {
    return Number(value.toPrecision(12));
}
function blockResults(file, block) {
    const n = block.n ?? DEFAULT_SAMPLE_SIZE;
    const extra = block.n === undefined ? { assumedSampleCount: true } : undefined;
    return [block.time, block.throughput].flatMap((triple) => triple
        ? series$1({
            name: block.name,
            unit: triple.unit,
            n,
            value: triple.estimate,
            ci: { lo: triple.lo, hi: triple.hi, level: TEXT_CI_LEVEL },
            extra,
            source: { file: file.path, line: triple.line },
        })
        : []);
}
/**
 * A block of `test NAME ... bench:` lines (one run of the tool, between other output). It is libtest's
 * when any line is inside a `running N tests` … `test result:` block or has separators or decimals
 * (criterion prints plain integers), else criterion's bencher format. One tool prints a whole block: a
 * per-line decision split one run into two tools whenever a libtest value happened to be an integer.
 */
function benchBlockResults(file, lines) {
    const libtest = lines.some(({ match, inLibtest }) => inLibtest || /[,.]/.test(`${match[2]}${match[4]}`));
    return lines.flatMap(({ match, line }) => {
        const [, name = '', value = '', unit = '', plusMinus = '', megabytesPerSecond] = match;
        return bencherSeries({
            name,
            median: groupedNumber(value),
            unit: unit === 'ns/iter' ? 'ns' : unit,
            plusMinus: groupedNumber(plusMinus),
            megabytesPerSecond: megabytesPerSecond === undefined ? undefined : groupedNumber(megabytesPerSecond),
            tool: libtest ? 'libtest' : 'criterion',
            source: { file: file.path, line },
        });
    });
}
/** `1,401.94` → 1401.94 */
function groupedNumber(text) {
    return Number(text.replaceAll(',', ''));
}

/** Sniffing reads the start of a file only: every signature appears in its first lines. */
const SNIFF_WINDOW$1 = 64 * 1024;
/** criterion's tukey.json: the four outlier fences. Claimed (and skipped) so `new/*.json` globs work. */
const TUKEY_FENCES = /^\s*\[\s*-?[\d.e+-]+(?:\s*,\s*-?[\d.e+-]+){3}\s*\]\s*$/;
/** criterion 0.2's sample.json: `[[iters…], [times…]]` (0.3 writes an object). */
const PAIR_OF_ARRAYS = /^\s*\[\s*\[\s*-?[\d.]/;
/** A line of cargo-criterion (`{"reason":…}`) or libtest (`{ "type": … }`) JSON output. */
const JSON_LINE = /^\s*\{\s*"(?:reason|type)"\s*:/m;
const SIGNATURES = [
    /"point_estimate"\s*:/, // estimates.json
    /^\s*\{\s*"(?:sampling_mode|iters)"\s*:/, // sample.json
    /^\s*\{\s*"group_id"\s*:[^\n]*"full_id"\s*:/, // benchmark.json
    TUKEY_FENCES,
    PAIR_OF_ARRAYS,
    /time:\s+\[\s*\d+(?:\.\d+)?\s*(?:ps|ns|µs|μs|us|ms|s)\s/, // criterion text
    /^test .+ \.\.\. bench:\s+\d[\d,]*(?:\.\d+)? \S+\/\S+ \(\+\/- /m, // libtest / bencher text
    /^\s*\{\s*"type"\s*:\s*"bench"/m, // libtest --format json
    /"reason"\s*:\s*"(?:benchmark|group)-complete"/, // cargo-criterion --message-format=json
];
function looksLikeCriterion(text) {
    const head = stripColors(text.slice(0, SNIFF_WINDOW$1));
    return SIGNATURES.some((signature) => signature.test(head));
}
/** All files detected as criterion, at once: target/criterion JSON comes as three files per benchmark. */
function parseCriterion(files) {
    const out = { results: [], warnings: [] };
    const folderFiles = [];
    for (const file of files) {
        const shape = shapeOf(file.text);
        if (shape === 'folder-file') {
            folderFiles.push(file);
            continue;
        }
        if (shape === 'tukey')
            continue;
        const part = shape === 'json-lines' ? parseCriterionJsonLines(file) : parseCriterionText(file);
        for (const r of part.results)
            out.results.push(r);
        for (const w of part.warnings)
            out.warnings.push(w);
    }
    if (folderFiles.length > 0) {
        const part = parseCriterionFolders(folderFiles);
        for (const r of part.results)
            out.results.push(r);
        for (const w of part.warnings)
            out.warnings.push(w);
    }
    return out;
}
/**
 * JSON lines when a line is a `"reason"` (cargo-criterion) or `"type"` (libtest) object; any other
 * JSON object is one of criterion's result files (benchmark/estimates/sample.json), even one too broken
 * to parse, so that the error names that file.
 */
function shapeOf(text) {
    if (TUKEY_FENCES.test(text))
        return 'tukey';
    if (JSON_LINE.test(text.slice(0, SNIFF_WINDOW$1)))
        return 'json-lines';
    return text.trimStart().startsWith('{') || PAIR_OF_ARRAYS.test(text) ? 'folder-file' : 'text';
}

/**
 * A copy of a piece of a file's text that does not keep the whole text alive: V8's slices point into
 * their parent string, so one benchmark name cut from a 100 MB output held all of it.
 */
function detached(piece) {
    return JSON.parse(JSON.stringify(piece));
}

// Reads `go test -bench` output: the text format (the one golang.org/x/perf/benchfmt reads) and the
// `go test -json` (test2json) stream, whose `Output` fields carry that same text, split per package.
// One pass over the lines, no backtracking regexes on whole lines: big CI logs stay cheap to read.
/** Format sniffing looks at the head of a file only. */
const SNIFF_CHARS$1 = 64 * 1024;
/** `BenchmarkX-8  1000  123 ns/op`, tested on one line at a time. */
const RESULT_LINE = /^Benchmark\S*[ \t]+\d+[ \t]+[\d.]+(?:[eE][+-]?\d+)?[ \t]+\S/;
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const NO_RESULTS = 'no benchmark result lines found; expected `go test -bench` output (lines like "BenchmarkX-8  1000  123 ns/op")';
/** `--- FAIL: BenchmarkX`: a run whose benchmarks all failed has no result line, and is still go's. */
const FAILED_BENCHMARK = /(?:^|\n|\t)--- FAIL: Benchmark\S*/;
function looksLikeGo(text) {
    const head = headOf(text);
    return looksLikeTest2Json(head) || hasResultLine(head) || FAILED_BENCHMARK.test(head);
}
/** `progress` is told, after each line, how many series the file has given so far. */
function parseGo(file, progress) {
    const reader = new GoBenchReader(file.path, progress);
    if (looksLikeTest2Json(headOf(file.text)))
        readTest2Json(file, reader);
    else
        reader.readText(file.text);
    const results = reader.results();
    if (results.length === 0 && reader.failedBenchmarks.length > 0) {
        throw inputError(file.path, `the benchmark run failed: ${reader.failedBenchmarks.join(', ')} (no benchmark result lines)`, { line: reader.firstFailureLine });
    }
    if (results.length === 0) {
        const first = reader.warnings[0];
        const why = first ? ` (first problem: line ${first.line}: ${first.message})` : '';
        throw inputError(file.path, NO_RESULTS.replace(';', `${why};`));
    }
    return { results, warnings: reader.warnings };
}
function headOf(text) {
    return text.length > SNIFF_CHARS$1 ? text.slice(0, SNIFF_CHARS$1) : text;
}
function looksLikeTest2Json(head) {
    return ((head.startsWith('{') || head.includes('\n{')) &&
        head.includes('"Action":"') &&
        head.includes('"Package":"'));
}
function hasResultLine(head) {
    for (let at = head.indexOf('Benchmark'); at >= 0; at = head.indexOf('Benchmark', at + 1)) {
        if (at > 0 && head.charCodeAt(at - 1) !== NEWLINE)
            continue;
        const end = head.indexOf('\n', at);
        if (RESULT_LINE.test(head.slice(at, end < 0 ? head.length : end)))
            return true;
    }
    return false;
}
/**
 * Every sample of a file in reading order, one typed column per field, rather than arrays per series:
 * a series' arrays grew by doubling and were copied at the end, most of a big file's garbage. Each
 * result gets exact-size arrays of its own once the file is read (samplesBySeries).
 */
class SampleLog {
    length = 0;
    series = new Int32Array(INITIAL_LOG_SIZE);
    values = new Float64Array(INITIAL_LOG_SIZE);
    /** Counts are whole numbers up to 2^53 (parseMeasurements checks): exact in a double. */
    iterations = new Float64Array(INITIAL_LOG_SIZE);
    /** The benchfmt configuration in force (an index into the reader's configurations). */
    configs = new Int32Array(INITIAL_LOG_SIZE);
    lines = new Int32Array(INITIAL_LOG_SIZE);
    add(series, value, iterations, config, line) {
        if (this.length === this.values.length)
            this.grow();
        const at = this.length++;
        this.series[at] = series;
        this.values[at] = value;
        this.iterations[at] = iterations;
        this.configs[at] = config;
        this.lines[at] = line;
    }
    /** The log's indexes grouped by series, each series' in file order: `order[starts[s]..starts[s + 1])`. */
    samplesBySeries(seriesCount) {
        const starts = new Int32Array(seriesCount + 1);
        for (let i = 0; i < this.length; i++) {
            const after = this.series[i] + 1;
            starts[after] = starts[after] + 1;
        }
        for (let s = 0; s < seriesCount; s++)
            starts[s + 1] = starts[s + 1] + starts[s];
        const next = starts.slice(0, seriesCount);
        const order = new Int32Array(this.length);
        for (let i = 0; i < this.length; i++) {
            const s = this.series[i];
            const at = next[s];
            order[at] = i;
            next[s] = at + 1;
        }
        return { order, starts };
    }
    grow() {
        const size = this.values.length * 2;
        this.series = grown(this.series, new Int32Array(size));
        this.values = grown(this.values, new Float64Array(size));
        this.iterations = grown(this.iterations, new Float64Array(size));
        this.configs = grown(this.configs, new Int32Array(size));
        this.lines = grown(this.lines, new Int32Array(size));
    }
}
/** The log's first length (about 100 KiB in all): a small file fits; a big one doubles it a few times. */
const INITIAL_LOG_SIZE = 4096;
function grown(from, to) {
    to.set(from);
    return to;
}
class GoBenchReader {
    file;
    progress;
    warnings = [];
    series = [];
    log = new SampleLog();
    /** package ('' for none) → printed name → benchmark */
    index = new Map();
    units = new Map();
    pkg;
    /** Every benchfmt configuration (`note: before`, `goos: linux`, … but pkg) seen; `config` is the one in force. */
    configs = [new Map()];
    config = 0;
    /** Keys a benchmark printed itself (between its name and its numbers): its output, not a configuration. */
    outputKeys = new Set();
    /** Benchmarks that printed `--- FAIL`, for the error when no benchmark gave a result. */
    failedBenchmarks = [];
    firstFailureLine;
    pending;
    /** The benchmark of the last result line: with -count=N the next line is usually the same one. */
    last;
    /**
     * The identity of the previous result, and its iterations: handed on to the next result of the same
     * benchmark (its other units), which saves ~45 MB a side at 300k series.
     */
    shared;
    lastIterations;
    // The measurements of the line being read (unit k spans unitStarts[k]..unitEnds[k]), reused from line to line.
    iterations = 0;
    measured = 0;
    values = [];
    unitStarts = [];
    unitEnds = [];
    constructor(file, progress) {
        this.file = file;
        this.progress = progress;
    }
    /**
     * Reads one text stream. `lineNumbers[i]` is where the i-th line came from (test2json events);
     * `pkg` the package the stream belongs to, until a `pkg:` line says otherwise.
     */
    readText(text, lineNumbers, pkg) {
        this.pkg = pkg;
        this.config = 0;
        this.pending = undefined;
        let index = 0;
        for (let start = 0; start < text.length; index++) {
            let end = text.indexOf('\n', start);
            if (end < 0)
                end = text.length;
            const lineEnd = end > start && text.charCodeAt(end - 1) === CARRIAGE_RETURN ? end - 1 : end;
            this.readLine(text.slice(start, lineEnd), lineNumbers ? (lineNumbers[index] ?? 0) : index + 1);
            this.progress?.(this.series.length);
            start = end + 1;
        }
    }
    warn(line, message) {
        this.warnings.push({ file: this.file, line, message });
    }
    /** One result per series and configuration: the configuration keys that vary tell them apart. */
    results() {
        const { order, starts } = this.log.samplesBySeries(this.series.length);
        const used = new Set();
        for (let i = 0; i < order.length; i++)
            used.add(this.log.configs[order[i]]);
        const varying = varyingKeys([...used].map((k) => this.configs[k])).filter((key) => !this.outputKeys.has(key));
        const split = new ConfigSplit(this.log, this.configs, varying);
        const results = [];
        for (const series of this.series) {
            const samples = order.subarray(starts[series.index], starts[series.index + 1]);
            for (const part of split.parts(samples))
                results.push(this.toResult(series, part));
            // A result holds more than the series it is made from: the heap can fill up here too.
            this.progress?.(results.length);
        }
        return results;
    }
    readLine(line, lineNo) {
        const first = line.charCodeAt(0);
        if (first === UPPER_B && line.startsWith('Benchmark')) {
            this.readBenchmarkLine(line, lineNo);
        }
        else if (this.pending?.awaitsResult && isDigit(line.charCodeAt(skipSpace(line, 0)))) {
            // The benchmark wrote to stdout after Go printed its name: the numbers come on a line of their own.
            const { name } = this.pending;
            if (this.parseMeasurements(line, skipSpace(line, 0)) === undefined) {
                this.record(this.benchmarkNamed(name, name.length), line, lineNo);
            }
        }
        else if (first === UPPER_U && isFieldAt(line, 0, 'Unit')) {
            this.readUnitLine(line, lineNo);
        }
        else if (isLowerAscii(first)) {
            this.readLowerCaseLine(line, lineNo);
        }
        else {
            this.readStatusLine(line, lineNo);
        }
    }
    /** `BenchmarkX-2  <iters>  <value> <unit>…`, a bare name (-v, -json), or a name followed by a failure. */
    readBenchmarkLine(line, lineNo) {
        const nameEnd = fieldEnd(line, 0);
        const restAt = skipSpace(line, nameEnd);
        if (restAt < line.length && isDigit(line.charCodeAt(restAt))) {
            const problem = this.parseMeasurements(line, restAt);
            if (problem === undefined) {
                this.record(this.benchmarkNamed(line, nameEnd), line, lineNo);
                return;
            }
            this.warn(lineNo, `malformed result line for ${line.slice(0, nameEnd)}: ${problem}; line skipped`);
        }
        this.pending = { name: line.slice(0, nameEnd), awaitsResult: nameEnd < line.length };
        // `BenchmarkX-2  \t--- FAIL: BenchmarkX-2` or `BenchmarkX-2  \tpanic: …`: the rest is a line of its own.
        if (restAt < line.length)
            this.readLine(line.slice(restAt), lineNo);
    }
    /** Fills `iterations`, `values` and the unit spans; returns what is wrong, if anything. */
    parseMeasurements(line, at) {
        const iterationsEnd = fieldEnd(line, at);
        this.iterations = parseInteger(line, at, iterationsEnd);
        // Past 2^53 a count is no longer exact, and a 400-digit one would be stored as Infinity (null).
        if (!Number.isSafeInteger(this.iterations)) {
            return `iteration count "${line.slice(at, iterationsEnd)}" is not a whole number up to 2^53`;
        }
        this.measured = 0;
        for (let i = skipSpace(line, iterationsEnd); i < line.length;) {
            const valueEnd = fieldEnd(line, i);
            const value = parseDecimal(line, i, valueEnd);
            if (!Number.isFinite(value))
                return `"${line.slice(i, valueEnd)}" is not a number`;
            const unitAt = skipSpace(line, valueEnd);
            if (unitAt === line.length)
                return `value ${line.slice(i, valueEnd)} has no unit`;
            const unitEnd = fieldEnd(line, unitAt);
            this.values[this.measured] = value;
            this.unitStarts[this.measured] = unitAt;
            this.unitEnds[this.measured] = unitEnd;
            this.measured++;
            i = skipSpace(line, unitEnd);
        }
        return this.measured === 0 ? 'no value after the iteration count' : undefined;
    }
    /** The benchmark whose printed name is `text` up to `nameEnd`, in the current package. */
    benchmarkNamed(text, nameEnd) {
        const last = this.last;
        if (last &&
            last.pkg === this.pkg &&
            last.printedName.length === nameEnd &&
            text.startsWith(last.printedName)) {
            return last;
        }
        const printedName = detached(text.slice(0, nameEnd));
        const byName = getOrCreate(this.index, this.pkg ?? '', () => new Map());
        this.last = getOrCreate(byName, printedName, () => ({
            pkg: this.pkg,
            printedName,
            byUnit: new Map(),
            columns: [],
        }));
        return this.last;
    }
    record(benchmark, line, lineNo) {
        this.pending = undefined;
        for (let k = 0; k < this.measured; k++) {
            const series = this.seriesOfColumn(benchmark, k, line);
            this.log.add(series.index, this.values[k], this.iterations, this.config, lineNo);
        }
    }
    seriesOfColumn(benchmark, k, line) {
        const unitAt = this.unitStarts[k];
        const unitEnd = this.unitEnds[k];
        const column = benchmark.columns[k];
        if (column && column.unit.length === unitEnd - unitAt && line.startsWith(column.unit, unitAt)) {
            return column;
        }
        const unit = detached(line.slice(unitAt, unitEnd));
        let series = benchmark.byUnit.get(unit);
        if (!series) {
            series = { benchmark, unit, index: this.series.length };
            benchmark.byUnit.set(unit, series);
            this.series.push(series);
        }
        benchmark.columns[k] = series;
        return series;
    }
    /** `Unit <unit> better=higher|lower assume=exact|nothing`: applies to the whole file, like in benchstat. */
    readUnitLine(line, lineNo) {
        const unitAt = skipSpace(line, 4);
        const unitEnd = fieldEnd(line, unitAt);
        if (unitAt === unitEnd) {
            this.warn(lineNo, 'Unit line without a unit; line skipped');
            return;
        }
        const unit = line.slice(unitAt, unitEnd);
        const metadata = getOrCreate(this.units, unit, () => ({}));
        for (let i = skipSpace(line, unitEnd); i < line.length;) {
            const end = fieldEnd(line, i);
            const field = line.slice(i, end);
            i = skipSpace(line, end);
            const eq = field.indexOf('=');
            if (eq <= 0) {
                this.warn(lineNo, `expected key=value after "Unit ${unit}", got "${field}"`);
                continue;
            }
            this.setUnitMetadata(metadata, unit, field.slice(0, eq), field.slice(eq + 1), lineNo);
        }
    }
    setUnitMetadata(metadata, unit, key, value, lineNo) {
        if (key !== 'better' && key !== 'assume')
            return;
        const known = metadata[key];
        if (known !== undefined && known !== value) {
            this.warn(lineNo, `${key} of unit ${unit} already set to ${known}; ${key}=${value} ignored`);
        }
        else if (key === 'better' && value !== 'higher' && value !== 'lower') {
            this.warn(lineNo, `unknown better=${value} for unit ${unit} (expected higher or lower)`);
        }
        else {
            metadata[key] = value;
        }
    }
    /** `pkg: …`, `panic: …`, `fatal error: …`; other lines starting lower case (`goos: …`, `ok  pkg`) are skipped. */
    readLowerCaseLine(line, lineNo) {
        if (line.startsWith('panic: ')) {
            this.crashed(lineNo, 'panicked', line.slice('panic: '.length));
        }
        else if (line.startsWith('fatal error: ')) {
            this.crashed(lineNo, 'crashed', line);
        }
        else if (line.startsWith('pkg:') && (line.length === 4 || isSpace(line.charCodeAt(4)))) {
            // The package scopes the names (as benchstat's .fullname does); an empty value unsets it, as in benchfmt.
            this.pkg = detached(line.slice(4).trim()) || undefined;
            this.pending = undefined;
        }
        else {
            this.readConfigLine(line);
        }
    }
    /**
     * benchfmt's other configuration lines: `key: value`, the key lower case without spaces. Results read
     * under different values of a key are different configurations (`note: before` … `note: after`), kept
     * apart as benchstat does; an empty value unsets the key.
     */
    readConfigLine(line) {
        const colon = line.indexOf(':');
        if (colon <= 0 || (colon + 1 < line.length && !isSpace(line.charCodeAt(colon + 1))))
            return;
        const key = line.slice(0, colon);
        if (!CONFIG_KEY.test(key))
            return;
        // Printed after a benchmark's name, before its numbers: the benchmark wrote it (go test -bench does).
        if (this.pending?.awaitsResult) {
            this.outputKeys.add(key);
            return;
        }
        const value = line.slice(colon + 1).trim();
        const current = this.configs[this.config];
        if ((current.get(key) ?? '') === value)
            return;
        const next = new Map(current);
        if (value === '')
            next.delete(key);
        else
            next.set(key, value);
        this.config = this.configs.push(next) - 1;
    }
    /** A panic kills the test binary: blame the benchmark that was running (its name without -N). */
    crashed(lineNo, what, detail) {
        const name = this.pending ? splitProcs(this.pending.name).name : undefined;
        const who = name ? `benchmark ${name} ${what}` : `test binary ${what}`;
        this.warn(lineNo, `${who}${this.inPackage()}: ${detail}`);
        this.pending = undefined;
    }
    /** `--- FAIL: X`, `--- SKIP: X`, `FAIL\tpkg\t1.2s`, `FAIL\tpkg [build failed]`; the rest is noise. */
    readStatusLine(line, lineNo) {
        const at = skipSpace(line, 0);
        if (line.startsWith('--- ', at)) {
            this.pending = undefined;
            const nameAt = skipSpace(line, fieldEnd(line, at + 4));
            const name = line.slice(nameAt, fieldEnd(line, nameAt));
            if (line.startsWith('--- FAIL:', at)) {
                this.warn(lineNo, failedMessage(name, this.pkg));
                if (name.startsWith('Benchmark')) {
                    this.failedBenchmarks.push(name);
                    this.firstFailureLine ??= lineNo;
                }
            }
            else if (line.startsWith('--- SKIP:', at) && name.startsWith('Benchmark')) {
                this.warn(lineNo, skippedMessage(name, this.pkg));
            }
        }
        else if (at === 0 && isFieldAt(line, 0, 'FAIL')) {
            // `FAIL` alone is the test binary's or go's summary: the `FAIL pkg` line that goes with it names the package.
            const pkgAt = skipSpace(line, 4);
            const pkg = line.slice(pkgAt, fieldEnd(line, pkgAt));
            const reason = /\[([^\]]*)\]\s*$/.exec(line)?.[1];
            if (pkg !== '')
                this.warn(lineNo, packageFailedMessage(pkg, reason));
        }
    }
    inPackage() {
        return this.pkg ? ` in ${this.pkg}` : '';
    }
    toResult(series, part) {
        const { name, procs, suite, params } = this.sharedOf(series.benchmark, part);
        const metadata = this.units.get(series.unit);
        return {
            id: seriesId(suite, series.benchmark.printedName, series.unit),
            name,
            ...(suite ? { suite } : {}),
            ...(params ? { params } : {}),
            unit: series.unit,
            direction: directionOf(series.unit, metadata),
            ...sampleSummary(part.samples),
            extra: {
                ...(procs !== undefined ? { procs } : {}),
                iterations: this.sharedIterations(part.iterations),
                ...(metadata?.assume !== undefined ? { assume: metadata.assume } : {}),
            },
            source: { file: this.file, line: part.line },
        };
    }
    /**
     * What the unit series of one benchmark in one configuration have in common, worked out once for all
     * of them: they come one after another (the columns of its result lines).
     */
    sharedOf(benchmark, part) {
        const last = this.shared;
        if (last?.benchmark === benchmark && last.configKey === part.key)
            return last;
        const { name, procs } = splitProcs(benchmark.printedName);
        const configText = part.config.map(([key, value]) => `${key}=${value}`).join(' ');
        const suite = [benchmark.pkg, configText].filter((text) => text).join(' ') || undefined;
        const params = { ...paramsOf(name), ...Object.fromEntries(part.config) };
        this.shared = {
            benchmark,
            configKey: part.key,
            name,
            procs,
            suite,
            params: Object.keys(params).length > 0 ? params : undefined,
        };
        return this.shared;
    }
    /** The previous result's iterations when equal: a line's units have the same ones, kept once. */
    sharedIterations(iterations) {
        const previous = this.lastIterations;
        if (previous && sameNumbers(previous, iterations))
            return previous;
        this.lastIterations = iterations;
        return iterations;
    }
}
function sameNumbers(a, b) {
    if (a.length !== b.length)
        return false;
    for (let i = 0; i < a.length; i++)
        if (a[i] !== b[i])
            return false;
    return true;
}
/** A benchfmt configuration key: starts lower case, no spaces, no upper case (`note`, `goos`, `commit-date`). */
const CONFIG_KEY = /^[a-z][^\sA-Z]*$/;
/** Lines that look like configuration but are Go's own messages. */
const NOT_CONFIG = new Set(['panic', 'ok', 'exit status']);
/**
 * A series' samples per configuration, as projected on the `varying` keys, in file order: one part when
 * no key varies (the usual file), else one per configuration (benchstat's `note: before` … `note: after`).
 */
class ConfigSplit {
    log;
    configs;
    varying;
    /** Per configuration in the file, its projection: worked out once, not per sample. */
    projections = new Map();
    constructor(log, configs, varying) {
        this.log = log;
        this.configs = configs;
        this.varying = varying;
    }
    /** `samples`: the series' indexes in the log, in file order. */
    parts(samples) {
        const { log } = this;
        if (samples.length === 0)
            return [];
        // The usual file: one part, without a projection per sample.
        if (this.varying.length === 0) {
            const line = log.lines[samples[0]];
            return [
                {
                    key: '',
                    config: [],
                    samples: gather(log.values, samples),
                    iterations: gather(log.iterations, samples),
                    line,
                },
            ];
        }
        const parts = new Map();
        for (const i of samples) {
            const { key, config } = this.projection(log.configs[i]);
            let part = parts.get(key);
            if (!part) {
                part = { key, config, samples: [], iterations: [], line: log.lines[i] };
                parts.set(key, part);
            }
            part.samples.push(log.values[i]);
            part.iterations.push(log.iterations[i]);
        }
        return [...parts.values()];
    }
    projection(index) {
        return getOrCreate(this.projections, index, () => {
            const config = this.configs[index];
            const projected = this.varying.map((key) => [key, config.get(key) ?? '']);
            return { key: projected.map(([k, v]) => `${k}=${v}`).join('\n'), config: projected };
        });
    }
}
/** The values at `indexes`, as a plain array of exactly that length. */
function gather(values, indexes) {
    const out = new Array(indexes.length);
    for (let k = 0; k < indexes.length; k++)
        out[k] = values[indexes[k]];
    return out;
}
/** Keys whose value (or absence) is not the same in every configuration: only these tell series apart. */
function varyingKeys(configs) {
    const keys = new Set(configs.flatMap((config) => [...config.keys()]));
    return [...keys].filter((key) => !NOT_CONFIG.has(key) && new Set(configs.map((config) => config.get(key))).size > 1);
}
function directionOf(unit, metadata) {
    if (metadata?.better === 'higher')
        return 'bigger';
    if (metadata?.better === 'lower')
        return 'smaller';
    return directionOfUnit(unit);
}
function failedMessage(name, pkg) {
    return `${name.startsWith('Benchmark') ? 'benchmark' : 'test'} ${name} failed${pkg ? ` in ${pkg}` : ''}`;
}
function skippedMessage(name, pkg) {
    return `benchmark ${name} skipped${pkg ? ` in ${pkg}` : ''}`;
}
function packageFailedMessage(pkg, reason) {
    if (reason === 'build failed')
        return `package ${pkg} failed to build`;
    return `package ${pkg} failed${reason ? ` (${reason})` : ''}`;
}
/**
 * Splits Go's GOMAXPROCS suffix off a printed name: `BenchmarkX/n=4-8` → `BenchmarkX/n=4` and 8.
 * Go appends `-N` only when GOMAXPROCS > 1; a trailing `-<digits>` right after `=`, `/` or `-` is part of
 * a sub-benchmark name (`BenchmarkX/n=-2`), not a suffix.
 */
function splitProcs(printed) {
    let i = printed.length;
    while (i > 0 && isDigit(printed.charCodeAt(i - 1)))
        i--;
    const dash = i - 1;
    if (i === printed.length || dash < 1 || printed.charCodeAt(dash) !== DASH)
        return { name: printed };
    const before = printed.charCodeAt(dash - 1);
    if (before === EQUALS || before === SLASH || before === DASH)
        return { name: printed };
    return { name: printed.slice(0, dash), procs: Number(printed.slice(i)) };
}
/** `BenchmarkCSV/format=csv/cols=4/rows=1` → {format: 'csv', cols: '4', rows: '1'}; positional parts are skipped. */
function paramsOf(name) {
    let params;
    const parts = name.split('/');
    for (let k = 1; k < parts.length; k++) {
        const part = parts[k];
        const eq = part.indexOf('=');
        if (eq <= 0)
            continue;
        params ??= {};
        params[part.slice(0, eq)] = part.slice(eq + 1);
    }
    return params;
}
/**
 * Joins the `Output` of each package and reads it as text. Lines that are not JSON (Go 1.19 prints
 * `FAIL pkg [build failed]` as plain text) form a stream of their own. `fail`/`skip` events become
 * warnings unless the text already said the same.
 */
function readTest2Json(file, reader) {
    const streams = new Map();
    const eventWarnings = [];
    const text = file.text;
    for (let start = 0, lineNo = 1; start < text.length; lineNo++) {
        let end = text.indexOf('\n', start);
        if (end < 0)
            end = text.length;
        const line = text.slice(start, end).trim();
        start = end + 1;
        if (line === '')
            continue;
        const event = parseEvent(line);
        if (!event) {
            appendOutput(streamOf(streams, undefined), `${line}\n`, lineNo);
        }
        else if (event.Action === 'output' && typeof event.Output === 'string') {
            appendOutput(streamOf(streams, stringOrUndefined(event.Package)), event.Output, lineNo);
        }
        else {
            const message = eventWarning(event);
            if (message)
                eventWarnings.push({ line: lineNo, message });
        }
    }
    for (const stream of streams.values()) {
        reader.readText(stream.chunks.join(''), stream.lineNumbers, stream.pkg);
    }
    const said = new Set(reader.warnings.map((warning) => warning.message));
    for (const { line, message } of eventWarnings) {
        if (!said.has(message))
            reader.warn(line, message);
        said.add(message);
    }
    reader.warnings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
function parseEvent(line) {
    if (!line.startsWith('{'))
        return undefined;
    try {
        const value = JSON.parse(line);
        return typeof value === 'object' && value !== null && !Array.isArray(value)
            ? value
            : undefined;
    }
    catch {
        return undefined;
    }
}
function eventWarning(event) {
    const pkg = stringOrUndefined(event.Package);
    const test = stringOrUndefined(event.Test);
    if (event.Action === 'fail') {
        if (test)
            return failedMessage(test, pkg);
        if (pkg)
            return packageFailedMessage(pkg, event.FailedBuild ? 'build failed' : undefined);
    }
    if (event.Action === 'skip' && test?.startsWith('Benchmark'))
        return skippedMessage(test, pkg);
    return undefined;
}
function streamOf(streams, pkg) {
    // Package names never contain a newline: it keys the stream of non-JSON lines.
    return getOrCreate(streams, pkg ?? '\n', () => ({ pkg, chunks: [], lineNumbers: [], atLineStart: true }));
}
/** test2json may split one text line over several events: a line's number is where it started. */
function appendOutput(stream, output, lineNo) {
    if (output === '')
        return;
    if (stream.atLineStart)
        stream.lineNumbers.push(lineNo);
    for (let nl = output.indexOf('\n'); nl >= 0 && nl < output.length - 1; nl = output.indexOf('\n', nl + 1)) {
        stream.lineNumbers.push(lineNo);
    }
    stream.atLineStart = output.endsWith('\n');
    stream.chunks.push(output);
}
// ---------------------------------------------------------------------------------------------
// Small scanning helpers (char codes, no allocation)
const NEWLINE = 10;
const CARRIAGE_RETURN = 13;
const UPPER_B = 66;
const UPPER_U = 85;
const DASH = 45;
const SLASH = 47;
const EQUALS = 61;
const DOT = 46;
function isSpace(c) {
    return c === 32 || c === 9 || c === 13 || c === 11 || c === 12;
}
function isDigit(c) {
    return c >= 48 && c <= 57;
}
function isLowerAscii(c) {
    return c >= 97 && c <= 122;
}
function skipSpace(s, i) {
    while (i < s.length && isSpace(s.charCodeAt(i)))
        i++;
    return i;
}
function fieldEnd(s, i) {
    while (i < s.length && !isSpace(s.charCodeAt(i)))
        i++;
    return i;
}
/** Whether `word` is the whole field starting at `at`. */
function isFieldAt(s, at, word) {
    return s.startsWith(word, at) && (s.length === at + word.length || isSpace(s.charCodeAt(at + word.length)));
}
/** A run of ASCII digits as a number (exact up to 2^53), NaN for anything else. */
function parseInteger(s, start, end) {
    if (start === end)
        return Number.NaN;
    let value = 0;
    for (let i = start; i < end; i++) {
        const c = s.charCodeAt(i);
        if (!isDigit(c))
            return Number.NaN;
        value = value * 10 + (c - 48);
    }
    return value <= Number.MAX_SAFE_INTEGER ? value : Number(s.slice(start, end));
}
const POWERS_OF_TEN = Array.from({ length: 16 }, (_, k) => 10 ** k);
/**
 * A decimal number like Go prints them (`123`, `0.2993`, `1.2e-05`), NaN if the text is not one.
 * Up to 15 digits without exponent, digits/10^k is exact in both operands, so the division gives the
 * same correctly rounded double as Number(); everything else goes through Number().
 */
function parseDecimal(s, start, end) {
    let mantissa = 0;
    let digits = 0;
    let decimals = -1;
    for (let i = start; i < end; i++) {
        const c = s.charCodeAt(i);
        if (isDigit(c)) {
            mantissa = mantissa * 10 + (c - 48);
            digits++;
            if (decimals >= 0)
                decimals++;
        }
        else if (c === DOT && decimals < 0) {
            decimals = 0;
        }
        else {
            return slowDecimal(s.slice(start, end));
        }
    }
    if (digits === 0)
        return Number.NaN;
    if (digits > 15)
        return slowDecimal(s.slice(start, end));
    return decimals > 0 ? mantissa / POWERS_OF_TEN[decimals] : mantissa;
}
function slowDecimal(text) {
    return DECIMAL.test(text) ? Number(text) : Number.NaN;
}
function stringOrUndefined(value) {
    return typeof value === 'string' && value !== '' ? value : undefined;
}
function getOrCreate(map, key, create) {
    let value = map.get(key);
    if (value === undefined) {
        value = create();
        map.set(key, value);
    }
    return value;
}

/**
 * Google Benchmark's console output (`--benchmark_format=console`, the default) as the entries its
 * JSON would hold, so both shapes go through one reader (googlebenchmark.ts):
 *   BM_Sort/64            534 ns    176 ns   3945326 bytes_per_second=1.3557G/s   (one repetition)
 *   BM_Sort/64_mean       557 ns    176 ns         3 bytes_per_second=1.35195G/s  (aggregate; 3 = repetitions)
 *   BM_Sort/64_cv        3.55 %    0.25 %          3 bytes_per_second=0.25%
 *   BM_Sort_BigO         8.65 NlgN 2.36 NlgN                                       (complexity)
 *   BM_SkipsWithError    ERROR OCCURRED: 'simulated failure'
 * The console rounds to about 3 significant digits. Counter prefixes are SI (k = 1000), except for
 * bytes_per_second, which Google Benchmark prints with k = 1024 (SetBytesProcessed's kIs1024) while
 * writing `G/s`; percentages (`_cv`) become fractions, as in the JSON.
 */
const HEADER$1 = /^-{10,}\n\s*Benchmark\s+Time\s+CPU\s+Iterations[^\n]*\n-{10,}$/m;
const TIME_UNITS = new Set(['ns', 'us', 'ms', 's']);
const AGGREGATE = /^(.+)_(mean|median|stddev|cv)$/;
const COMPLEXITY = /^(.+)_(BigO|RMS)$/;
const BIG_PREFIXES = 'kMGTPEZY';
const SMALL_PREFIXES = { m: 1e-3, u: 1e-6, n: 1e-9, p: 1e-12 };
function looksLikeGoogleBenchmarkConsole(text) {
    return HEADER$1.test(stripColors(text.slice(0, 64 * 1024)));
}
function consoleEntries(file) {
    const text = stripColors(file.text);
    const header = HEADER$1.exec(text);
    if (!header)
        throw inputError(file.path, 'expected the "Benchmark  Time  CPU  Iterations" header');
    const first = text.slice(0, header.index + header[0].length).split('\n').length + 1;
    // --benchmark_counters_tabular prints counters as unnamed columns: refused rather than misread.
    if (/Iterations[ \t]+\S/.test(header[0]))
        throw inputError(file.path, 'counters printed as columns (--benchmark_counters_tabular) are not read; write --benchmark_format=json', { line: first - 2 });
    const out = [];
    text
        .slice(header.index + header[0].length + 1)
        .split('\n')
        .forEach((raw, i) => {
        const line = raw.trim();
        if (line === '' || /^-+$/.test(line))
            return;
        out.push({ entry: consoleEntry(file, line, first + i), at: `line ${first + i}` });
    });
    return out;
}
function consoleEntry(file, line, at) {
    const fail = (what) => {
        throw inputError(file.path, `expected ${what} in "${line}"`, { line: at });
    };
    const error = /^(\S+)\s+ERROR OCCURRED: '(.*)'$/.exec(line);
    if (error)
        return { name: detached(error[1] ?? ''), error_occurred: true, error_message: error[2] };
    const [name = '', ...tokens] = line.split(/\s+/);
    const complexity = COMPLEXITY.exec(name);
    if (complexity) {
        const [real = '', realUnit = '', cpu = '', cpuUnit = ''] = tokens;
        const percent = (unit) => (unit === '%' ? 100 : 1);
        return {
            name: detached(name),
            run_name: detached(complexity[1] ?? ''),
            run_type: 'aggregate',
            aggregate_name: complexity[2],
            real_time: withoutFloatNoise(number(real) / percent(realUnit)),
            cpu_time: withoutFloatNoise(number(cpu) / percent(cpuUnit)),
            ...(complexity[2] === 'BigO' ? { big_o: realUnit } : {}),
        };
    }
    const [real = '', realUnit = '', cpu = '', cpuUnit = '', iterations = '', ...rest] = tokens;
    const aggregate = AGGREGATE.exec(name);
    const percent = aggregate?.[2] === 'cv' && realUnit === '%' && cpuUnit === '%';
    if (!percent && (!TIME_UNITS.has(realUnit) || realUnit !== cpuUnit))
        fail('a time like "534 ns" and a CPU time');
    if (![real, cpu, iterations].every((x) => Number.isFinite(number(x))))
        fail('numbers for time, CPU and iterations');
    const scale = percent ? 100 : 1;
    const entry = {
        name: detached(name),
        run_name: detached(aggregate ? (aggregate[1] ?? '') : name),
        run_type: aggregate ? 'aggregate' : 'iteration',
        ...(aggregate ? { aggregate_name: aggregate[2], repetitions: number(iterations) } : {}),
        ...(aggregate ? {} : { iterations: number(iterations) }),
        // withoutFloatNoise: 1.86 % is the 0.0186 the tool printed, not 0.018600000000000002.
        real_time: withoutFloatNoise(number(real) / scale),
        cpu_time: withoutFloatNoise(number(cpu) / scale),
        ...(percent ? { aggregate_unit: 'percentage' } : { time_unit: realUnit }),
    };
    const label = [];
    for (const token of rest) {
        const counter = /^([^=]+)=(.+)$/.exec(token);
        const value = counter ? counterValue(counter[2] ?? '', counter[1] === 'bytes_per_second') : Number.NaN;
        if (counter && Number.isFinite(value))
            entry[detached(counter[1] ?? '')] = value;
        else
            label.push(token);
    }
    if (label.length > 0)
        entry.label = detached(label.join(' '));
    return entry;
}
/** `1.3557G/s`, `2.112k`, `36`, `0.25%` as the number the JSON would hold. */
function counterValue(text, binary) {
    const m = /^(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)([kMGTPEZY]|[munp])?(\/s)?(%)?$/.exec(text);
    if (!m)
        return Number.NaN;
    const prefix = m[2] ?? '';
    const big = prefix === '' ? -1 : BIG_PREFIXES.indexOf(prefix);
    const factor = big >= 0 ? (binary ? 1024 : 1000) ** (big + 1) : (SMALL_PREFIXES[prefix] ?? 1);
    return m[4] ? withoutFloatNoise(Number(m[1]) / 100) : Number(m[1]) * factor;
}
function number(text) {
    return /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/.test(text) ? Number(text) : Number.NaN;
}

/**
 * The `googlebenchmark` format (github-action-benchmark's `googlecpp`): Google Benchmark's
 * `--benchmark_format=json` (or `--benchmark_out=FILE --benchmark_out_format=json`) output,
 * `{"context": {…}, "benchmarks": [{name, run_name, run_type, repetitions, real_time, cpu_time, time_unit, …}]}`,
 * or its console output, read as the same entries (googlebenchmark-console.ts).
 *
 * - One time series per `run_name`, in its `time_unit`: the samples are the `real_time` of each
 *   `iteration` entry (one per repetition, `--benchmark_repetitions=N`); `cpu_time` and `iterations` go
 *   to `extra` as arrays parallel to the samples.
 * - The aggregates (`_mean`, `_median`, `_stddev`, `_cv`) are used only when there are no iteration
 *   entries to compute them from (`--benchmark_report_aggregates_only=true`): value = the median, n =
 *   `repetitions`. With iterations they are kept in `extra.aggregates`.
 * - Counters are their own series: `bytes_per_second` (`B/s`) and `items_per_second` (`items/s`) are
 *   bigger-is-better; a user counter (`state.counters["x"]`) is a series in unit `x`, bigger-is-better
 *   when its name says a rate (`…_per_second`, `…_rate`), else smaller, flagged `extra.assumedDirection`
 *   since the JSON does not say.
 * - `BigO` / `RMS` entries of a family (`Complexity()`) are kept in `extra.complexity` of its series.
 * - An entry with `error_occurred` is a warning naming its `error_message`.
 */
const EXPECTED$b = 'Google Benchmark JSON ({"context": {...}, "benchmarks": [...]}, --benchmark_format=json)';
const HEAD$1 = /^\s*\{\s*"context"\s*:\s*\{/;
/** Fields of an entry that are not counters. */
const KNOWN_FIELDS = new Set([
    'name',
    'run_name',
    'run_type',
    'repetitions',
    'repetition_index',
    'threads',
    'iterations',
    'real_time',
    'cpu_time',
    'time_unit',
    'aggregate_name',
    'aggregate_unit',
    'family_index',
    'per_family_instance_index',
    'error_occurred',
    'error_message',
    'label',
]);
const RATE_COUNTERS = { bytes_per_second: 'B/s', items_per_second: 'items/s' };
function looksLikeGoogleBenchmark(text) {
    return ((HEAD$1.test(text) && text.includes('"benchmarks"') && text.includes('"time_unit"')) ||
        looksLikeGoogleBenchmarkConsole(text));
}
function parseGoogleBenchmark(file) {
    if (looksLikeGoogleBenchmarkConsole(file.text))
        return readEntries(file, consoleEntries(file));
    const doc = parseJsonText(file, EXPECTED$b);
    if (!isObject(doc) || !Array.isArray(doc.benchmarks))
        throw inputError(file.path, `expected ${EXPECTED$b}`, { path: '$' });
    return readEntries(file, doc.benchmarks.map((entry, i) => ({ entry, at: `$.benchmarks[${i}]` })));
}
/** The benchmark entries of either shape, each with where it was read (`$.benchmarks[3]`, `line 14`). */
function readEntries(file, entries) {
    const out = { results: [], warnings: [] };
    const runs = new Map();
    const complexity = new Map();
    // A failing benchmark fails every repetition: one warning per benchmark.
    const failed = new Set();
    for (const { entry, at } of entries) {
        if (!isObject(entry))
            throw inputError(file.path, 'expected a benchmark object', { path: at });
        const name = typeof entry.run_name === 'string' ? entry.run_name : entry.name;
        if (typeof name !== 'string')
            throw inputError(file.path, 'expected "name" string', { path: `${at}.name` });
        if (entry.error_occurred === true) {
            const reason = String(entry.error_message ?? 'error_occurred');
            if (!failed.has(name))
                out.warnings.push({
                    file: file.path,
                    message: `${at}: benchmark ${name} failed: ${reason}; it has no result`,
                });
            failed.add(name);
            continue;
        }
        const aggregate = typeof entry.aggregate_name === 'string' ? entry.aggregate_name : undefined;
        if (aggregate === 'BigO' || aggregate === 'RMS') {
            const { name: _, run_name: __, ...rest } = entry;
            complexity.set(name, { ...complexity.get(name), [aggregate]: rest });
            continue;
        }
        const run = runs.get(name) ?? { name, iterations: [], aggregates: new Map(), complexity: {} };
        runs.set(name, run);
        if (entry.run_type === 'aggregate' && aggregate)
            run.aggregates.set(aggregate, entry);
        else
            run.iterations.push(readTimes$1(file, entry, at));
    }
    for (const run of runs.values()) {
        const family = [...complexity].find(([fam]) => run.name.startsWith(`${fam}/`))?.[1];
        for (const r of runSeries(file, run, family))
            out.results.push(r);
    }
    if (out.results.length === 0) {
        const why = out.warnings[0] ? ` (${out.warnings[0].message})` : '';
        throw inputError(file.path, `no benchmark results${why}; expected ${EXPECTED$b}`);
    }
    return out;
}
function readTimes$1(file, entry, at) {
    for (const key of ['real_time', 'cpu_time']) {
        if (!isFiniteNumber(entry[key]))
            throw inputError(file.path, 'expected a number', { path: `${at}.${key}` });
    }
    if (typeof entry.time_unit !== 'string') {
        throw inputError(file.path, 'expected "time_unit" string', { path: `${at}.time_unit` });
    }
    return entry;
}
/** The time series and one series per counter of one benchmark. */
function runSeries(file, run, complexity) {
    const first = run.iterations[0] ?? [...run.aggregates.values()][0];
    if (!first)
        return [];
    const unit = String(first.time_unit);
    const common = {
        name: run.name,
        source: { file: file.path },
        extra: {
            threads: first.threads,
            ...(run.iterations.length > 0 ? { iterations: run.iterations.map((e) => e.iterations) } : {}),
            ...(complexity ? { complexity } : {}),
            ...(typeof first.label === 'string' ? { label: first.label } : {}),
        },
    };
    const time = series(common, unit, 'smaller', run, (e) => e.real_time);
    if (time && run.iterations.length > 0)
        time.extra = { ...time.extra, cpuTime: run.iterations.map((e) => e.cpu_time) };
    const cpuAggregates = aggregatesOf(run, (e) => e.cpu_time);
    if (time && cpuAggregates)
        time.extra = { ...time.extra, cpuTimeAggregates: cpuAggregates };
    const counters = Object.keys(first).filter((key) => !KNOWN_FIELDS.has(key) && isFiniteNumber(first[key]));
    const counterSeries = counters.map((key) => {
        const rateUnit = RATE_COUNTERS[key];
        const looksLikeRate = /(_per_second|_rate|PerSecond|Rate)$/.test(key);
        const direction = rateUnit || looksLikeRate ? 'bigger' : 'smaller';
        const s = series(common, rateUnit ?? key, direction, run, (e) => e[key]);
        if (s && !rateUnit)
            s.extra = { ...s.extra, counter: key, assumedDirection: true };
        return s;
    });
    return [time, ...counterSeries].filter((s) => s !== undefined);
}
/** `{mean, median, stddev, cv}` as Google Benchmark reported them for one metric, if it did. */
function aggregatesOf(run, read) {
    const values = [...run.aggregates].map(([name, entry]) => [name, read(entry)]);
    const kept = values.filter(([, value]) => isFiniteNumber(value));
    return kept.length > 0 ? Object.fromEntries(kept) : undefined;
}
/** Samples from the iteration entries, else the aggregates (median as value, n = repetitions). */
function series(common, unit, direction, run, read) {
    const base = { id: seriesId(undefined, common.name, unit), name: common.name, unit, direction };
    const values = run.iterations.map(read).filter((v) => isFiniteNumber(v));
    if (values.length > 0) {
        // The tool's own aggregates of the samples are kept as reported, next to the ones computed from them.
        const aggregates = aggregatesOf(run, read);
        const extra = { ...common.extra, ...(aggregates ? { aggregates } : {}) };
        return { ...base, ...sampleSummary(values), extra, source: common.source };
    }
    const agg = (name) => {
        const entry = run.aggregates.get(name);
        const value = entry ? read(entry) : undefined;
        return isFiniteNumber(value) ? value : undefined;
    };
    const mean = agg('mean');
    const middle = agg('median') ?? mean;
    if (middle === undefined)
        return undefined;
    const repetitions = run.aggregates.get('median')?.repetitions ?? run.aggregates.get('mean')?.repetitions;
    const stddev = agg('stddev');
    const cv = agg('cv');
    return {
        ...base,
        n: isFiniteNumber(repetitions) ? repetitions : 1,
        value: middle,
        ...(mean !== undefined ? { mean } : {}),
        ...(agg('median') !== undefined ? { median: middle } : {}),
        ...(stddev !== undefined ? { stddev } : {}),
        extra: { ...common.extra, ...(cv !== undefined ? { cv } : {}) },
        source: common.source,
    };
}

/**
 * The `hey` format: what `hey -z 30s -c 8 URL` prints: `Summary:` (Total, Slowest, Fastest, Average,
 * `Requests/sec:`), a histogram, `Latency distribution:` (`99% in 0.0088 secs`), `Status code
 * distribution:` (`[500] 59 responses`) and, when requests failed, `Error distribution:` (`[20] Get …`).
 *
 * hey does not print the URL, so its series are named `hey`: one target per run (a second file of
 * the same run is ignored with a warning, pool.ts; use wrk or ab to name several targets). Throughput,
 * p50/p90/p95/p99 in ms (p10, p25, p75 in extra) and errors = answers outside 2xx/3xx + failed
 * requests (load-test.ts).
 */
const EXPECTED$a = 'hey output ("Summary:" … "Requests/sec:" … "Latency distribution:")';
const HEAD = /^Summary:\s*\n\s+Total:\s+\S+ secs\s*\n\s+Slowest:\s+\S+ secs/m;
function looksLikeHey(text) {
    return HEAD.test(text.slice(0, 64 * 1024));
}
function parseHey(file) {
    const start = HEAD.exec(file.text);
    if (!start)
        throw inputError(file.path, `no "Summary:" block found; expected ${EXPECTED$a}`);
    const run = {
        target: 'hey',
        requestsPerSecond: Number.NaN,
        latencyMs: {},
        errors: 0,
        errorParts: {},
        line: file.text.slice(0, start.index).split('\n').length,
    };
    let section = '';
    const sections = new Set();
    file.text.split('\n').forEach((raw, i) => {
        const line = raw.trimEnd();
        if (/^\S.*:$/.test(line)) {
            section = line;
            sections.add(line);
        }
        else
            readLine$1(file, run, section, line, i + 1);
    });
    if (!Number.isFinite(run.requestsPerSecond))
        throw inputError(file.path, `no "Requests/sec:" line; expected ${EXPECTED$a}`);
    // hey prints its sections in one order, the status codes last but for the errors: without them the
    // output stopped early, and its percentiles may be missing.
    if (!sections.has('Status code distribution:'))
        throw inputError(file.path, `no "Status code distribution:" section (output cut short?); expected ${EXPECTED$a}`);
    return { results: loadTestSeries(file, run), warnings: [] };
}
function readLine$1(file, run, section, line, at) {
    const number = (text, what) => {
        const value = loadNumber(text ?? '');
        if (!Number.isFinite(value))
            throw inputError(file.path, `expected a number for ${what}, got "${text}"`, { line: at });
        return value;
    };
    let m = /^\s+Requests\/sec:\s+(\S+)$/.exec(line);
    if (section === 'Summary:' && m) {
        run.requestsPerSecond = number(m[1], 'Requests/sec');
        return;
    }
    m = /^\s+(\d+(?:\.\d+)?)% in (\S+) secs$/.exec(line);
    if (section === 'Latency distribution:' && m) {
        run.latencyMs[m[1] ?? ''] = withoutFloatNoise(number(m[2], `the ${m[1]}% latency`) * 1000);
        return;
    }
    m = /^\s+\[(\d+)\]\s+(\d+) responses$/.exec(line);
    if (section === 'Status code distribution:' && m) {
        const status = Number(m[1]);
        if (status >= 200 && status < 400)
            return;
        const count = number(m[2], `status ${status}`);
        run.errorParts[`status-${status}`] = count;
        run.errors += count;
        return;
    }
    m = /^\s+\[(\d+)\]\s+\S/.exec(line);
    if (section === 'Error distribution:' && m) {
        const count = number(m[1], 'an error count');
        run.errorParts['request-errors'] = (run.errorParts['request-errors'] ?? 0) + count;
        run.errors += count;
    }
}

/**
 * The `hyperfine` format: `hyperfine --export-json FILE`, `{"results": [{command, mean, stddev, median,
 * user, system, min, max, times, exit_codes, parameters?, memory_usage_byte?}]}`.
 *
 * One `s` series per command (its `-n` name when given, as hyperfine writes it into `command`): samples =
 * `times` (wall-clock seconds per run), params = `parameters` of `--parameter-scan`/`-L`. Newer hyperfine
 * records `memory_usage_byte` per run: a second series in `B`. user, system and exit_codes go to `extra`;
 * runs that exited non-zero (`-i`) are a warning, since their times may measure a failure.
 */
const EXPECTED$9 = 'hyperfine --export-json output ({"results": [{"command", "times", ...}]})';
function looksLikeHyperfine(text) {
    const head = text.slice(0, 64 * 1024);
    return /^\s*\{\s*"results"\s*:\s*\[\s*\{\s*"command"\s*:/.test(head);
}
function parseHyperfine(file) {
    const doc = parseJsonText(file, EXPECTED$9);
    if (!isObject(doc) || !Array.isArray(doc.results))
        throw inputError(file.path, `expected ${EXPECTED$9}`, { path: '$' });
    const warnings = [];
    const results = doc.results.flatMap((entry, i) => readCommand(file, entry, `$.results[${i}]`, warnings));
    if (results.length === 0)
        throw inputError(file.path, `no benchmark results; expected ${EXPECTED$9}`);
    return { results, warnings };
}
function readCommand(file, entry, at, warnings) {
    if (!isObject(entry))
        throw inputError(file.path, 'expected a result object', { path: at });
    const name = entry.command;
    if (typeof name !== 'string')
        throw inputError(file.path, 'expected "command" string', { path: `${at}.command` });
    const times = numbers(file, entry, 'times', at);
    if (!times)
        throw inputError(file.path, `expected "times" array for command "${name}"`, { path: `${at}.times` });
    const params = isObject(entry.parameters)
        ? Object.fromEntries(Object.entries(entry.parameters).map(([k, v]) => [k, String(v)]))
        : undefined;
    const exitCodes = Array.isArray(entry.exit_codes) ? entry.exit_codes : [];
    const failed = exitCodes.filter((code) => code !== 0 && code !== null).length;
    if (failed > 0) {
        warnings.push({
            file: file.path,
            message: `${at}: command "${name}" exited non-zero in ${failed} of ${exitCodes.length} runs (exit codes ${[...new Set(exitCodes)].join(', ')}); its times may measure the failure`,
        });
    }
    const extra = withoutUndefined$2({
        user: entry.user,
        system: entry.system,
        exitCodes,
        reportedMean: entry.mean,
        reportedStddev: entry.stddev,
        reportedMedian: entry.median,
    });
    const base = (unit) => ({
        id: seriesId(undefined, name, unit),
        name,
        ...(params ? { params } : {}),
        unit,
        direction: 'smaller',
        source: { file: file.path },
    });
    const out = [{ ...base('s'), ...sampleSummary(times), extra }];
    const memory = numbers(file, entry, 'memory_usage_byte', at);
    if (memory)
        out.push({ ...base('B'), ...sampleSummary(memory) });
    return out;
}
function numbers(file, entry, key, at) {
    const value = entry[key];
    if (value === undefined || value === null)
        return undefined;
    if (!Array.isArray(value) || value.length === 0) {
        throw inputError(file.path, 'expected a non-empty array of numbers', { path: `${at}.${key}` });
    }
    const bad = value.findIndex((x) => !isFiniteNumber(x));
    if (bad >= 0)
        throw inputError(file.path, 'expected a number', { path: `${at}.${key}[${bad}]` });
    return value;
}
function withoutUndefined$2(obj) {
    return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined));
}

/**
 * The `jmh` format: JMH's `-rf json` result file, `[{benchmark, mode, params?, primaryMetric: {score,
 * scoreError, scoreConfidence, scorePercentiles, scoreUnit, rawData}, secondaryMetrics: {…}}]`.
 *
 * One series per benchmark (and parameter set: `name(size=10)`) in its `scoreUnit`: samples = every
 * measurement iteration of every fork (`rawData` flattened), value = their median; the direction from the
 * mode (`thrpt` is bigger-is-better; `avgt`, `sample`, `ss` smaller). The score, its error, confidence
 * interval and percentiles are kept in `extra`; each secondary metric (`·gc.alloc.rate`, …) is a series
 * of its own, smaller-is-better unless it is a throughput of the benchmark (`ops/…`).
 */
const EXPECTED$8 = 'JMH JSON (-rf json: an array of {"benchmark", "mode", "primaryMetric"})';
function looksLikeJmh(text) {
    const head = text.slice(0, 64 * 1024);
    return (/^\s*\[\s*\{\s*"jmhVersion"\s*:/.test(head) ||
        (/"primaryMetric"\s*:/.test(head) && /"benchmark"\s*:/.test(head)));
}
function parseJmh(file) {
    const doc = parseJsonText(file, EXPECTED$8);
    if (!Array.isArray(doc))
        throw inputError(file.path, `expected ${EXPECTED$8}`, { path: '$' });
    const results = doc.flatMap((entry, i) => readBenchmark$1(file, entry, `$[${i}]`));
    if (results.length === 0)
        throw inputError(file.path, `no benchmark results; expected ${EXPECTED$8}`);
    return { results, warnings: [] };
}
function readBenchmark$1(file, entry, at) {
    if (!isObject(entry) || typeof entry.benchmark !== 'string') {
        throw inputError(file.path, 'expected {"benchmark", "mode", "primaryMetric"}', { path: at });
    }
    const params = isObject(entry.params)
        ? Object.fromEntries(Object.entries(entry.params).map(([k, v]) => [k, String(v)]))
        : undefined;
    const paramText = params
        ? `(${Object.entries(params)
            .map(([k, v]) => `${k}=${v}`)
            .join(', ')})`
        : '';
    const name = `${entry.benchmark}${paramText}`;
    const mode = String(entry.mode);
    const modeDirection = mode === 'thrpt' ? 'bigger' : 'smaller';
    const settings = Object.fromEntries(Object.entries(entry).filter(([k]) => !['benchmark', 'params', 'primaryMetric', 'secondaryMetrics'].includes(k)));
    const primary = metric(file, name, params, entry.primaryMetric, `${at}.primaryMetric`, modeDirection, settings);
    const secondary = isObject(entry.secondaryMetrics) ? entry.secondaryMetrics : {};
    const others = Object.entries(secondary).map(([key, value]) => {
        const at2 = `${at}.secondaryMetrics[${JSON.stringify(key)}]`;
        const unit = isObject(value) ? String(value.scoreUnit) : '';
        const direction = unit.startsWith('ops/') ? modeDirection : 'smaller';
        return metric(file, `${name}:${key}`, params, value, at2, direction, {});
    });
    return [primary, ...others];
}
function metric(file, name, params, value, at, direction, settings) {
    if (!isObject(value))
        throw inputError(file.path, 'expected a metric object', { path: at });
    const unit = value.scoreUnit;
    if (typeof unit !== 'string')
        throw inputError(file.path, 'expected "scoreUnit" string', { path: `${at}.scoreUnit` });
    const samples = rawData(file, value, at);
    const { rawData: _, scoreUnit: __, ...scores } = value;
    const summary = samples ? sampleSummary(samples) : score(file, value, at);
    return {
        id: seriesId(undefined, name, unit),
        name,
        ...(params ? { params } : {}),
        unit,
        direction,
        ...summary,
        ...confidence(value),
        extra: { ...settings, ...scores },
        source: { file: file.path },
    };
}
/** `rawData`: one array per fork of its measurement iterations. */
function rawData(file, value, at) {
    if (!Array.isArray(value.rawData))
        return undefined;
    const flat = value.rawData.flat();
    const bad = flat.findIndex((x) => !isFiniteNumber(x));
    if (bad >= 0)
        throw inputError(file.path, 'expected arrays of numbers', { path: `${at}.rawData` });
    return flat.length > 0 ? flat : undefined;
}
function score(file, value, at) {
    if (!isFiniteNumber(value.score))
        throw inputError(file.path, 'expected a number', { path: `${at}.score` });
    return { n: 1, value: value.score, mean: value.score };
}
function confidence(value) {
    const ci = value.scoreConfidence;
    if (!Array.isArray(ci) || !isFiniteNumber(ci[0]) || !isFiniteNumber(ci[1]))
        return {};
    // JMH's score error is the half-width of its 99.9% interval.
    return { ci: { lo: ci[0], hi: ci[1], level: 0.999 } };
}

/**
 * The generic `json` format: for any tool perf-regression has no parser for. A JSON array of entries
 *
 * ```json
 * [
 *   { "name": "parse small file", "unit": "ms", "value": 1.25 },
 *   { "name": "parse size=1000", "unit": "ms", "samples": [1.31, 1.28, 1.35], "suite": "parser",
 *     "params": { "size": 1000 }, "direction": "smaller", "range": "± 0.02", "extra": { "runs": 3 } }
 * ]
 * ```
 *
 * - `name` (string), `unit` (string, as you want it printed) and exactly one of `value` (a number) or
 *   `samples` (a non-empty array of numbers, one per run) are required.
 *   With `value` the series has a single observation (n = 1), too few for a significance test; with
 *   `samples`, value = their median and n = their count.
 * - `direction`: `"smaller"` or `"bigger"` is better. Without it the unit decides: rates (`ops/s`,
 *   `MB/s`, anything `…/s`) are bigger-is-better, everything else smaller-is-better.
 * - `suite` (string) scopes the name; `params` (object; non-string values are kept as JSON text).
 * - `range` and `extra` (anything) are kept as they are, in `extra.range` and `extra.extra`; a range is
 *   never read as a standard deviation, since nothing says what it measures.
 * - The series id is `suite::name [unit]`, or `name [unit]` without a suite: params do not enter it, so
 *   put them in the name too (`sort size=100`). An id repeated in one file keeps its first entry (with
 *   a warning).
 *
 * The object form `{ "direction": "bigger", "results": [ …entries… ] }` sets the direction of every
 * entry that has none.
 *
 * Migrating from github-action-benchmark: its `customSmallerIsBetter` and `customBiggerIsBetter` files
 * (`[{name, unit, value, range?, extra?}]`) are read unchanged. The files do not say their direction, the
 * tool name does: `format: customBiggerIsBetter` (or `customSmallerIsBetter`) sets it for every entry
 * without one. Under `auto` the unit decides, as above.
 */
const EXPECTED$7 = 'a JSON array of {"name", "unit", "value" or "samples"} entries';
function looksLikeGenericJson(text) {
    const start = text.trimStart()[0];
    if ((start !== '[' && start !== '{') || !text.includes('"unit"'))
        return false;
    let root;
    try {
        root = JSON.parse(text);
    }
    catch {
        return false;
    }
    const first = Array.isArray(root) ? root[0] : isObject(root) ? firstResult(root) : undefined;
    return (isObject(first) &&
        typeof first.name === 'string' &&
        typeof first.unit === 'string' &&
        ('value' in first || 'samples' in first));
}
function firstResult(root) {
    return Array.isArray(root.results) ? root.results[0] : undefined;
}
/** `direction`: the one the format name gave (github-action-benchmark's custom*IsBetter), for entries without one. */
function parseGenericJson(file, formatDirection) {
    const list = entryList(file.path, parseJsonText(file, EXPECTED$7));
    const { entries, path } = list;
    const direction = list.direction ?? formatDirection;
    const results = [];
    const warnings = [];
    const firstPathOfId = new Map();
    entries.forEach((entry, i) => {
        const entryPath = `${path}[${i}]`;
        const result = readEntry(file.path, entry, entryPath, direction);
        const earlier = firstPathOfId.get(result.id);
        if (earlier !== undefined) {
            warnings.push({
                file: file.path,
                message: `${entryPath}: duplicate of ${earlier} (${result.id}); ignored`,
            });
            return;
        }
        firstPathOfId.set(result.id, entryPath);
        results.push(result);
    });
    return { results, warnings };
}
function entryList(file, root) {
    if (Array.isArray(root))
        return { entries: root, path: '$' };
    if (!isObject(root))
        throw inputError(file, `expected ${EXPECTED$7}`, { path: '$' });
    if (!Array.isArray(root.results)) {
        throw inputError(file, `expected ${EXPECTED$7}, or an object with a "results" array`, { path: '$' });
    }
    const list = { entries: root.results, path: '$.results' };
    if (root.direction !== undefined)
        list.direction = readDirection(file, root.direction, '$.direction');
    return list;
}
function readEntry(file, entry, path, defaultDirection) {
    if (!isObject(entry))
        throw inputError(file, 'expected an object with "name", "unit" and "value"', { path });
    const name = requiredString(file, entry, 'name', path);
    const unit = requiredString(file, entry, 'unit', path);
    const suite = entry.suite === undefined ? undefined : requiredString(file, entry, 'suite', path);
    const direction = entry.direction === undefined
        ? (defaultDirection ?? directionOfUnit(unit))
        : readDirection(file, entry.direction, `${path}.direction`);
    const result = {
        id: seriesId(suite, name, unit),
        name,
        unit,
        direction,
        ...measurement(file, entry, path),
        source: { file },
    };
    if (suite !== undefined)
        result.suite = suite;
    if (entry.params !== undefined)
        result.params = readParams(file, entry.params, `${path}.params`);
    const extra = {};
    if (entry.range !== undefined)
        extra.range = entry.range;
    if (entry.extra !== undefined)
        extra.extra = entry.extra;
    if (Object.keys(extra).length > 0)
        result.extra = extra;
    return result;
}
/** `value` → one observation; `samples` → their median over n of them. */
function measurement(file, entry, path) {
    const { value, samples } = entry;
    if (value !== undefined && samples !== undefined) {
        throw inputError(file, 'expected either "value" or "samples", not both', { path });
    }
    if (samples !== undefined) {
        const list = readSamples$1(file, samples, `${path}.samples`);
        const center = median(list);
        return { value: center, n: list.length, samples: list, median: center };
    }
    if (value === undefined)
        throw inputError(file, 'expected "value" number or "samples" array', { path });
    if (!isFiniteNumber(value))
        throw inputError(file, 'expected a finite number', { path: `${path}.value` });
    return { value, n: 1 };
}
function readSamples$1(file, samples, path) {
    if (!Array.isArray(samples) || samples.length === 0) {
        throw inputError(file, 'expected a non-empty array of numbers', { path });
    }
    const bad = samples.findIndex((x) => !isFiniteNumber(x));
    if (bad >= 0)
        throw inputError(file, 'expected a finite number', { path: `${path}[${bad}]` });
    return samples;
}
function readDirection(file, direction, path) {
    if (direction === 'smaller' || direction === 'bigger')
        return direction;
    throw inputError(file, 'expected "smaller" or "bigger"', { path });
}
function readParams(file, params, path) {
    if (!isObject(params))
        throw inputError(file, 'expected an object of parameters', { path });
    const out = {};
    for (const [key, value] of Object.entries(params)) {
        out[key] = typeof value === 'string' ? value : JSON.stringify(value);
    }
    return out;
}
function requiredString(file, entry, key, path) {
    const value = entry[key];
    if (typeof value === 'string' && value !== '')
        return value;
    throw inputError(file, `expected "${key}" string`, { path });
}

/**
 * The `julia` format: BenchmarkTools.jl's `BenchmarkTools.save(file, results)` JSON, `[{"Julia": …,
 * "BenchmarkTools": …}, [["BenchmarkGroup", {"data": {key: [type, value]}, "tags": […]}]]]`.
 *
 * One `ns` series per leaf, named by its path of group keys joined with `/` (`fib/20`): a
 * `TrialEstimate` (what `median(results)` saves) gives one value (n = 1); a `Trial` gives its `times` as
 * samples. memory (bytes), allocs, gctime and the parameters go to `extra`, the leaf's group tags too.
 */
const EXPECTED$6 = 'BenchmarkTools.save JSON ([{"Julia", "BenchmarkTools"}, [["BenchmarkGroup", {...}]]])';
function looksLikeJulia(text) {
    const head = text.slice(0, 64 * 1024);
    return /"BenchmarkTools"\s*:/.test(head) && /"BenchmarkGroup"/.test(head);
}
function parseJulia(file) {
    const doc = parseJsonText(file, EXPECTED$6);
    if (!Array.isArray(doc) || !Array.isArray(doc[1]))
        throw inputError(file.path, `expected ${EXPECTED$6}`, { path: '$' });
    const results = [];
    for (const [i, item] of doc[1].entries())
        visit(file, item, [], [], `$[1][${i}]`, results);
    if (results.length === 0)
        throw inputError(file.path, `no benchmark results; expected ${EXPECTED$6}`);
    return { results, warnings: [] };
}
/** `[type, value]` pairs all the way down: groups hold `data`, leaves are Trial or TrialEstimate. */
function visit(file, item, path, tags, at, out) {
    if (!Array.isArray(item) || typeof item[0] !== 'string' || !isObject(item[1])) {
        throw inputError(file.path, 'expected ["BenchmarkGroup" | "Trial" | "TrialEstimate", {...}]', {
            path: at,
        });
    }
    const [type, value] = item;
    if (type === 'BenchmarkGroup') {
        const groupTags = [...tags, ...(Array.isArray(value.tags) ? value.tags : [])];
        const data = isObject(value.data) ? value.data : {};
        for (const [key, child] of Object.entries(data)) {
            visit(file, child, [...path, key], groupTags, `${at}[1].data[${JSON.stringify(key)}]`, out);
        }
        return;
    }
    const name = path.join('/');
    const measured = readTimes(file, type, value, at);
    const { time: _, times: __, params, ...rest } = value;
    out.push({
        id: seriesId(undefined, name, 'ns'),
        name,
        unit: 'ns',
        direction: 'smaller',
        ...measured,
        extra: {
            type,
            ...rest,
            ...(Array.isArray(params) && isObject(params[1]) ? { parameters: params[1] } : {}),
            ...(tags.length > 0 ? { tags } : {}),
        },
        source: { file: file.path },
    });
}
function readTimes(file, type, value, at) {
    if (Array.isArray(value.times) && value.times.length > 0 && value.times.every(isFiniteNumber)) {
        return sampleSummary(value.times);
    }
    if (isFiniteNumber(value.time))
        return { n: 1, value: value.time };
    throw inputError(file.path, `expected "time" (TrialEstimate) or "times" (Trial) in a ${type}`, {
        path: `${at}[1]`,
    });
}

/**
 * The `locust` format: the `PREFIX_stats.csv` of `locust --headless --csv PREFIX …`, one row per
 * endpoint and an `Aggregated` row: `Type,Name,Request Count,Failure Count,Median Response Time,…,
 * Requests/s,Failures/s,50%,66%,75%,80%,90%,95%,98%,99%,99.9%,99.99%,100%`.
 *
 * Each row is a target named `Type Name` (`GET /work`; `Aggregated`): throughput = `Requests/s`,
 * p50/p90/p95/p99 in ms (locust rounds them; the other columns stay in extra; `N/A` when the endpoint
 * had no request), errors = `Failure Count` (load-test.ts).
 */
const HEADER = /^\uFEFF?"?Type"?,"?Name"?,"?Request Count"?,"?Failure Count"?,/;
const EXPECTED$5 = "locust's --csv PREFIX_stats.csv (header Type,Name,Request Count,Failure Count,…)";
function looksLikeLocust(text) {
    return HEADER.test(text.slice(0, 4096));
}
function parseLocust(file) {
    const lines = file.text.split(/\r?\n/);
    if (!HEADER.test(lines[0] ?? ''))
        throw inputError(file.path, `expected ${EXPECTED$5}`, { line: 1 });
    const header = splitCsv(lines[0]?.replace(/^\uFEFF/, '') ?? '');
    const column = (name) => {
        const at = header.indexOf(name);
        if (at < 0)
            throw inputError(file.path, `expected a "${name}" column; expected ${EXPECTED$5}`, { line: 1 });
        return at;
    };
    const columns = {
        type: column('Type'),
        name: column('Name'),
        requests: column('Request Count'),
        failures: column('Failure Count'),
        rate: column('Requests/s'),
    };
    const percentiles = header.flatMap((h, i) => {
        const m = /^(\d+(?:\.\d+)?)%$/.exec(h);
        return m?.[1] ? [{ p: m[1], at: i }] : [];
    });
    const results = [];
    lines.slice(1).forEach((raw, i) => {
        if (raw.trim() === '')
            return;
        const line = i + 2;
        const cells = splitCsv(raw);
        if (cells.length !== header.length)
            throw inputError(file.path, `expected ${header.length} columns, got ${cells.length}`, { line });
        const number = (at, integer = false) => {
            const value = loadNumber(cells[at] ?? '');
            if (!Number.isFinite(value) || (integer && !Number.isInteger(value)))
                throw inputError(file.path, `expected a number in column "${header[at]}", got "${cells[at]}"`, {
                    line,
                });
            return value;
        };
        const target = `${cells[columns.type] ?? ''} ${cells[columns.name] ?? ''}`.trim();
        const latencyMs = {};
        for (const { p, at } of percentiles)
            if (cells[at] !== 'N/A')
                latencyMs[p] = number(at);
        const failures = number(columns.failures, true);
        const series = loadTestSeries(file, {
            target,
            requestsPerSecond: number(columns.rate),
            latencyMs,
            errors: failures,
            errorParts: {},
            line,
            extra: { requests: number(columns.requests, true) },
        });
        for (const r of series)
            results.push(r);
    });
    if (results.length === 0)
        throw inputError(file.path, `no rows after the header; expected ${EXPECTED$5}`);
    return { results, warnings: [] };
}
/** One CSV line's cells (RFC 4180 quoting: `"a,b"`, `"say ""hi"""`), as Python's csv module writes them. */
function splitCsv(line) {
    const cells = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (quoted) {
            if (c === '"' && line[i + 1] === '"') {
                cell += '"';
                i++;
            }
            else if (c === '"')
                quoted = false;
            else
                cell += c;
        }
        else if (c === '"')
            quoted = true;
        else if (c === ',') {
            cells.push(cell);
            cell = '';
        }
        else
            cell += c;
    }
    cells.push(cell);
    return cells;
}

/**
 * The `luau` format (github-action-benchmark's `benchmarkluau`): Luau's bench runner
 * (`bench/bench.py`), `SUCCESS: name : 15.041ms +/- 0.636% on luau` lines and its results table
 * `Test | Min | Average | StdDev% | Driver`.
 *
 * One `ms` series per test: value = the average, n unknown (1: the runner prints no sample count), the
 * relative standard deviation as stddev, the table's minimum and driver in `extra`. The `Total` row is
 * a sum, not a benchmark: skipped.
 */
const SUCCESS = /^SUCCESS:\s*(.+?)\s*:\s*(\d+(?:\.\d+)?)ms \+\/-\s*(\d+(?:\.\d+)?)% on (\S+)\s*$/;
const ROW = /^(.+?)\s*\|\s*(\d+(?:\.\d+)?)ms\s*\|\s*(\d+(?:\.\d+)?)ms\s*\|\s*(?:\d+(?:\.\d+)?%|---)\s*\|\s*(\S+)\s*$/;
const EXPECTED$4 = 'Luau bench output (lines like "SUCCESS: base64 : 15.041ms +/- 0.636% on luau")';
function looksLikeLuau(text) {
    return /^SUCCESS:\s*.+?:\s*\d+(?:\.\d+)?ms \+\/-/m.test(text.slice(0, 64 * 1024));
}
function parseLuau(file) {
    const lines = file.text.split('\n').map((line) => line.trimEnd());
    const minimum = new Map();
    for (const line of lines) {
        const row = ROW.exec(line);
        if (row)
            minimum.set(row[1].trim(), Number(row[2]));
    }
    const results = [];
    lines.forEach((line, i) => {
        const m = SUCCESS.exec(line);
        if (!m)
            return;
        const [, name = '', average = '', relStd = '', driver = ''] = m;
        const value = Number(average);
        const min = minimum.get(name);
        results.push({
            id: seriesId(undefined, name, 'ms'),
            name,
            unit: 'ms',
            direction: 'smaller',
            n: 1,
            value,
            mean: value,
            stddev: (value * Number(relStd)) / 100,
            ...(min !== undefined ? { min } : {}),
            extra: { stddevPercent: Number(relStd), driver },
            source: { file: file.path, line: i + 1 },
        });
    });
    if (results.length === 0)
        throw inputError(file.path, `no benchmark results found; expected ${EXPECTED$4}`);
    return { results, warnings: [] };
}

/**
 * The `mitata` format: mitata's JSON (`run({ format: 'json' })`, mitata 1.x): `{"layout": [{name}],
 * "benchmarks": [{alias, group, args, runs: [{name, args, stats: {min, max, p25, p50, p75, p99, p999,
 * avg, ticks, samples?, heap?}, error?}]}], "context": {runtime, version, arch, cpu}}`.
 *
 * One `ns` series per run (a parameterized benchmark has one run per argument: `sort 100`, `sort
 * 2000`), suite = its group's name: value = median = p50, mean = avg, min, max; the quartiles (p25,
 * p75 as extra.q1/q3: the within-run test's spread), p99, p999 and ticks (calls measured) in extra.
 * mitata's `samples` (written unless `samples: false`) are sorted and trimmed by mitata, and tens of
 * thousands for a fast benchmark: only their count is used, as n (the quartiles carry the spread), so
 * a history does not store them; without them n is 1. A run with `error` is a warning.
 */
const EXPECTED$3 = 'mitata JSON ({"layout": [...], "benchmarks": [{"runs": [{"stats": ...}]}], "context": {...}})';
const STATS = ['min', 'max', 'p25', 'p50', 'p75', 'p99', 'p999', 'avg'];
function looksLikeMitata(text) {
    return /^\s*\{\s*"layout"\s*:\s*\[/.test(text) && text.includes('"benchmarks"') && text.includes('"runs"');
}
function parseMitata(file) {
    const doc = parseJsonText(file, EXPECTED$3);
    if (!isObject(doc) || !Array.isArray(doc.benchmarks))
        throw inputError(file.path, `expected ${EXPECTED$3}`, { path: '$' });
    const groups = Array.isArray(doc.layout) ? doc.layout : [];
    const results = [];
    const warnings = [];
    doc.benchmarks.forEach((bench, i) => {
        const at = `$.benchmarks[${i}]`;
        if (!isObject(bench) || !Array.isArray(bench.runs))
            throw inputError(file.path, 'expected a benchmark object with "runs"', { path: at });
        const group = typeof bench.group === 'number' ? groups[bench.group] : undefined;
        const suite = isObject(group) && typeof group.name === 'string' ? group.name : undefined;
        bench.runs.forEach((run, k) => {
            const result = readRun$1(file, run, `${at}.runs[${k}]`, suite, warnings);
            if (result)
                results.push(result);
        });
    });
    if (results.length === 0) {
        const why = warnings[0] ? ` (${warnings[0].message})` : '';
        throw inputError(file.path, `no benchmark results${why}; expected ${EXPECTED$3}`);
    }
    return { results, warnings };
}
function readRun$1(file, run, at, suite, warnings) {
    if (!isObject(run) || typeof run.name !== 'string')
        throw inputError(file.path, 'expected a run with a "name" string', { path: at });
    const name = run.name;
    if (run.error !== undefined) {
        const message = isObject(run.error) ? String(run.error.message) : String(run.error);
        warnings.push({
            file: file.path,
            message: `${at}: benchmark ${name} failed: ${message}; it has no result`,
        });
        return undefined;
    }
    if (!isObject(run.stats))
        throw inputError(file.path, 'expected a "stats" object', { path: `${at}.stats` });
    const stats = run.stats;
    for (const key of STATS) {
        if (!isFiniteNumber(stats[key]))
            throw inputError(file.path, 'expected a number', { path: `${at}.stats.${key}` });
    }
    const num = (key) => stats[key];
    const params = isObject(run.args)
        ? Object.fromEntries(Object.entries(run.args).map(([k, v]) => [k, String(v)]))
        : {};
    return {
        id: seriesId(suite, name, 'ns'),
        name,
        ...(suite ? { suite } : {}),
        ...(Object.keys(params).length > 0 ? { params } : {}),
        unit: 'ns',
        direction: 'smaller',
        n: Array.isArray(stats.samples) && stats.samples.length > 0 ? stats.samples.length : 1,
        value: num('p50'),
        median: num('p50'),
        mean: num('avg'),
        min: num('min'),
        max: num('max'),
        extra: {
            q1: num('p25'),
            q3: num('p75'),
            p99: num('p99'),
            p999: num('p999'),
            ...(isFiniteNumber(stats.ticks) ? { ticks: stats.ticks } : {}),
            ...(typeof stats.kind === 'string' ? { kind: stats.kind } : {}),
        },
        source: { file: file.path },
    };
}

// pytest-benchmark JSON: `pytest --benchmark-json=out.json` and the `--benchmark-save` files in
// `.benchmarks/<machine>/NNNN_name.json` (same layout; raw `data` only with `--benchmark-save-data`).
//
// Layout, identical in 3.2.2 and 5.2.3 (both checked on real output) and stable since 3.1:
//   {machine_info, commit_info, datetime, version, benchmarks: [{group, name, fullname, params, param,
//    extra_info, options, stats: {min, max, mean, stddev, rounds, median, iqr, q1, q3, iqr_outliers,
//    stddev_outliers, outliers, ld15iqr, hd15iqr, ops, total, iterations, data?}, cprofile?}]}
// What changed across versions does not touch what is read here: files before 3.1 lack `ops`; 3.3+
// write the whole py-cpuinfo dict in `machine_info.cpu`; 5.x writes `datetime` in UTC with an offset;
// `--benchmark-cprofile` adds a `cprofile` list per benchmark. Benchmarks that raised are left out
// by pytest-benchmark itself. Every time is in seconds per call: each round's duration is divided
// by `iterations` before it is stored.
const EXPECTED$2 = 'pytest-benchmark JSON (--benchmark-json or a --benchmark-save file)';
/** machine_info (a few KB with the full cpuinfo dict) precedes everything: look this far for the keys. */
const SNIFF_WINDOW = 64 * 1024;
/** Stats that have a field of their own in BenchmarkResult; the rest of `stats` goes to `extra`. */
const SUMMARY_STATS = ['mean', 'median', 'min', 'max', 'stddev'];
function looksLikePytest(text) {
    if (!text.trimStart().startsWith('{'))
        return false;
    const head = text.slice(0, SNIFF_WINDOW);
    return /"benchmarks"\s*:\s*\[/.test(text) && /"(machine_info|fullname)"\s*:/.test(head);
}
function parsePytest(file) {
    // Of the value only `params` (turned into JSON text) and `extra` are kept, so only they can be too
    // deep to copy; the samples are checked to be numbers.
    const root = parseJsonText(file, EXPECTED$2, 'parts');
    const benchmarks = isObject(root) ? root.benchmarks : undefined;
    if (!Array.isArray(benchmarks)) {
        throw inputError(file.path, `expected an object with a "benchmarks" array: ${EXPECTED$2}`, { path: '$' });
    }
    const lines = fullnameLines(file.text);
    const results = benchmarks.map((bench, i) => {
        if (isObject(bench))
            refuseDeep(file, bench.params, EXPECTED$2);
        const result = readBenchmark(file.path, bench, `$.benchmarks[${i}]`, lines);
        refuseDeep(file, result.extra, EXPECTED$2);
        return result;
    });
    const warnings = results.length === 0
        ? [{ file: file.path, message: 'no benchmarks in file (did every benchmark fail?)' }]
        : [];
    return { results, warnings };
}
function readBenchmark(file, bench, path, lines) {
    if (!isObject(bench))
        throw inputError(file, 'expected a benchmark object', { path });
    const { fullname, stats } = bench;
    if (typeof fullname !== 'string')
        throw inputError(file, 'expected "fullname" string', { path });
    const name = typeof bench.name === 'string' ? bench.name : (fullname.split('::').pop() ?? fullname);
    if (!isObject(stats))
        throw inputError(file, `expected "stats" object in benchmark "${name}"`, { path });
    const summary = readSummary(file, stats, `${path}.stats`, name);
    const samples = readSamples(file, stats.data, `${path}.stats.data`, name);
    const result = {
        id: seriesId(undefined, fullname, 's'),
        name,
        unit: 's',
        direction: 'smaller',
        n: samples ? samples.length : readRounds(file, stats.rounds, `${path}.stats.rounds`, name),
        // pytest-benchmark computes `stats.median` from exactly `stats.data` (Python's statistics.median),
        // so it is the median of the samples when they are present and the best centre when they are not.
        value: summary.median,
        ...summary,
        source: { file, ...lineOf(lines, fullname) },
    };
    if (typeof bench.group === 'string')
        result.suite = bench.group;
    const params = stringParams(bench.params);
    if (params)
        result.params = params;
    if (samples)
        result.samples = samples;
    result.extra = extraOf(bench, stats);
    return result;
}
/**
 * The tool's own mean/median/min/max/stddev. They are kept rather than recomputed from `data`: pytest-benchmark
 * computed them from the same numbers, and keeping them makes our report agree digit for digit with its tables.
 */
function readSummary(file, stats, path, name) {
    const summary = {};
    for (const key of SUMMARY_STATS) {
        const value = stats[key];
        if (value === undefined && key !== 'median')
            continue;
        if (!isFiniteNumber(value)) {
            throw inputError(file, `expected a finite number in benchmark "${name}"`, { path: `${path}.${key}` });
        }
        summary[key] = value;
    }
    return summary;
}
function readSamples(file, data, path, name) {
    if (data === undefined)
        return undefined;
    if (!Array.isArray(data) || data.length === 0) {
        throw inputError(file, `expected a non-empty array of numbers in benchmark "${name}"`, { path });
    }
    const bad = data.findIndex((x) => !isFiniteNumber(x));
    if (bad >= 0)
        throw inputError(file, `expected a finite number in benchmark "${name}"`, { path: `${path}[${bad}]` });
    return data;
}
function readRounds(file, rounds, path, name) {
    if (typeof rounds === 'number' && Number.isInteger(rounds) && rounds > 0)
        return rounds;
    throw inputError(file, `expected a positive integer in benchmark "${name}"`, { path });
}
/** pytest params are any JSON value (`{"size": 10, "lower": true}`): strings stay, the rest is JSON text. */
function stringParams(params) {
    if (!isObject(params) || Object.keys(params).length === 0)
        return undefined;
    const out = {};
    for (const [key, value] of Object.entries(params)) {
        out[key] = typeof value === 'string' ? value : JSON.stringify(value);
    }
    return out;
}
/**
 * Everything else the tool reports that the model has no field for: the rest of `stats` (iterations,
 * ops, iqr, q1, q3, outliers, total, …), `extra_info`, the parametrization id `param` and `options`.
 * `cprofile` is left out: it is a profile (up to 25 functions per column), not a measurement.
 */
function extraOf(bench, stats) {
    const extra = {};
    for (const [key, value] of Object.entries(stats)) {
        if (key === 'data' || key === 'rounds' || SUMMARY_STATS.includes(key))
            continue;
        extra[key] = value;
    }
    if (isObject(bench.extra_info) && Object.keys(bench.extra_info).length > 0)
        extra.extra_info = bench.extra_info;
    if (bench.param !== undefined && bench.param !== null)
        extra.param = bench.param;
    if (isObject(bench.options))
        extra.options = bench.options;
    return extra;
}
/**
 * Line of every `"fullname": "…"` in the text, in order of appearance, in one pass: that line is where
 * a benchmark's entry is. A list per name so that a repeated name still gets its own line each time.
 */
function fullnameLines(text) {
    const lines = new Map();
    const pattern = /"fullname"\s*:\s*("(?:[^"\\\n]|\\.)*")/g;
    let line = 1;
    let scanned = 0;
    for (const match of text.matchAll(pattern)) {
        line += countNewlines(text, scanned, match.index);
        scanned = match.index;
        const name = JSON.parse(match[1]);
        const seen = lines.get(name);
        if (seen)
            seen.push(line);
        else
            lines.set(name, [line]);
    }
    return lines;
}
function countNewlines(text, from, to) {
    let count = 0;
    for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1))
        count++;
    return count;
}
function lineOf(lines, fullname) {
    const line = lines.get(fullname)?.shift();
    return line === undefined ? {} : { line };
}

// Reads what JavaScript benchmarks leave behind: tinybench (which has no file format of its own, so
// what users JSON.stringify: `bench.tasks`, `{name, result}` maps of them, `bench.table()` rows, the same
// wrapped in `{name, tasks}`) for tinybench 2 to 6, `vitest bench --outputJson` (vitest 3 and 4,
// whose numbers are tinybench 2 task results), and vitest 5's `--reporter=json` report (a `benchmarks`
// field per test) and `writeResult` files (one tinybench 6 result, named by its file).
//
// One series per task, latency in ms (table rows: ns, as their columns say). Throughput (ops/s) is
// the same measurement seen upside down, so it goes to `extra`, never into a second series that
// comparisons would count twice.
/** Format sniffing looks at the head of a file only. */
const SNIFF_CHARS = 64 * 1024;
const VITEST_HEAD = /^\s*\{\s*"files"\s*:\s*\[\s*\{\s*"filepath"\s*:/;
/** A task's `"result": {` followed (anywhere in the head) by a statistic only tinybench names so. */
const TASK_RESULT = /"result"\s*:\s*\{/;
const TASK_STATISTIC = /"(hz|latency|period)"\s*:|"state"\s*:\s*"(completed|errored|aborted)/;
const TABLE_ROW = /"Task [Nn]ame"\s*:/;
/** vitest 5's JSON reporter: `{"numTotalTestSuites": …, "testResults": [{"assertionResults": [{…, "benchmarks"`. */
const VITEST5_REPORT = /^\s*\{\s*"numTotalTestSuites"\s*:/;
/** A vitest 5 `writeResult` file: `{"latency": {…}, "throughput": {…}, "period", "totalTime"}`. */
const VITEST5_RESULT_FILE = /^\s*\{\s*"latency"\s*:\s*\{/;
/** How to write a file this parser reads, for errors about shapes that lost the task names. */
const HOW_TO_SERIALIZE = 'write JSON.stringify(bench.tasks.map((t) => ({ name: t.name, result: t.result })))';
const EXPECTED$1 = 'tinybench JSON (an array of {name, result} tasks, JSON.stringify(bench.tasks), bench.table() rows, ' +
    'or {"name", "tasks": [...]}), `vitest bench --outputJson` output (vitest 3, 4), or vitest 5 ' +
    '`--reporter=json` output or `writeResult` files';
/** tinybench measures in milliseconds; its tables print nanoseconds. */
const TASK_UNIT = 'ms';
const TABLE_UNIT = 'ns';
/** tinybench's margin of error is the 95% one: v2 uses z = 1.96, v3+ Student's t at 95%. */
const MOE_LEVEL = 0.95;
function looksLikeTinybench(text) {
    const head = text.length > SNIFF_CHARS ? text.slice(0, SNIFF_CHARS) : text;
    if (!/^\s*[[{]/.test(head))
        return false;
    if (VITEST_HEAD.test(head))
        return head.includes('"groups"');
    // A vitest report without any benchmark is a test report: claimed, so the error says it has no results.
    if (VITEST5_REPORT.test(head))
        return head.includes('"assertionResults"');
    if (VITEST5_RESULT_FILE.test(head))
        return head.includes('"throughput"') && head.includes('"period"');
    return (TASK_RESULT.test(head) && TASK_STATISTIC.test(head)) || TABLE_ROW.test(head);
}
function parseTinybench(file) {
    const doc = parseJsonText(file, EXPECTED$1);
    const reader = new Reader(file);
    if (isObject(doc) && Array.isArray(doc.files))
        reader.readVitestReport(doc.files);
    else if (isObject(doc) && Array.isArray(doc.testResults))
        reader.readVitest5Report(doc.testResults);
    else if (isObject(doc) && isObject(doc.latency) && isObject(doc.throughput)) {
        reader.keep(reader.readVitest5ResultFile(doc));
    }
    else {
        const { tasks, path, suite } = unwrapTasks(file, doc);
        for (const [i, item] of tasks.entries())
            reader.keep(reader.readTaskOrRow(item, `${path}[${i}]`, suite));
    }
    if (reader.results.length === 0) {
        const first = reader.warnings[0];
        throw inputError(file.path, `no benchmark results${first ? ` (${first.message})` : ''}; expected ${EXPECTED$1}`);
    }
    return { results: reader.results, warnings: reader.warnings };
}
/** The task list: the document itself, or the `tasks`/`results` array of a `{name?, tasks}` wrapper. */
function unwrapTasks(file, doc) {
    if (Array.isArray(doc))
        return { tasks: doc, path: '$' };
    if (isObject(doc)) {
        const key = Array.isArray(doc.tasks) ? 'tasks' : Array.isArray(doc.results) ? 'results' : undefined;
        if (key) {
            const suite = typeof doc.name === 'string' && doc.name !== '' ? doc.name : undefined;
            return { tasks: doc[key], path: `$.${key}`, suite };
        }
    }
    throw inputError(file.path, `expected ${EXPECTED$1}`, { path: '$' });
}
class Reader {
    file;
    results = [];
    warnings = [];
    ids = new Set();
    constructor(file) {
        this.file = file;
    }
    keep(outcome) {
        if ('skipped' in outcome) {
            this.warn(outcome.skipped);
            return;
        }
        if (this.ids.has(outcome.id))
            this.warn(`"${outcome.id}" appears more than once in this file`);
        this.ids.add(outcome.id);
        this.results.push(outcome);
    }
    warn(message) {
        this.warnings.push({ file: this.file.path, message });
    }
    // -------------------------------------------------------------------------------------------
    // tinybench tasks and table rows
    readTaskOrRow(item, at, suite) {
        // bench.table() (v3+) gives null for a task that has no result yet.
        if (item === null)
            return { skipped: `${at}: a bench.table() row is null (the task did not run)` };
        if (!isObject(item))
            throw this.invalid(at, `expected a tinybench task {"name", "result"}, got ${show(item)}`);
        if ('Task name' in item || 'Task Name' in item)
            return this.readTableRow(item, at, suite);
        if ('result' in item)
            return this.readTask(item, at, suite);
        // A task that never ran (tinybench 2 and 3 when the bench is aborted before it) has no `result`.
        if (typeof item.name === 'string') {
            return { skipped: `${at}: task "${item.name}" has no "result" (it did not run, or was aborted)` };
        }
        // JSON.stringify(bench.tasks) of tinybench 6 gives `{}` per task; bench.results has no names.
        const lostNames = Object.keys(item).length === 0 || 'latency' in item || 'hz' in item;
        const hint = lostNames ? `; ${HOW_TO_SERIALIZE}` : '';
        throw this.invalid(at, `expected a tinybench task {"name", "result"} or a bench.table() row${hint}`);
    }
    readTask(task, at, suite) {
        const name = this.string(task, 'name', at);
        // JSON.stringify(bench.tasks) of tinybench 3 and 5 carries the bench (and its name) in every task.
        const benchName = isObject(task.bench) && typeof task.bench.name === 'string' ? task.bench.name : '';
        const owner = { name, suite: suite ?? (benchName || undefined) };
        const result = task.result;
        const resultAt = `${at}.result`;
        if (!isObject(result))
            throw this.invalid(resultAt, `expected a tinybench task result object for "${name}"`);
        // v6 says `state`; v2-v5 set `error` (an Error, serialized as `{}`) and v5 `aborted`.
        const state = typeof result.state === 'string' ? result.state : undefined;
        if (state === 'errored' || (result.error !== undefined && result.error !== null)) {
            return { skipped: `${at}: task "${name}" failed${errorMessage(result.error)}; it has no timings` };
        }
        const aborted = result.aborted === true || state?.startsWith('aborted') === true;
        const latency = isObject(result.latency) ? result.latency : 'mean' in result ? result : undefined;
        if (!latency && (aborted || (state !== undefined && state !== 'completed'))) {
            return {
                skipped: `${at}: task "${name}" ${aborted ? 'was aborted' : `is ${state}`}; it has no timings`,
            };
        }
        if (!latency)
            throw this.invalid(resultAt, 'expected tinybench task result with "latency" or "mean"');
        if (aborted)
            this.warn(`${at}: task "${name}" was aborted; its statistics cover the samples taken before that`);
        const latencyAt = latency === result ? resultAt : `${resultAt}.latency`;
        const throughput = this.throughput(result.throughput, `${resultAt}.throughput`);
        const hz = this.number(result, 'hz', resultAt) ?? throughput?.mean;
        return this.fromLatency(latency, latencyAt, owner, { hz, throughput });
    }
    /** v3+ `throughput` statistics (ops/s), every one kept in `extra`, without their samples. */
    throughput(stats, at) {
        if (!isObject(stats))
            return undefined;
        const kept = {};
        for (const key of Object.keys(stats)) {
            if (key === 'samples')
                continue;
            const value = this.number(stats, key, at);
            if (value !== undefined)
                kept[key] = value;
        }
        return kept;
    }
    readTableRow(row, at, suite) {
        const name = this.string(row, 'Task name' in row ? 'Task name' : 'Task Name', at);
        const owner = { name, suite };
        if (row.Error !== undefined) {
            return {
                skipped: `${at}: task "${name}" failed${errorMessage({ message: row.Error })}; it has no timings`,
            };
        }
        // tinybench 6 gives a task that did not complete `Remarks: <its state>`, and 'N/A' for numbers it lacks.
        const remarks = typeof row.Remarks === 'string' && row.Remarks !== '' ? row.Remarks : undefined;
        if (row.Samples === 'N/A') {
            return { skipped: `${at}: task "${name}" is ${remarks ?? 'without samples'}; it has no timings` };
        }
        if (remarks)
            this.warn(`${at}: task "${name}" is ${remarks}; its statistics cover the samples it took`);
        const n = this.number(row, 'Samples', at);
        if (n === undefined)
            throw this.invalid(`${at}.Samples`, 'expected the number of samples');
        if ('Average Time (ns)' in row)
            return this.fromV2TableRow(row, at, owner, n);
        if ('Latency avg (ns)' in row)
            return this.fromTableRow(row, at, owner, n);
        throw this.invalid(at, 'expected bench.table() columns "Latency avg (ns)" (tinybench 3+) or "Average Time (ns)" (2)');
    }
    /** tinybench 2: `ops/sec: '4,356'`, `Average Time (ns)` (the mean), `Margin: '±0.38%'`. */
    fromV2TableRow(row, at, owner, n) {
        const mean = this.number(row, 'Average Time (ns)', at);
        if (mean === undefined)
            throw this.invalid(`${at}["Average Time (ns)"]`, 'expected a number');
        const rme = this.tableMargin(row.Margin, `${at}.Margin`);
        const hz = this.tableInteger(row['ops/sec'], `${at}["ops/sec"]`);
        const summary = { n, value: mean, mean, ci: marginCi(mean, undefined, rme) };
        return this.result(owner, TABLE_UNIT, summary, { hz, rme });
    }
    /** tinybench 3+: `'192907 ± 0.38%'` (mean ± rme), `'189523 ± 21.00'` (median ± mad), throughput likewise. */
    fromTableRow(row, at, owner, n) {
        const avg = this.plusMinus(row, 'Latency avg (ns)', at);
        const med = this.plusMinus(row, 'Latency med (ns)', at);
        const throughputAvg = this.plusMinus(row, 'Throughput avg (ops/s)', at);
        const throughputMed = this.plusMinus(row, 'Throughput med (ops/s)', at);
        const ci = marginCi(avg.value, undefined, avg.pm);
        const summary = { n, value: med.value, mean: avg.value, median: med.value, ci };
        const throughput = withoutUndefined$1({
            mean: throughputAvg.value,
            p50: throughputMed.value,
            rme: throughputAvg.pm,
        });
        return this.result(owner, TABLE_UNIT, summary, {
            hz: throughput.mean,
            rme: avg.pm,
            mad: med.pm,
            throughput,
        });
    }
    // -------------------------------------------------------------------------------------------
    // vitest bench --outputJson: {files: [{filepath, groups: [{fullName, benchmarks: [...]}]}]}
    readVitestReport(files) {
        for (const [i, file] of files.entries()) {
            const fileAt = `$.files[${i}]`;
            if (!isObject(file) || !Array.isArray(file.groups)) {
                throw this.invalid(fileAt, 'expected {"filepath", "groups": [...]}');
            }
            for (const [j, group] of file.groups.entries())
                this.readVitestGroup(group, `${fileAt}.groups[${j}]`);
        }
    }
    readVitestGroup(group, at) {
        if (!isObject(group) || !Array.isArray(group.benchmarks)) {
            throw this.invalid(at, 'expected {"fullName", "benchmarks": [...]}');
        }
        // fullName is `<file relative to the vitest root> > <describe> > …`: it already names the file,
        // and `filepath` is absolute (machine-dependent), so it stays out of the series id.
        const suite = this.string(group, 'fullName', at);
        for (const [k, bench] of group.benchmarks.entries()) {
            this.keep(this.readVitestBenchmark(bench, `${at}.benchmarks[${k}]`, suite));
        }
    }
    readVitestBenchmark(bench, at, suite) {
        if (!isObject(bench))
            throw this.invalid(at, `expected a benchmark object, got ${show(bench)}`);
        const name = this.string(bench, 'name', at);
        // A bench that threw is written as {id, name, rank, rme: 0, samples: []}.
        if (bench.mean === undefined)
            return { skipped: `${at}: benchmark "${name}" in "${suite}" has no timings (it failed?)` };
        return this.fromLatency(bench, at, { name, suite }, { hz: this.number(bench, 'hz', at) });
    }
    // -------------------------------------------------------------------------------------------
    // vitest 5 --reporter=json: {testResults: [{name, assertionResults: [{fullName, status,
    // failureMessages, benchmarks: [{name: "<describe> > <test>", tasks: [tinybench 6 results + name]}]}]}]}
    readVitest5Report(testResults) {
        for (const [i, testFile] of testResults.entries()) {
            const fileAt = `$.testResults[${i}]`;
            if (!isObject(testFile) || !Array.isArray(testFile.assertionResults)) {
                throw this.invalid(fileAt, 'expected {"name", "assertionResults": [...]}');
            }
            // `name` is the absolute path of the test file: only its base name enters the id (as vitest 3's
            // fullName starts with the file), so ids agree across machines.
            const fileName = baseName(this.string(testFile, 'name', fileAt));
            for (const [j, test] of testFile.assertionResults.entries()) {
                this.readVitest5Test(test, `${fileAt}.assertionResults[${j}]`, fileName);
            }
        }
    }
    readVitest5Test(test, at, fileName) {
        if (!isObject(test))
            throw this.invalid(at, `expected a test result object, got ${show(test)}`);
        const benchmarks = test.benchmarks ?? [];
        if (!Array.isArray(benchmarks))
            throw this.invalid(`${at}.benchmarks`, 'expected an array');
        if (test.status === 'failed' && benchmarks.length === 0) {
            const name = typeof test.fullName === 'string' ? test.fullName : '?';
            const [message] = Array.isArray(test.failureMessages) ? test.failureMessages : [];
            const reason = typeof message === 'string' ? `: ${message.split('\n')[0]}` : '';
            this.warn(`${at}: test "${name}" failed${reason}; it has no benchmark results`);
            return;
        }
        for (const [k, group] of benchmarks.entries()) {
            const groupAt = `${at}.benchmarks[${k}]`;
            if (!isObject(group) || !Array.isArray(group.tasks)) {
                throw this.invalid(groupAt, 'expected {"name", "tasks": [...]}');
            }
            const suite = `${fileName} > ${this.string(group, 'name', groupAt)}`;
            for (const [t, task] of group.tasks.entries()) {
                this.keep(this.readVitest5Task(task, `${groupAt}.tasks[${t}]`, suite));
            }
        }
    }
    readVitest5Task(task, at, suite) {
        if (!isObject(task))
            throw this.invalid(at, `expected a benchmark task object, got ${show(task)}`);
        const name = this.string(task, 'name', at);
        return this.fromResult(task, at, { name, suite }, { rank: this.number(task, 'rank', at) });
    }
    /** A `writeResult` file holds one result and no name: the file's base name is the benchmark's. */
    readVitest5ResultFile(doc) {
        const name = baseName(this.file.path).replace(/\.json$/i, '');
        return this.fromResult(doc, '$', { name, suite: undefined }, {});
    }
    /** tinybench 6 `{latency, throughput, period, totalTime}`: latency is the series, throughput extra. */
    fromResult(result, at, owner, extra) {
        if (!isObject(result.latency))
            throw this.invalid(`${at}.latency`, 'expected tinybench latency statistics');
        const throughput = this.throughput(result.throughput, `${at}.throughput`);
        const more = {
            ...extra,
            hz: throughput?.mean,
            throughput,
            period: this.number(result, 'period', at),
            totalTime: this.number(result, 'totalTime', at),
        };
        return this.fromLatency(result.latency, `${at}.latency`, owner, more);
    }
    // -------------------------------------------------------------------------------------------
    // Statistics → result
    /**
     * tinybench latency statistics in ms, under the names of any version: v2/vitest flat fields
     * (`mean, min, max, sd, moe, rme, p75…, samples`, vitest adds `median, sampleCount`), v3+ `latency`
     * objects (`p50`, v6 `samplesCount` and `samples` only with `retainSamples`).
     */
    fromLatency(stats, at, owner, extra) {
        const num = (key) => this.number(stats, key, at);
        const mean = num('mean');
        if (mean === undefined)
            throw this.invalid(at, 'expected tinybench statistics with a numeric "mean"');
        // tinybench sorts the samples in place before computing its statistics (every version, v2
        // included), so the run order is lost: they are kept as given, sorted.
        const samples = this.samples(stats.samples, `${at}.samples`);
        const n = samples?.length ?? num('samplesCount') ?? num('sampleCount') ?? plusOne(num('df'));
        if (n === undefined)
            throw this.invalid(at, 'expected "samples", "samplesCount" or "sampleCount"');
        const middle = samples ? median(samples) : (num('p50') ?? num('median'));
        const rme = num('rme');
        const summary = {
            n,
            value: middle ?? mean,
            samples,
            mean,
            median: middle,
            min: num('min'),
            max: num('max'),
            stddev: num('sd'),
            ci: marginCi(mean, num('moe'), rme),
        };
        const percentiles = { p75: num('p75'), p99: num('p99'), p995: num('p995'), p999: num('p999') };
        // The rest of tinybench's statistics have no field of their own; they are kept as given.
        const spread = { variance: num('variance'), sem: num('sem'), mad: num('mad'), aad: num('aad') };
        const test = { df: num('df'), critical: num('critical') };
        return this.result(owner, TASK_UNIT, summary, { ...extra, rme, ...percentiles, ...spread, ...test });
    }
    result(owner, unit, summary, extra) {
        return withoutUndefined$1({
            id: seriesId(owner.suite, owner.name, unit),
            name: owner.name,
            suite: owner.suite,
            unit,
            direction: directionOfUnit(unit),
            ...summary,
            extra: withoutUndefined$1(extra),
            source: { file: this.file.path },
        });
    }
    // -------------------------------------------------------------------------------------------
    // Typed reads that fail with the JSON path of the bad value
    samples(value, at) {
        if (value === undefined || value === null)
            return undefined;
        if (!Array.isArray(value))
            throw this.invalid(at, `expected an array of numbers, got ${show(value)}`);
        const bad = value.findIndex((x) => typeof x !== 'number' || !Number.isFinite(x));
        if (bad >= 0)
            throw this.invalid(`${at}[${bad}]`, `expected a number, got ${show(value[bad])}`);
        return value.length > 0 ? value : undefined;
    }
    /** A finite number, or undefined when absent or null (tinybench's NaN and Infinity serialize as null). */
    number(obj, key, at) {
        const value = obj[key];
        if (value === undefined || value === null)
            return undefined;
        if (typeof value === 'number' && Number.isFinite(value))
            return value;
        throw this.invalid(child(at, key), `expected a number, got ${show(value)}`);
    }
    string(obj, key, at) {
        const value = obj[key];
        if (typeof value === 'string')
            return value;
        throw this.invalid(child(at, key), `expected a string, got ${show(value)}`);
    }
    /** `'192907 ± 0.38%'` or `'189523 ± 21.00'` → {value, pm}. */
    plusMinus(row, key, at) {
        const text = row[key];
        const m = typeof text === 'string' ? /^\s*([^\s±]+)\s*±\s*([^\s%]+)\s*%?\s*$/.exec(text) : null;
        const value = Number(m?.[1]);
        // A margin can print as `NaN` or `+∞` (a mean of 0); the value itself must be a number.
        const pm = Number(m?.[2]);
        if (m && Number.isFinite(value))
            return { value, pm: Number.isFinite(pm) ? pm : undefined };
        throw this.invalid(child(at, key), `expected "<number> ± <number>", got ${show(text)}`);
    }
    /** tinybench 2's `'±0.38%'`; `'NaN'` (a task that errored) is no margin. */
    tableMargin(value, at) {
        if (value === undefined || value === 'NaN')
            return undefined;
        const m = typeof value === 'string' ? /^±(\d+(?:\.\d+)?)%$/.exec(value) : null;
        if (m?.[1])
            return Number(m[1]);
        throw this.invalid(at, `expected a margin like "±0.38%", got ${show(value)}`);
    }
    /** tinybench 2's `'4,356'` (en-US grouping). */
    tableInteger(value, at) {
        if (value === undefined || value === 'NaN')
            return undefined;
        const parsed = typeof value === 'string' && /^[\d,]+$/.test(value) ? Number(value.replaceAll(',', '')) : Number.NaN;
        if (Number.isFinite(parsed))
            return parsed;
        throw this.invalid(at, `expected a number like "4,356", got ${show(value)}`);
    }
    invalid(path, message) {
        return inputError(this.file.path, message, { path });
    }
}
/** The 95% interval around the mean: tinybench's `moe` (= sem × critical), or `rme` (= moe / mean × 100). */
function marginCi(mean, moe, rme) {
    const margin = moe ?? (rme === undefined ? undefined : (Math.abs(mean) * rme) / 100);
    return margin === undefined ? undefined : { lo: mean - margin, hi: mean + margin, level: MOE_LEVEL };
}
/** `: <message>` when the serialized error kept one (an Error object stringifies to `{}`). */
function errorMessage(error) {
    const message = isObject(error) ? error.message : error;
    return typeof message === 'string' && message !== '' ? `: ${message}` : '';
}
function baseName(p) {
    return p.slice(Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\')) + 1);
}
function plusOne(df) {
    return df === undefined ? undefined : df + 1;
}
/** `$.a.b`, or `$.a["Task name"]` for keys that are not identifiers. */
function child(path, key) {
    return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}
function show(value) {
    if (value === undefined)
        return 'nothing';
    const text = JSON.stringify(value);
    return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
function withoutUndefined$1(obj) {
    return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined));
}

/**
 * The `wrk` format: what `wrk --latency -t2 -c8 -d30s URL` prints, one block per run:
 *   Running 30s test @ URL / Thread Stats / Latency Distribution (50% 75% 90% 99%, with --latency) /
 *   `N requests in 30.00s, …` / `Socket errors: connect 0, read 0, write 0, timeout 6` /
 *   `Non-2xx or 3xx responses: 41` / `Requests/sec: 6527.88`.
 *
 * Series named by the URL (load-test.ts): `Requests/sec` in req/s, the distribution's p50/p90/p99 in ms
 * (wrk prints us/ms/s/m/h; p75 stays in extra), and errors = socket errors + non-2xx/3xx answers.
 * Without --latency there are no percentiles: only throughput and errors.
 */
const RUNNING = /^Running (\S+) test @ (\S+)\s*$/;
const EXPECTED = 'wrk output ("Running 30s test @ URL" … "Requests/sec: N")';
/** Milliseconds per unit of wrk's time format (units.c). */
const WRK_TIME_MS = { us: 1e-3, ms: 1, s: 1e3, m: 60e3, h: 3600e3 };
function looksLikeWrk(text) {
    return /^Running \S+ test @ \S+\s*\n\s+\d+ threads? and \d+ connections?/m.test(text.slice(0, 64 * 1024));
}
function parseWrk(file) {
    const lines = file.text.split('\n');
    const results = [];
    let run;
    const finish = () => {
        if (!run)
            return;
        if (!run.throughputSeen)
            throw inputError(file.path, `expected a "Requests/sec:" line for the run of ${run.target}`, {
                line: run.line,
            });
        const { throughputSeen: _, ...numbers } = run;
        for (const r of loadTestSeries(file, numbers))
            results.push(r);
        run = undefined;
    };
    lines.forEach((raw, i) => {
        const line = raw.trimEnd();
        const start = RUNNING.exec(line);
        if (start) {
            finish();
            run = {
                target: detached(start[2] ?? ''),
                requestsPerSecond: Number.NaN,
                latencyMs: {},
                errors: 0,
                errorParts: {},
                line: i + 1,
                extra: { duration: start[1] },
                throughputSeen: false,
            };
            return;
        }
        if (run)
            readLine(file, run, line, i + 1);
        if (run && /^Requests\/sec:/.test(line))
            run.throughputSeen = true;
    });
    finish();
    if (results.length === 0)
        throw inputError(file.path, `no wrk run found; expected ${EXPECTED}`);
    return { results, warnings: [] };
}
function readLine(file, run, line, at) {
    const number = (text, what) => {
        const value = loadNumber(text ?? '');
        if (!Number.isFinite(value))
            throw inputError(file.path, `expected a number for ${what}, got "${text}"`, { line: at });
        return value;
    };
    let m = /^\s+(\d+(?:\.\d+)?)%\s+(\S+)$/.exec(line);
    if (m) {
        run.latencyMs[m[1] ?? ''] = wrkTime(file, m[2] ?? '', at);
        return;
    }
    m = /^Requests\/sec:\s+(\S+)$/.exec(line);
    if (m) {
        run.requestsPerSecond = number(m[1], 'Requests/sec');
        return;
    }
    m = /^\s+(\d+) requests in (\S+), (\S+) read$/.exec(line);
    if (m) {
        run.extra = { ...run.extra, requests: number(m[1], 'requests'), elapsed: m[2], read: m[3] };
        return;
    }
    m = /^\s+Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)$/.exec(line);
    if (m) {
        ['connect', 'read', 'write', 'timeout'].forEach((kind, k) => {
            const count = number(m?.[k + 1], `socket errors (${kind})`);
            run.errorParts[kind] = count;
            run.errors += count;
        });
        return;
    }
    m = /^\s+Non-2xx or 3xx responses: (\d+)$/.exec(line);
    if (m) {
        const count = number(m[1], 'non-2xx or 3xx responses');
        run.errorParts['non-2xx-3xx'] = count;
        run.errors += count;
    }
}
function wrkTime(file, text, at) {
    const m = /^(\d+(?:\.\d+)?)(us|ms|s|m|h)$/.exec(text);
    const scale = WRK_TIME_MS[m?.[2] ?? ''];
    if (!m || scale === undefined)
        throw inputError(file.path, `expected a latency like "1.54ms", got "${text}"`, { line: at });
    return withoutFloatNoise(Number(m[1]) * scale);
}

// Picks the parser from the content of a file (never its name). Order matters: the most specific
// signatures first, the generic JSON format last.
const SNIFFERS = [
    ['googlebenchmark', looksLikeGoogleBenchmark],
    ['hyperfine', looksLikeHyperfine],
    ['jmh', looksLikeJmh],
    ['benchmarkdotnet', looksLikeBenchmarkDotNet],
    ['julia', looksLikeJulia],
    ['pytest', looksLikePytest],
    ['tinybench', looksLikeTinybench],
    ['mitata', looksLikeMitata],
    ['wrk', looksLikeWrk],
    ['hey', looksLikeHey],
    ['apache-bench', looksLikeApacheBench],
    ['locust', looksLikeLocust],
    ['criterion', looksLikeCriterion],
    ['go', looksLikeGo],
    ['catch2', looksLikeCatch2],
    ['benchmarkjs', looksLikeBenchmarkJs],
    ['luau', looksLikeLuau],
    ['json', looksLikeGenericJson],
];
function detectFormat(file) {
    for (const [format, sniff] of SNIFFERS) {
        if (sniff(file.text))
            return format;
    }
    return undefined;
}
/**
 * Result lines of the text formats, anywhere in a file (the sniffers read only its start), by tool;
 * `literal`, text every such line holds: a file without it skips the pattern, whose lazy run over each
 * line (benchmark.js's) costs 25 ms per 3 MB of go output.
 */
const TEXT_RESULT_LINES = [
    ['go test', 'go', /^Benchmark\S*[ \t]+\d+[ \t]+[\d.]+(?:[eE][+-]?\d+)?[ \t]+\S/m],
    ['criterion', 'rust', /time:[ \t]+\[[ \t]*\d+(?:\.\d+)?[ \t]*(?:ps|ns|µs|μs|us|ms|s)[ \t]/],
    [
        'libtest bench',
        'rust',
        /^test [^\n]{1,2000}? \.\.\. bench:[ \t]+\d[\d,]*(?:\.\d+)? ns\/iter/m,
        ' bench:',
    ],
    [
        'benchmark.js',
        'benchmarkjs',
        /^[^\n]{1,2000}? x [\d,]+(?:\.\d+)? ops\/sec (?:±|\+-|\+\/-)[ \t]*\d/m,
        ' ops/sec ',
    ],
    // A JSON document in a text log: its first line, or a line opening the generic format's array.
    ['JSON', 'json', /^[ \t]*[[{][ \t]*\r?\n[ \t]*[{"]|^\[\r?\n[ \t]*\{\r?\n[ \t]*"name"/m],
];
/**
 * A text file holding two tools' output (`go test` then `cargo bench` into one log, a JSON report and
 * a log) would be read by one parser and lose the other's part silently: it is refused, naming where
 * each part starts.
 */
function refuseMixedText(file, chosen) {
    if (chosen !== 'go' && chosen !== 'criterion' && chosen !== 'benchmarkjs')
        return;
    const text = stripColors(file.text);
    const found = TEXT_RESULT_LINES.flatMap(([tool, family, pattern, literal]) => {
        const at = literal === undefined || text.includes(literal) ? pattern.exec(text)?.index : undefined;
        return at === undefined ? [] : [{ tool, family, line: lineAt(text, at) }];
    });
    // criterion's bencher output is libtest's line format: those two are one tool's output.
    const [first, second] = found
        .filter((f, i) => found.findIndex((g) => g.family === f.family) === i)
        .sort((a, b) => a.line - b.line);
    if (!first || !second)
        return;
    throw inputError(file.path, `holds the output of two tools, ${first.tool} (line ${first.line}) and ${second.tool} (line ${second.line}); write each tool's output to its own file and list both`);
}
function lineAt(text, index) {
    let line = 1;
    for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}

function poolSameSeries(results) {
    // The usual run names each series once (compare() pools runs a second time): nothing to pool then,
    // and no list per series is made.
    const seen = new Set();
    for (const result of results) {
        if (seen.has(result.id))
            return poolRepeated(results);
        seen.add(result.id);
    }
    return { results: [...results], warnings: [] };
}
function poolRepeated(results) {
    const byId = new Map();
    for (const result of results) {
        const parts = byId.get(result.id);
        if (parts)
            parts.push(result);
        else
            byId.set(result.id, [result]);
    }
    const warnings = [];
    const pooledResults = [];
    for (const parts of byId.values()) {
        const [first] = parts;
        if (parts.length === 1)
            pooledResults.push(first);
        else if (parts.every((p) => p.samples && p.samples.length > 0))
            pooledResults.push(pooled(parts));
        else {
            pooledResults.push(first);
            for (const ignored of parts.slice(1)) {
                warnings.push({
                    file: ignored.source.file,
                    ...(ignored.source.line !== undefined ? { line: ignored.source.line } : {}),
                    message: `${first.id} again (first in ${first.source.file}), without raw samples to pool; ignored`,
                });
            }
        }
    }
    return { results: pooledResults, warnings };
}
/** The parts' samples in input order; the rest of the first part (where it was read, its extras). */
function pooled(parts) {
    const [first] = parts;
    const { ci: _perPart, stddev: _old, ...rest } = first;
    return {
        ...rest,
        ...sampleSummary(parts.flatMap((p) => p.samples)),
        extra: { ...pooledExtra(parts), pooledFrom: parts.map((p) => p.source) },
    };
}
/** The first part's extras, with arrays that run parallel to the samples (go's iterations) joined. */
function pooledExtra(parts) {
    const extra = { ...(parts[0]?.extra ?? {}) };
    for (const [key, value] of Object.entries(extra)) {
        const parallel = parts.every((p) => {
            const own = p.extra?.[key];
            return Array.isArray(own) && own.length === p.samples?.length;
        });
        if (Array.isArray(value) && parallel)
            extra[key] = parts.flatMap((p) => p.extra?.[key]);
    }
    return extra;
}

// What to tell a user whose file no parser claims: which known tool it looks like when it is one whose
// output we read in another shape (or not at all), else what the file looks like; and that the generic
// JSON format takes any tool's numbers.
/** Outputs of known tools that no parser reads, and the shape to write instead. */
const LOOKS_LIKE = [
    [
        /^Benchmark \d+: .*\n\s+Time \(mean ± σ\):/m,
        "looks like hyperfine's terminal output, which this version does not read: write --export-json FILE",
    ],
    [
        /^-+ benchmark(?:: \d+ tests|'[^']*': \d+ tests) -+$/m,
        "looks like pytest-benchmark's terminal table, which this version does not read: write --benchmark-json FILE",
    ],
    [
        /BENCH\s+Summary|^\s*name\s+hz\s+min\s+max\s+mean/m,
        "looks like vitest bench's terminal output, which this version does not read: write --reporter=json --outputFile=FILE (vitest 5) or --outputJson FILE (vitest 3, 4)",
    ],
    [
        /^Timestamp,User Count,Type,Name,Requests\/s,/,
        "looks like locust's stats history CSV (PREFIX_stats_history.csv): list PREFIX_stats.csv instead",
    ],
    [
        /"metrics"\s*:\s*\{[\s\S]*"http_req_duration"/,
        "looks like k6's summary JSON, which this version does not read",
    ],
    [
        /^\s*<\?xml[\s\S]*<testsuites?[\s>]/,
        'looks like a JUnit XML test report, which holds no benchmark results',
    ],
];
const GENERIC = 'or write the generic JSON format: [{"name", "unit", "value" or "samples"}]';
function unrecognizedMessage(text) {
    const head = text.slice(0, 64 * 1024);
    const known = LOOKS_LIKE.find(([signature]) => signature.test(head))?.[1];
    const what = known ?? describeShape(head);
    return `unrecognized benchmark output (${what}); expected one of: ${FORMATS.join(', ')}, ${GENERIC}`;
}
/** `a JSON object with keys "a", "b"`, `a JSON array of 3 numbers`, `text starting "…"`. */
function describeShape(head) {
    try {
        const value = JSON.parse(head);
        if (Array.isArray(value))
            return `a JSON array of ${value.length} ${value.length === 1 ? 'item' : 'items'}`;
        if (value !== null && typeof value === 'object') {
            const keys = Object.keys(value);
            const shown = keys.slice(0, 5).map((k) => JSON.stringify(k));
            return `a JSON object with keys ${shown.join(', ')}${keys.length > 5 ? ', …' : ''}`;
        }
        return `a JSON ${typeof value}`;
    }
    catch {
        const first = head.split('\n').find((line) => line.trim() !== '') ?? '';
        const shown = first.length > 40 ? `${first.slice(0, 37)}...` : first;
        return `text starting ${JSON.stringify(shown.trim())}`;
    }
}

// Entry point of parsing: picks a parser per file (or the one the user forced) and merges results.
/**
 * The files of one run (the action's `files`, one `--baseline` or `--current` of the CLI): parsed,
 * and a benchmark found in several of them pooled into one series (pool-series.ts).
 */
function parseRun(files, format, progress) {
    const read = parseInputs(files, format, progress);
    const pooled = poolSameSeries(read.results);
    return { results: pooled.results, warnings: [...read.warnings, ...pooled.warnings] };
}
/** Parses every file with `format` (or the detected one per file when `auto`) and concatenates the results. */
function parseInputs(files, choice, progress) {
    const { format, direction } = resolveFormat(choice);
    const byFormat = new Map();
    for (const file of files) {
        const chosen = format === 'auto' ? detectFormat(file) : format;
        if (!chosen)
            throw unrecognized(file);
        if (format === 'auto')
            refuseMixedText(file, chosen);
        const group = byFormat.get(chosen) ?? [];
        group.push(file);
        byFormat.set(chosen, group);
    }
    const out = { results: [], warnings: [] };
    const add = (fmt, path, part) => {
        for (const result of part.results) {
            result.format = fmt;
            refuseNonFinite(result);
            out.results.push(result);
        }
        for (const w of part.warnings)
            out.warnings.push(w);
        progress?.file?.(path, out.results.length);
    };
    for (const [fmt, group] of byFormat) {
        // criterion's target/criterion JSON comes as three files per benchmark: its parser sees them together.
        if (fmt === 'criterion')
            add(fmt, group[0].path, parseCriterion(group));
        else
            for (const file of group)
                add(fmt, file.path, parseOne(fmt, file, direction, progress));
    }
    return out;
}
/**
 * A number a parser read that does not fit a double (a 400-digit count, 1e309) would be stored as
 * null and compared as Infinity: whatever the format, it is refused naming the benchmark.
 */
function refuseNonFinite(result) {
    const summary = [result.value, result.mean, result.median, result.min, result.max, result.stddev];
    const bad = summary.find((x) => x !== undefined && !Number.isFinite(x)) ??
        result.samples?.find((x) => !Number.isFinite(x));
    if (bad === undefined)
        return;
    throw inputError(result.source.file, `benchmark "${result.name}": ${bad} is not a finite number; expected a measurement`, result.source.line !== undefined ? { line: result.source.line } : undefined);
}
/** No parser claims the file: if it is broken JSON, say where it breaks; else what it looks like. */
function unrecognized(file) {
    if (/^\s*[[{]/.test(file.text))
        parseJsonText(file, `benchmark output, one of: ${FORMATS.join(', ')}`);
    return inputError(file.path, unrecognizedMessage(file.text));
}
/**
 * An alias to the format it names. github-action-benchmark's custom formats are one file shape whose
 * direction only the tool name says, so the alias carries it.
 */
function resolveFormat(choice) {
    if (choice === 'customBiggerIsBetter')
        return { format: 'json', direction: 'bigger' };
    if (choice === 'customSmallerIsBetter')
        return { format: 'json', direction: 'smaller' };
    return {
        format: choice in FORMAT_ALIASES
            ? FORMAT_ALIASES[choice]
            : choice,
    };
}
function parseOne(format, file, direction, progress) {
    switch (format) {
        case 'go':
            return parseGo(file, progress?.line && ((results) => progress.line?.(file.path, results)));
        case 'pytest':
            return parsePytest(file);
        case 'tinybench':
            return parseTinybench(file);
        case 'googlebenchmark':
            return parseGoogleBenchmark(file);
        case 'hyperfine':
            return parseHyperfine(file);
        case 'catch2':
            return parseCatch2(file);
        case 'benchmarkjs':
            return parseBenchmarkJs(file);
        case 'jmh':
            return parseJmh(file);
        case 'benchmarkdotnet':
            return parseBenchmarkDotNet(file);
        case 'julia':
            return parseJulia(file);
        case 'luau':
            return parseLuau(file);
        case 'mitata':
            return parseMitata(file);
        case 'wrk':
            return parseWrk(file);
        case 'hey':
            return parseHey(file);
        case 'apache-bench':
            return parseApacheBench(file);
        case 'locust':
            return parseLocust(file);
        case 'json':
            return parseGenericJson(file, direction);
    }
}

const builtin$5 = createRequire(import.meta.url)('node:v8');
builtin$5.cachedDataVersionTag;
builtin$5.getHeapSnapshot;
const getHeapStatistics = builtin$5.getHeapStatistics;
builtin$5.getHeapSpaceStatistics;
builtin$5.getHeapCodeStatistics;
builtin$5.getCppHeapStatistics;
builtin$5.setFlagsFromString;
builtin$5.Serializer;
builtin$5.Deserializer;
builtin$5.DefaultSerializer;
builtin$5.DefaultDeserializer;
builtin$5.deserialize;
builtin$5.takeCoverage;
builtin$5.stopCoverage;
builtin$5.serialize;
builtin$5.writeHeapSnapshot;
builtin$5.promiseHooks;
builtin$5.queryObjects;
builtin$5.startupSnapshot;
builtin$5.setHeapSnapshotNearHeapLimit;
builtin$5.GCProfiler;
builtin$5.isStringOneByteRepresentation;
builtin$5.startCpuProfile;

// Every tuned constant of the verdict engine, in one place. Each says what it trades; the figures that
// chose it are in __tests__/bench/DETECTION.md (block named) and docs/statistics.md ("Tuning").
// Changing one means running `npm run bench:detect` and committing the new DETECTION.md.
/** Confidence level of every interval in the report. */
const LEVEL = 0.95;
/** Defaults of the `threshold` and `alpha` inputs: the smallest change that matters, the false-discovery rate. */
const DEFAULT_THRESHOLD = 0.1;
const DEFAULT_ALPHA = 0.05;
// --- Runner drift (drift.ts): "the machine, not the code, changed" --------------------------------
/** Timing series needed before a shared move can be called drift (fewer: a few benchmarks, not a machine). */
const DRIFT_MIN_SERIES = 5;
/** Share of them that must move alike; lower blames the machine for real, widespread changes. */
const DRIFT_MIN_SHARE = 0.75;
/** Typical move (fraction) below which nobody needs to be told; block D. */
const DRIFT_MIN_CHANGE = 0.05;
// --- The suite's noise (noise-model.ts) -------------------------------------------------------------
/**
 * Timing series with ≥ 2 baseline runs needed to pool run-to-run noise into a suite prior (and to
 * take out whole-machine factors): fewer, and a few benchmarks' own noise passes for the machine's.
 */
const PRIOR_MIN_HISTORY_SERIES = 10;
/**
 * Timing series needed to estimate run-to-run noise from one baseline run (the spread of all moves).
 * Lower: small suites judged by within-run samples alone flag run-to-run noise (block F).
 */
const PRIOR_MIN_SUITE_SERIES = 10;
/**
 * A one-run suite's move is clearly moved below p = this / series under t₄ at the median's scale:
 * noise does it in about this share of suites. Lower: wide changes count as noise (block E; crc test).
 */
const MOVED_SUITE_P = 0.05;
/**
 * Share of the better side's moves (and at least PRIOR_MIN_SUITE_SERIES of them) that may be clearly
 * moved before its fitted tails give way to the worse side's. Higher: a change in many benchmarks at
 * once passes for the noise's tails (crc test); lower, or no count floor: a few noisy benchmarks of a
 * small suite lose the tails they widened (block F, real pytest pairs).
 */
const MOVED_BETTER_SHARE = 1 / 3;
/** Moves with known sampling noise needed before a one-run suite can pass for a quiet machine. */
const QUIET_MIN_SERIES = 10;
/**
 * How far the better side's moves may be from what sampling explains and still count as quiet (× the
 * median of χ²₁): about one standard error below the boundary; at 1, noisy suites passed for quiet.
 */
const QUIET_MARGIN = 0.8;
/**
 * Degrees of freedom the suite's typical run-to-run variance is worth for one series with a window
 * (runs of 2–5 samples). Higher: a series three times as noisy as the typical one raises false alarms
 * (blocks B, C); lower: detection lost.
 */
const HISTORY_PRIOR_DF = 3;
/** The same for the typical spread of 3–5 samples of one run (block B, last rows). */
const SAMPLE_PRIOR_DF = 4;
/**
 * The tails of a one-run suite's moves: Student's t with this many degrees of freedom unless the moves
 * show lighter ones. Higher: false alarms with benchmarks of mixed noisiness; lower: detection (block E).
 */
const SUITE_MOVE_DF = 4;
/**
 * Profile log-likelihood a lighter t must gain over t₄ to be trusted alone (a likelihood ratio of 6,
 * p ≈ 0.014). At 2, mixed-noise suites now and then passed for light-tailed (blocks B, E).
 */
const LIGHTER_TAILS_LOG_RATIO = 3;
/**
 * Prior probability of tails lighter than t₄ short of that proof. Higher finds more where every
 * benchmark shares one noise level (block E) and raises false alarms where they differ (block B).
 */
const LIGHTER_TAILS_PRIOR = 0.3;
/**
 * How much a series' own window counts against the suite's mixture of run-to-run variances, as a power
 * of its likelihood. 1: false alarms above 1‰ in two conditions (block B); 0.8: detection lost at 2%.
 */
const OWN_WINDOW_WEIGHT = 0.9;
// --- One run's sampling noise (noise-model.ts) -------------------------------------------------------
/** Samples a run needs before its robust spread is trusted (benchstat's minimum for a median interval)… */
const MIN_SAMPLES_FOR_SPREAD = 6;
/** …and before its classical sd says anything at all. */
const MIN_SAMPLES_FOR_SD = 3;
/**
 * Degrees of freedom from which a run's sampling variance counts as known: runs of 2–5 samples are
 * not, their center can jump to a mode the window has not shown.
 */
const PRECISE_DF = 20;
// --- Tail percentile rows (tails.ts) ------------------------------------------------------------------
/**
 * Samples each side needs above a quantile before its row exists (p95: 100 samples, p99: 500): fewer,
 * and the quantile's interval ends at the sample's largest values, whose noise makes false alarms
 * (__tests__/bench/TAILS.md, `npm run bench:tails`).
 */
const TAIL_MIN_BEYOND = 5;
// --- Bursts (bursts.ts) ---------------------------------------------------------------------------------
/** Regressed benchmarks in a row before the report calls it a burst of load (go and criterion output). */
const BACK_TO_BACK_MIN = 3;
// --- Same-job A/B (same-job.ts) -------------------------------------------------------------------------
/**
 * At most this share of a series' passes (rounded down: 1 of 4–7, 2 of 8–11) may be left out as
 * outliers by the generalized ESD, at SAME_JOB_OUTLIER_ALPHA: a pass a burst of load hit on one side
 * only is one wild ratio among few, and left in it swamps the t-test (SAME-JOB.md, `npm run bench:ab`).
 */
const SAME_JOB_OUTLIER_SHARE = 0.25;
const SAME_JOB_OUTLIER_ALPHA = 0.05;
/**
 * Series a same-job report needs before their variances are moderated (stats/moderated-t.ts): the
 * prior is fitted by moments over the series, and fewer give it too little to go on.
 */
const SAME_JOB_PRIOR_MIN_SERIES = 5;
// --- The weekly watch (trend/): change points in a suite's history --------------------------------
// Figures in docs/trend.md (`npm run bench:trend`), block named.
/** Runs in each E-divisive window: longer sees smaller steps, costs more, and blurs close steps (block T1). */
const TREND_WINDOW = 30;
/** p every counted change point reaches (Otava's default 0.001): lower delays detection, higher files noise (T1). */
const TREND_ALPHA = 0.001;
/**
 * Share of the threshold a change point's estimate must reach when its interval reaches the threshold:
 * lower counts smaller steps, higher misses half the steps of exactly the threshold (T1).
 */
const TREND_NEAR_THRESHOLD = 0.8;
/**
 * A lower estimate, down to this share of the threshold, counts too when the interval is narrow: it
 * reaches the threshold and its near end is at least TREND_SURE_SHARE of it. At 2% noise the estimate of
 * a +10% step over its first 4–5 runs falls below 8% in a few percent of histories; at 5% noise the
 * interval of a spurious 7% step is too wide to pass, so noisy series file no more (T1, T2).
 */
const TREND_NEARER_THRESHOLD = 0.7;
/** Lower lets noisier 7% estimates count (5%-noise false events rise), higher misses more 2%-noise +10% steps (T2). */
const TREND_SURE_SHARE = 0.45;
/**
 * Confidence of the interval that must reach the threshold: 95% misses a step of exactly the threshold
 * 2.5% of the time at any noise, 99% 0.5% (T1).
 */
const TREND_REACH_LEVEL = 0.99;
/**
 * Change points smaller than this share of the series' threshold are merged away (Otava's min_magnitude):
 * kept, a 0.5% wobble next to a step leaves it too few runs after (T1).
 */
const TREND_MIN_MAGNITUDE = 0.5;
/**
 * Share of the runs after a change point (rounded down) that may sit nearer the old level than the new:
 * 0 lets no fast run hide among slow ones, more lets a few bursts pass for a new level (T2).
 */
const TREND_HELD_SLACK = 0.2;
/**
 * A run is an outlier when it is more than TREND_OUTLIER_SDS run-to-run standard deviations from the
 * median of the runs up to TREND_OUTLIER_HALF_WIDTH either side of it. The width keeps a step intact once
 * it has 3 runs (it outnumbers the old level in every window) while two bursts in a row are still
 * replaced; 3 sds replace 0.3% of plain normal runs, fewer lets small bursts pass for levels (T2).
 */
const TREND_OUTLIER_HALF_WIDTH = 2;
const TREND_OUTLIER_SDS = 5;
/**
 * Fewest runs between two change points that make a level of their own. A lone run between two is a
 * burst the outlier filter missed because it sits next to a step (the median of its neighbourhood is
 * the burst itself): kept, it leaves the step beside it a one-run old level (T2, docs/trend.md).
 */
const TREND_MIN_LEVEL_RUNS = 2;
/**
 * Largest spread (median absolute deviation of the runs as recorded, as an sd) of a level shorter than
 * twice TREND_MIN_RUNS_AFTER either side of a change point, in run-to-run noise sds: a row of slow runs
 * of other work scatters by tens of sds, a level that moved by about one; lower rejects real levels of 4
 * runs with a slow run among them, higher lets rows of bursts pass (T2; docs/trend.md).
 */
const TREND_STEADY_SDS = 5;
/** Runs at the new level before an event counts: fewer opens issues on a burst, more delays them (T2). */
const TREND_MIN_RUNS_AFTER = 4;
/** Runs apart that change points of different series may be and still be one event (T3). */
const TREND_EVENT_SPAN = 1;
/**
 * Newest runs that must each be back within the threshold to call a regression recovered (also an issue
 * whose change point is no longer found): fewer closes early, more keeps a fixed regression's issue open
 * weeks longer (T2). One run less than TREND_MIN_RUNS_AFTER: four runs back make a change point of
 * their own, and the rule covers the weeks before that.
 */
const TREND_RECOVERY_RUNS = 3;
// --- Memory (pipeline/heap.ts) ----------------------------------------------------------------------
/**
 * Share of V8's heap limit that live data may fill before a run stops with a one-line "out of memory"
 * instead of V8's fatal trace. Lower stops runs that would have fitted; nearer 1 lets the last big
 * allocations (a file's results, the report) reach the limit between two checks.
 */
const HEAP_STOP_SHARE = 0.9;
/**
 * Lines parsed or series compared between two looks at the heap: reading the heap's statistics costs
 * about a microsecond, a line a few hundred nanoseconds, and 8,192 lines of go output hold ~2 MB.
 */
const HEAP_CHECK_EVERY = 8192;
/**
 * What V8's heap_size_limit holds besides the old generation when no --max-old-space-size is given:
 * 192 MiB on Node 24 (measured: --max-old-space-size=96 gives a limit of 288 MiB, 4096 gives 4,288),
 * 48 MiB on Node 20. The larger one: on Node 20 the run stops 144 MiB early, 4% of its 4 GiB.
 */
const V8_YOUNG_GENERATION_BYTES = 192 * 2 ** 20;

// A run too big for V8's heap stops with one line saying so, before V8 stops it with a fatal trace
// (which no handler can catch): the pipeline looks at the heap while a file is parsed, after each file,
// while the series are compared and before the report is written. Garbage not yet collected counts as
// used: near the limit V8 collects often, and a full collection forced there was itself what V8 gave
// up on ("ineffective mark-compacts"), so the run stops a little early rather than too late.
/** Bad input of a kind: more data than this process's heap holds. One line, exit code 2, as any other. */
class OutOfMemoryError extends InputError {
}
/**
 * Throws OutOfMemoryError when live data fills more than HEAP_STOP_SHARE of the old generation's
 * limit (what --max-old-space-size sets, and what V8 runs out of). `doing` names what needs the
 * memory, with its verb: "120,000 series parsed from bench.txt need".
 */
function checkHeap(doing) {
    const limit = oldGenerationLimit();
    if (heapUsed() <= HEAP_STOP_SHARE * limit)
        return;
    throw new OutOfMemoryError(outOfMemoryMessage(doing(), limit));
}
/**
 * Bytes in the heap, the young generation's included: what survives a scavenge moves to the old
 * generation at once (up to 64 MiB of it on Node 24), so it counts as taken already.
 */
function heapUsed() {
    return getHeapStatistics().used_heap_size;
}
/**
 * The old generation's limit: --max-old-space-size when the process was given one, else V8's heap
 * limit less the young generation's reservation (V8_YOUNG_GENERATION_BYTES).
 */
function oldGenerationLimit() {
    const flags = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)].join(' ');
    // The last one given is the one V8 keeps.
    const given = [...flags.matchAll(/--max[-_]old[-_]space[-_]size[= ](\d+)/g)].at(-1)?.[1];
    if (given)
        return Number(given) * 2 ** 20;
    return getHeapStatistics().heap_size_limit - V8_YOUNG_GENERATION_BYTES;
}
/** checkHeap for a loop: looks at the heap once every HEAP_CHECK_EVERY calls. */
function heapWatch(doing) {
    let calls = 0;
    return (...args) => {
        if (++calls % HEAP_CHECK_EVERY === 0)
            checkHeap(() => doing(...args));
    };
}
/** `out of memory: … need more than the 4.0 GiB heap; run with NODE_OPTIONS=--max-old-space-size=8192`. */
function outOfMemoryMessage(doing, heapLimit) {
    const mib = heapLimit / 2 ** 20;
    const heap = mib >= 1024 ? `${(mib / 1024).toFixed(1)} GiB` : `${Math.round(mib)} MiB`;
    // Twice the heap, in whole GiB: enough for the next step up, a size a runner can be asked for.
    const suggested = Math.ceil((2 * mib) / 1024) * 1024;
    return `out of memory: ${doing} more than the ${heap} heap; run with NODE_OPTIONS=--max-old-space-size=${suggested}`;
}
/** Parsing watched: stops with one line when the heap fills up. */
function heapProgress() {
    const parsedFrom = (file, results) => `${count(results)} series parsed from ${file} need`;
    return {
        line: heapWatch(parsedFrom),
        file: (file, results) => checkHeap(() => parsedFrom(file, results)),
    };
}
/** 1,000,000 */
function count(n) {
    return n.toLocaleString('en-US');
}

/** The stored history cannot be used: corrupt JSON, wrong shape, or a newer schema version. */
class HistoryError extends Error {
    name = 'HistoryError';
}

const STATUSES = [
    'regression',
    'over-budget',
    'improvement',
    'inconclusive',
    'unchanged',
    'new',
    'missing',
];
/**
 * The tail statistics a series with enough raw samples can be compared on besides its center, each as
 * its own row. The number is the quantile (p95: the value 95% of the samples are at or below).
 */
const TAIL_STATISTICS = { p95: 0.95, p99: 0.99 };

// The comparison options users write as strings (action inputs and CLI flags): thresholds, budgets
// and alpha. Parsing gives one-line errors that say what was expected; matching a rule to a series
// happens here too, so compare.ts only asks "what threshold/budget applies to this series?".
const KINDS = ['time', 'throughput', 'memory', 'count'];
function defaultCompareOptions() {
    return { thresholds: { default: DEFAULT_THRESHOLD, rules: [] }, alpha: DEFAULT_ALPHA, budgets: [] };
}
const TAIL_NAMES = Object.keys(TAIL_STATISTICS);
function isTailStatistic(text) {
    return TAIL_NAMES.includes(text);
}
/** `p95, p99` (newlines or commas), `none` or empty: the tail percentiles to compare. */
function parsePercentiles(text, option = 'percentiles') {
    const entries = splitList(text).map((s) => s.toLowerCase());
    if (entries.length === 1 && entries[0] === 'none')
        return [];
    for (const entry of entries) {
        if (!isTailStatistic(entry)) {
            throw new InputError(`${option}: "${entry}" is not a percentile this version compares; expected ${TAIL_NAMES.join(', ')} or none`);
        }
    }
    return [...new Set(entries)];
}
/** Entries of a list option: one per line or comma-separated. */
function splitList(text) {
    return text
        .split(/\r?\n|,/)
        .map((s) => s.trim())
        .filter((s) => s !== '');
}
/** Splits `key: value` at the last `: ` so keys may hold colons (`pkg::test_x`). */
function splitRule(entry) {
    const at = entry.lastIndexOf(':');
    if (at <= 0)
        return undefined;
    const key = entry.slice(0, at).trim();
    const value = entry.slice(at + 1).trim();
    return key && value ? [key, value] : undefined;
}
function parsePercent(text, what) {
    const m = /^(\d+(?:\.\d+)?)\s*%$/.exec(text.trim());
    if (!m?.[1])
        throw new InputError(`${what}: "${text}" is not a percentage; expected e.g. "10%"`);
    return Number(m[1]) / 100;
}
/**
 * `10%`, or a list like `10%, time: 5%, allocs/op: 0%, BenchmarkParse*: 5%` (newlines or commas).
 * A bare percentage sets the default; `key: N%` adds an override.
 */
function parseThresholds(text, option = 'threshold') {
    const out = { default: DEFAULT_THRESHOLD, rules: [] };
    for (const entry of splitList(text)) {
        if (!entry.includes(':')) {
            out.default = parsePercent(entry, option);
            continue;
        }
        const rule = splitRule(entry);
        if (!rule)
            throw new InputError(`${option}: "${entry}" is not a rule; expected "<metric|unit|benchmark glob>: N%"`);
        out.rules.push({ key: rule[0], threshold: parsePercent(rule[1], `${option} "${rule[0]}"`) });
    }
    return out;
}
/**
 * Thresholds that read like github-action-benchmark's `alert-threshold` (`200%` = "2× as slow"), where
 * ours is the change (`10%` = 1.1×): one warning per threshold of 100% or more, saying what it means here.
 */
function thresholdWarnings(rules, option = 'threshold') {
    const all = [{ key: undefined, threshold: rules.default }, ...rules.rules];
    return all
        .filter(({ threshold }) => threshold >= 1)
        .map(({ key, threshold }) => {
        const percent = Number((threshold * 100).toPrecision(12));
        const ratio = Number((1 + threshold).toPrecision(12));
        const theirs = Number((percent - 100).toPrecision(12));
        return (`${option}${key ? ` "${key}"` : ''}: ${percent}% here means a change of +${percent}% (${ratio}× as slow); ` +
            `if you mean github-action-benchmark's alert-threshold ${percent}% (${percent / 100}× as slow), write ${theirs}%`);
    });
}
/**
 * `test_opa_eval: 5ms, BenchmarkCache*: 500ns, *: 100 allocs/op` (newlines or commas); a limit on a
 * tail percentile names it: `test_opa_eval: p95 < 5ms`, `*: p99 < 2ms`.
 */
function parseBudgets(text, option = 'budgets') {
    return splitList(text).map((entry) => {
        const rule = splitRule(entry);
        if (!rule) {
            throw new InputError(`${option}: "${entry}" is not a budget; expected "<benchmark glob>: <limit>" like "BenchmarkX*: 500ns"`);
        }
        const [statistic, written] = budgetStatistic(rule[1], rule[0], option);
        const limit = parseQuantity(written);
        if (!limit) {
            throw new InputError(`${option} "${rule[0]}": "${rule[1]}" is not a quantity; expected a number and a unit like "5ms" or "100 allocs/op"`);
        }
        if (limit.value < 0) {
            throw new InputError(`${option} "${rule[0]}": "${rule[1]}" is negative; a budget is a limit like "5ms" or "0 allocs/op"`);
        }
        return statistic ? { pattern: rule[0], limit, statistic } : { pattern: rule[0], limit };
    });
}
/**
 * `p95 < 5ms` → ['p95', '5ms']; `5ms` → [undefined, '5ms']. A word before `<`, or a `pNN` without
 * one, is a statistic: an unknown one, or one without its `<`, is an error.
 */
function budgetStatistic(value, pattern, option) {
    const m = /^([A-Za-z][A-Za-z0-9.]*)\s*(<?)\s*(.*)$/.exec(value);
    const word = m?.[1]?.toLowerCase();
    const named = m !== null && word !== undefined && (m[2] === '<' || /^p\d/.test(word));
    if (!named)
        return [undefined, value];
    const expected = `expected "<limit>" or "${TAIL_NAMES.map((t) => `${t} < <limit>`).join('" or "')}"`;
    if (!isTailStatistic(word)) {
        throw new InputError(`${option} "${pattern}": "${value}" names no statistic this version reads; ${expected}`);
    }
    if (m[2] !== '<' || (m[3] ?? '') === '') {
        throw new InputError(`${option} "${pattern}": "${value}" has no "< <limit>" after ${word}; ${expected}`);
    }
    return [word, m[3]];
}
function parseAlpha(text, option = 'alpha') {
    const value = Number(text.trim());
    if (text.trim() === '' || !Number.isFinite(value) || value <= 0 || value >= 1) {
        throw new InputError(`${option}: "${text}" must be a number between 0 and 1 (exclusive), e.g. 0.05`);
    }
    return value;
}
/**
 * Whether a budget applies to a series. Load-testing tools report their percentiles as series of their
 * own (`GET /work p99`, one number a run): a budget `GET /work: p99 < 20ms` means that series.
 */
function budgetMatches(budget, series) {
    if (budget.statistic === series.statistic)
        return globMatches(budget.pattern, series);
    if (!budget.statistic || series.statistic || series.params?.percentile !== budget.statistic)
        return false;
    const suffix = ` ${budget.statistic}`;
    if (!series.name.endsWith(suffix))
        return false;
    const target = series.name.slice(0, -suffix.length);
    return globMatches(budget.pattern, { id: target, name: target });
}
/**
 * The threshold for a series. Most specific wins: a benchmark glob (the last one listed that matches),
 * then an exact unit, then a metric kind, then the default — which is 0 for failed requests (`errors`):
 * a load test that starts failing is a regression however few the failures.
 */
function thresholdFor(series, rules) {
    let byGlob;
    let byUnit;
    let byKind;
    const kind = unitKind(series.unit);
    for (const rule of rules.rules) {
        if (rule.key === series.unit)
            byUnit = rule.threshold;
        else if (KINDS.includes(rule.key)) {
            if (rule.key === kind)
                byKind = rule.threshold;
        }
        else if (globMatches(rule.key, series))
            byGlob = rule.threshold;
    }
    return byGlob ?? byUnit ?? byKind ?? (series.unit === FAILURE_UNIT ? 0 : rules.default);
}
/**
 * The budget that applies to a series (last matching one whose unit converts to the series' unit),
 * checked against `value`. A budget on a bigger-is-better unit is a floor, otherwise a ceiling.
 */
function budgetFor(series, value, budgets) {
    let applied;
    for (const budget of budgets) {
        if (!budgetMatches(budget, series))
            continue;
        const factor = conversionFactor(budget.limit.unit, series.unit);
        if (factor === undefined)
            continue;
        const limit = withoutFloatNoise(budget.limit.value * factor);
        const exceeded = series.direction === 'bigger' ? value < limit : value > limit;
        const written = `${budget.statistic ? `${budget.statistic} < ` : ''}${budget.limit.value} ${budget.limit.unit}`;
        applied = { limit, written, exceeded };
    }
    return applied;
}
const globCache = new Map();
/**
 * Benchmark-name globs: `*` matches any run of characters (including `/`, unlike file globs, because
 * benchmark names use `/` for sub-benchmarks), `?` one character. Matched against the name and the id.
 * Written here rather than with a file-glob library because those treat `/` as a path separator.
 */
function globMatches(pattern, series) {
    let re = globCache.get(pattern);
    if (!re) {
        const body = pattern
            .split('')
            .map((ch) => (ch === '*' ? '.*' : ch === '?' ? '.' : ch.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
            .join('');
        re = new RegExp(`^${body}$`, 's');
        globCache.set(pattern, re);
    }
    return re.test(series.name) || re.test(series.id);
}

// Geometric means, as benchstat's `geomean` row: the typical value of a column and the typical
// ratio between two columns, both meaningful across benchmarks of very different magnitudes.
/** Geometric mean, or undefined when there are no values or any is ≤ 0 ("summaries must be >0"). */
function geometricMean(values) {
    if (values.length === 0 || values.some((v) => !(v > 0)))
        return undefined;
    const meanLog = values.reduce((sum, v) => sum + Math.log(v), 0) / values.length;
    return Math.exp(meanLog);
}
/**
 * head / base, with benchstat's conventions: equal centers give exactly 1 (so 0/0 is "no change"),
 * and a zero base with a non-zero head has no ratio (undefined, printed `?`).
 */
function centerRatio(base, head) {
    if (base === head)
        return 1;
    if (base === 0)
        return undefined;
    return head / base;
}

// ψ (digamma), ψ′ (trigamma), ψ″ (tetragamma) and the inverse of ψ′, for the moderated t's prior
// (stats/moderated-t.ts). For x ≥ 10 the asymptotic series (Abramowitz & Stegun 6.3.18, 6.4.11–12):
//   ψ(x)  ≈ ln x − 1/(2x) − 1/(12x²) + 1/(120x⁴) − 1/(252x⁶) + 1/(240x⁸) − 1/(132x¹⁰)
//   ψ′(x) ≈ 1/x + 1/(2x²) + 1/(6x³) − 1/(30x⁵) + 1/(42x⁷) − 1/(30x⁹) + 5/(66x¹¹)
//   ψ″(x) ≈ −1/x² − 1/x³ − 1/(2x⁴) + 1/(6x⁶) − 1/(6x⁸) + 3/(10x¹⁰) − 5/(6x¹²)
// below it the recurrences ψ(x) = ψ(x+1) − 1/x, ψ′(x) = ψ′(x+1) + 1/x², ψ″(x) = ψ″(x+1) − 2/x³.
const ASYMPTOTIC_FROM = 10;
/** ψ(x) for x > 0. */
function digamma(x) {
    let shift = 0;
    while (x < ASYMPTOTIC_FROM) {
        shift -= 1 / x;
        x += 1;
    }
    const r = 1 / (x * x);
    return (shift + Math.log(x) - 0.5 / x - r * (1 / 12 - r * (1 / 120 - r * (1 / 252 - r * (1 / 240 - r / 132)))));
}
/** ψ′(x) for x > 0. */
function trigamma(x) {
    let shift = 0;
    while (x < ASYMPTOTIC_FROM) {
        shift += 1 / (x * x);
        x += 1;
    }
    const r = 1 / (x * x);
    return (shift + 1 / x + r / 2 + (r / x) * (1 / 6 - r * (1 / 30 - r * (1 / 42 - r * (1 / 30 - (5 / 66) * r)))));
}
/** ψ″(x) for x > 0. */
function tetragamma(x) {
    let shift = 0;
    while (x < ASYMPTOTIC_FROM) {
        shift -= 2 / (x * x * x);
        x += 1;
    }
    const r = 1 / (x * x);
    return shift - r - r / x - r * r * (1 / 2 - r * (1 / 6 - r * (1 / 6 - r * (3 / 10 - (5 / 6) * r))));
}
/**
 * y with ψ′(y) = v, for v > 0: Newton's method on 1/ψ′ from y = 0.5 + 1/v, which is monotone and
 * converges from that start (Smyth 2004, limma's trigammaInverse).
 */
function trigammaInverse(v) {
    if (!(v > 0))
        throw new RangeError('trigammaInverse needs a positive argument');
    if (v > 1e7)
        return 1 / Math.sqrt(v);
    if (v < 1e-6)
        return 1 / v;
    let y = 0.5 + 1 / v;
    for (let i = 0; i < 50; i++) {
        const tri = trigamma(y);
        const step = (tri * (1 - tri / v)) / tetragamma(y);
        y += step;
        if (-step / y < 1e-8)
            break;
    }
    return y;
}

// The moderated t (Smyth, "Linear models and empirical Bayes methods for assessing differential
// expression", 2004; limma's squeezeVar). Many series measured together have variances s²_g on d_g
// degrees of freedom; their spread is modelled as a scaled inverse χ² prior, 1/σ² ~ χ²_{d0}/(d0 s0²),
// fitted by moments of log s²:
//   e_g = ln s²_g − ψ(d_g/2) + ln(d_g/2),   ē = mean e_g,
//   ψ′(d0/2) = var(e) − mean ψ′(d_g/2),     ln s0² = ē + ψ(d0/2) − ln(d0/2)
// (d0 = ∞ and s0² = e^ē when the variances spread no more than χ² alone makes them). Each series'
// variance is then shrunk to  s̃²_g = (d0 s0² + d_g s²_g) / (d0 + d_g)  and its t has d0 + d_g degrees
// of freedom: few passes borrow the suite's knowledge of the noise, and a series much noisier than the
// rest keeps most of its own variance.
/** The prior fitted to variances `variances[g]` on `dfs[g]` degrees of freedom; undefined if < 2 usable. */
function fitVariancePrior(variances, dfs) {
    const e = [];
    let trigammaMean = 0;
    variances.forEach((s2, g) => {
        const d = dfs[g];
        if (!(s2 > 0) || !Number.isFinite(s2) || !(d > 0))
            return;
        e.push(Math.log(s2) - digamma(d / 2) + Math.log(d / 2));
        trigammaMean += trigamma(d / 2);
    });
    const n = e.length;
    if (n < 2)
        return undefined;
    trigammaMean /= n;
    const mean = e.reduce((a, b) => a + b, 0) / n;
    let ss = 0;
    for (const x of e)
        ss += (x - mean) ** 2;
    const excess = ss / (n - 1) - trigammaMean;
    if (!(excess > 0))
        return { df: Number.POSITIVE_INFINITY, variance: Math.exp(mean) };
    const df = 2 * trigammaInverse(excess);
    return { df, variance: Math.exp(mean + digamma(df / 2) - Math.log(df / 2)) };
}
/**
 * A series' variance shrunk to the prior, and its degrees of freedom — capped at `maxDf` (the suite's
 * total residual degrees of freedom, as limma does), since no prior knows the noise better than all
 * the data it was fitted on.
 */
function moderatedVariance(variance, df, prior, maxDf) {
    if (!prior)
        return { variance, df };
    const total = Math.min(prior.df + df, Math.max(maxDf, df));
    if (!Number.isFinite(prior.df))
        return { variance: prior.variance, df: total };
    return { variance: (prior.df * prior.variance + df * variance) / (prior.df + df), df: total };
}

// Probability distributions to full double precision: normal, Student t, binomial, and the special
// functions behind them (log-gamma, log-beta, regularized incomplete beta). simple-statistics has
// a normal CDF from a 3-digit table and no t distribution, which is not enough for p-values.
// ---------------------------------------------------------------------------------------------
// Normal distribution
// ---------------------------------------------------------------------------------------------
// W. J. Cody (1969), "Rational Chebyshev approximations for the error function", Math. Comp. 23,
// coefficients as published in netlib specfun CALERF (written here rounded to the nearest double).
// A/B: erf on |y| ≤ 0.46875; C/D: erfc·e^{y²} on (0.46875, 4]; P/Q: erfc·e^{y²} beyond 4.
const ERF_A = [
    3.1611237438705655, 113.86415415105016, 377.485237685302, 3209.3775891384694, 0.18577770618460315,
];
const ERF_B = [23.601290952344122, 244.02463793444417, 1282.6165260773723, 2844.236833439171];
const ERFC_C = [
    0.5641884969886701, 8.883149794388377, 66.11919063714163, 298.6351381974001, 881.952221241769,
    1712.0476126340707, 2051.0783778260716, 1230.3393547979972, 2.1531153547440383e-8,
];
const ERFC_D = [
    15.744926110709835, 117.6939508913125, 537.1811018620099, 1621.3895745666903, 3290.7992357334597,
    4362.619090143247, 3439.3676741437216, 1230.3393548037495,
];
const ERFC_P = [
    0.30532663496123236, 0.36034489994980445, 0.12578172611122926, 0.016083785148742275, 0.0006587491615298378,
    0.016315387137302097,
];
const ERFC_Q = [
    2.568520192289822, 1.8729528499234604, 0.5279051029514285, 0.06051834131244132, 0.0023352049762686918,
];
const INV_SQRT_PI = 0.5641895835477563;
const ERF_SMALL_LIMIT = 0.46875;
/** erf(y) for |y| ≤ 0.46875. */
function erfSmall(y) {
    const ysq = y * y;
    let num = ERF_A[4] * ysq;
    let den = ysq;
    for (let i = 0; i < 3; i++) {
        num = (num + ERF_A[i]) * ysq;
        den = (den + ERF_B[i]) * ysq;
    }
    return (y * (num + ERF_A[3])) / (den + ERF_B[3]);
}
/** erfc(y)·e^{y²} for y > 0.46875: the smooth factor of erfc, free of the Gaussian's rounding. */
function erfcScaled(y) {
    if (y <= 4) {
        let num = ERFC_C[8] * y;
        let den = y;
        for (let i = 0; i < 7; i++) {
            num = (num + ERFC_C[i]) * y;
            den = (den + ERFC_D[i]) * y;
        }
        return (num + ERFC_C[7]) / (den + ERFC_D[7]);
    }
    const inv = 1 / (y * y);
    let num = ERFC_P[5] * inv;
    let den = inv;
    for (let i = 0; i < 4; i++) {
        num = (num + ERFC_P[i]) * inv;
        den = (den + ERFC_Q[i]) * inv;
    }
    const r = (inv * (num + ERFC_P[4])) / (den + ERFC_Q[4]);
    return (INV_SQRT_PI - r) / y;
}
/**
 * e^{-x²/2}, accurate to a few ulps even where x² itself rounds: x is split into a part with four
 * fractional bits (whose square is exact) and a small remainder, as Cody does for e^{-y²}.
 */
function gaussianFactor(x) {
    const head = Math.trunc(x * 16) / 16;
    const tail = (x - head) * (x + head);
    return Math.exp((-head * head) / 2) * Math.exp(-tail / 2);
}
/** Upper tail of the standard normal, Q(z) = 1 − Φ(z), with full relative precision far into the tail. */
function normalSurvival(z) {
    if (Number.isNaN(z))
        return Number.NaN;
    if (z < 0)
        return 1 - normalSurvival(-z);
    const y = z / Math.SQRT2;
    if (y <= ERF_SMALL_LIMIT)
        return 0.5 - erfSmall(y) / 2;
    // The rational factor is smooth, so the rounding of z/√2 barely moves it; the Gaussian factor is
    // computed from z itself so it carries no such rounding.
    return (erfcScaled(y) * gaussianFactor(z)) / 2;
}
/** Standard normal CDF Φ(z). */
function normalCdf(z) {
    return normalSurvival(-z);
}
// M. J. Wichura (1988), Algorithm AS 241 "The percentage points of the normal distribution" (PPND16),
// Applied Statistics 37: rational approximations accurate to about 1e-16 (coefficients rounded to doubles).
const AS241_A = [
    3.3871328727963665, 133.14166789178438, 1971.5909503065513, 13731.69376550946, 45921.95393154987,
    67265.7709270087, 33430.57558358813, 2509.0809287301227,
];
const AS241_B = [
    1, 42.31333070160091, 687.1870074920579, 5394.196021424751, 21213.794301586597, 39307.89580009271,
    28729.085735721943, 5226.495278852854,
];
const AS241_C = [
    1.4234371107496835, 4.630337846156546, 5.769497221460691, 3.6478483247632045, 1.2704582524523684,
    0.2417807251774506, 0.022723844989269184, 0.0007745450142783414,
];
const AS241_D = [
    1, 2.053191626637759, 1.6763848301838038, 0.6897673349851, 0.14810397642748008, 0.015198666563616457,
    0.0005475938084995345, 1.0507500716444169e-9,
];
const AS241_E = [
    6.657904643501103, 5.463784911164114, 1.7848265399172913, 0.29656057182850487, 0.026532189526576124,
    0.0012426609473880784, 0.000027115555687434876, 2.0103343992922881e-7,
];
const AS241_F = [
    1, 0.599832206555888, 0.1369298809227358, 0.014875361290850615, 0.0007868691311456133,
    0.000018463183175100548, 1.421511758316446e-7, 2.0442631033899397e-15,
];
function polynomial(coefficients, x) {
    let sum = 0;
    for (let i = coefficients.length - 1; i >= 0; i--)
        sum = sum * x + coefficients[i];
    return sum;
}
/** Standard normal quantile Φ⁻¹(p) (AS 241). Φ⁻¹(0) = −∞, Φ⁻¹(1) = +∞. */
function normalQuantile(p) {
    if (Number.isNaN(p) || p < 0 || p > 1)
        return Number.NaN;
    if (p === 0)
        return Number.NEGATIVE_INFINITY;
    if (p === 1)
        return Number.POSITIVE_INFINITY;
    const q = p - 0.5;
    if (Math.abs(q) <= 0.425) {
        const r = 0.180625 - q * q;
        return (q * polynomial(AS241_A, r)) / polynomial(AS241_B, r);
    }
    let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
    let x;
    if (r <= 5) {
        r -= 1.6;
        x = polynomial(AS241_C, r) / polynomial(AS241_D, r);
    }
    else {
        r -= 5;
        x = polynomial(AS241_E, r) / polynomial(AS241_F, r);
    }
    return q < 0 ? -x : x;
}
// ---------------------------------------------------------------------------------------------
// Gamma and beta functions
// ---------------------------------------------------------------------------------------------
const LN_SQRT_2PI = 0.9189385332046728;
/**
 * lgamma(x) − Stirling's approximation, for x ≥ 10: the asymptotic series with Bernoulli numbers
 * B2…B16, whose first omitted term is below 2e-18 at x = 10.
 */
function stirlingCorrection(x) {
    const inv = 1 / x;
    const inv2 = inv * inv;
    const series = [1 / 12, -1 / 360, 1 / 1260, -1 / 1680, 1 / 1188, -691 / 360360, 1 / 156, -3617 / 122400];
    return inv * polynomial(series, inv2);
}
/** ln Γ(x) for x > 0, absolute accuracy ~1e-15 (relative for large x). */
function logGamma(x) {
    if (Number.isNaN(x) || x <= 0)
        return Number.NaN;
    if (x === Number.POSITIVE_INFINITY)
        return x;
    if (x >= 10)
        return (x - 0.5) * Math.log(x) - x + LN_SQRT_2PI + stirlingCorrection(x);
    // Γ(x) = Γ(x+n) / (x(x+1)…(x+n−1)): shift into the range where Stirling's series is exact enough.
    let product = 1;
    let shifted = x;
    while (shifted < 10) {
        product *= shifted;
        shifted += 1;
    }
    return logGamma(shifted) - Math.log(product);
}
/**
 * ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a+b), arranged (as in R's lbeta) so that large arguments do
 * not cancel: Stirling's terms are combined analytically and only the small corrections subtract.
 */
function logBeta(a, b) {
    const p = Math.min(a, b);
    const q = Math.max(a, b);
    if (Number.isNaN(p) || p < 0)
        return Number.NaN;
    if (p === 0)
        return Number.POSITIVE_INFINITY;
    if (q === Number.POSITIVE_INFINITY)
        return Number.NEGATIVE_INFINITY;
    if (p >= 10) {
        const correction = stirlingCorrection(p) + stirlingCorrection(q) - stirlingCorrection(p + q);
        const share = p / (p + q);
        return (-0.5 * Math.log(q) + LN_SQRT_2PI + correction + (p - 0.5) * Math.log(share) + q * Math.log1p(-share));
    }
    if (q >= 10) {
        const correction = stirlingCorrection(q) - stirlingCorrection(p + q);
        return logGamma(p) + correction + p - p * Math.log(p + q) + (q - 0.5) * Math.log1p(-p / (p + q));
    }
    return logGamma(p) + logGamma(q) - logGamma(p + q);
}
const CONTINUED_FRACTION_MAX_ITERATIONS = 100_000;
const TINY = 1e-300;
/**
 * Continued fraction for I_x(a, b) (modified Lentz, as in Numerical Recipes' betacf), converging
 * fast for x < (a+1)/(a+b+2). Near x ≈ 1 (t with many degrees of freedom) its first denominator
 * 1 − (a+b)x/(a+1) is rewritten with y = 1 − x, because the subtraction would amplify x's rounding.
 */
function betaContinuedFraction(x, y, a, b) {
    const sum = a + b;
    let c = 1;
    let d = x <= 0.5 ? 1 - (sum * x) / (a + 1) : (1 - b + sum * y) / (a + 1);
    if (Math.abs(d) < TINY)
        d = TINY;
    d = 1 / d;
    let h = d;
    for (let m = 1; m <= CONTINUED_FRACTION_MAX_ITERATIONS; m++) {
        const m2 = 2 * m;
        // Even step.
        let aa = (m * (b - m) * x) / ((a - 1 + m2) * (a + m2));
        d = 1 + aa * d;
        if (Math.abs(d) < TINY)
            d = TINY;
        c = 1 + aa / c;
        if (Math.abs(c) < TINY)
            c = TINY;
        d = 1 / d;
        h *= d * c;
        // Odd step.
        aa = (-(a + m) * (sum + m) * x) / ((a + m2) * (a + 1 + m2));
        d = 1 + aa * d;
        if (Math.abs(d) < TINY)
            d = TINY;
        c = 1 + aa / c;
        if (Math.abs(c) < TINY)
            c = TINY;
        d = 1 / d;
        const delta = d * c;
        h *= delta;
        if (Math.abs(delta - 1) <= Number.EPSILON / 2)
            return h;
    }
    return h;
}
/**
 * Both tails of the regularized incomplete beta function at x, with y = 1 − x passed separately so
 * a caller holding a precise y (e.g. t²/(ν+t²)) does not lose it: returns [I_x(a,b), 1 − I_x(a,b)],
 * each computed directly on the side where it is the small one, so both keep relative precision.
 */
function incompleteBetaTails(x, a, b, y = 1 - x) {
    if (Number.isNaN(x) || Number.isNaN(a) || Number.isNaN(b) || a <= 0 || b <= 0 || x < 0 || x > 1) {
        return [Number.NaN, Number.NaN];
    }
    if (x === 0)
        return [0, 1];
    if (y === 0)
        return [1, 0];
    // ln x near x = 1 comes from log1p(−y): with a large (many degrees of freedom) the rounding of x
    // itself would otherwise cost ~a·ε of relative precision.
    const logX = x < 0.5 ? Math.log(x) : Math.log1p(-y);
    const logY = y < 0.5 ? Math.log(y) : Math.log1p(-x);
    const front = Math.exp(a * logX + b * logY - logBeta(a, b));
    if (x < (a + 1) / (a + b + 2)) {
        const lower = (front * betaContinuedFraction(x, y, a, b)) / a;
        return [lower, 1 - lower];
    }
    const upper = (front * betaContinuedFraction(y, x, b, a)) / b;
    return [1 - upper, upper];
}
// ---------------------------------------------------------------------------------------------
// Student t distribution
// ---------------------------------------------------------------------------------------------
/**
 * P(T > t) for Student's t with `df` degrees of freedom (df may be fractional, as Welch's is).
 * Relative accuracy ~1e-14 up to 1000 df; the continued fraction loses digits as df grows (~5e-13 at
 * 1e4, ~4e-11 at 1e6 df), far below anything a p-value is used for.
 */
function studentTSurvival(t, df) {
    if (Number.isNaN(t) || Number.isNaN(df) || df <= 0)
        return Number.NaN;
    if (df === Number.POSITIVE_INFINITY)
        return normalSurvival(t);
    if (t === 0)
        return 0.5;
    const t2 = t * t;
    // P(|T| > |t|) = I_{ν/(ν+t²)}(ν/2, 1/2); y = t²/(ν+t²) is passed exactly rather than as 1 − x.
    const [twoSided] = incompleteBetaTails(df / (df + t2), df / 2, 0.5, t2 / (df + t2));
    return t > 0 ? twoSided / 2 : 1 - twoSided / 2;
}
/** Two-sided p-value P(|T| ≥ |t|). */
function studentTTwoSidedP(t, df) {
    return Math.min(1, 2 * studentTSurvival(Math.abs(t), df));
}
/** Density of Student's t. */
function studentTDensity(t, df) {
    return Math.exp(studentTLogDensity(t, df));
}
/** ln of Student's t density: finite where the density itself underflows (a normal at t > 38). */
function studentTLogDensity(t, df) {
    if (df === Number.POSITIVE_INFINITY)
        return (-t * t) / 2 - 0.5 * Math.log(2 * Math.PI);
    return -((df + 1) / 2) * Math.log1p((t * t) / df) - 0.5 * Math.log(df) - logBeta(df / 2, 0.5);
}
const QUANTILE_MAX_ITERATIONS = 200;
/**
 * The t ≥ 0 with P(T > t) = q, for 0 < q ≤ 1/2. Closed forms for ν = 1 and 2; otherwise Newton's
 * method on ln P(T > t) (well conditioned deep in the tail) inside a shrinking bracket.
 */
function studentTUpperQuantile(q, df) {
    if (q === 0.5)
        return 0;
    if (df === Number.POSITIVE_INFINITY)
        return -normalQuantile(q);
    if (df === 1)
        return 1 / Math.tan(Math.PI * q);
    if (df === 2)
        return (1 - 2 * q) / Math.sqrt(2 * q * (1 - q));
    // Start from the larger of the normal quantile and the power-law tail P(T > t) ≈ c·t^{-ν}.
    const normalGuess = -normalQuantile(q);
    const tailGuess = Math.sqrt(df) * Math.exp(-(Math.log(df * q) + logBeta(df / 2, 0.5)) / df);
    let t = Math.max(normalGuess, Number.isFinite(tailGuess) ? tailGuess : 0);
    let lo = 0;
    let hi = Number.POSITIVE_INFINITY;
    const target = Math.log(q);
    for (let i = 0; i < QUANTILE_MAX_ITERATIONS; i++) {
        const survival = studentTSurvival(t, df);
        if (survival === q)
            return t;
        if (survival > q)
            lo = t;
        else
            hi = t;
        const step = ((Math.log(survival) - target) * survival) / studentTDensity(t, df);
        let next = t + step;
        if (!Number.isFinite(next) || next <= lo || next >= hi) {
            next = hi === Number.POSITIVE_INFINITY ? 2 * t + 1 : (lo + hi) / 2;
        }
        if (Math.abs(next - t) <= 4 * Number.EPSILON * t)
            return next;
        t = next;
    }
    return t;
}
/** Quantile of Student's t: the t with P(T ≤ t) = p. */
function studentTQuantile(p, df) {
    if (Number.isNaN(p) || Number.isNaN(df) || p < 0 || p > 1 || df <= 0)
        return Number.NaN;
    if (p === 0)
        return Number.NEGATIVE_INFINITY;
    if (p === 1)
        return Number.POSITIVE_INFINITY;
    return p < 0.5 ? -studentTUpperQuantile(p, df) : studentTUpperQuantile(1 - p, df);
}
// ---------------------------------------------------------------------------------------------
// Binomial distribution
// ---------------------------------------------------------------------------------------------
/** Binomial coefficient C(n, k), exact while it fits a double's 53-bit integer range. */
function choose(n, k) {
    if (k < 0 || k > n)
        return 0;
    const m = Math.min(k, n - k);
    let result = 1;
    for (let i = 1; i <= m; i++) {
        // result·(n−m+i) is C(n−m+i, i)·i, so the division is exact while the product is.
        result = (result * (n - m + i)) / i;
    }
    return result;
}
/** P(X = k) for X ~ Binomial(n, p). */
function binomialPmf(k, n, p) {
    if (!Number.isInteger(k) || k < 0 || k > n)
        return 0;
    if (p === 0)
        return k === 0 ? 1 : 0;
    if (p === 1)
        return k === n ? 1 : 0;
    const coefficient = choose(n, k);
    if (coefficient < 2 ** 53)
        return coefficient * p ** k * (1 - p) ** (n - k);
    const logChoose = -Math.log(n + 1) - logBeta(n - k + 1, k + 1);
    return Math.exp(logChoose + k * Math.log(p) + (n - k) * Math.log1p(-p));
}

// Rosner's generalized extreme Studentized deviate test (Technometrics 25, 1983): up to r outliers in
// an approximately normal sample of n. Step i (i = 1..r) removes the point farthest from the mean of
// those left, with R_i = max |x − x̄| / s over the n − i + 1 left, and compares it with
//   λ_i = (n − i) t_{p, n−i−1} / √((n − i − 1 + t²_{p, n−i−1}) (n − i + 1)),  p = 1 − α / (2 (n − i + 1));
// the number of outliers is the largest i with R_i > λ_i.
/**
 * Indexes of the outliers of `xs` (at most `maxOutliers`, and never leaving fewer than 3 points), at
 * level `alpha`; empty when there are none or too few points to tell.
 */
function generalizedEsdOutliers(xs, maxOutliers, alpha = 0.05) {
    const n = xs.length;
    const r = Math.min(maxOutliers, n - 3);
    if (r < 1)
        return [];
    const left = xs.map((x, i) => ({ x, i }));
    const removed = [];
    let found = 0;
    for (let step = 1; step <= r; step++) {
        const m = left.length;
        let mean = 0;
        for (const p of left)
            mean += p.x;
        mean /= m;
        let ss = 0;
        for (const p of left)
            ss += (p.x - mean) ** 2;
        const s = Math.sqrt(ss / (m - 1));
        let far = 0;
        for (let j = 1; j < m; j++)
            if (Math.abs(left[j].x - mean) > Math.abs(left[far].x - mean))
                far = j;
        const deviation = Math.abs(left[far].x - mean);
        const t = studentTQuantile(1 - alpha / (2 * m), m - 2);
        const lambda = ((m - 1) * t) / Math.sqrt((m - 2 + t * t) * m);
        removed.push(left[far].i);
        left.splice(far, 1);
        // A sample with no spread has no outliers; one whose spread is all one point's has that one.
        if (s > 0 && deviation / s > lambda)
            found = step;
    }
    return removed.slice(0, found);
}

// The paired test of a same-job A/B: base and head measured in alternating passes on one machine. Each
// pass is a block: whatever slowed the machine during it slowed both sides, so the per-pass log ratio
// of the two sides' centers is free of it. A one-sample t-test on those log ratios (k passes, k − 1
// degrees of freedom, or more with a moderated variance: stats/moderated-t.ts) tests "no change", and
// its interval is the change's. Treating all samples as one pool instead would count every sample as
// independent evidence while the passes' own offsets (a benchmark that ran slower in one pass on one
// side) are shared within a pass: its p is too small.
/**
 * The per-pass log ratios head/base (positive finite numbers, ≥ 2), with up to `maxOutliers` passes
 * left out by Rosner's generalized ESD at `outlierAlpha` — a pass that a burst of load hit on one side
 * only would otherwise swamp the others.
 */
function passRatios(ratios, maxOutliers = 0, outlierAlpha = 0.05) {
    if (ratios.length < 2 || ratios.some((r) => !(r > 0) || !Number.isFinite(r)))
        throw new RangeError('passRatios needs at least 2 positive finite ratios');
    const all = ratios.map(Math.log);
    const outliers = generalizedEsdOutliers(all, maxOutliers, outlierAlpha).sort((a, b) => a - b);
    const logs = all.filter((_, i) => !outliers.includes(i));
    let mean = 0;
    for (const x of logs)
        mean += x;
    mean /= logs.length;
    let ss = 0;
    for (const x of logs)
        ss += (x - mean) ** 2;
    return { logs, mean, variance: ss / (logs.length - 1), outliers };
}
/**
 * The t-test of "no change" on one series' pass ratios, its variance moderated by `prior` (the
 * suite's, fitted on every series' `variance`) when there is one, its degrees of freedom at most
 * `maxDf`. With no spread at all the passes agree exactly: p is 1 for a ratio of 1 and 0 otherwise,
 * with a zero-width interval.
 */
function pairedBlocksTest(r, level = 0.95, prior, maxDf = Number.POSITIVE_INFINITY) {
    const k = r.logs.length;
    const own = k - 1;
    const { variance, df } = moderatedVariance(r.variance, own, prior, maxDf);
    const se = Math.sqrt(variance / k);
    const ratio = Math.exp(r.mean);
    if (se === 0)
        return { ratio, p: r.mean === 0 ? 1 : 0, lo: ratio, hi: ratio, passes: k, df };
    const half = studentTQuantile(1 - (1 - level) / 2, df) * se;
    return {
        ratio,
        p: studentTTwoSidedP(r.mean / se, df),
        lo: Math.exp(r.mean - half),
        hi: Math.exp(r.mean + half),
        passes: k,
        df,
    };
}

// Benjamini–Hochberg false discovery rate control: with many benchmarks, some p-values fall under
// 0.05 by chance alone; q-values say how many of the "significant" ones may be noise.
/**
 * Benjamini–Hochberg adjusted p-values (q-values), in the order of the input: for the i-th smallest
 * of m p-values, q = min over j ≥ i of p₍ⱼ₎·m/j, capped at 1, so q is monotone in p. NaN entries
 * stay NaN and do not count towards m.
 */
function benjaminiHochberg(pValues) {
    const ranked = pValues
        .map((p, index) => ({ p, index }))
        .filter(({ p }) => !Number.isNaN(p))
        .sort((a, b) => a.p - b.p);
    const m = ranked.length;
    const q = pValues.map(() => Number.NaN);
    let running = 1;
    for (let i = m - 1; i >= 0; i--) {
        const { p, index } = ranked[i];
        running = Math.min(running, (p * m) / (i + 1));
        q[index] = running;
    }
    return q;
}

/** Whether a series was read from output that lists benchmarks in the order they ran. */
function inRunOrder(s) {
    return s.format === 'go' || (s.format === 'criterion' && s.source?.line !== undefined);
}
/**
 * Blocks of ≥ BACK_TO_BACK_MIN benchmarks, consecutive in the current run, each with a regressed
 * timing series. `series` in the order of the current run's results (as compare() builds them).
 * A benchmark is its id without the unit: its ns/op and MB/s are one benchmark. One that was not
 * compared (new, or no timing series) ends a block: it ran in between, and nobody knows how fast.
 */
function backToBackRegressions(series) {
    // In order of first appearance (a Map keeps insertion order).
    const benchmarks = new Map();
    for (const s of series) {
        if (s.status === 'missing' || !inRunOrder(s))
            continue;
        const key = benchmarkKey(s.id);
        let entry = benchmarks.get(key);
        if (!entry) {
            entry = {
                name: s.name,
                format: s.format === 'go' ? 'go' : 'criterion',
                compared: false,
                regressed: false,
            };
            benchmarks.set(key, entry);
        }
        if (!isTiming(s.unit) || s.status === 'new')
            continue;
        entry.compared = true;
        if (s.status === 'regression')
            entry.regressed = true;
    }
    const blocks = [];
    let block = [];
    let format = 'go';
    const close = () => {
        if (block.length >= BACK_TO_BACK_MIN)
            blocks.push({ benchmarks: block, format });
        block = [];
    };
    for (const entry of benchmarks.values()) {
        // A report of two outputs (go and criterion) never runs one's benchmarks between the other's.
        if (block.length > 0 && entry.format !== format)
            close();
        format = entry.format;
        if (entry.compared && entry.regressed)
            block.push(entry.name);
        else
            close();
    }
    close();
    return blocks;
}
/** `pkg::BenchmarkX-2 [ns/op]` → `pkg::BenchmarkX-2`. */
function benchmarkKey(id) {
    const unit = id.lastIndexOf(' [');
    return unit > 0 && id.endsWith(']') ? id.slice(0, unit) : id;
}

/** Names shown per side: enough to recognise a tool's output, few enough for one line. */
const EXAMPLES = 3;
/**
 * What each side held: the baseline as every series of its window (the newest result of each), the
 * current run as read. Undefined on a first run: with no baseline there is nothing to share.
 */
function seriesCoverage(current, window, baselineRuns) {
    if (baselineRuns === 0)
        return undefined;
    const currentIds = new Set(current.map((r) => r.id));
    const series = [...window.values()];
    const inNewest = series.filter((s) => s.newestRunHasIt);
    const missing = inNewest.filter((s) => !currentIds.has(s.results.at(-1)?.id ?? '')).length;
    return {
        baseline: contents(series.map((s) => s.results.at(-1))),
        current: contents(current),
        common: current.filter((r) => window.has(r.id)).length,
        newestRunSeries: inNewest.length,
        missing,
        lostMost: missing * 2 > inNewest.length,
    };
}
/** The baseline held series and the current run shares none of them. */
function sharesNothing(coverage) {
    return coverage !== undefined && coverage.baseline.series > 0 && coverage.common === 0;
}
function contents(results) {
    const formats = new Set();
    for (const r of results)
        if (r.format)
            formats.add(r.format);
    const examples = [...new Set(results.map((r) => r.name))].slice(0, EXAMPLES);
    return { series: results.length, formats: [...formats], examples };
}

function sideOf(result) {
    const { value, n, samples, mean, median, min, max, stddev, ci } = result;
    return { center: value, n, samples, mean, median, min, max, stddev, ci };
}
/** Every number of a side divided by `scale` (a drift taken out, a run brought to another level). */
function scaleSide(side, scale) {
    if (scale === 1)
        return side;
    const s = (x) => (x === undefined ? undefined : x / scale);
    return {
        ...side,
        center: side.center / scale,
        samples: side.samples?.map((x) => x / scale),
        mean: s(side.mean),
        median: s(side.median),
        min: s(side.min),
        max: s(side.max),
        stddev: s(side.stddev),
        ci: side.ci ? { ...side.ci, lo: side.ci.lo / scale, hi: side.ci.hi / scale } : undefined,
    };
}
/** A baseline run's numbers brought to `center` (the window's typical level). */
function atLevel(result, center) {
    return scaleSide(sideOf(result), result.value / center || 1);
}
/**
 * current / baseline of the centers (benchstat's rule: 0 → 0 is no change, x/0 has no ratio), with
 * the ratio's interval when known.
 */
function changeOf(base, cur, ratioCi) {
    if (!(base >= 0) || !Number.isFinite(cur))
        return undefined;
    const ratio = centerRatio(base, cur);
    if (ratio === undefined)
        return undefined;
    const change = { ratio, percent: (ratio - 1) * 100 };
    if (ratioCi?.every(Number.isFinite))
        change.ci = [(ratioCi[0] - 1) * 100, (ratioCi[1] - 1) * 100];
    return change;
}
/** Worse-direction oriented change: positive = worse, whichever way the unit counts. */
function worseness(change, direction) {
    return direction === 'smaller' ? change.ratio - 1 : 1 / change.ratio - 1;
}

function weigh(e, ctx) {
    const { within, runToRun: between } = e;
    const change = (...used) => changeOf(e.reference, e.currentCenter, ratioInterval(e.currentCenter / e.reference, used));
    if (e.exact)
        return { test: { method: 'exact' }, change: changeOf(e.reference, e.currentCenter) };
    if (e.sameJob) {
        // Base and head shared every pass's machine: no other kind of noise is left to ask about.
        const p = e.sameJob.canReachAlpha ? e.sameJob.p : undefined;
        return {
            test: { method: 'same-job', p },
            change: change(e.sameJob),
            reasons: compact([e.sameJob.reason]),
        };
    }
    if (within?.canReachAlpha) {
        const alone = between?.decidesAlone === true;
        const p = between === undefined ? within.p : alone ? between.p : Math.max(within.p, between.p);
        const test = {
            method: within.kind,
            p,
            pWithin: within.p,
            pBetween: between?.p,
        };
        return { test, change: change(within, between), reasons: heldBackBy(e, within, between, alone, ctx) };
    }
    if (between) {
        const reasons = between.p > ctx.alpha ? compact([between.reason, within?.reason]) : undefined;
        const test = { method: 'history', p: between.p, pWithin: within?.p, pBetween: between.p };
        return { test, change: change(between), reasons };
    }
    if (within) {
        const test = { method: within.kind, p: within.p, pWithin: within.p };
        return { test, change: change(within), reasons: compact([within.reason]) };
    }
    const unverified = { code: 'unverified', runs: e.runs, threshold: ctx.threshold };
    return {
        test: { method: 'threshold-only' },
        change: changeOf(e.reference, e.currentCenter),
        reasons: [unverified],
    };
}
/** Why a within-run test that can reach α did not let a change through, if one of the tests says so. */
function heldBackBy(e, within, between, alone, ctx) {
    if (between && between.p > within.p && between.p > ctx.alpha)
        return compact([between.reason]);
    if (alone || within.smallestP === undefined || within.smallestP <= ctx.loneDiscoveryP)
        return undefined;
    const counts = within.sampleCounts ?? { baseline: 0, current: 0 };
    const series = Math.round(ctx.alpha / ctx.loneDiscoveryP);
    return [{ code: 'lone-change-unreachable', ...counts, p: ctx.loneDiscoveryP, series, format: e.format }];
}
/** The widest of the evidence's intervals, end by end: the change is uncertain by every kind of noise used. */
function ratioInterval(ratio, used) {
    const margins = used.map((x) => x?.margin).filter((m) => m !== undefined);
    if (margins.length === 0)
        return undefined;
    const lower = margins.reduce((most, m) => Math.max(most, m.lower), Number.NEGATIVE_INFINITY);
    const upper = margins.reduce((most, m) => Math.max(most, m.upper), Number.NEGATIVE_INFINITY);
    return [ratio * Math.exp(-lower), ratio * Math.exp(upper)];
}
function compact(reasons) {
    const kept = reasons.filter((r) => r !== undefined);
    return kept.length > 0 ? kept : undefined;
}
function decide(input) {
    const { weighed, change, threshold } = input;
    const { test } = weighed;
    if (test.method === 'exact' && !change && input.reference === 0) {
        // Nothing before, something now (allocations appeared): no ratio, but certainly a change.
        const worse = input.currentCenter > 0 === (input.direction === 'smaller');
        return { status: worse ? 'regression' : 'improvement', reasons: [{ code: 'was-zero' }] };
    }
    if (!change)
        return { status: 'inconclusive', reasons: weighed.reasons ?? [{ code: 'no-comparable-value' }] };
    const worse = worseness(change, input.direction);
    const beyond = Math.abs(worse) > threshold || (threshold === 0 && worse !== 0);
    const flagged = worse > 0 ? 'regression' : 'improvement';
    if (test.method === 'exact' || test.method === 'threshold-only') {
        return { status: beyond ? flagged : 'unchanged', reasons: weighed.reasons };
    }
    const q = input.q ?? test.p ?? 1;
    const significant = q <= input.alpha;
    if (significant && beyond) {
        // The p that decides may come from one kind of noise while the interval holds both: a change whose
        // interval still holds no change is not flagged (a skewed or two-moded run whose median jumped).
        const [lo = 1, hi = 1] = change.ci ?? [];
        if (lo <= 0 && hi >= 0)
            return { status: 'inconclusive', reasons: [{ code: 'interval-holds-no-change' }] };
        return { status: flagged };
    }
    if (significant || !beyond)
        return { status: 'unchanged' };
    const noise = { code: 'noise-wider-than-threshold', threshold, q, alpha: input.alpha };
    return { status: 'inconclusive', reasons: weighed.reasons ?? [noise] };
}

// Runner drift: the whole machine was slower (or faster) — most timing series moved the same way by a
// similar amount. Each benchmark is then judged relative to that move instead of all being blamed.
/** The typical worse-oriented change of the timing series, when most of them share it. */
function detectDrift(series) {
    const moves = [];
    for (const s of series) {
        if (!s.change || !isTiming(s.unit))
            continue;
        moves.push(Math.log1p(worseness(s.change, s.direction)));
    }
    if (moves.length < DRIFT_MIN_SERIES)
        return undefined;
    const typical = median(moves);
    if (Math.abs(Math.expm1(typical)) < DRIFT_MIN_CHANGE)
        return undefined;
    // "Similar amount": within half the typical move of it, on the same side.
    const alike = moves.filter((m) => Math.sign(m) === Math.sign(typical) && Math.abs(m - typical) <= Math.abs(typical) / 2);
    const share = alike.length / moves.length;
    if (share < DRIFT_MIN_SHARE)
        return undefined;
    return { percent: Math.expm1(typical) * 100, share, series: moves.length };
}
/** The factor a series' current numbers are divided by to take the drift out (1: not a timing series). */
function driftScale(drift, direction, unit) {
    if (!isTiming(unit))
        return 1;
    const worse = 1 + drift.percent / 100;
    return direction === 'smaller' ? worse : 1 / worse;
}

/** Whether the interval can be read on the log scale: a positive estimate and ends, a level in (0, 1). */
function isLogInterval({ estimate, lo, hi, level }) {
    return estimate > 0 && lo > 0 && hi >= lo && level > 0 && level < 1;
}
/** Standard error of ln(estimate) implied by its confidence interval. */
function logSeFromInterval({ estimate, lo, hi, level }) {
    if (!isLogInterval({ estimate, lo, hi, level })) {
        throw new RangeError('an interval test needs 0 < lo ≤ hi, a positive estimate and a level in (0, 1)');
    }
    return (Math.log(hi) - Math.log(lo)) / (2 * normalQuantile((1 + level) / 2));
}
/**
 * z-test of head's estimate against base's on the log scale, with a `level` confidence interval for
 * head/base. With zero-width intervals on both sides the difference is exact: p = 1 when the
 * estimates are equal, else 0.
 */
function intervalTest(base, head, level = 0.95) {
    const se = Math.hypot(logSeFromInterval(base), logSeFromInterval(head));
    const logRatio = Math.log(head.estimate / base.estimate);
    const ratio = head.estimate / base.estimate;
    if (se === 0)
        return { ratio, p: logRatio === 0 ? 1 : 0, lo: ratio, hi: ratio, logSe: 0 };
    const margin = normalQuantile((1 + level) / 2) * se;
    return {
        ratio,
        p: Math.min(1, 2 * normalSurvival(Math.abs(logRatio) / se)),
        lo: Math.exp(logRatio - margin),
        hi: Math.exp(logRatio + margin),
        logSe: se,
    };
}

// Thinning a long list for a fit: at most `max` items, evenly spaced through it (stats/ fits whose
// estimate does not change visibly beyond a few thousand observations use it to stay fast).
/** The items themselves when there are at most `max`, else `max` of them evenly spaced, first one included. */
function evenlySpaced(items, max) {
    if (items.length <= max)
        return items;
    const step = items.length / max;
    return Array.from({ length: max }, (_, i) => items[Math.floor(i * step)]);
}

// How heavy-tailed the moves of a one-run suite are: scaled t's fitted by maximum likelihood.
//
// With one baseline run, every series' move between it and the current run has variance sᵢ + 2B: its
// two runs' sampling noise sᵢ (known from their samples) and the run-to-run variance B of a run
// center, which one move cannot tell apart for one series. The model: the run-to-run part of move i is
// √(2B)·t_ν; with the sampling part added, the standardized move is t with Welch–Satterthwaite's
// ν·((sᵢ + 2B)/2B)² degrees of freedom — the rule the caller's test uses, so that what is fitted is
// what is tested. For each ν of a grid, B maximizes the likelihood (the profile likelihood). Then
// (moveTails):
//   - when the best lighter ν beats the heavy default by at least `lighterLogRatio`, that ν alone;
//   - otherwise every ν at once, weighted by Bayes' rule (prior 1 − `lighterPrior` on the default,
//     which keeps the caller's B, the rest spread evenly), so a test's p is the weighted mean of the p's.
//
// Written here because simple-statistics has no t fit and the fit must match the test's own
// degrees-of-freedom rule, which no packaged fit does.
/** Degrees of freedom tried, from the heavy default to the normal. */
const DF_GRID = [4, 5, 6, 8, 10, 15, 20, 30, 50, 100, Number.POSITIVE_INFINITY];
/**
 * Components below this weight (together at most 1% of it) are left out and the rest renormalized:
 * they are lighter tails (t₄ keeps at least a tenth of the weight whenever the weights are shared),
 * so their share goes mostly to t₄, the safe side. Where t₄ is all but certain, a test then costs
 * one t tail instead of eleven.
 */
const NEGLIGIBLE_WEIGHT$1 = 1e-3;
/** At most this many moves go into the fit (evenly spaced): enough for the tails, fast on 10,000 series. */
const MAX_FIT_MOVES = 500;
/** Points of the coarse search for B over a log scale, and rounds of the refining search. */
const SCALE_GRID = 30;
const REFINE_ROUNDS = 30;
const GOLDEN = (Math.sqrt(5) - 1) / 2;
/**
 * The run-to-run part of the moves as weighted scaled t's (see the file comment). `heavyVariance`:
 * the caller's estimate of B for t₄; with no usable moves (none, or all zero) t₄ alone.
 */
function moveTails(moves, heavyVariance, prior) {
    const heavy = { runVariance: heavyVariance, df: prior.heavyDf, weight: 1 };
    const used = evenlySpaced(moves, MAX_FIT_MOVES);
    const largest = used.reduce((m, d) => Math.max(m, d.square), 0);
    if (!(largest > 0))
        return [heavy];
    const profile = DF_GRID.map((df) => ({ df, ...bestScale(used, df, largest) }));
    const reference = profile.find((p) => p.df === prior.heavyDf);
    const lighter = profile.filter((p) => p.df > prior.heavyDf && Number.isFinite(p.logLikelihood));
    if (!reference || !Number.isFinite(reference.logLikelihood) || lighter.length === 0)
        return [heavy];
    const best = lighter.reduce((a, b) => (b.logLikelihood > a.logLikelihood ? b : a));
    if (best.logLikelihood - reference.logLikelihood >= prior.lighterLogRatio) {
        return [{ runVariance: best.runVariance, df: best.df, weight: 1 }];
    }
    // Bayes' rule on the log scale, relative to the largest term so that nothing underflows. t₄'s
    // weight comes from its profile likelihood (at its own best scale), but its test keeps the caller's
    // scale: where t₄ takes all the weight, the test is exactly what it was without this file.
    const logWeights = [
        Math.log(1 - prior.lighterPrior) + reference.logLikelihood,
        ...lighter.map((p) => Math.log(prior.lighterPrior / lighter.length) + p.logLikelihood),
    ];
    const top = logWeights.reduce((most, x) => Math.max(most, x), Number.NEGATIVE_INFINITY);
    const relative = logWeights.map((w) => Math.exp(w - top));
    const total = relative.reduce((sum, w) => sum + w, 0);
    const kept = [heavy, ...lighter]
        .map((t, i) => ({ runVariance: t.runVariance, df: t.df, weight: relative[i] }))
        .filter((t) => t.weight >= NEGLIGIBLE_WEIGHT$1 * total);
    const keptTotal = kept.reduce((sum, t) => sum + t.weight, 0);
    for (const t of kept)
        t.weight /= keptTotal;
    return kept;
}
/** Log-likelihood of the moves (up to a constant) for run-to-run variance `b` and t tails of `df`. */
function moveLogLikelihood(moves, b, df) {
    let sum = 0;
    for (const { square, sampling } of moves) {
        const variance = sampling + 2 * b;
        if (!(variance > 0)) {
            // A move of exactly 0 with no variance at all says nothing; any other is impossible.
            if (square === 0)
                continue;
            return Number.NEGATIVE_INFINITY;
        }
        const effectiveDf = b === 0 || df === Number.POSITIVE_INFINITY ? Number.POSITIVE_INFINITY : df * (variance / (2 * b)) ** 2;
        // Far beyond any table the t is a normal (as in noiseTest).
        const t = Math.sqrt(square / variance);
        sum +=
            studentTLogDensity(t, effectiveDf > 1e4 ? Number.POSITIVE_INFINITY : effectiveDf) -
                0.5 * Math.log(variance);
    }
    return sum;
}
/** The B that maximizes the likelihood at one df: a log-spaced search, refined by golden-section search. */
function bestScale(moves, df, largest) {
    let best = { runVariance: 0, logLikelihood: moveLogLikelihood(moves, 0, df) };
    const lo = Math.log(largest * 1e-8);
    const step = (Math.log(largest) - lo) / SCALE_GRID;
    let bestK = -1;
    for (let k = 0; k <= SCALE_GRID; k++) {
        const b = Math.exp(lo + step * k);
        const logLikelihood = moveLogLikelihood(moves, b, df);
        if (logLikelihood > best.logLikelihood) {
            best = { runVariance: b, logLikelihood };
            bestK = k;
        }
    }
    if (bestK < 0)
        return best;
    // Golden-section search between the grid neighbours of the best point (the likelihood is unimodal
    // in ln B there): one new evaluation per round.
    let a = lo + step * Math.max(0, bestK - 1);
    let c = lo + step * Math.min(SCALE_GRID, bestK + 1);
    let x1 = c - GOLDEN * (c - a);
    let x2 = a + GOLDEN * (c - a);
    let f1 = moveLogLikelihood(moves, Math.exp(x1), df);
    let f2 = moveLogLikelihood(moves, Math.exp(x2), df);
    for (let i = 0; i < REFINE_ROUNDS; i++) {
        if (f1 > f2) {
            c = x2;
            x2 = x1;
            f2 = f1;
            x1 = c - GOLDEN * (c - a);
            f1 = moveLogLikelihood(moves, Math.exp(x1), df);
        }
        else {
            a = x1;
            x1 = x2;
            f1 = f2;
            x2 = a + GOLDEN * (c - a);
            f2 = moveLogLikelihood(moves, Math.exp(x2), df);
        }
    }
    const runVariance = Math.exp((a + c) / 2);
    const logLikelihood = moveLogLikelihood(moves, runVariance, df);
    return logLikelihood > best.logLikelihood ? { runVariance, logLikelihood } : best;
}

// Tests against a history of single numbers: a benchmark that gives one value per run (n = 1), and
// the centers of several baseline runs (between-run noise: a machine, a build or a CI runner that
// is a few percent slower on a whole run, which no within-run test can see).
//
// Both ask whether a new value is plausible among values drawn like the history, i.e. a
// prediction interval. Benchmark values are positive and their noise multiplicative, so the work is
// on ln(value). The estimates are robust, so one bad run in the history does not widen everything:
//   center = median of ln(values),
//   scale  = 1.4826 · MAD of ln(values) (the MAD made consistent for a normal distribution).
// Prediction of one new value: z = (ln v − center) / (scale · √(1 + π/(2n))), where π/(2n) is the
// variance of a sample median relative to σ². Small-sample widening: z is referred to Student's t
// with 0.37·(n − 1) degrees of freedom — 0.37 is the MAD's efficiency relative to the standard
// deviation at the normal, so the scale is only as certain as a standard deviation from 37% of the
// data. Checked by simulation (see the tests): on normal log-values the false-alarm rate at
// α = 0.05 stays at or below 5% for every n from 2 to 40 (conservative for n < 10).
/** Consistency constant of the MAD for the standard deviation of a normal distribution. */
const MAD_TO_SD = 1.4826;
/** Consistency constant of the mean absolute deviation for the standard deviation of a normal. */
const MEAN_ABSOLUTE_DEVIATION_TO_SD = Math.sqrt(Math.PI / 2);
/** Gaussian efficiency of the MAD, used to discount its degrees of freedom. */
const MAD_EFFICIENCY = 0.37;
/** Robust center and spread of positive values on the log scale. Throws RangeError on values ≤ 0. */
function robustLogSpread(values) {
    if (values.length === 0)
        throw new RangeError('robustLogSpread needs at least one value');
    if (values.some((v) => !(v > 0)))
        throw new RangeError('robustLogSpread needs positive values');
    const logs = values.map(Math.log).sort((a, b) => a - b);
    const center = medianSorted(logs);
    const deviations = logs.map((l) => Math.abs(l - center));
    let logSd = MAD_TO_SD * median(deviations);
    if (logSd === 0) {
        logSd = (MEAN_ABSOLUTE_DEVIATION_TO_SD * deviations.reduce((sum, d) => sum + d, 0)) / deviations.length;
    }
    return { center: Math.exp(center), logSd, n: values.length };
}
/**
 * Whether `value` is plausible as one more draw of `history` (see the file comment), with the
 * `level` prediction interval. With fewer than 2 history values nothing can be said (p = 1); when
 * all history values are equal, the value either equals them (p = 1) or not (p = 0).
 */
function historyPredictionTest(history, value, level = 0.95) {
    if (!(value > 0))
        throw new RangeError('historyPredictionTest needs a positive value');
    if (history.length < 2) {
        const spread = history.length === 0 ? { center: Number.NaN, logSd: Number.NaN, n: 0 } : robustLogSpread(history);
        return { ...spread, p: 1, lo: 0, hi: Number.POSITIVE_INFINITY };
    }
    const spread = robustLogSpread(history);
    const logCenter = Math.log(spread.center);
    if (spread.logSd === 0) {
        return { ...spread, p: Math.log(value) === logCenter ? 1 : 0, lo: spread.center, hi: spread.center };
    }
    const n = history.length;
    const predictionSd = spread.logSd * Math.sqrt(1 + Math.PI / (2 * n));
    const df = MAD_EFFICIENCY * (n - 1);
    const z = (Math.log(value) - logCenter) / predictionSd;
    const margin = studentTQuantile(1 - (1 - level) / 2, df) * predictionSd;
    return {
        ...spread,
        p: studentTTwoSidedP(z, df),
        lo: Math.exp(logCenter - margin),
        hi: Math.exp(logCenter + margin),
    };
}

// An empirical-Bayes model of how noisy the series of a suite are: the distribution of their
// variances, estimated from all of them at once, and what it says about one series.
//
// Each series i has an unknown variance τᵢ² (here: of its run centers on the log scale) and an
// observed sample variance sᵢ² with νᵢ degrees of freedom, νᵢ·sᵢ²/τᵢ² ~ χ²(νᵢ). The τᵢ² are drawn
// from a distribution G common to the suite. G is estimated without assuming its shape, as the
// nonparametric maximum-likelihood estimate on a fixed log-spaced grid (Kiefer–Wolfowitz; EM for the
// grid weights, as in Koenker & Mizera 2014 and the `vash` method of Lu & Stephens 2016). A series
// with few runs then borrows from the suite where its own data are silent, but only as far as the
// suite's benchmarks are alike: when some benchmarks are nine times as noisy as others, G says so,
// and a quiet-looking series with two runs keeps some probability of being one of the noisy ones.
// A scaled-inverse-χ² prior (limma) forces one shape on G and either overstates the tail (losing
// power) or understates it (false alarms) when the truth is bounded or bimodal.
//
// Written here because no maintained JavaScript package fits a nonparametric variance prior
// (simple-statistics has none; the methods above exist as R packages only).
/** Grid points of the estimate: 0 and log-spaced points over the observed range, widened below. */
const GRID_POINTS = 50;
/** The grid spans the observed variances widened by this factor on each side. */
const GRID_MARGIN = 100;
const MAX_ITERATIONS = 250;
/** EM stops when the mean log-likelihood gains less than this per iteration. */
const TOLERANCE = 1e-7;
/** Mixture weights below this are left out of tests (their share of any probability is below it). */
const NEGLIGIBLE_WEIGHT = 1e-9;
/** At most this many observations are used for the fit (evenly spaced); more change nothing visible. */
const MAX_FIT_OBSERVATIONS = 2000;
/** Observations are grouped by df and by ln(variance) in bins this wide (1%): same fit, less work. */
const LOG_BIN = 0.01;
/**
 * The nonparametric maximum-likelihood estimate of the distribution of the series' true variances
 * from their sample variances. Needs at least one observation; when every sample variance is 0 the
 * estimate is a point mass at 0.
 */
function fitVarianceMixture(observations) {
    if (observations.length === 0)
        throw new RangeError('fitVarianceMixture needs observations');
    const positive = observations.map((o) => o.variance).filter((v) => v > 0);
    if (positive.length === 0)
        return { variances: [0], weights: [1] };
    const lo = positive.reduce((m, v) => Math.min(m, v), Number.POSITIVE_INFINITY) / GRID_MARGIN;
    const hi = positive.reduce((m, v) => Math.max(m, v), 0) * GRID_MARGIN;
    // 0 and a log-spaced grid: with known offsets, many series may have no variance of their own.
    const variances = [
        0,
        ...Array.from({ length: GRID_POINTS - 1 }, (_, k) => Math.exp(Math.log(lo) + (k / (GRID_POINTS - 2)) * Math.log(hi / lo))),
    ];
    const groups = groupObservations(evenlySpaced(observations, MAX_FIT_OBSERVATIONS));
    // One flat table of likelihoods, and each group's range of grid points where its likelihood is not
    // 0; below, the same for the weights. A 0 there adds exactly nothing to either sum (0 × a finite
    // likelihood is 0), so skipping it leaves every double as it was, at a third of the work.
    const likelihoods = new Float64Array(groups.length * GRID_POINTS);
    const from = new Int32Array(groups.length);
    const to = new Int32Array(groups.length);
    let finite = true;
    groups.forEach((g, i) => {
        const lik = relativeLikelihoods(g.observation, variances);
        likelihoods.set(lik, i * GRID_POINTS);
        if (lik.some((x) => !Number.isFinite(x)))
            finite = false;
        let first = 0;
        while (first < GRID_POINTS && lik[first] === 0)
            first++;
        let last = GRID_POINTS;
        while (last > first && lik[last - 1] === 0)
            last--;
        from[i] = first;
        to[i] = last;
    });
    const total = groups.reduce((sum, g) => sum + g.count, 0);
    let weights = new Float64Array(GRID_POINTS).fill(1 / GRID_POINTS);
    let previous = Number.NEGATIVE_INFINITY;
    for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
        const next = new Float64Array(GRID_POINTS);
        let logLikelihood = 0;
        let weightFrom = 0;
        let weightTo = GRID_POINTS;
        if (finite) {
            while (weightFrom < GRID_POINTS && weights[weightFrom] === 0)
                weightFrom++;
            while (weightTo > weightFrom && weights[weightTo - 1] === 0)
                weightTo--;
        }
        for (let i = 0; i < groups.length; i++) {
            const count = groups[i].count;
            const row = i * GRID_POINTS;
            const first = Math.max(from[i], weightFrom);
            const last = Math.min(to[i], weightTo);
            let marginal = 0;
            for (let k = first; k < last; k++)
                marginal += weights[k] * likelihoods[row + k];
            // Underflow: the weights left where this observation is likely are below 1e-308; it adds nothing.
            if (marginal === 0)
                continue;
            logLikelihood += count * Math.log(marginal);
            const share = count / marginal;
            for (let k = first; k < last; k++) {
                next[k] = next[k] + share * weights[k] * likelihoods[row + k];
            }
        }
        let sum = 0;
        for (let k = 0; k < GRID_POINTS; k++)
            sum += next[k];
        for (let k = 0; k < GRID_POINTS; k++)
            next[k] = next[k] / sum;
        weights = next;
        if (logLikelihood - previous < TOLERANCE * total)
            break;
        previous = logLikelihood;
    }
    return { variances, weights: Array.from(weights) };
}
/**
 * The mixture given one series' own observation (Bayes' rule on the grid); the prior without one.
 * `weight` < 1 raises the observation's likelihood to that power (a tempered, "safe" Bayesian
 * update): the observation then counts as if it had `weight`·ν degrees of freedom, which hedges a
 * model that is only nearly right.
 */
function posteriorMixture(prior, own, weight = 1) {
    if (!own || own.df <= 0 || prior.variances.length === 1)
        return prior;
    const lik = relativeLikelihoods({ ...own, df: own.df * weight }, prior.variances);
    const unnormalized = prior.weights.map((w, k) => w * lik[k]);
    const sum = unnormalized.reduce((s, x) => s + x, 0);
    if (!(sum > 0))
        return prior;
    return { variances: prior.variances, weights: unnormalized.map((x) => x / sum) };
}
/**
 * Two-sided test of a distance that is normal with mean 0 and variance factor·τ² + extra, τ² drawn
 * from the mixture: the tail probability p and the half-width of the central `level` interval.
 */
function mixtureNormalTest(distance, mixture, factor, extra, level) {
    // Components with negligible weight change no probability that matters; skipping them keeps a
    // report of 10,000 series fast (a posterior sits on a handful of grid points).
    const components = [];
    mixture.weights.forEach((w, k) => {
        if (w > NEGLIGIBLE_WEIGHT)
            components.push({ w, sd: Math.sqrt(factor * mixture.variances[k] + extra) });
    });
    const p = Math.min(1, twoSidedTail(components, Math.abs(distance)));
    // The interval's half-width: where the tail reaches 1 − level, to 4 significant digits (a report
    // shows 2). Components below a weight of 1e-6 move it by less than that.
    const heavy = components.filter((c) => c.w > 1e-6);
    const target = 1 - level;
    let lo = 0;
    let hi = heavy.reduce((most, c) => Math.max(most, c.sd), Number.NEGATIVE_INFINITY) * 4;
    if (!(hi > 0))
        return { p, margin: 0 };
    for (let i = 0; i < 60 && hi - lo > 1e-4 * hi; i++) {
        const mid = (lo + hi) / 2;
        if (twoSidedTail(heavy, mid) > target)
            lo = mid;
        else
            hi = mid;
    }
    return { p, margin: (lo + hi) / 2 };
}
/** P(|X| ≥ x) for X a mixture of centered normals (weight w, standard deviation sd). */
function twoSidedTail(components, x) {
    let sum = 0;
    for (const { w, sd } of components)
        sum += sd === 0 ? (x === 0 ? w : 0) : 2 * w * normalSurvival(x / sd);
    return sum;
}
/** Log-likelihood of each grid variance for one observation, shifted so that the largest is 0, exponentiated. */
function relativeLikelihoods(o, variances) {
    // ν·s²/τ² ~ χ²(ν): up to terms without τ², ln L(τ²) = −(ν/2)·(ln τ² + s²/τ²).
    const offset = o.offset ?? 0;
    const logs = variances.map((v) => {
        const total = v + offset;
        if (total === 0)
            return o.variance === 0 ? 0 : Number.NEGATIVE_INFINITY;
        return -(o.df / 2) * (Math.log(total) + o.variance / total);
    });
    const max = logs.reduce((most, x) => Math.max(most, x), Number.NEGATIVE_INFINITY);
    return logs.map((l) => Math.exp(l - max));
}
function groupObservations(observations) {
    const byKey = new Map();
    for (const o of observations) {
        const bin = (x) => (x > 0 ? Math.round(Math.log(x) / LOG_BIN) : '0');
        const key = `${o.df}:${bin(o.variance)}:${bin(o.offset ?? 0)}`;
        const group = byKey.get(key);
        if (group)
            group.count++;
        else
            byKey.set(key, { observation: o, count: 1 });
    }
    return [...byKey.values()];
}

// The baseline window indexed by series, with whole-machine factors taken out of its run centers.
/** ln(value) turned so that larger is worse, whichever way the unit counts. */
function worseLog(value, direction) {
    return direction === 'smaller' ? Math.log(value) : -Math.log(value);
}
/** The window by series id, each series' centers with the runs' machine factors taken out. */
function indexWindow(baseline) {
    const raw = new Map();
    baseline.forEach((run, runIndex) => {
        for (const result of run.results) {
            let entry = raw.get(result.id);
            if (!entry) {
                entry = { results: [], commits: [], runIndexes: [], newestRunHasIt: false };
                raw.set(result.id, entry);
            }
            entry.results.push(result);
            entry.commits.push(run.commit);
            entry.runIndexes.push(runIndex);
            if (runIndex === baseline.length - 1)
                entry.newestRunHasIt = true;
        }
    });
    const offsets = machineOffsets([...raw.values()], baseline.length);
    const byId = new Map();
    for (const [id, entry] of raw)
        byId.set(id, { ...entry, centers: centersOf(entry, offsets) });
    return byId;
}
function isTimed(w) {
    return isTiming(w.results[0].unit) && w.results.every((r) => r.value > 0);
}
/** Each run center, divided by its run's machine factor relative to the typical run (timing series only). */
function centersOf(w, offsets) {
    if (!offsets || !isTimed(w))
        return w.results.map((r) => r.value);
    return w.results.map((r, j) => {
        const offset = offsets[w.runIndexes[j]];
        return r.value * Math.exp(r.direction === 'smaller' ? -offset : offset);
    });
}
/**
 * A whole baseline run can be 8% slower on every benchmark (another CI machine): that shared factor is
 * no series' own run-to-run noise. Each run's log factor is the median, over the timing series, of how
 * far the run sat from the series' typical center (two rounds of median polish), relative to the typical
 * run. Undefined when too few
 * series span two runs for the median to be about the machine rather than a few benchmarks.
 */
function machineOffsets(series, runCount) {
    const spanning = series.filter((w) => isTimed(w) && w.results.length >= 2);
    if (spanning.length < PRIOR_MIN_HISTORY_SERIES)
        return undefined;
    const logs = spanning.map((w) => w.results.map((r) => worseLog(r.value, r.direction)));
    const offsets = new Array(runCount).fill(0);
    for (let round = 0; round < 2; round++) {
        const centers = logs.map((ls, i) => median(ls.map((l, j) => l - offsets[spanning[i]?.runIndexes[j]])));
        const residualsByRun = offsets.map(() => []);
        spanning.forEach((w, i) => {
            w.runIndexes.forEach((run, j) => {
                residualsByRun[run]?.push(logs[i][j] - centers[i]);
            });
        });
        residualsByRun.forEach((residuals, run) => {
            offsets[run] = residuals.length > 0 ? median(residuals) : 0;
        });
    }
    const typical = median(offsets);
    return offsets.map((offset) => offset - typical);
}

// The noise model: how far a benchmark's center moves when nothing changed, estimated from the
// baseline window, the current run and the whole suite. evidence.ts tests changes against it.
//
// Two kinds of noise (docs/statistics.md):
//   - within-run (sampling) noise: how precisely one run pins its own center down (centerLogVariance,
//     from the samples, a summary or the tool's interval);
//   - run-to-run noise: on shared machines a whole benchmark moves between runs of the same code while
//     its samples stay tight. A window of a few runs says little about one series, so the suite speaks
//     for it too: the distribution of run-to-run variances over all series of the window (an
//     empirical-Bayes mixture, stats/variance-mixture.ts), or for runs of 2–5 samples one typical value
//     with heavy tails (as limma does for gene-expression variances); with one baseline run, the
//     spread of all series' moves (estimateRunNoise).
/** The tails assumed for a one-run suite's moves and what lighter ones must show (tuning.ts). */
const SUITE_TAIL_PRIOR = {
    heavyDf: SUITE_MOVE_DF,
    lighterLogRatio: LIGHTER_TAILS_LOG_RATIO,
    lighterPrior: LIGHTER_TAILS_PRIOR,
};
/** Median of χ² with 1 degree of freedom. */
const CHI_SQUARE_1_MEDIAN = 0.454936423119572;
/** IQR of a normal distribution in standard deviations, and its upper quartile. */
const NORMAL_IQR = 1.3489795003921634;
const NORMAL_UPPER_QUARTILE = NORMAL_IQR / 2;
/** Where a series' baseline sits: the typical center of its window's runs, or its one run's center. */
function referenceCenter(window) {
    return window.centers.length >= 2 ? spreadOf$1(window.centers).center : window.centers[0];
}
function estimateSuiteNoise(current, windowById) {
    const sampleLogVariance = typicalSampleLogVariance(current, windowById);
    return { sampleLogVariance, run: estimateRunNoise(current, windowById, sampleLogVariance) };
}
/** The median over timing runs with 3–5 samples (current and newest baseline) of their sample log variance. */
function typicalSampleLogVariance(current, windowById) {
    const scaled = [];
    const add = (r) => {
        const xs = r?.samples;
        if (!xs ||
            xs.length < MIN_SAMPLES_FOR_SD ||
            xs.length >= MIN_SAMPLES_FOR_SPREAD ||
            xs.some((x) => !(x > 0)))
            return;
        scaled.push(sampleVariance(xs.map(Math.log)) / chiSquareMedianOverDf(xs.length - 1));
    };
    for (const result of current) {
        if (!isTiming(result.unit))
            continue;
        add(result);
        add(windowById.get(result.id)?.results.at(-1));
    }
    return scaled.length >= PRIOR_MIN_HISTORY_SERIES ? median(scaled) : undefined;
}
function estimateRunNoise(current, windowById, sampleLogVariance) {
    const excesses = [];
    const windowVariances = [];
    const moves = [];
    for (const result of current) {
        const window = windowById.get(result.id);
        const newest = window?.results.at(-1);
        if (!window || !newest || !isTiming(result.unit) || !(result.value > 0))
            continue;
        if (window.centers.some((c) => !(c > 0)))
            continue;
        const newestSampling = centerLogVariance(newest, sideOf(newest), sampleLogVariance)?.variance ?? 0;
        if (window.centers.length >= 2) {
            // s² / σ² is χ²ₖ/k: dividing by its median makes every series' value estimate σ²'s typical size.
            const observed = windowVariance(window, sampleLogVariance);
            const spread = observed.variance / chiSquareMedianOverDf(observed.df);
            excesses.push(Math.max(0, spread - newestSampling));
            windowVariances.push(observed);
        }
        const move = worseLog(result.value, result.direction) - worseLog(referenceCenter(window), result.direction);
        const currentSampling = centerLogVariance(result, sideOf(result), sampleLogVariance)?.variance ?? 0;
        moves.push({ move, sampling: newestSampling + currentSampling });
    }
    const typicalMove = moves.length > 0 ? median(moves.map((m) => m.move)) : 0;
    if (excesses.length >= PRIOR_MIN_HISTORY_SERIES) {
        return {
            excessVariance: median(excesses),
            series: excesses.length,
            source: 'history',
            typicalMove,
            df: HISTORY_PRIOR_DF,
            mixture: fitVarianceMixture(windowVariances),
        };
    }
    if (moves.length < PRIOR_MIN_SUITE_SERIES)
        return undefined;
    const deviations = moves.map(({ move, sampling }) => ({ square: (move - typicalMove) ** 2, sampling }));
    const side = (isBetter) => moves
        .filter(({ move }) => (isBetter ? move < typicalMove : move > typicalMove))
        .map(({ move, sampling }) => ({ square: (move - typicalMove) ** 2, sampling }));
    const better = side(true);
    const excessVariance = excessFromMoves(deviations);
    return {
        excessVariance,
        tails: suiteTails(better, side(false), excessVariance, moves.length),
        quiet: isQuiet(better),
        series: moves.length,
        source: 'suite',
        typicalMove,
        df: SUITE_MOVE_DF,
    };
}
/**
 * The tails of the run-to-run part: t₄ at the median's B unless the better side's moves show lighter
 * ones (stats/move-tails.ts). When at least PRIOR_MIN_SUITE_SERIES and more than MOVED_BETTER_SHARE of
 * the better side's moves clearly moved (beyond what t₄ at B leaves to noise anywhere in the suite: p
 * below MOVED_SUITE_P / series), that side holds changes, not noise (a faster algorithm in many
 * benchmarks at once), and a t fitted to it would stretch its scale over them and call every one within
 * the spread of the moves: the worse side stands in for it when fewer of its moves clearly moved, else
 * t₄ at B alone. Fewer clearly moved moves than that can be a few noisy benchmarks of a small suite,
 * whose tails the fit must keep.
 */
function suiteTails(better, worse, b, series) {
    const cutoff = MOVED_SUITE_P / series;
    const movedCount = (side) => side.filter(({ square, sampling }) => movedP(Math.sqrt(square), sampling, b) < cutoff).length;
    const moved = movedCount(better);
    if (moved < PRIOR_MIN_SUITE_SERIES || moved <= MOVED_BETTER_SHARE * better.length) {
        return moveTails(better, b, SUITE_TAIL_PRIOR);
    }
    const betterShare = moved / better.length;
    if (movedCount(worse) / Math.max(1, worse.length) < betterShare)
        return moveTails(worse, b, SUITE_TAIL_PRIOR);
    return [{ runVariance: b, df: SUITE_MOVE_DF, weight: 1 }];
}
/**
 * Two-sided p of a centered move under the one-run test's own noise model: the sampling variance plus
 * 2B with t₄ tails, Welch–Satterthwaite's degrees of freedom (run-to-run.ts, stats/move-tails.ts).
 */
function movedP(deviation, sampling, b) {
    const variance = sampling + 2 * b;
    if (!(variance > 0))
        return deviation === 0 ? 1 : 0;
    const df = b === 0 ? Number.POSITIVE_INFINITY : SUITE_MOVE_DF * (variance / (2 * b)) ** 2;
    return studentTTwoSidedP(deviation / Math.sqrt(variance), df > 1e4 ? Number.POSITIVE_INFINITY : df);
}
/**
 * The sample variance of a window's log centers (≥ 2 runs), its degrees of freedom, and the part of it
 * the runs' own samples explain (their mean sampling variance; undefined unless every run knows it,
 * i.e. has ≥ 6 samples, a summary or an interval — then the centers' variance holds it, unseparated).
 * Cached per window, once its machine factors are out: the noise model and the test both need it.
 */
function windowVariance(window, typicalSampleLogVariance) {
    const cached = windowVarianceCache.get(window);
    if (cached)
        return cached;
    const observed = {
        variance: sampleVariance(window.centers.map(Math.log)),
        df: window.centers.length - 1,
        offset: meanSamplingVariance(window, typicalSampleLogVariance),
    };
    windowVarianceCache.set(window, observed);
    return observed;
}
const windowVarianceCache = new WeakMap();
/**
 * Mean sampling variance of ln(center) over a window's newest runs (up to 5: it is about the same in
 * every run, and each costs a sort of the run's samples), when every one of them is robustly known;
 * undefined otherwise.
 */
function meanSamplingVariance(window, typicalSampleLogVariance) {
    const runs = window.results.slice(-5);
    let sum = 0;
    for (const r of runs) {
        const v = centerLogVariance(r, sideOf(r), typicalSampleLogVariance);
        if (!v || v.df !== Number.POSITIVE_INFINITY)
            return undefined;
        sum += v.variance / runs.length;
    }
    return sum;
}
/**
 * Whether moves (to one side of the typical move) are clearly no wider than the runs' own sampling
 * noise explains: the median of their squares, each over its sampling variance, is at most
 * QUIET_MARGIN times the median of χ²₁.
 */
function isQuiet(moves) {
    // Series whose runs do not tell their sampling noise (one number per run) say nothing here.
    const known = moves.filter((m) => m.sampling > 0);
    if (known.length < QUIET_MIN_SERIES)
        return false;
    return medianStandardized(known, 0) <= QUIET_MARGIN * CHI_SQUARE_1_MEDIAN;
}
/**
 * One baseline run: each move (centered) has variance `sampling` + 2B, B the run-to-run variance of
 * one run center. B is the value for which the standardized moves have the median a χ²₁ has — a median,
 * so that the minority of series that really changed does not inflate it much. Both sides of the
 * typical move: a burst of load slows the run it hits, and when that is the current run the quiet side
 * is the better one (docs/statistics.md, "One baseline run"). 0 when the samples alone explain the moves.
 */
function excessFromMoves(deviations) {
    if (medianStandardized(deviations, 0) <= CHI_SQUARE_1_MEDIAN)
        return 0;
    let lo = 0;
    let hi = deviations.reduce((max, d) => Math.max(max, d.square), 0) / (2 * CHI_SQUARE_1_MEDIAN);
    for (let i = 0; i < 60 && hi - lo > 1e-6 * hi; i++) {
        const mid = (lo + hi) / 2;
        if (medianStandardized(deviations, mid) > CHI_SQUARE_1_MEDIAN)
            lo = mid;
        else
            hi = mid;
    }
    return (lo + hi) / 2;
}
/** The median of the squared moves, each over its variance with run-to-run variance `b` on both runs. */
function medianStandardized(deviations, b) {
    return median(deviations.map(({ square, sampling }) => (square === 0 ? 0 : square / (sampling + 2 * b))));
}
/**
 * Whether a run's sampling noise is either known precisely (≥ 6 raw samples, a large summary, the
 * tool's interval) or absent (one number per run, whose spread is all in the run centers). Runs of 2–5
 * samples are not: their center can jump to a second mode of the benchmark that a window of a few
 * runs has not shown yet, which the heavy-tailed pooled tests tolerate and a mixture would not.
 */
function isPreciseSampling(sampling) {
    return sampling === undefined || sampling.df >= PRECISE_DF;
}
// ---------------------------------------------------------------------------------------------
// Sampling noise of one run
// ---------------------------------------------------------------------------------------------
function sampleVariance(xs) {
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    return xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (xs.length - 1);
}
/** Median of χ²ₖ / k: exact for k = 1, Wilson–Hilferty's cube-root approximation above (error < 0.5%). */
function chiSquareMedianOverDf(k) {
    if (k === 1)
        return CHI_SQUARE_1_MEDIAN;
    return (1 - 2 / (9 * k)) ** 3;
}
/**
 * Variance of ln(center) of one run from its own sampling noise. From ≥ 6 raw samples (as many as
 * benchstat needs for a median interval): the median's asymptotic variance (π/2)·σ²/n with σ the
 * robust spread of the logs, so that two outliers among ten samples do not make the run look
 * imprecise (the order statistics of benchstat's interval would); treated as known, since the
 * Mann–Whitney test guards the same comparison. From 3 to 5 samples: the same with the classical sd,
 * worth n − 1 degrees of freedom. From a summary: Var ln x̄ ≈ s²/(n·x̄²). From the tool's confidence
 * interval: its width. Undefined when the run does not say.
 */
function centerLogVariance(result, side, typicalSampleLogVariance) {
    const xs = side.samples;
    if (xs && xs.length >= 2) {
        if (xs.length < MIN_SAMPLES_FOR_SD || xs.some((x) => !(x > 0)))
            return undefined;
        const n = xs.length;
        if (n >= MIN_SAMPLES_FOR_SPREAD) {
            return { variance: ((Math.PI / 2) * spreadOf$1(xs).logSd ** 2) / n, df: Number.POSITIVE_INFINITY };
        }
        let variance = sampleVariance(xs.map(Math.log));
        let df = n - 1;
        if (typicalSampleLogVariance !== undefined) {
            variance = (SAMPLE_PRIOR_DF * typicalSampleLogVariance + df * variance) / (SAMPLE_PRIOR_DF + df);
            df += SAMPLE_PRIOR_DF;
        }
        return { variance: ((Math.PI / 2) * variance) / n, df };
    }
    const summary = summaryOf(result, side);
    if (summary)
        return { variance: (summary.stddev / summary.mean) ** 2 / summary.n, df: summary.n - 1 };
    const ci = side.ci;
    if (ci && isLogInterval({ estimate: side.center, ...ci })) {
        return {
            variance: logSeFromInterval({ estimate: side.center, ...ci }) ** 2,
            df: Number.POSITIVE_INFINITY,
        };
    }
    return undefined;
}
/**
 * robustLogSpread of an array the engine never mutates (a run's samples, a window's centers), once
 * per array: the same window and runs are asked for it by the noise model and by every test.
 */
function spreadOf$1(values) {
    let spread = spreadCache.get(values);
    if (!spread) {
        spread = robustLogSpread(values);
        spreadCache.set(values, spread);
    }
    return spread;
}
const spreadCache = new WeakMap();
/**
 * The summary Welch's test runs on. When the tool gives quartiles (pytest's iqr, tinybench's p75 next
 * to the median), the median and its standard error: timing distributions have long right tails
 * (tinybench's sd is often larger than its median), which make the mean and sd too noisy to test.
 * The median's standard deviation as an estimator is √(π/2) times the mean's, so it enters Welch as
 * a mean with that much larger sd. Otherwise the mean and sd as the tool gives them.
 */
function summaryOf(result, side) {
    if (side.n < 2)
        return undefined;
    const sd = quartileSd(result);
    const med = side.median;
    if (sd !== undefined && med !== undefined && med > 0) {
        // `side` may be drift-scaled: scale the spread like the median.
        const scale = med / result.median;
        return { mean: med, stddev: sd * scale * Math.sqrt(Math.PI / 2), n: side.n };
    }
    if (side.mean !== undefined && side.stddev !== undefined && side.mean > 0) {
        return { mean: side.mean, stddev: side.stddev, n: side.n };
    }
    return undefined;
}
/** A normal-equivalent sd from the quartiles a tool reports: IQR / 1.349, or (p75 − median) / 0.674. */
function quartileSd(result) {
    const extra = result.extra ?? {};
    const num = (key) => {
        const v = extra[key];
        return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
    };
    const q1 = num('q1');
    const q3 = num('q3');
    const iqr = num('iqr') ?? (q1 !== undefined && q3 !== undefined ? q3 - q1 : undefined);
    if (iqr !== undefined && iqr > 0)
        return iqr / NORMAL_IQR;
    const p75 = num('p75');
    if (p75 !== undefined && result.median !== undefined && p75 > result.median) {
        return (p75 - result.median) / NORMAL_UPPER_QUARTILE;
    }
    return undefined;
}

/** No sampling variance known: nothing to add (the run-to-run part then covers the samples too). */
const UNKNOWN = { variance: 0, df: Number.POSITIVE_INFINITY };
function runToRunTest(input) {
    const { window, prior } = input;
    if (!prior)
        return input.window.centers.length >= 2 ? predictionTest(input) : undefined;
    // Measured on the raw value: the typical move already holds any drift the current run was scaled for.
    const raw = input.currentCenter * input.scale;
    const distance = worseLog(raw, input.direction) - worseLog(referenceCenter(window), input.direction) - prior.typicalMove;
    if (prior.mixture && (isPreciseSampling(input.sampling.current) || input.guarded)) {
        return mixtureTest(input, prior, distance);
    }
    if (window.centers.length >= 2)
        return pooledWindowTest(input, prior, distance);
    return suiteMovesTest(input, prior, distance);
}
function evidence(p, logMargin, decidesAlone, reason) {
    return {
        kind: 'run-to-run',
        p,
        margin: { lower: logMargin, upper: logMargin },
        canReachAlpha: true,
        decidesAlone,
        reason,
    };
}
function predictionTest({ window, currentCenter, guarded }) {
    const h = historyPredictionTest(window.centers, currentCenter, LEVEL);
    const logMargin = Math.max(Math.log(h.hi / h.center), Math.log(h.center / h.lo));
    return evidence(h.p, logMargin, guarded, { code: 'within-window-spread', runs: window.centers.length });
}
/** The median of R run centers has about π/(2R) of one center's variance (exactly 1/R for R ≤ 2). */
function medianShrink(runs) {
    return runs <= 2 ? 1 / runs : Math.PI / (2 * runs);
}
/**
 * The suite's mixture of run-to-run variances τ², narrowed by this series' window. Each side's sampling
 * variance is added from its own samples — unless the window's runs did not all know theirs (runs of
 * 2–5 samples): then the series' τ² is of whole run centers, samples' noise included, and adding the
 * sampling variances again would count it twice.
 */
function mixtureTest(input, prior, distance) {
    const { window, sampling } = input;
    const runs = window.centers.length;
    const shrink = medianShrink(runs);
    const own = runs >= 2 ? windowVariance(window, input.sampleLogVariance) : undefined;
    const posterior = posteriorMixture(prior.mixture, own, OWN_WINDOW_WEIGHT);
    const samplingInWindow = own !== undefined && own.offset === undefined;
    const known = samplingInWindow
        ? 0
        : (sampling.current?.variance ?? 0) + shrink * (own?.offset ?? (sampling.baseline ?? UNKNOWN).variance);
    const { p, margin } = mixtureNormalTest(distance, posterior, 1 + shrink, known, LEVEL);
    const precise = isPreciseSampling(sampling.current);
    return evidence(p, margin, precise || input.guarded, runs >= 2
        ? { code: 'within-window-and-suite-spread', runs, series: prior.series }
        : { code: 'within-suite-typical-spread' });
}
/** Runs of 2–5 samples with a window: B pools the window's own variance with the suite's typical one. */
function pooledWindowTest(input, prior, distance) {
    const { window } = input;
    const runs = window.centers.length;
    const shrink = medianShrink(runs);
    const current = input.sampling.current ?? UNKNOWN;
    const baseline = input.sampling.baseline ?? UNKNOWN;
    const ownDf = runs - 1;
    const ownExcess = Math.max(0, sampleVariance(window.centers.map(Math.log)) - baseline.variance);
    const excess = (prior.df * prior.excessVariance + ownDf * ownExcess) / (prior.df + ownDf);
    const { p, logMargin } = noiseTest(distance, [
        current,
        { variance: baseline.variance * shrink, df: baseline.df },
        { variance: (1 + shrink) * excess, df: prior.df + ownDf },
    ]);
    return evidence(p, logMargin, input.guarded, {
        code: 'within-window-and-suite-spread',
        runs,
        series: prior.series,
    });
}
/**
 * One baseline run: the move against both runs' sampling noise and a run-to-run part given as weighted
 * scaled t's: p is the weighted mean of each one's p, the margin the widest among those with a weight
 * of at least 1% (solving for the mixture's own quantile would take a t tail per series per step).
 * A guarding within-run test lets it decide alone only on a quiet machine.
 */
function suiteMovesTest(input, prior, distance) {
    const current = input.sampling.current ?? UNKNOWN;
    const baseline = input.sampling.baseline ?? UNKNOWN;
    const tails = prior.tails ?? [
        { runVariance: prior.excessVariance, df: prior.df, weight: 1 },
    ];
    let p = 0;
    let logMargin = 0;
    for (const tail of tails) {
        const one = noiseTest(distance, [current, baseline, { variance: 2 * tail.runVariance, df: tail.df }]);
        p += tail.weight * one.p;
        if (tail.weight >= 0.01)
            logMargin = Math.max(logMargin, one.logMargin);
    }
    return evidence(Math.min(1, p), logMargin, input.guarded && prior.quiet === true, prior.source === 'suite'
        ? { code: 'within-suite-moves', series: prior.series }
        : { code: 'within-suite-typical-spread' });
}
/**
 * Two-sided test of a log distance whose variance is a sum of estimated parts, referred to Student's t
 * with Welch–Satterthwaite's degrees of freedom (a part treated as known adds none of its own).
 */
function noiseTest(distance, parts) {
    const variance = parts.reduce((sum, part) => sum + part.variance, 0);
    if (variance === 0)
        return { p: distance === 0 ? 1 : 0, logMargin: 0 };
    const spread = parts.reduce((sum, { variance: v, df }) => (v === 0 || df === Number.POSITIVE_INFINITY ? sum : sum + v ** 2 / df), 0);
    const df = spread === 0 ? Number.POSITIVE_INFINITY : variance ** 2 / spread;
    // Far beyond any table: the normal distribution (and no slow continued fractions for huge df).
    const effectiveDf = df > 1e4 ? Number.POSITIVE_INFINITY : df;
    const sd = Math.sqrt(variance);
    return {
        p: studentTTwoSidedP(distance / sd, effectiveDf),
        logMargin: sd * studentTQuantile(1 - (1 - LEVEL) / 2, effectiveDf),
    };
}

// Two-sided Mann–Whitney U test with benchstat's rules (golang/perf benchmath's AssumeNothing.Compare
// → go-moremath stats.MannWhitneyUTest with LocationDiffers):
//   - exact distribution when both samples have ≤ 50 values and there are no ties, or ≤ 25 values
//     with ties (the exact distribution conditional on the observed tie pattern);
//   - otherwise the normal approximation with tie correction and continuity correction;
//   - p = 1 when U₁ = U₂, when a sample is empty, or when every value is equal.
// The exact two-sided p is twice the lower tail of the smaller U. benchstat always takes that tail from
// the first sample's distribution; with ties and unequal sample sizes that distribution is not
// symmetric and the result can be far off (x = [1, 1] vs y = [0] gives benchstat p = 0; the true
// two-sided p is 2/3). We take the tail of the sample whose U is the smaller one. For equal sizes the
// two samples' U have the same null distribution, so the result is identical to benchstat's.
/** Largest sample size for which the exact distribution is used when no values tie. */
const MANN_WHITNEY_EXACT_LIMIT = 50;
/** Largest sample size for which the exact distribution is used when values tie. */
const MANN_WHITNEY_TIES_EXACT_LIMIT = 25;
/** Both samples sorted in typed arrays and walked side by side: no objects per value. */
function rank$1(x, y) {
    const a = Float64Array.from(x).sort();
    const b = Float64Array.from(y).sort();
    let rankSum1 = 0;
    const ties = [];
    let i = 0;
    let j = 0;
    let start = 0;
    while (i < a.length || j < b.length) {
        const v = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i] : b[j];
        let fromFirst = 0;
        for (; i < a.length && a[i] === v; i++)
            fromFirst++;
        let fromSecond = 0;
        for (; j < b.length && b[j] === v; j++)
            fromSecond++;
        const end = start + fromFirst + fromSecond;
        // Ranks are 1-based: the group covers ranks start+1 … end, whose mean is (start+1+end)/2.
        rankSum1 += ((start + 1 + end) / 2) * fromFirst;
        ties.push(end - start);
        start = end;
    }
    return { rankSum1, ties };
}
/** Two-sided Mann–Whitney U test of x against y (see the file comment for the exact rules). */
function mannWhitneyU(x, y) {
    const n1 = x.length;
    const n2 = y.length;
    if (n1 === 0 || n2 === 0)
        return { u: 0, p: 1, n1, n2, method: 'exact', degenerate: 'empty-sample' };
    const { rankSum1, ties } = rank$1(x, y);
    const u1 = rankSum1 - (n1 * (n1 + 1)) / 2;
    const u2 = n1 * n2 - u1;
    const uSmall = Math.min(u1, u2);
    const hasTies = ties.some((t) => t > 1);
    const limit = hasTies ? MANN_WHITNEY_TIES_EXACT_LIMIT : MANN_WHITNEY_EXACT_LIMIT;
    const method = n1 <= limit && n2 <= limit ? 'exact' : 'normal';
    if (ties.length === 1)
        return { u: u1, p: 1, n1, n2, method, degenerate: 'all-equal' };
    if (method === 'exact') {
        // The distribution's mass at U₁ = U₂ would be counted twice by doubling a tail: the whole CDF is 1.
        if (u1 === u2)
            return { u: u1, p: 1, n1, n2, method };
        const sizeWithSmallerU = u1 < u2 ? n1 : n2;
        const tail = hasTies ? tiedLowerTail(sizeWithSmallerU, ties, uSmall) : untiedCdf(n1, n2, uSmall);
        // With ties the null distribution need not be symmetric, so twice a tail can pass 1.
        return { u: u1, p: Math.min(1, 2 * tail), n1, n2, method };
    }
    return { u: u1, p: normalApproximationP(n1, n2, u1, ties), n1, n2, method: 'normal' };
}
/**
 * P(U ≤ u) without ties, by Mann and Whitney's (1947) recurrence on probabilities
 *   p_{n,m}(U) = (n·p_{n−1,m}(U−m) + m·p_{n,m−1}(U)) / (n+m),
 * kept one row at a time, and summing whichever tail of the symmetric distribution is shorter.
 * The same operations in the same order as go-moremath's UDist, so the doubles match benchstat's.
 */
function untiedCdf(n1, n2, u) {
    let ui = Math.floor(u);
    if (ui < 0)
        return 0;
    if (ui >= n1 * n2)
        return 1;
    const flip = ui >= Math.floor((n1 * n2 + 1) / 2);
    if (flip)
        ui = n1 * n2 - ui - 1;
    const sum = untiedLowerTails(n1, n2)[ui];
    return flip ? 1 - sum : sum;
}
/**
 * Σ_{i ≤ u} p_{n1,n2}(i) for every u up to the middle of the distribution, summed in the order
 * untiedCdf always summed them (so the doubles are the same), once per pair of sizes: a report
 * asks for the same few sizes thousands of times.
 */
function untiedLowerTails(n1, n2) {
    const key = Math.min(n1, n2) * 4096 + Math.max(n1, n2);
    let tails = untiedTailCache.get(key);
    if (!tails) {
        const uMax = Math.floor((n1 * n2 + 1) / 2);
        const pmf = untiedPmf(n1, n2, uMax);
        tails = new Float64Array(uMax + 1);
        let sum = 0;
        for (let i = 0; i <= uMax; i++) {
            sum += pmf[i];
            tails[i] = sum;
        }
        untiedTailCache.set(key, tails);
    }
    return tails;
}
const untiedTailCache = new Map();
/** p_{n1,n2}(U) for U = 0 … uMax. */
function untiedPmf(n1, n2, uMax) {
    const small = Math.min(n1, n2);
    const large = Math.max(n1, n2);
    // rows[n] holds p_{n,m}(·) for the current m; p_{n,m} = p_{m,n} fills the n > m corner.
    const rows = Array.from({ length: small + 1 }, () => new Float64Array(uMax + 1));
    for (let m = 0; m <= large; m++) {
        rows[0][0] = 1;
        for (let n = 1; n <= Math.min(small, m); n++) {
            const left = rows[n - 1]; // p_{n−1,m}
            const right = (n <= m - 1 ? rows[n] : rows[m - 1]); // p_{n,m−1}
            const out = rows[n];
            const total = n + m;
            // Descending U reads p_{n,m−1}(U) before overwriting it with p_{n,m}(U).
            for (let u = Math.min(uMax, n * m); u >= 0; u--) {
                const l = u - m >= 0 ? n * left[u - m] : 0;
                out[u] = (l + m * right[u]) / total;
            }
        }
    }
    return rows[small];
}
/**
 * P(U ≤ u) for a sample of `n1` values given the tie pattern: the share of the C(N, n1) ways to
 * pick that sample's positions whose midrank sum is small enough. Counted by dynamic programming over
 * the tie groups (choosing r of a group's t values adds r times its midrank), which gives the same
 * exact counts as the Cheung–Klotz (1997) algorithm benchstat uses. The groups are split into a lower
 * and an upper half, each counted alone, and the halves are joined at the one sum asked for: a
 * sixteenth of the cells of counting all groups at once. Counts stay below C(50, 25) < 2^53, so they
 * are exact in doubles, whatever the order of the sums.
 */
function tiedLowerTail(n1, ties, u) {
    // Doubled ranks keep midranks integral: 2·R ≤ 2u + n1(n1+1) ⇔ U ≤ u.
    const maxSum = Math.round(2 * u) + n1 * (n1 + 1);
    const total = ties.reduce((sum, t) => sum + t, 0);
    let split = 0;
    let lowSize = 0;
    while (split < ties.length && 2 * (lowSize + ties[split]) <= total) {
        lowSize += ties[split];
        split++;
    }
    const width = maxSum + 1;
    const low = countPicks(lowWork, ties, 0, split, 0, Math.min(n1, lowSize), width);
    const high = countPicks(highWork, ties, split, ties.length, lowSize, Math.min(n1, total - lowSize), width);
    cumulate(high);
    let hits = 0;
    for (let j = Math.max(0, n1 - high.rows + 1); j < Math.min(n1 + 1, low.rows); j++) {
        hits += joinRows(low, j, high, n1 - j, maxSum);
    }
    return hits / choose(total, n1);
}
/**
 * Σ_s low(j, s) · Σ_{s' ≤ maxSum − s} high(m, s'): the picks of j low and m high values whose sums
 * stay within maxSum, `high` cumulated. A row past `counted` is read through the row it mirrors, so
 * no row is copied: low(j, s) = low(size − j, T − s); a mirrored high row's cumulative count up to x is
 * the source row's total less its cumulative count up to T − x − 1.
 */
function joinRows(low, j, high, m, maxSum) {
    const lowMirrored = j > low.counted;
    const lowSource = lowMirrored ? low.size - j : j;
    if (low.hi[lowSource] < 0)
        return 0;
    const highMirrored = m > high.counted;
    const highSource = highMirrored ? high.size - m : m;
    const highLo = high.lo[highSource];
    const highHi = high.hi[highSource];
    if (highHi < 0)
        return 0;
    const highRow = highSource * high.stride;
    const highTotal = high.ways[highRow + highHi];
    // The low row's sums s ascending: its cells from lo up, or a mirrored row's from hi down.
    const step = lowMirrored ? -1 : 1;
    let cell = lowSource * low.stride + (lowMirrored ? low.hi[lowSource] : low.lo[lowSource]);
    let s = lowMirrored ? low.wholeSum - low.hi[lowSource] : low.lo[lowSource];
    const count = low.hi[lowSource] - low.lo[lowSource] + 1;
    let hits = 0;
    for (let i = 0; i < count; i++, s++, cell += step) {
        const x = highMirrored ? high.wholeSum - (maxSum - s) - 1 : maxSum - s;
        // Cumulative count of the stored high row up to x.
        const stored = x < highLo ? 0 : high.ways[highRow + Math.min(x, highHi)];
        const below = highMirrored ? highTotal - stored : stored;
        // The count below only falls as s grows (x falls): once 0 it stays 0.
        if (below === 0)
            break;
        hits += low.ways[cell] * below;
    }
    return hits;
}
/**
 * Counts picks of up to `maxPicks` values from the tie groups first … end − 1 (the values before them:
 * `before`), by doubled rank sum below `width`, in the workspace (its table grown when too small).
 *
 * The count starts as a copy of the counts of the part's longest run of untied values (a run of r
 * single values is the first r ranks moved up: one table per run length, kept between calls,
 * untiedPicks), and the other groups join it one by one, the nearest first. Real timings tie in a few
 * groups of two or three among dozens of values, so the copy replaces the passes of a dozen values.
 * (Starting from the whole part untied and taking the tied values out costs more: two passes over
 * the whole table per tied value.)
 *
 * The values not picked are a pick too: j of the part's `size` values summing to s leave size − j
 * summing to T − s (T the part's whole doubled rank sum), so the rows past size/2 are the first rows
 * read backwards (joinRows reads them so, none is copied). Counting only those first rows, in full,
 * does half the cells — unless the sums asked for stop so far below T that counting every row cut
 * off at `width` does fewer.
 */
function countPicks(work, ties, first, end, before, maxPicks, width) {
    let size = 0;
    let wholeSum = 0;
    for (let g = first; g < end; g++) {
        const t = ties[g];
        wholeSum += t * (2 * (before + size) + t + 1);
        size += t;
    }
    const half = Math.min(maxPicks, Math.floor(size / 2));
    const mirrored = mirroredCells(size, half) < cutCells(before, size, maxPicks, width);
    const counted = mirrored ? half : maxPicks;
    const stride = mirrored ? Math.max(width, wholeSum + 1) : width;
    const rows = maxPicks + 1;
    const cells = (counted + 1) * stride;
    // Cells outside a row's lo … hi are never read and are not cleared: clearing the whole table each
    // call cost more than the counting.
    if (work.buffer.length < cells)
        work.buffer = new Float64Array(cells);
    const { buffer: ways, lo, hi } = work;
    lo.fill(stride, 0, rows);
    hi.fill(-1, 0, rows);
    // The longest run of untied values starts the table, copied; the other groups join it one by one,
    // the nearest first, so the sums the table spans grow as little as they can.
    const run = longestUntiedRun(ties, first, end);
    let below = before;
    for (let g = first; g < run.start; g++)
        below += ties[g];
    copyUntied(ways, lo, hi, untiedPicks(run.end - run.start), counted, below, stride);
    let inside = run.end - run.start;
    let above = below + inside;
    for (let g = run.end; g < end; g++) {
        const t = ties[g];
        inside += t;
        addGroup(ways, lo, hi, Math.min(counted, inside), t, 2 * above + t + 1, stride);
        above += t;
    }
    for (let g = run.start - 1; g >= first; g--) {
        const t = ties[g];
        inside += t;
        below -= t;
        addGroup(ways, lo, hi, Math.min(counted, inside), t, 2 * below + t + 1, stride);
    }
    return { ways, rows, stride, lo, hi, counted, size, wholeSum };
}
/** Adds a group of t values at one doubled midrank to rows 1 … top (choosing r of them: C(t, r) ways). */
function addGroup(ways, lo, hi, top, t, doubledMidrank, stride) {
    // Descending j: rows j − r (r ≥ 1) still hold the previous groups' counts when row j reads them.
    for (let j = top; j >= 1; j--) {
        for (let r = 1; r <= Math.min(t, j); r++) {
            addShifted(ways, lo, hi, j, j - r, r * doubledMidrank, r === 1 ? t : choose(t, r), stride);
        }
    }
}
/** The groups start … end − 1 of the longest run of groups of one value among first … end − 1. */
function longestUntiedRun(ties, first, end) {
    let best = { start: first, end: first };
    let start = first;
    for (let g = first; g <= end; g++) {
        if (g < end && ties[g] === 1)
            continue;
        if (g - start > best.end - best.start)
            best = { start, end: g };
        start = g + 1;
    }
    return best;
}
/** The untied counts for a part of `size` values, up to the most rows any call reads, made once per size. */
function untiedPicks(size) {
    let table = untiedPicksCache.get(size);
    if (table)
        return table;
    const rows = Math.min(size, MANN_WHITNEY_TIES_EXACT_LIMIT) + 1;
    const stride = size * (size + 1) + 1;
    const full = new Float64Array(rows * stride);
    full[0] = 1;
    // Adding rank k: row j gains row j − 1 moved up by 2k (descending j reads the rows before rank k).
    for (let k = 1; k <= size; k++) {
        for (let j = Math.min(k, rows - 1); j >= 1; j--) {
            for (let s = j * (2 * k - j + 1); s >= 2 * k + j * (j - 1); s -= 2) {
                full[j * stride + s] =
                    full[j * stride + s] + full[(j - 1) * stride + s - 2 * k];
            }
        }
    }
    const start = new Int32Array(rows + 1);
    for (let j = 0; j < rows; j++)
        start[j + 1] = start[j] + 2 * j * (size - j) + 1;
    const ways = new Float64Array(start[rows]);
    for (let j = 0; j < rows; j++) {
        const from = j * stride + j * (j + 1);
        ways.set(full.subarray(from, from + 2 * j * (size - j) + 1), start[j]);
    }
    table = { start, ways };
    untiedPicksCache.set(size, table);
    return table;
}
const untiedPicksCache = new Map();
/** Rows 0 … counted of the untied counts, ranks moved up by `before`, the part below `stride`. */
function copyUntied(ways, lo, hi, untied, counted, before, stride) {
    for (let j = 0; j <= counted && j + 1 < untied.start.length; j++) {
        const first = j * (2 * before + j + 1);
        const rowLength = untied.start[j + 1] - untied.start[j];
        const last = Math.min(first + rowLength - 1, stride - 1);
        if (first > last)
            continue;
        // A loop, not set(subarray(…)): a typed-array view per row cost more than the copy.
        const source = untied.start[j] - first;
        const target = j * stride;
        for (let s = first; s <= last; s++)
            ways[target + s] = untied.ways[source + s];
        lo[j] = first;
        hi[j] = last;
    }
}
/** Cells counted for rows 0 … half in full: doubled sums of j of the part's ranks span 2j(size − j). */
function mirroredCells(size, half) {
    let cells = 0;
    for (let j = 0; j <= half; j++)
        cells += 2 * j * (size - j) + 1;
    return cells;
}
/** Cells counted for rows 0 … maxPicks cut off at `width`. */
function cutCells(before, size, maxPicks, width) {
    let cells = 0;
    for (let j = 0; j <= maxPicks; j++) {
        const smallest = j * (2 * before + j + 1);
        const largest = j * (2 * (before + size) - j + 1);
        cells += Math.max(0, Math.min(largest, width - 1) - smallest + 1);
    }
    return cells;
}
/** Row `to` += factor × row `from` moved up by `shift` sums (the part that stays below `width`). */
function addShifted(ways, lo, hi, to, from, shift, factor, width) {
    const first = lo[from] + shift;
    const last = Math.min(hi[from] + shift, width - 1);
    if (first > last)
        return;
    const target = to * width;
    const source = from * width - shift;
    const oldLo = lo[to];
    const oldHi = hi[to];
    if (oldHi < 0) {
        ways.fill(0, target + first, target + last + 1);
        lo[to] = first;
        hi[to] = last;
    }
    else {
        if (first < oldLo) {
            ways.fill(0, target + first, target + oldLo);
            lo[to] = first;
        }
        if (last > oldHi) {
            ways.fill(0, target + oldHi + 1, target + last + 1);
            hi[to] = last;
        }
    }
    if (factor === 1) {
        // A value of its own (most values): no product to form.
        for (let i = target + first, k = source + first, end = target + last; i <= end; i++, k++) {
            ways[i] = ways[i] + ways[k];
        }
        return;
    }
    for (let i = target + first, k = source + first, end = target + last; i <= end; i++, k++) {
        ways[i] = ways[i] + factor * ways[k];
    }
}
/** Each row's counts summed up to each sum, on its non-zero range. */
function cumulate({ ways, counted, stride, lo, hi }) {
    for (let j = 0; j <= counted; j++) {
        const row = j * stride;
        let sum = 0;
        for (let s = lo[j]; s <= hi[j]; s++) {
            sum += ways[row + s];
            ways[row + s] = sum;
        }
    }
}
function workspace() {
    const rows = MANN_WHITNEY_TIES_EXACT_LIMIT + 1;
    return {
        buffer: new Float64Array(0),
        lo: new Int32Array(rows),
        hi: new Int32Array(rows),
    };
}
const lowWork = workspace();
const highWork = workspace();
/** Normal approximation with tie correction Σ(t³ − t) and continuity correction, as benchstat. */
function normalApproximationP(n1, n2, u1, ties) {
    const n = n1 + n2;
    const tieCorrection = ties.reduce((sum, t) => sum + t * t * t - t, 0);
    const mean = (n1 * n2) / 2;
    const sd = Math.sqrt((n1 * n2 * (n + 1 - tieCorrection / (n * (n - 1)))) / 12);
    let numerator = u1 - mean;
    numerator -= Math.sign(numerator) * 0.5;
    return Math.min(1, 2 * normalSurvival(Math.abs(numerator / sd)));
}
/** The smallest two-sided p the test can give for two samples of n values each: 2 / C(2n, n). */
function mannWhitneyMinP(n) {
    return Math.min(1, 2 / choose(2 * n, n));
}
/**
 * The smallest n for which two samples of n values each can reach p ≤ alpha (benchstat's "need >= 4
 * samples to detect a difference at alpha level 0.05"); ∞ when alpha ≤ 0.
 */
function minimumSamplesPerSide(alpha) {
    if (!(alpha > 0))
        return Number.POSITIVE_INFINITY;
    let n = 1;
    while (mannWhitneyMinP(n) > alpha)
        n++;
    return n;
}

// benchstat's summary of a sample: the median and a distribution-free confidence interval for it
// (golang/perf benchmath AssumeNothing.Summary → go-moremath stats.QuantileCI). The interval's ends
// are order statistics: the number of values below the population median is Binomial(n, ½), so
// [x₍l₎, x₍r₎] covers the median with the binomial probability of l ≤ k < r.
/** Above this sample size the binomial is replaced by its normal approximation, as in benchstat. */
const EXACT_BINOMIAL_LIMIT = 30;
/**
 * Order statistics bounding a confidence interval for the q-quantile of a sample of n values.
 * For n ≤ 30: start at the binomial's (lower) mode and add the more probable neighbouring cell,
 * preferring the left on equal probabilities, until the requested confidence is reached. Above 30:
 * the normal approximation with continuity correction, rounded outwards, then biased one step left
 * if that still reaches the confidence with less coverage.
 *
 * Probabilities here are exact, so mirror-image cells tie and the left one wins. benchstat computes
 * C(n, k) for n > 20 as exp(lgamma…), whose rounding breaks some of those ties at random: for
 * 21 ≤ n ≤ 30 it may return the mirrored band, one order to the right (at 95%: n = 24, [8, 18)
 * where this gives [7, 17)). Both bands have the same coverage.
 */
function quantileInterval(n, q, confidence) {
    if (confidence >= 1)
        return { loOrder: 0, hiOrder: n + 1, confidence: 1 };
    const { lo, hi, coverage } = n <= EXACT_BINOMIAL_LIMIT ? exactBinomialBand(n, q, confidence) : normalBand(n, q, confidence);
    return { loOrder: Math.max(lo, 0), hiOrder: Math.min(hi, n + 1), confidence: coverage };
}
/** The band [lo, hi) of Binomial(n, q) outcomes grown from the mode. */
function exactBinomialBand(n, q, confidence) {
    const pmf = (k) => binomialPmf(k, n, q);
    const mode = q === 0 ? 0 : Math.ceil((n + 1) * q) - 1;
    let coverage = pmf(mode);
    let lo = mode;
    let hi = mode + 1;
    let left = pmf(lo - 1);
    let right = pmf(hi);
    while (coverage < confidence && (left > 0 || right > 0)) {
        if (left >= right) {
            coverage += left;
            lo--;
            left = pmf(lo - 1);
        }
        else {
            coverage += right;
            hi++;
            right = pmf(hi);
        }
    }
    return { lo, hi, coverage };
}
/** The same band from the normal approximation N(nq, nq(1−q)). */
function normalBand(n, q, confidence) {
    const mean = n * q;
    const sd = Math.sqrt(n * q * (1 - q));
    const lower = mean + sd * normalQuantile((1 - confidence) / 2);
    const upper = 2 * mean - lower;
    // Outcome k covers [k − ½, k + ½] of the normal: round outwards to those boundaries.
    const lo = Math.floor(Math.floor(lower - 0.5) + 0.5) + 1;
    let hi = Math.floor(Math.ceil(upper - 0.5) + 0.5) + 1;
    const band = (l, r) => normalCdf((r - 0.5 - mean) / sd) - normalCdf((l - 0.5 - mean) / sd);
    let coverage = band(lo, hi);
    const biased = band(lo, hi - 1);
    if (biased >= confidence && biased < coverage) {
        coverage = biased;
        hi--;
    }
    // The whole sample: the median is certainly within ±∞ even though the normal's tails say otherwise.
    if (lo <= 0 && hi >= n + 1)
        coverage = 1;
    return { lo, hi, coverage };
}
/** Median of `values` (any order) with benchstat's distribution-free confidence interval; undefined when empty. */
function medianConfidenceInterval(values, confidence = 0.95) {
    if (values.length === 0)
        return undefined;
    const sorted = [...values].sort((a, b) => a - b);
    const n = sorted.length;
    const interval = quantileInterval(n, 0.5, confidence);
    return {
        median: medianSorted(sorted),
        lo: interval.loOrder < 1 ? Number.NEGATIVE_INFINITY : sorted[interval.loOrder - 1],
        hi: interval.hiOrder > n ? Number.POSITIVE_INFINITY : sorted[interval.hiOrder - 1],
        confidence: interval.confidence,
        n,
    };
}

// Welch's t-test on the log scale for tools that report only summaries (mean, standard deviation and
// the number of observations), e.g. pytest-benchmark without raw data. Comparing on the log scale
// makes the test about the ratio of the means, which is what a "+12%" verdict states.
//
// Delta method: for a sample mean x̄ of n observations with mean μ and standard deviation σ,
//   E[ln x̄] ≈ ln μ            (the bias −σ²/(2nμ²) is of order 1/n and ignored),
//   Var[ln x̄] ≈ σ²/(n·μ²)     (the squared coefficient of variation over n).
// So ln(x̄₂/x̄₁) estimates ln(μ₂/μ₁) with variance v₁ + v₂, vᵢ = sᵢ²/(nᵢ·x̄ᵢ²), and the
// Welch–Satterthwaite degrees of freedom (v₁ + v₂)² / (v₁²/(n₁−1) + v₂²/(n₂−1)).
/**
 * Welch's test of head's mean against base's on the log scale, with a `level` confidence interval for
 * head.mean / base.mean. Needs positive means and n ≥ 2 on both sides (throws RangeError otherwise).
 * With no spread on either side the difference is exact: p = 1 when the means are equal, else 0.
 */
function welchLogTest(base, head, level = 0.95) {
    for (const side of [base, head]) {
        if (!(side.mean > 0) || !(side.n >= 2) || !(side.stddev >= 0)) {
            throw new RangeError('welchLogTest needs mean > 0, stddev ≥ 0 and n ≥ 2 on both sides');
        }
    }
    const logRatio = Math.log(head.mean / base.mean);
    const ratio = head.mean / base.mean;
    const baseVariance = relativeVarianceOfMean(base);
    const headVariance = relativeVarianceOfMean(head);
    const variance = baseVariance + headVariance;
    if (variance === 0) {
        const p = logRatio === 0 ? 1 : 0;
        return { ratio, p, lo: ratio, hi: ratio, logSe: 0, df: Number.POSITIVE_INFINITY, t: 0 };
    }
    const se = Math.sqrt(variance);
    const df = variance ** 2 / (baseVariance ** 2 / (base.n - 1) + headVariance ** 2 / (head.n - 1));
    const t = logRatio / se;
    const margin = studentTQuantile(1 - (1 - level) / 2, df) * se;
    return {
        ratio,
        p: studentTTwoSidedP(t, df),
        lo: Math.exp(logRatio - margin),
        hi: Math.exp(logRatio + margin),
        logSe: se,
        df,
        t,
    };
}
/** Var[ln x̄] ≈ s² / (n·x̄²). */
function relativeVarianceOfMean({ mean, stddev, n }) {
    return (stddev / mean) ** 2 / n;
}

/** z of the two-sided LEVEL interval. */
const Z_LEVEL$1 = normalQuantile(1 - (1 - LEVEL) / 2);
/** The within-run evidence, or undefined when the two sides share no kind of spread to test. */
function withinRunTest(baselineResult, currentResult, baseline, current, alpha) {
    const a = baseline.samples;
    const b = current.samples;
    if (a && b && a.length >= 2 && b.length >= 2) {
        const needed = minimumSamplesPerSide(alpha);
        const enough = Math.min(a.length, b.length) >= needed;
        return {
            kind: 'mann-whitney',
            p: mannWhitneyU(a, b).p,
            canReachAlpha: enough,
            decidesAlone: false,
            smallestP: Math.min(1, 2 / choose(a.length + b.length, b.length)),
            sampleCounts: { baseline: a.length, current: b.length },
            reason: enough
                ? undefined
                : {
                    code: 'too-few-samples',
                    needed,
                    alpha,
                    baseline: a.length,
                    current: b.length,
                    format: currentResult.format,
                },
        };
    }
    const baseSummary = summaryOf(baselineResult, baseline);
    const currentSummary = summaryOf(currentResult, current);
    if (baseSummary && currentSummary) {
        const p = welchLogTest(baseSummary, currentSummary).p;
        return { kind: 'welch', p, canReachAlpha: true, decidesAlone: false };
    }
    // A zero or negative end (benchmark.js at 0 ops/sec, a margin of error over 100%) has no log scale.
    const baseInterval = baseline.ci && { estimate: baseline.center, ...baseline.ci };
    const currentInterval = current.ci && { estimate: current.center, ...current.ci };
    if (baseInterval && currentInterval && isLogInterval(baseInterval) && isLogInterval(currentInterval)) {
        const t = intervalTest(baseInterval, currentInterval);
        return { kind: 'interval', p: t.p, canReachAlpha: true, decidesAlone: false };
    }
    return undefined;
}
/** Whether the current samples differ at α (Mann–Whitney) from those of the run before the newest, at the window's level. */
function previousRunDiffers(window, reference, current, alpha) {
    const previous = window.results.at(-2);
    if (!previous?.samples || !current.samples || !(previous.value > 0))
        return false;
    return mannWhitneyU(atLevel(previous, reference).samples, current.samples).p <= alpha;
}
/**
 * The change's interval from the runs' own samples, on the log scale. With raw samples: benchstat's
 * distribution-free median intervals (none below 6 samples, where they are infinite), combined end
 * by end — the change's lower end from the current median's reach below and the baseline median's
 * reach above, and the other way round (Zou & Donner's MOVER), so a run a burst hit on part of its
 * samples reaches far on its long side only. Otherwise the sampling variances, symmetric. `baseline`
 * undefined: the current run's side alone.
 */
function withinRunMargin(baseline, current, sampling) {
    const b = current.samples;
    if (b && (baseline === undefined || baseline.samples)) {
        const cur = medianReach(b);
        if (baseline === undefined)
            return cur && { lower: cur.below, upper: cur.above };
        const base = medianReach(baseline.samples);
        if (base === undefined || cur === undefined)
            return undefined;
        return { lower: Math.hypot(cur.below, base.above), upper: Math.hypot(cur.above, base.below) };
    }
    if (sampling.current === undefined)
        return undefined;
    if (baseline !== undefined && sampling.baseline === undefined)
        return undefined;
    const m = Z_LEVEL$1 * Math.sqrt((baseline ? (sampling.baseline?.variance ?? 0) : 0) + sampling.current.variance);
    return { lower: m, upper: m };
}
/** How far a sample's distribution-free median interval reaches below and above its median (log scale). */
function medianReach(xs) {
    const ci = medianConfidenceInterval(xs, LEVEL);
    if (!ci || !(ci.lo > 0) || !Number.isFinite(ci.hi))
        return undefined;
    return { below: Math.log(ci.median) - Math.log(ci.lo), above: Math.log(ci.hi) - Math.log(ci.median) };
}

function gatherEvidence(input) {
    const { result, current, window, noise, alpha } = input;
    const newest = window.results.at(-1);
    const base = { currentCenter: current.center, runs: window.results.length, format: result.format };
    if (isDeterministic(newest, result, sideOf(newest), current)) {
        return { ...base, exact: true, reference: newest.value };
    }
    const timing = isTiming(result.unit) && window.centers.every((c) => c > 0) && current.center > 0;
    // With several baseline runs the change is measured from their typical center, not from the newest
    // run alone: one run's offset would otherwise add straight to the change.
    const reference = timing && window.centers.length >= 2 ? referenceCenter(window) : newest.value;
    const sampling = {
        baseline: centerLogVariance(newest, { ...sideOf(newest), center: reference }, noise.sampleLogVariance),
        current: centerLogVariance(result, current, noise.sampleLogVariance),
    };
    // The within-run test sees the newest run's samples at the reference level: its question is whether
    // the current samples sit elsewhere than the baseline's, not elsewhere than one run's offset.
    const newestAtReference = atLevel(newest, reference);
    const within = withinRunTest(newest, result, newestAtReference, current, alpha);
    const runToRunWith = (guarded) => timing
        ? runToRunTest({
            window,
            currentCenter: current.center,
            scale: input.scale,
            direction: result.direction,
            sampling,
            prior: noise.run,
            sampleLogVariance: noise.sampleLogVariance,
            guarded,
        })
        : undefined;
    const runToRun = guardedRunToRun(within, input, runToRunWith, () => previousRunDiffers(window, reference, current, alpha));
    // Against a window the reference's uncertainty is the window's, which the run-to-run interval holds:
    // only the current run's own spread is added, not the newest run's.
    const againstWindow = runToRun !== undefined && window.centers.length >= 2;
    const margin = withinRunMargin(againstWindow ? undefined : newestAtReference, current, sampling);
    return { ...base, exact: false, reference, within: within && { ...within, margin }, runToRun };
}
/**
 * A Mann–Whitney test of few samples (5 a side stops at p = 0.008) cannot reach the p a lone change
 * needs in a report of more than a few series (α/m). As a veto it would block every change; it guards
 * instead: when the runs' samples differ at α — from the newest run's, or from the run's before it (one
 * outlier among the newest run's 5 samples stops it at p = 0.15) — a window's run-to-run test may
 * decide alone (run-to-run.ts says which).
 *
 * The second test (against the run before) is asked only where its answer can change a verdict: where
 * the guarded run-to-run test would decide alone at p ≤ α. Elsewhere the series' p is above α either
 * way (unguarded it is at least the within-run p), so neither its status nor any other series'
 * Benjamini–Hochberg decision can depend on it.
 */
function guardedRunToRun(within, input, runToRunWith, previousDiffers) {
    const guards = within?.kind === 'mann-whitney' && within.canReachAlpha && (within.smallestP ?? 0) > input.loneDiscoveryP;
    if (!guards)
        return runToRunWith(false);
    if (within.p <= input.alpha)
        return runToRunWith(true);
    const asGuarded = runToRunWith(true);
    const couldDecide = asGuarded?.decidesAlone === true && asGuarded.p <= input.alpha;
    return couldDecide && previousDiffers() ? asGuarded : runToRunWith(false);
}
/** Memory and count metrics with identical values on each side are deterministic (benchstat's assume=exact). */
function isDeterministic(baselineResult, currentResult, baseline, current) {
    const exact = baselineResult.extra?.assume === 'exact' || currentResult.extra?.assume === 'exact';
    const kind = unitKind(currentResult.unit);
    if (!exact && kind !== 'memory' && kind !== 'count')
        return false;
    const constant = (s) => (s.samples ?? [s.center]).every((x) => x === (s.samples?.[0] ?? s.center));
    return (exact || (constant(baseline) && constant(current) && (baseline.samples !== undefined || baseline.n <= 1)));
}

// A distribution-free test of the ratio of two q-quantiles, the tail's counterpart of the median
// interval (median-ci.ts). For each sample, the number of values below the population q-quantile ξ
// is Binomial(n, q), so [x₍l₎, x₍u₎] covers ξ with the binomial probability of l ≤ k < u
// (quantileInterval); ξ̂ is the order statistic x₍⌈nq⌉₎. Following Price & Bonett (2002,
// "Distribution-free confidence intervals for difference and ratio of medians", J. Stat. Comput.
// Simul. 72), with the median replaced by the q-quantile, each interval's reach on the log scale is a
// z·SE of ln ξ̂, one per side of it:
//   below = ln ξ̂ − ln x₍l₎,  above = ln x₍u₎ − ln ξ̂,
// and the ratio ξ̂_b / ξ̂_a gets its interval from the two samples' reaches joined end by end (Zou &
// Donner's MOVER): its log reaches below and above are
//   L = √(below_b² + above_a²),  U = √(above_b² + below_a²),
// so a long upper tail widens the interval on its own side only. A variance V of ln(ratio) from
// outside the samples (how far a whole run's level moves between runs) adds z²V under both roots.
// The test is the interval's: with d = ln(ξ̂_b / ξ̂_a) and R the reach toward no change (L when d > 0,
// U when d < 0), z = z_c · |d| / R and the two-sided p = 2 Φ(−z), so p ≤ 1 − c exactly when the
// interval at confidence c leaves out no change.
/** The q-quantile's estimate (the ⌈nq⌉-th order statistic) of ascending values. */
function sortedQuantile(sorted, q) {
    const n = sorted.length;
    return sorted[Math.min(n, Math.max(1, Math.ceil(n * q))) - 1];
}
/**
 * The q-quantile of positive values with its distribution-free interval, or undefined when the sample
 * is too small for the interval to be finite at both ends, or holds a value ≤ 0 (no log scale).
 */
function quantileSummary(values, q, confidence) {
    const n = values.length;
    if (n === 0)
        return undefined;
    const sorted = Float64Array.from(values).sort();
    if (!(sorted[0] > 0))
        return undefined;
    const { loOrder, hiOrder } = quantileInterval(n, q, confidence);
    if (loOrder < 1 || hiOrder > n)
        return undefined;
    const quantile = sortedQuantile(sorted, q);
    const center = Math.log(quantile);
    return {
        quantile,
        below: center - Math.log(sorted[loOrder - 1]),
        above: Math.log(sorted[hiOrder - 1]) - center,
    };
}
/**
 * Whether sample `b`'s q-quantile differs from sample `a`'s, `extraLogVariance` (V) added; undefined
 * when either sample is too small.
 */
function quantileRatioTest(a, b, q, confidence, extraLogVariance = 0) {
    const sa = quantileSummary(a, q, confidence);
    const sb = quantileSummary(b, q, confidence);
    if (!sa || !sb)
        return undefined;
    const z = normalQuantile((1 + confidence) / 2);
    const extra = z * Math.sqrt(extraLogVariance);
    const lower = Math.hypot(sb.below, sa.above, extra);
    const upper = Math.hypot(sb.above, sa.below, extra);
    const d = Math.log(sb.quantile) - Math.log(sa.quantile);
    const reach = d > 0 ? lower : upper;
    // Both tails tied at one value and nothing added: no spread at all, so any difference is certain.
    const p = reach > 0 ? 2 * normalSurvival((z * Math.abs(d)) / reach) : d === 0 ? 1 : 0;
    return { ratio: sb.quantile / sa.quantile, p: Math.min(1, p), lower, upper };
}

const Z_LEVEL = normalQuantile(1 - (1 - LEVEL) / 2);
/** The id of a tail row: its series' id and the statistic (a parser's ids end in `]`, so none collides). */
function tailId(id, statistic) {
    return `${id} ${statistic}`;
}
/** Whether a sample is large enough to compare its `statistic` (TAIL_MIN_BEYOND values above the quantile). */
function enoughForTail(samples, statistic) {
    const q = TAIL_STATISTICS[statistic];
    return samples !== undefined && samples.length * (1 - q) >= TAIL_MIN_BEYOND - 1e-9;
}
/** Samples a run needs for a `statistic`'s row (TAIL_MIN_BEYOND above the quantile). */
function samplesForTail(statistic) {
    return Math.ceil(TAIL_MIN_BEYOND / (1 - TAIL_STATISTICS[statistic]) - 1e-9);
}
/** Whether a series can have tail rows at all: a latency (time unit, smaller is better). */
function hasTails(result) {
    return result.direction === 'smaller' && unitKind(result.unit) === 'time';
}
/** A side's numbers as its tail row shows them: the quantile as the center, the samples unchanged. */
function tailSide(side, statistic) {
    if (!enoughForTail(side.samples, statistic))
        return undefined;
    const summary = quantileSummary(side.samples, TAIL_STATISTICS[statistic], LEVEL);
    return summary && { ...side, center: summary.quantile };
}
/** The tail row's series: its id, and the quantile as its value (what budgets are checked against). */
function tailResult(result, current, statistic) {
    return { ...result, id: tailId(result.id, statistic), value: current.center };
}
/** The tail row's evidence and baseline numbers; undefined when the newest baseline run has too few samples. */
function tailEvidence(input) {
    const { statistic, window, current, series } = input;
    const q = TAIL_STATISTICS[statistic];
    const newest = window.results.at(-1);
    if (!enoughForTail(newest.samples, statistic) || !(newest.value > 0) || series.exact)
        return undefined;
    const atReference = atLevel(newest, series.reference).samples;
    const level = series.runToRun?.margin;
    // The run-to-run margin is the level's 95% reach; as a variance it joins the quantiles' sampling one.
    const levelVariance = level ? (Math.max(level.lower, level.upper) / Z_LEVEL) ** 2 : 0;
    const test = quantileRatioTest(atReference, current.samples, q, LEVEL, levelVariance);
    if (!test)
        return undefined;
    const within = {
        kind: 'quantile',
        p: test.p,
        margin: { lower: test.lower, upper: test.upper },
        canReachAlpha: true,
        decidesAlone: false,
    };
    const reference = current.center / test.ratio;
    const evidence = {
        exact: false,
        reference,
        currentCenter: current.center,
        within,
        runs: window.results.length,
        format: series.format,
    };
    return { evidence, baseline: tailBaseline(window, statistic, reference) };
}
/** The newest run's tail numbers, and each baseline run's quantile where it has enough samples. */
function tailBaseline(window, statistic, reference) {
    const q = TAIL_STATISTICS[statistic];
    const quantileOf = (r) => enoughForTail(r.samples, statistic)
        ? quantileSummary(r.samples, q, LEVEL)?.quantile
        : undefined;
    const newest = window.results.at(-1);
    const { n, samples, mean, median, min, max, stddev } = newest;
    const runCenters = window.results.map(quantileOf).filter((x) => x !== undefined);
    return {
        center: quantileOf(newest),
        n,
        samples,
        mean,
        median,
        min,
        max,
        stddev,
        reference,
        runs: runCenters.length,
        runCenters,
        commit: window.commits.at(-1),
    };
}

/**
 * Compares `currentRun` with the baseline window (oldest first, newest last). Series are matched by id;
 * one id twice in a run (a history entry written from several files before they were pooled) is one
 * series, its samples pooled.
 */
function compare(baselineRuns, currentRun, options = defaultCompareOptions(), 
/** Told after each series evaluated and each row of the report made (the pipeline's memory watch). */
progress) {
    const baseline = baselineRuns.map((run) => ({ ...run, results: poolSameSeries(run.results).results }));
    const current = poolSameSeries(currentRun).results;
    const window = indexWindow(baseline);
    // Load tests' series move together by design (one server): they inform neither the suite's noise
    // nor the runner drift, and no drift is divided out of them.
    const benchmarks = current.filter((r) => !isLoadTest(r.format));
    const noise = estimateSuiteNoise(benchmarks, window);
    const compared = current.filter((r) => window.has(r.id)).length;
    const context = { options, noise, loneDiscoveryP: options.alpha / Math.max(1, compared) };
    let done = 0;
    const evaluate = (result, scale) => {
        progress?.(++done);
        return evaluateSeries(result, window.get(result.id), scale, context);
    };
    const first = current.map((result) => evaluate(result, 1));
    const drift = detectDrift(first
        .filter((e) => !isLoadTest(e.result.format))
        .map((e) => ({ ...e.result, change: e.weighed?.change })));
    const judged = drift ? first.map((e) => withoutDrift(e, drift, evaluate)) : first;
    // Each series' tail rows right after it; one false-discovery control over every row tested.
    const evaluated = judged.flatMap((e) => [e, ...tailRows(e, context)]);
    const q = falseDiscovery(evaluated.map((e) => e.weighed));
    const series = evaluated.map((e, i) => {
        progress?.(i + 1);
        return comparisonOf$1(e, q[i], options.alpha, options);
    });
    const currentIds = new Set(current.map((r) => r.id));
    for (const [id, runs] of window) {
        if (!currentIds.has(id) && runs.newestRunHasIt)
            series.push(missingSeries(runs));
    }
    const coverage = seriesCoverage(current, window, baseline.length);
    const noiseSource = runToRunNoise(baseline.length, noise.run?.source === 'suite');
    return buildReport(series, baseline.length, options.alpha, drift, noiseSource, coverage);
}
function evaluateSeries(result, window, scale, { options, noise, loneDiscoveryP }) {
    const current = scaleSide(sideOf(result), scale);
    const threshold = thresholdFor(result, options.thresholds);
    if (!window)
        return { result, current, threshold };
    const alpha = options.alpha;
    const evidence = gatherEvidence({ result, current, scale, window, noise, alpha, loneDiscoveryP });
    return {
        result,
        window,
        current,
        threshold,
        evidence,
        weighed: weigh(evidence, { alpha, threshold, loneDiscoveryP }),
    };
}
/** A series judged again with the drift divided out of its current numbers (timing series only). */
function withoutDrift(e, drift, evaluate) {
    const scale = isLoadTest(e.result.format) ? 1 : driftScale(drift, e.result.direction, e.result.unit);
    if (scale === 1)
        return e;
    return { ...evaluate(e.result, scale), drift: { unadjusted: e.weighed?.change, current: e.current } };
}
/** The statistics a series is compared on besides its center: the `percentiles` asked for and any a budget names. */
function tailStatisticsFor(result, options) {
    const wanted = new Set(options.percentiles ?? []);
    for (const b of options.budgets)
        if (b.statistic && globMatches(b.pattern, result))
            wanted.add(b.statistic);
    return [...wanted];
}
/** A series' tail rows: compared where both sides have the samples for it, otherwise `new`. */
function tailRows(e, { options, loneDiscoveryP }) {
    if (!hasTails(e.result))
        return [];
    return tailStatisticsFor(e.result, options).flatMap((statistic) => {
        const current = tailSide(e.current, statistic);
        if (!current)
            return [];
        const result = tailResult(e.result, current, statistic);
        const row = { result, current, threshold: e.threshold, tail: { statistic } };
        const found = e.window && e.evidence && tailEvidence({ statistic, window: e.window, current, series: e.evidence });
        if (!found)
            return [row];
        const { evidence, baseline } = found;
        const weighed = weigh(evidence, { alpha: options.alpha, threshold: e.threshold, loneDiscoveryP });
        const measured = e.drift && tailSide(e.drift.current, statistic);
        const drift = measured && {
            unadjusted: changeOf(evidence.reference, measured.center),
            current: measured,
        };
        return [{ ...row, window: e.window, evidence, weighed, drift, tail: { statistic, baseline } }];
    });
}
/** Benjamini–Hochberg's q for every series with a p, in report order (undefined for the others). */
function falseDiscovery(weighed) {
    const q = benjaminiHochberg(weighed.map((w) => w?.test.p ?? Number.NaN));
    return q.map((x) => (Number.isNaN(x) ? undefined : x));
}
function comparisonOf$1(e, q, alpha, options) {
    const { result } = e;
    const statistic = e.tail?.statistic;
    const comparison = {
        ...identity(result),
        ...(statistic ? { statistic } : {}),
        status: 'new',
        threshold: e.threshold,
        // The report shows what was measured; the drift-adjusted change is `adjustedChange`.
        current: e.drift?.current ?? e.current,
        source: result.source,
    };
    const budget = budgetFor({ ...result, statistic }, result.value, options.budgets);
    if (budget)
        comparison.budget = budget;
    if (!e.window || !e.evidence || !e.weighed)
        return withBudget(comparison, 'new');
    comparison.baseline = e.tail?.baseline ?? baselineStats(e.window, e.evidence.reference);
    const change = e.drift ? e.drift.unadjusted : e.weighed.change;
    if (change)
        comparison.change = change;
    if (e.drift && e.weighed.change)
        comparison.adjustedChange = e.weighed.change;
    comparison.test = q === undefined ? e.weighed.test : { ...e.weighed.test, q };
    const decision = decide({
        weighed: e.weighed,
        change: e.weighed.change ?? change,
        q,
        direction: result.direction,
        threshold: e.threshold,
        alpha,
        reference: e.evidence.reference,
        currentCenter: e.current.center,
    });
    if (decision.reasons)
        comparison.reasons = decision.reasons;
    return withBudget(comparison, decision.status);
}
function identity(r) {
    const { id, name, suite, params, unit, direction, format } = r;
    return { id, name, suite, params, unit, direction, format };
}
/** The newest run's numbers, what the window adds, and the center the change is measured against. */
function baselineStats(window, reference) {
    const newest = window.results.at(-1);
    // Filled in on the side's own fresh object: a report of 300,000 series makes no copy of each.
    const stats = sideOf(newest);
    stats.reference = reference;
    stats.runs = window.results.length;
    stats.runCenters = window.results.map((r) => r.value);
    stats.commit = window.commits.at(-1);
    return stats;
}
/** A budget overrun shows as `over-budget` unless the series is a regression (which already fails). */
function withBudget(c, status) {
    c.status = c.budget?.exceeded && status !== 'regression' ? 'over-budget' : status;
    return c;
}
function missingSeries(window) {
    const newest = window.results.at(-1);
    return {
        ...identity(newest),
        status: 'missing',
        threshold: 0,
        baseline: baselineStats(window, newest.value),
        source: newest.source,
    };
}
function buildReport(series, baselineRuns, alpha, drift, noise, coverage) {
    const counts = Object.fromEntries(STATUSES.map((s) => [s, 0]));
    for (const s of series)
        counts[s.status] += 1;
    // Tail rows are the same benchmarks again: neither a second geomean entry nor a second burst member.
    const centers = series.some((s) => s.statistic) ? series.filter((s) => !s.statistic) : series;
    const report = {
        schema: 'perf-regression/report',
        version: 1,
        verdict: verdictOf(counts, series, coverage),
        counts,
        alpha,
        baselineRuns,
        runToRunNoise: noise,
        geomeans: geomeans(centers),
        series,
    };
    if (coverage)
        report.coverage = coverage;
    if (drift)
        report.drift = drift;
    const backToBack = backToBackRegressions(centers);
    if (backToBack.length > 0)
        report.backToBack = backToBack;
    return report;
}
function verdictOf(counts, series, coverage) {
    if (counts.regression > 0)
        return 'regression';
    // Before budgets: a run that compared nothing must say so first, whatever else it broke.
    if (sharesNothing(coverage))
        return 'no-common-series';
    if (counts['over-budget'] > 0)
        return 'over-budget';
    return series.every((s) => s.status === 'new') ? 'no-baseline' : 'pass';
}
function runToRunNoise(baselineRuns, fromSuite) {
    if (baselineRuns === 0)
        return 'no-baseline';
    if (baselineRuns >= 2)
        return 'estimated';
    return fromSuite ? 'from-suite' : 'not-estimated';
}
/** Per unit, the geometric means of the references and of the current centers (benchstat's geomean row). */
function geomeans(series) {
    const byUnit = new Map();
    for (const s of series) {
        const b = s.baseline?.reference;
        const c = s.current?.center;
        if (!(b && b > 0 && c && c > 0))
            continue;
        const pair = byUnit.get(s.unit) ?? [[], []];
        pair[0].push(b);
        pair[1].push(c);
        byUnit.set(s.unit, pair);
    }
    return [...byUnit].map(([unit, [b, c]]) => {
        const baseline = geometricMean(b);
        const current = geometricMean(c);
        return { unit, series: b.length, baseline, current, percent: (current / baseline - 1) * 100 };
    });
}

/**
 * What a same-job A/B leaves out of the options, as a warning: tail rows (`percentiles`, budgets on a
 * percentile) are compared against a history only, where each run's samples are one run's.
 */
function sameJobIgnored(options) {
    const tailBudgets = options.budgets.filter((b) => b.statistic).length;
    if ((options.percentiles ?? []).length === 0 && tailBudgets === 0)
        return undefined;
    return 'percentiles and budgets on a percentile are not compared in a same-job A/B (compare-with: base, ab) in this version: only against a history';
}
function compareSameJob(passes, meta = {}, options = defaultCompareOptions(), method = { outliers: true, moderated: true }) {
    const { paired, missing } = pairSeries(passes);
    const pairs = paired.map(passPairs);
    const ratios = paired.map((series, i) => seriesRatios(series, pairs[i] ?? [], method));
    const prior = method.moderated ? suitePrior(ratios) : undefined;
    const assessed = paired.map((series, i) => {
        const threshold = thresholdFor(series.pooledHead, options.thresholds);
        if (!series.pooledBase)
            return { series, threshold };
        const evidence = sameJobEvidence(series, pairs[i] ?? [], ratios[i], prior);
        return {
            series,
            leftOut: ratios[i]?.outliers.map((k) => (pairs[i]?.[k]?.pass ?? 0) + 1),
            threshold,
            evidence,
            weighed: weigh(evidence, { alpha: options.alpha, threshold, loneDiscoveryP: 0 }),
        };
    });
    const q = falseDiscovery(assessed.map((a) => a.weighed));
    const series = assessed.map((a, i) => comparisonOf(a, q[i], options));
    for (const base of missing)
        series.push({ ...identity(base), status: 'missing', threshold: 0, source: base.source });
    const report = buildReport(series, passes.length, options.alpha, undefined, 'same-job');
    return { ...report, sameJob: { passes: passes.length, ...meta } };
}
/** Series by id over all passes, in the head's first-seen order; base-only series are missing. */
function pairSeries(passes) {
    const bySide = (side) => {
        const byId = new Map();
        passes.forEach((pass, i) => {
            for (const r of poolSameSeries(pass[side]).results) {
                const row = byId.get(r.id) ?? new Array(passes.length).fill(undefined);
                row[i] = r;
                byId.set(r.id, row);
            }
        });
        return byId;
    };
    const base = bySide('base');
    const head = bySide('head');
    const pool = (row) => poolSameSeries(row.filter((r) => r !== undefined)).results[0];
    const paired = [];
    for (const [id, row] of head) {
        const baseRow = base.get(id) ?? new Array(passes.length).fill(undefined);
        paired.push({
            base: baseRow,
            head: row,
            pooledBase: base.has(id) ? pool(baseRow) : undefined,
            pooledHead: pool(row),
        });
    }
    const missing = [...base].filter(([id]) => !head.has(id)).map(([, row]) => pool(row));
    return { paired, missing };
}
function passPairs(series) {
    return series.head.flatMap((h, pass) => {
        const b = series.base[pass];
        return h && b && h.value > 0 && b.value > 0 ? [{ pass, base: b.value, head: h.value }] : [];
    });
}
/** Whether the series is tested at all: on both sides, and not a deterministic metric (exact). */
function measured(series) {
    const base = series.pooledBase;
    return (base !== undefined && !isDeterministic(base, series.pooledHead, sideOf(base), sideOf(series.pooledHead)));
}
/** A series' per-pass log ratios, outlying passes left out; undefined below 2 passes or when exact. */
function seriesRatios(series, pairs, method) {
    if (!measured(series) || pairs.length < 2)
        return undefined;
    const maxOutliers = method.outliers ? Math.floor(SAME_JOB_OUTLIER_SHARE * pairs.length) : 0;
    return passRatios(pairs.map((x) => x.head / x.base), maxOutliers, SAME_JOB_OUTLIER_ALPHA);
}
/**
 * The suite's prior for the pass-to-pass variance of a series' ratio, with the residual degrees of
 * freedom of every series (the cap on a moderated t's): none for a suite too small to fit it on.
 */
function suitePrior(ratios) {
    const usable = ratios.filter((r) => r !== undefined);
    if (usable.length < SAME_JOB_PRIOR_MIN_SERIES)
        return undefined;
    const fit = fitVariancePrior(usable.map((r) => r.variance), usable.map((r) => r.logs.length - 1));
    if (!fit)
        return undefined;
    return { fit, maxDf: usable.reduce((sum, r) => sum + r.logs.length - 1, 0) };
}
/**
 * The per-pass centers of both sides, their ratios tested with the pass as a block. The change is
 * measured between the geometric means of the kept passes' centers, so it is exactly the tested ratio.
 */
function sameJobEvidence(series, both, ratios, prior) {
    const pooledBase = series.pooledBase;
    const head = series.pooledHead;
    const base = { runs: both.length, format: head.format };
    if (isDeterministic(pooledBase, head, sideOf(pooledBase), sideOf(head))) {
        return { ...base, exact: true, reference: pooledBase.value, currentCenter: head.value };
    }
    const kept = both.filter((_, i) => !ratios?.outliers.includes(i));
    const reference = geometricMean(kept.map((x) => x.base)) ?? pooledBase.value;
    if (!ratios) {
        const currentCenter = geometricMean(kept.map((x) => x.head)) ?? head.value;
        const sameJob = {
            kind: 'same-job',
            p: 1,
            canReachAlpha: false,
            decidesAlone: true,
            reason: { code: 'too-few-passes', passes: both.length },
        };
        return { ...base, exact: false, reference, currentCenter, sameJob };
    }
    const t = pairedBlocksTest(ratios, 0.95, prior?.fit, prior?.maxDf);
    const currentCenter = geometricMean(kept.map((x) => x.head)) ?? head.value;
    const sameJob = {
        kind: 'same-job',
        p: t.p,
        margin: { lower: Math.log(t.ratio / t.lo), upper: Math.log(t.hi / t.ratio) },
        canReachAlpha: true,
        decidesAlone: true,
    };
    return { ...base, exact: false, reference, currentCenter, sameJob };
}
function comparisonOf(a, q, options) {
    const head = a.series.pooledHead;
    const current = { ...sideOf(head), center: a.evidence?.currentCenter ?? head.value };
    const comparison = {
        ...identity(head),
        status: 'new',
        threshold: a.threshold,
        current,
        source: head.source,
    };
    const budget = budgetFor(head, current.center, options.budgets);
    if (budget)
        comparison.budget = budget;
    const { evidence, weighed } = a;
    const pooledBase = a.series.pooledBase;
    if (!evidence || !weighed || !pooledBase)
        return withBudget(comparison, 'new');
    comparison.baseline = {
        ...sideOf(pooledBase),
        reference: evidence.reference,
        runs: evidence.runs,
        runCenters: a.series.base.flatMap((r) => (r ? [r.value] : [])),
    };
    if (weighed.change)
        comparison.change = weighed.change;
    comparison.test = q === undefined ? weighed.test : { ...weighed.test, q };
    if (a.leftOut?.length)
        comparison.test = { ...comparison.test, leftOutPasses: a.leftOut };
    const decision = decide({
        weighed,
        change: weighed.change,
        q,
        direction: head.direction,
        threshold: a.threshold,
        alpha: options.alpha,
        reference: evidence.reference,
        currentCenter: evidence.currentCenter,
    });
    if (decision.reasons)
        comparison.reasons = decision.reasons;
    return withBudget(comparison, decision.status);
}

const builtin$4 = createRequire(import.meta.url)('node:child_process');
builtin$4._forkChild;
builtin$4.ChildProcess;
builtin$4.exec;
const execFile = builtin$4.execFile;
builtin$4.execFileSync;
builtin$4.execSync;
builtin$4.fork;
const spawn = builtin$4.spawn;
builtin$4.spawnSync;

const builtin$3 = createRequire(import.meta.url)('node:os');
builtin$3.arch;
builtin$3.availableParallelism;
builtin$3.cpus;
builtin$3.endianness;
builtin$3.freemem;
builtin$3.getPriority;
builtin$3.homedir;
const hostname = builtin$3.hostname;
builtin$3.loadavg;
builtin$3.networkInterfaces;
builtin$3.platform;
builtin$3.release;
builtin$3.setPriority;
const tmpdir = builtin$3.tmpdir;
builtin$3.totalmem;
builtin$3.type;
builtin$3.userInfo;
builtin$3.uptime;
builtin$3.version;
builtin$3.machine;
builtin$3.constants;
builtin$3.EOL;
builtin$3.devNull;

const builtin$2 = createRequire(import.meta.url)('node:util');
builtin$2._errnoException;
builtin$2._exceptionWithHostPort;
builtin$2._extend;
builtin$2.callbackify;
builtin$2.convertProcessSignalToExitCode;
builtin$2.debug;
builtin$2.debuglog;
builtin$2.deprecate;
builtin$2.format;
builtin$2.styleText;
builtin$2.formatWithOptions;
builtin$2.getCallSites;
builtin$2.getSystemErrorMap;
builtin$2.getSystemErrorName;
builtin$2.getSystemErrorMessage;
builtin$2.inherits;
builtin$2.inspect;
builtin$2.isArray;
builtin$2.isDeepStrictEqual;
const promisify = builtin$2.promisify;
builtin$2.stripVTControlCharacters;
builtin$2.toUSVString;
builtin$2.transferableAbortSignal;
builtin$2.transferableAbortController;
builtin$2.aborted;
builtin$2.types;
builtin$2.parseEnv;
const parseArgs = builtin$2.parseArgs;
builtin$2.TextDecoder;
builtin$2.TextEncoder;
builtin$2.MIMEType;
builtin$2.MIMEParams;
builtin$2.diff;
builtin$2.setTraceSigInt;

// One way to run a git command of the checkout and read what it printed, for the A/B's worktrees and
// the merge-base lookup alike.
const exec = promisify(execFile);
/** `git <args>` in `cwd`, its stdout trimmed; rejects on a non-zero exit or after `timeoutMs` (none by default). */
async function git(cwd, args, timeoutMs) {
    const { stdout } = await exec('git', args, {
        cwd,
        ...({} ),
        // Never wait for a password: a fetch the checkout's credentials cannot make fails at once.
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
        maxBuffer: 16 * 1024 * 1024,
    });
    return stdout.trim();
}

// The same-job A/B run: a detached git worktree of the base commit beside the work tree (the head, as
// it is, uncommitted changes included), the setup once in each, then passes that run the benchmark
// command in both trees, alternating which goes first (ABBA…) so a slow drift of the machine favours
// neither side. The worktree is removed afterwards, also on failure, timeout and Ctrl-C.
async function runSameJob(input) {
    const top = await gitTopLevel(input.cwd);
    const baseCommit = await resolveCommit(top, input.base);
    const headCommit = await git(top, ['rev-parse', '--verify', '--quiet', 'HEAD']).catch(() => undefined);
    const scratch = await mkdtemp$1(builtin$8.join(tmpdir(), 'perf-regression-ab-'));
    const baseTree = builtin$8.join(scratch, 'base');
    const running = new Set();
    let adding;
    const cleanup = async () => {
        for (const child of running)
            killGroup(child);
        // A Ctrl-C while `git worktree add` still checks files out: removing the tree under it would leave
        // the files it writes afterwards behind.
        await adding?.catch(() => undefined);
        await git(top, ['worktree', 'remove', '--force', baseTree]).catch(() => undefined);
        await rm$1(scratch, { recursive: true, force: true });
        // Registrations whose folder is gone (a run killed before it could clean up) go too.
        await git(top, ['worktree', 'prune']).catch(() => undefined);
    };
    const interrupted = (signal) => {
        void cleanup().finally(() => process.kill(process.pid, signal));
    };
    process.once('SIGINT', interrupted);
    process.once('SIGTERM', interrupted);
    const deadline = input.timeoutMs === undefined ? undefined : Date.now() + input.timeoutMs;
    try {
        await git(top, ['worktree', 'prune']);
        adding = git(top, ['worktree', 'add', '--detach', baseTree, baseCommit]);
        await adding;
        // The command runs in the same subfolder of each tree as the user stands in.
        const relative = builtin$8.relative(top, input.cwd);
        const dirs = { base: builtin$8.join(baseTree, relative), head: input.cwd };
        const ctx = { input, running, deadline, scratch, dirs };
        if (input.setup) {
            for (const side of ['base', 'head'])
                await invoke(ctx, input.setup, side, 'setup');
        }
        const passes = [];
        const outputs = [];
        const warnings = [];
        for (let i = 0; i < input.passes; i++) {
            const order = i % 2 === 0 ? ['base', 'head'] : ['head', 'base'];
            const pass = { base: [], head: [] };
            for (const side of order) {
                const file = await invoke(ctx, input.run, side, `pass ${i + 1}/${input.passes}`);
                outputs.push(file);
                const parsed = parseRun([file], input.format);
                for (const w of parsed.warnings)
                    warnings.push(w);
                pass[side] = parsed.results;
            }
            passes.push(pass);
        }
        const kept = input.keep ? await keepOutputs(input.keep, outputs) : [];
        return { passes, outputs, kept, baseCommit, headCommit, warnings };
    }
    finally {
        process.removeListener('SIGINT', interrupted);
        process.removeListener('SIGTERM', interrupted);
        await cleanup();
    }
}
/** Runs `command` on one side; its result is the file it wrote to PERF_REGRESSION_OUTPUT, else stdout. */
async function invoke(ctx, command, side, step) {
    const { input } = ctx;
    const output = builtin$8.join(ctx.scratch, `${step.replace(/\W+/g, '-')}-${side}.out`);
    const started = Date.now();
    const left = ctx.deadline === undefined ? undefined : ctx.deadline - started;
    if (left !== undefined && left <= 0)
        throw timedOut(input, step, side);
    const child = spawn('sh', ['-c', command], {
        cwd: ctx.dirs[side],
        env: { ...(input.env ?? process.env), PERF_REGRESSION_OUTPUT: output, PERF_REGRESSION_SIDE: side },
        stdio: ['ignore', 'pipe', 'pipe'],
        // Its own process group, so a timeout or Ctrl-C stops everything the command started.
        detached: true,
    });
    ctx.running.add(child);
    const stdout = [];
    let stderr = '';
    child.stdout?.on('data', (b) => stdout.push(b));
    child.stderr?.setEncoding('utf8').on('data', (s) => {
        // Only the tail is kept for the error message.
        stderr = (stderr + s).slice(-8192);
    });
    let expired = false;
    const timer = left === undefined
        ? undefined
        : setTimeout(() => {
            expired = true;
            killGroup(child);
        }, left);
    const code = await new Promise((resolve, reject) => {
        child.on('error', reject);
        child.on('close', (c) => resolve(c));
    }).finally(() => {
        if (timer)
            clearTimeout(timer);
        ctx.running.delete(child);
    });
    if (expired)
        throw timedOut(input, step, side);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    input.progress(`perf-regression ab: ${step} ${side} ${seconds} s`);
    if (code !== 0) {
        const tail = stderr
            .split('\n')
            .map((l) => l.trim())
            .filter(Boolean)
            .slice(-3);
        const said = tail.length > 0 ? `; its stderr ended: ${tail.join(' ⏎ ')}` : '';
        throw new InputError(`the ${step.startsWith('pass') ? '--run' : '--setup'} command failed on the ${side} side (${step}, exit code ${code ?? 'killed'})${said}`);
    }
    const label = `${side} side, ${step}`;
    const written = await stat$1(output).then((s) => s.isFile() && s.size > 0, () => false);
    const text = written ? await readFile$1(output, 'utf8') : Buffer.concat(stdout).toString('utf8');
    return { path: `${label} (${written ? 'PERF_REGRESSION_OUTPUT' : 'stdout'})`, text };
}
/** The outputs under names made of the side and the pass only (never of anything the command wrote). */
async function keepOutputs(folder, outputs) {
    await mkdir$1(folder, { recursive: true });
    const kept = [];
    for (const [i, file] of outputs.entries()) {
        const name = file.path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '');
        const target = builtin$8.join(folder, `${String(i + 1).padStart(3, '0')}-${name}.txt`);
        await writeFile$1(target, file.text);
        kept.push(target);
    }
    return kept;
}
function killGroup(child) {
    try {
        if (child.pid !== undefined)
            process.kill(-child.pid, 'SIGKILL');
    }
    catch {
        child.kill('SIGKILL');
    }
}
function timedOut(input, step, side) {
    const minutes = (input.timeoutMs ?? 0) / 60_000;
    return new InputError(`the A/B took longer than its timeout of ${minutes} minute(s); stopped in ${step}, ${side} side`);
}
async function gitTopLevel(cwd) {
    try {
        return await git(cwd, ['rev-parse', '--show-toplevel']);
    }
    catch {
        throw new InputError(`${cwd}: not inside a git work tree; ab compares the work tree with a commit of its repository`);
    }
}
async function resolveCommit(top, ref) {
    // `--end-of-options` keeps a ref that looks like an option from being read as one.
    const sha = await git(top, [
        'rev-parse',
        '--verify',
        '--quiet',
        '--end-of-options',
        `${ref}^{commit}`,
    ]).catch(() => '');
    if (!sha)
        throw new InputError(`--base "${ref}" is not a commit of this repository (git rev-parse found none)`);
    return sha;
}

// Command-line argument handling shared by the CLI commands.
/** Wrong command line: printed with the usage text, exit code 2. */
class UsageError extends Error {
    name = 'UsageError';
}
function parseFormat(value) {
    if (FORMAT_CHOICES.includes(value))
        return value;
    const aliases = Object.keys(FORMAT_ALIASES).join(', ');
    throw new UsageError(`--format must be one of: auto, ${FORMATS.join(', ')} (or an alias: ${aliases}) (got "${value}")`);
}
/** node:util parseArgs, with its errors turned into usage errors (exit code 2). */
function parseCliArgs(args, options) {
    try {
        return parseArgs({ args, options, allowPositionals: true, strict: true });
    }
    catch (err) {
        throw new UsageError(describeArgsError(err, Object.keys(options ?? {})));
    }
}
/** node:util's messages are long and suggest `--` tricks; say what was wrong and what is accepted. */
function describeArgsError(err, known) {
    const option = /'(-[^' ]+)/.exec(err.message)?.[1];
    if (option && err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
        return `unknown option ${option}; expected ${known.map((k) => `--${k}`).join(', ')}`;
    }
    if (option && err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
        return `${option} needs a value`;
    return err.message;
}
/** A positive whole number option. */
function parseCount(value, option) {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1)
        throw new UsageError(`${option} must be a whole number ≥ 1 (got "${value}")`);
    return n;
}

/** Files named in the one-line message; the rest are counted. */
const FILES_NAMED = 5;
/** The one line saying a run held no series, naming each file and what it held; undefined if it has some. */
function emptyRunMessage(run, format, role) {
    if (run.parsed.results.length > 0)
        return undefined;
    const held = run.files.slice(0, FILES_NAMED).map((file) => {
        const fmt = format === 'auto' ? file.detected : format;
        const warning = run.parsed.warnings.find((w) => w.file === file.path)?.message;
        return `${file.path} (${fmt ?? 'unrecognized'} output, 0 series${warning ? `: ${warning}` : ''})`;
    });
    const more = run.files.length > FILES_NAMED ? ` and ${run.files.length - FILES_NAMED} more file(s)` : '';
    return `the ${role} run holds no benchmark series: ${held.join('; ')}${more}; every benchmark failed or was skipped, or the files are not the benchmark output`;
}
/**
 * One `--baseline` of several files that each hold the same full set of series looks like separate runs
 * of one suite (`--baseline 'history/*.txt'`): pooled into one run, their run-to-run spread is lost and
 * a real change can read as noise. A warning, as a run split into passes looks the same.
 */
function separateRunsWarning(run, which) {
    if (run.files.length < 2)
        return undefined;
    const seriesByFile = new Map();
    for (const result of run.parsed.results) {
        for (const file of filesOf(result)) {
            const ids = seriesByFile.get(file) ?? new Set();
            ids.add(result.id);
            seriesByFile.set(file, ids);
        }
    }
    const total = run.parsed.results.length;
    // Every file named in the run holds every series of it: each file is the whole suite.
    const whole = run.files.every((f) => seriesByFile.get(f.path)?.size === total);
    if (!whole || total === 0)
        return undefined;
    return {
        file: run.files[0]?.path ?? '',
        message: `${which}: its ${run.files.length} files each hold the same ${total} series, as separate runs of one suite do; they are pooled into one run, which hides their run-to-run spread. Give each run its own --baseline, or use --baseline-each '<glob>' (one run per file)`,
    };
}
/** The files a (pooled) result was read from. */
function filesOf(result) {
    const from = result.extra?.pooledFrom;
    return Array.isArray(from) ? from.map((s) => s.file) : [result.source.file];
}
/**
 * The failing findings of a report, for the step's failure and the CLI's exit code alike: regressions,
 * budget overruns, and nothing compared (no series in common), unless the series changed on purpose.
 */
function failingFindings(report, allowSeriesChange) {
    return {
        regressions: report.counts.regression,
        overBudget: report.series.filter((s) => s.budget?.exceeded).length,
        disjoint: report.verdict === 'no-common-series' && !allowSeriesChange,
    };
}
/**
 * A run sharing no series with its baseline is not recorded (it would start another suite's history
 * in place of this one), unless the user says the series changed on purpose; one that lost most of the
 * baseline's series is recorded, with a warning.
 */
function recordDecision(report, relax) {
    const coverage = report.coverage;
    if (report.series.every((s) => s.status === 'missing')) {
        return { record: false, warning: 'this run holds no series; it is not recorded' };
    }
    if (relax.allowSeriesChange || !coverage)
        return { record: true };
    if (report.verdict === 'no-common-series') {
        return {
            record: false,
            warning: `this run shares no series with the stored history, so it is not recorded; set ${relax.option} for a run whose benchmarks were renamed or replaced on purpose`,
        };
    }
    if (coverage.lostMost) {
        return {
            record: true,
            warning: `recording a run that lacks ${coverage.missing} of the ${coverage.newestRunSeries} series of the last recorded run; if benchmarks were removed on purpose, set ${relax.option} to record such runs without this warning`,
        };
    }
    return { record: true };
}

// The one Markdown/HTML escaper. Benchmark names, units and messages come from untrusted files: they
// must not break a table, start a code span, inject HTML or a link, or @mention anyone.
// Only what can start markup in the middle of a line: emphasis, code, links/images (no `[` means no
// link, so `(`/`!` stay readable), tables, strikethrough. `<`, `>`, `&` and quotes are left to the
// HTML step, which runs after this one.
const MARKDOWN_SPECIAL = /[\\`*_[\]|~]/g;
const HTML_SPECIAL = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
};
/** Text for a Markdown table cell or inline text: one line, no markup, no mentions, no references or links. */
function escapeMarkdown(text) {
    return (text
        .replace(/[\r\n\t]+/g, ' ')
        // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
        .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '')
        // A zero-width joiner after # stops `#123` and `owner/repo#123` from referencing (and notifying)
        // other issues; inside `://` and `www.` it stops bare URLs from autolinking. Before the HTML step,
        // whose `&#39;` must stay whole.
        .replace(/#(?=\d)/g, '#\u200d')
        .replace(/:\/\//g, ':\u200d//')
        .replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}\u200d.`)
        .replace(MARKDOWN_SPECIAL, (ch) => `\\${ch}`)
        .replace(/[&<>"']/g, (ch) => HTML_SPECIAL[ch])
        // A zero-width joiner after @ stops GitHub from turning `@user` or `@org/team` into a mention.
        .replace(/@/g, '@\u200d'));
}
/**
 * Text for a terminal: one line, without control characters (an escape sequence in a benchmark name
 * could move the cursor or recolour the screen) or bidirectional overrides (which reorder what is shown).
 */
function plainText(text) {
    return (text
        .replace(/[\r\n\t]+/g, ' ')
        // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
        .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, ''));
}

const MARKDOWN = {
    strong: (t) => `**${t}**`,
    code: (t) => `\`${t}\``,
    text: escapeMarkdown,
};
const PLAIN = { strong: (t) => t, code: (t) => t, text: plainText };
const ICON = {
    regression: '🔴',
    'over-budget': '🟠',
    improvement: '🟢',
    inconclusive: '⚪',
    unchanged: '',
    new: '🆕',
    missing: '➖',
};
/** Statuses that fail or credit a pull request: their changes are listed first, and only theirs in bold. */
const CHANGED = ['regression', 'over-budget', 'improvement'];
/** e.g. "🔴 2 regressions, 🟢 1 improvement, 40 unchanged — 3 inconclusive". */
function verdictLine(report, inline = MARKDOWN) {
    const c = report.counts;
    if (report.verdict === 'no-baseline') {
        return `🆕 ${inline.strong('No baseline yet')}: ${plural(c.new, 'series')} measured; there is no earlier run to compare with.`;
    }
    const coverage = report.coverage;
    if (report.verdict === 'no-common-series' && coverage) {
        return `⛔ ${inline.strong('No series in common with the baseline')}: this run has ${sideText(coverage.current, inline)}; the baseline has ${sideText(coverage.baseline, inline)}. Nothing was compared: a broken benchmark step, or output of another tool, looks like this.`;
    }
    const parts = [];
    if (c.regression)
        parts.push(`🔴 ${inline.strong(plural(c.regression, 'regression'))}`);
    if (c['over-budget'])
        parts.push(`🟠 ${inline.strong(`${c['over-budget']} over budget`)}`);
    if (c.improvement)
        parts.push(`🟢 ${plural(c.improvement, 'improvement')}`);
    if (parts.length === 0)
        parts.push(`✅ ${inline.strong('No regressions')}`);
    parts.push(`${c.unchanged} unchanged`);
    const rest = [];
    if (c.inconclusive)
        rest.push(`${c.inconclusive} inconclusive`);
    if (c.new)
        rest.push(`${c.new} new`);
    if (coverage?.lostMost) {
        const lost = `${coverage.missing} of the last baseline run's ${coverage.newestRunSeries} series missing`;
        rest.push(`⚠️ ${inline.strong(lost)}`);
    }
    else if (c.missing)
        rest.push(`${c.missing} missing`);
    return rest.length > 0 ? `${parts.join(', ')} — ${rest.join(', ')}` : parts.join(', ');
}
/** `15 series (pytest: test_a, test_b, test_c, …)`: how many, read by what, and the first names. */
function sideText(side, inline) {
    if (side.series === 0)
        return 'no series';
    const names = side.examples.map((name) => inline.text(name)).join(', ');
    const more = side.series > side.examples.length ? ', …' : '';
    const formats = side.formats.length > 0 ? `${side.formats.join(' and ')}: ` : '';
    return `${plural(side.series, 'series')} (${formats}${names}${more})`;
}
function plural(n, word) {
    if (n === 1 || word.endsWith('s'))
        return `${n} ${word}`;
    return `${n} ${word}s`;
}
/** Series whose test left a pass out as an outlier, a few of them by name in the report's order. */
function leftOutNote(report, inline) {
    const hit = report.series.filter((s) => s.test?.leftOutPasses?.length);
    if (hit.length === 0)
        return undefined;
    const SHOWN = 3;
    const named = hit
        .slice(0, SHOWN)
        .map((s) => {
        const passes = s.test?.leftOutPasses ?? [];
        return `${inline.text(s.name)} (${passes.length === 1 ? 'pass' : 'passes'} ${passes.join(', ')})`;
    })
        .join(', ');
    const more = hit.length > SHOWN ? ` and ${hit.length - SHOWN} more` : '';
    const count = hit.length === 1 ? '1 series' : `${hit.length} series`;
    return `In ${count} a pass lay so far from the others that its test left it out (a burst of load on one side of that pass, most likely): ${named}${more}.`;
}
/** The notes under the verdict line: drift, bursts of load, what one baseline run can tell. */
function notes(report, inline = MARKDOWN) {
    const out = [];
    // Notes qualify a comparison; when nothing was compared they only distract from the verdict line.
    if (report.verdict === 'no-common-series')
        return out;
    if (report.sameJob) {
        const { passes, baseCommit } = report.sameJob;
        // A commit id is hex; anything else in it is dropped rather than escaped inside a code span.
        const sha = shortSha$1(baseCommit);
        const against = sha ? `against ${inline.code(sha)}` : 'against the base';
        const count = passes === 1 ? '1 pass' : `${passes} passes`;
        out.push(`Measured ${against} in the same job, ${count} alternating base and head, so whatever slowed the machine slowed both sides.`);
        const leftOut = leftOutNote(report, inline);
        if (leftOut)
            out.push(leftOut);
    }
    if (report.baselineCommit)
        out.push(baselineCommitNote(report.baselineCommit, inline));
    const pooled = report.runFiles && runFilesNote(report.runFiles);
    if (pooled)
        out.push(pooled);
    if (report.drift) {
        const d = report.drift;
        out.push(`⚠️ ${inline.strong('Runner drift')}: ${Math.round(d.share * 100)}% of ${d.series} timing series moved ${signed(d.percent)} together — the machine, not the code, most likely changed. Verdicts below are relative to that drift.`);
    }
    for (const block of report.backToBack ?? []) {
        const names = block.benchmarks.map((name) => inline.text(name));
        const list = `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
        // Passes spread a burst over a few samples of many benchmarks, whose medians shrug it off.
        const passes = block.format === 'go'
            ? ` Running ${inline.code('go test')} as five passes of ${inline.code('-count=2')} into one file spreads such a burst over a few samples of many benchmarks, where the medians shrug it off.`
            : '';
        out.push(`⚠️ ${inline.strong(`${names.length} benchmarks regressed back to back`)}: ${list} ran one right after another. A burst of load on the machine during those seconds looks just like this: re-run the job before acting on them.${passes}`);
    }
    if (report.runToRunNoise === 'not-estimated') {
        out.push('Only one baseline run: run-to-run noise could not be estimated, so a whole-run shift of the CI machine can look like a change. Verdicts get sturdier as history accumulates.');
    }
    if (report.runToRunNoise === 'from-suite') {
        out.push('Only one baseline run: run-to-run noise was estimated from how far all benchmarks of the suite moved, so a change has to stand out from the others to count. Verdicts get sharper as history accumulates.');
    }
    return out;
}
/** A commit id cut to 12; anything but hex is dropped rather than escaped inside a code span. */
function shortSha$1(commit) {
    return commit?.replace(/[^0-9a-f]/gi, '').slice(0, 12) || undefined;
}
/** How many files made each run, said only when some run was pooled from several. */
function runFilesNote(files) {
    if (files.current <= 1 && files.baseline.every((n) => n === null || n <= 1))
        return undefined;
    const current = `this run from ${plural(files.current, 'file')}`;
    // `?`: a run recorded before the number of its files was kept.
    const counts = files.baseline.map((n) => (n === null ? '?' : String(n)));
    const baseline = counts.length === 0
        ? ''
        : counts.length === 1
            ? `; the baseline run from ${counts[0]} file${counts[0] === '1' ? '' : 's'}`
            : `; the ${counts.length} baseline runs from ${counts.join(', ')} files (oldest first)`;
    return `Files per run: ${current}${baseline}. The files of one run are pooled into that run.`;
}
/** Which commit the window ends at, and what was left out for being after the branch point. */
function baselineCommitNote(at, inline) {
    const branch = inline.text(at.branch || 'the base branch');
    const commit = shortSha$1(at.commit);
    const mergeBase = shortSha$1(at.mergeBase);
    if (at.fallback === 'merge-base-unknown') {
        return `Baseline: the newest recorded runs of ${branch}${commit ? `, up to ${inline.code(commit)}` : ''}. The pull request's merge base could not be found (${inline.text(at.reason ?? 'no reason given')}), so changes merged into ${branch} after the branch point count as this pull request's.`;
    }
    if (at.fallback === 'no-recorded-ancestor') {
        return `Baseline: the newest recorded runs of ${branch}${commit ? `, up to ${inline.code(commit)}` : ''}: none was recorded at or before the merge base ${inline.code(mergeBase ?? '?')}, so changes merged into ${branch} after the branch point count as this pull request's.`;
    }
    const where = commit === mergeBase
        ? `the merge base of this pull request with ${branch}`
        : `the newest recorded ancestor of the merge base ${inline.code(mergeBase ?? '?')}`;
    const laterRuns = at.leftOut - (at.unplaced ?? 0);
    const later = laterRuns > 0
        ? `; ${plural(laterRuns, 'recorded run')} of later ${branch} commits left out, as this pull request does not have them`
        : '';
    const unplaced = at.unplaced
        ? `; ${plural(at.unplaced, 'recorded run')} whose ${at.unplaced === 1 ? 'commit' : 'commits'} could not be placed left out too`
        : '';
    return `Baseline: the recorded runs up to ${inline.code(commit ?? '?')}, ${where}${later}${unplaced}.`;
}
function signed(percent) {
    // An interval from one or two numbers a run can reach 1e48%: past ×100 the digits say nothing.
    if (percent >= 10_000)
        return '>+9999%';
    const r = Math.abs(percent) >= 10 ? percent.toFixed(1) : percent.toFixed(2);
    return `${percent >= 0 ? '+' : ''}${r}%`;
}
/**
 * `name (suite)`, leaving the suite out when the name already starts with it (criterion groups); a
 * tail row ends with its percentile, `name [p95]` (rows without one compare the center).
 */
function displayName(s) {
    const redundant = !s.suite || s.name === s.suite || s.name.startsWith(`${s.suite}/`);
    const name = redundant ? s.name : `${s.name} (${s.suite})`;
    return s.statistic ? `${name} [${s.statistic}]` : name;
}
/** `1.2 µs/op → 1.5 µs/op (budget 1 µs)`: the compared centers in the unit the cells are printed in. */
function valuesCell(s, inline) {
    const b = s.baseline ? formatValue(s.baseline.reference, s.unit) : '—';
    const c = s.current ? formatValue(s.current.center, s.unit) : '—';
    const budget = s.budget ? ` (budget ${inline.text(s.budget.written)})` : '';
    return `${inline.text(b)} → ${inline.text(c)}${budget}`;
}
/** `+25.0% [+20.1%, +30.2%]`, in bold only where the change flagged the series. */
function changeCell(s, inline) {
    const change = s.change;
    if (!change)
        return s.status === 'new' ? 'new' : s.status === 'missing' ? 'missing' : '—';
    const percent = signed(change.percent);
    const ci = change.ci ? ` [${signed(change.ci[0])}, ${signed(change.ci[1])}]` : '';
    const drift = s.adjustedChange ? ` (${signed(s.adjustedChange.percent)} after drift)` : '';
    const flagged = CHANGED.includes(s.status);
    return `${flagged ? inline.strong(percent) : percent}${ci}${drift}`;
}
function pCell(s) {
    const t = s.test;
    if (!t)
        return '';
    if (t.method === 'exact')
        return 'exact';
    if (t.method === 'threshold-only')
        return 'unverified';
    if (t.p === undefined)
        return '';
    return t.q === undefined ? formatP(t.p) : `${formatP(t.p)} (${formatP(t.q)})`;
}
function formatP(p) {
    return p < 0.001 ? '<0.001' : p.toFixed(3);
}
/** Regressions first, then over-budget, then improvements; biggest change first within each. */
function byImportance(a, b) {
    const rank = CHANGED.indexOf(a.status) - CHANGED.indexOf(b.status);
    if (rank !== 0)
        return rank;
    return Math.abs(b.change?.percent ?? 0) - Math.abs(a.change?.percent ?? 0);
}

function formatPercent(fraction) {
    return `${Number((fraction * 100).toFixed(2))}%`;
}
/** How to get more samples per run from each tool. */
function moreSamplesAdvice(format) {
    switch (format) {
        case 'go':
            return 'run go test with -count=10';
        case 'pytest':
            return 'raise --benchmark-min-rounds';
        case 'criterion':
            return 'raise sample_size';
        case 'tinybench':
            return 'raise the bench time or iterations';
        default:
            return 'record more samples per run';
    }
}
function describeReason(reason) {
    switch (reason.code) {
        case 'too-few-passes':
            return `measured on both sides in ${reason.passes} pass${reason.passes === 1 ? '' : 'es'}; the same-job test needs at least 2`;
        case 'within-window-spread':
            return `within the run-to-run spread of the last ${reason.runs} baseline runs`;
        case 'within-window-and-suite-spread':
            return `within the run-to-run spread of the last ${reason.runs} baseline runs and of the suite's ${reason.series} series`;
        case 'within-suite-typical-spread':
            return 'one baseline run of this series: within the suite’s typical run-to-run spread';
        case 'within-suite-moves':
            return `one baseline run: within the spread of the moves of the suite's ${reason.series} series`;
        case 'too-few-samples':
            return `need ≥ ${reason.needed} samples per side to reach α = ${reason.alpha} (have ${reason.baseline} and ${reason.current}); ${moreSamplesAdvice(reason.format)}`;
        case 'lone-change-unreachable':
            return `${reason.current} samples against ${reason.baseline} cannot reach p ≤ ${reason.p.toPrecision(2)}, what one change among ${reason.series} series needs; ${moreSamplesAdvice(reason.format)}, or keep a history of several runs`;
        case 'noise-wider-than-threshold':
            return `noise wider than the ${formatPercent(reason.threshold)} threshold (q = ${reason.q.toPrecision(2)} > α = ${reason.alpha})`;
        case 'interval-holds-no-change':
            return "significant, but the change's 95% interval still holds no change: the samples are spread too far to tell (two modes, or load during part of the run)";
        case 'was-zero':
            return 'was 0 in the baseline';
        case 'no-comparable-value':
            return 'no comparable value';
        case 'unverified':
            return `unverified: one value per run and ${reason.runs} baseline run(s), too few to estimate noise; the ${formatPercent(reason.threshold)} threshold alone decided`;
    }
}
/** A series' reasons in one sentence (undefined when it has none). */
function reasonText(series) {
    if (!series.reasons || series.reasons.length === 0)
        return undefined;
    return series.reasons.map(describeReason).join('; ');
}

var pageStyle = {"code":"/* Shared by the HTML report and the dashboard: colours for light and dark, type, tables, controls. */\n:root {\n  color-scheme: light dark;\n  --bg: #ffffff;\n  --fg: #1f2328;\n  --muted: #59636e;\n  --line: #d1d9e0;\n  --panel: #f6f8fa;\n  --accent: #0969da;\n  --regression: #cf222e;\n  --improvement: #1a7f37;\n  --over-budget: #bc4c00;\n  --inconclusive: #8c959f;\n  --baseline: #6e7781;\n  --current: #0969da;\n  --band: rgba(9, 105, 218, 0.09);\n}\n@media (prefers-color-scheme: dark) {\n  :root {\n    --bg: #0d1117;\n    --fg: #e6edf3;\n    --muted: #9198a1;\n    --line: #3d444d;\n    --panel: #151b23;\n    --accent: #4493f8;\n    --regression: #f85149;\n    --improvement: #3fb950;\n    --over-budget: #db6d28;\n    --inconclusive: #9198a1;\n    --baseline: #9198a1;\n    --current: #4493f8;\n    --band: rgba(68, 147, 248, 0.14);\n  }\n}\n* {\n  box-sizing: border-box;\n}\nbody {\n  margin: 0;\n  background: var(--bg);\n  color: var(--fg);\n  font:\n    14px / 1.5 -apple-system,\n    BlinkMacSystemFont,\n    \"Segoe UI\",\n    \"Noto Sans\",\n    Helvetica,\n    Arial,\n    sans-serif;\n}\nmain {\n  max-width: 1040px;\n  margin: 0 auto;\n  padding: 24px 20px 60px;\n}\nh1 {\n  font-size: 22px;\n  margin: 0 0 8px;\n}\nh2 {\n  font-size: 17px;\n  margin: 28px 0 10px;\n  padding-bottom: 4px;\n  border-bottom: 1px solid var(--line);\n}\na {\n  color: var(--accent);\n}\n.quiet {\n  color: var(--muted);\n}\ntable {\n  border-collapse: collapse;\n  width: 100%;\n}\nth,\ntd {\n  padding: 5px 8px;\n  border-bottom: 1px solid var(--line);\n  text-align: left;\n  vertical-align: top;\n}\nth {\n  font-weight: 600;\n  background: var(--panel);\n}\ntd.num {\n  text-align: right;\n  white-space: nowrap;\n  font-variant-numeric: tabular-nums;\n}\ntd.name {\n  word-break: break-word;\n}\n.icon {\n  display: inline-block;\n  min-width: 1.6em;\n}\ntr.regression td:first-child {\n  border-left: 3px solid var(--regression);\n}\ntr.improvement td:first-child {\n  border-left: 3px solid var(--improvement);\n}\ntr.over-budget td:first-child {\n  border-left: 3px solid var(--over-budget);\n}\ntr.inconclusive td:first-child {\n  border-left: 3px solid var(--inconclusive);\n}\n.controls {\n  display: flex;\n  gap: 8px;\n  align-items: center;\n  margin: 8px 0;\n  flex-wrap: wrap;\n}\ninput,\nselect,\nbutton {\n  font: inherit;\n  color: var(--fg);\n  background: var(--bg);\n  border: 1px solid var(--line);\n  border-radius: 6px;\n  padding: 4px 8px;\n}\ninput[type=\"search\"] {\n  min-width: 260px;\n}\n","hash":"sha256-3WS0pw57RzHkOke9SU4PcYntzh4QgKYaK8Sp2z4Rebk="};

var reportStyle = {"code":"/* The HTML report: the verdict line and the pictures of why. */\n.verdict {\n  font-size: 16px;\n  font-weight: 600;\n  padding: 8px 12px;\n  border-radius: 6px;\n  background: var(--panel);\n}\n.verdict.regression {\n  border-left: 4px solid var(--regression);\n}\n.verdict.over-budget {\n  border-left: 4px solid var(--over-budget);\n}\n.verdict.pass {\n  border-left: 4px solid var(--improvement);\n}\n.verdict.no-baseline {\n  border-left: 4px solid var(--inconclusive);\n}\n.note {\n  padding: 4px 12px;\n  border-left: 3px solid var(--line);\n  color: var(--muted);\n}\nfigure.why {\n  margin: 0 0 18px;\n  padding: 10px 12px;\n  border: 1px solid var(--line);\n  border-radius: 6px;\n}\nfigure.why figcaption {\n  margin-bottom: 6px;\n}\nfigure.why .reason {\n  display: block;\n  color: var(--muted);\n  font-size: 13px;\n}\nfigure.why.regression {\n  border-left: 4px solid var(--regression);\n}\nfigure.why.improvement {\n  border-left: 4px solid var(--improvement);\n}\nfigure.why.over-budget {\n  border-left: 4px solid var(--over-budget);\n}\nfigure.why.inconclusive {\n  border-left: 4px solid var(--inconclusive);\n}\nsvg.picture {\n  width: 100%;\n  max-width: 720px;\n  height: auto;\n  display: block;\n}\nsvg.picture text {\n  fill: var(--muted);\n  font-size: 11px;\n}\nsvg.picture text.panel {\n  fill: var(--fg);\n  font-weight: 600;\n}\nsvg.picture .grid {\n  stroke: var(--line);\n  stroke-width: 0.5;\n}\nsvg.picture .divider {\n  stroke: var(--line);\n}\nsvg.picture .band {\n  fill: var(--band);\n}\nsvg.picture .ref {\n  stroke: var(--muted);\n  stroke-dasharray: 4 3;\n}\nsvg.picture .dot.baseline,\nsvg.picture .dot.window {\n  fill: var(--baseline);\n  opacity: 0.75;\n}\nsvg.picture .dot.current {\n  fill: var(--current);\n  opacity: 0.8;\n}\nsvg.picture .median {\n  stroke-width: 2;\n}\nsvg.picture .median.baseline {\n  stroke: var(--baseline);\n}\nsvg.picture .median.current {\n  stroke: var(--current);\n}\nsvg.picture .runs {\n  fill: none;\n  stroke: var(--baseline);\n  stroke-width: 1;\n  opacity: 0.6;\n}\nsvg.picture .ci {\n  stroke: var(--fg);\n  stroke-width: 1.5;\n}\n.why.regression svg.picture .dot.this {\n  fill: var(--regression);\n}\n.why.improvement svg.picture .dot.this {\n  fill: var(--improvement);\n}\n.why.over-budget svg.picture .dot.this {\n  fill: var(--over-budget);\n}\n.why.inconclusive svg.picture .dot.this {\n  fill: var(--inconclusive);\n}\n","hash":"sha256-GVx1b28We2HhQb3dKCjccmTbilmCmfJ4NGVXAtro97o="};

var script$1 = {"code":"(function () {\n  'use strict';\n\n  /** Seconds per time unit, as tools print them. */\n  const TIME_SCALE = {\n      ps: 1e-12,\n      ns: 1e-9,\n      us: 1e-6,\n      µs: 1e-6,\n      μs: 1e-6,\n      ms: 1e-3,\n      s: 1,\n      sec: 1,\n  };\n  /** Bytes per size unit (SI and IEC). */\n  const BYTE_SCALE = {\n      B: 1,\n      kB: 1e3,\n      KB: 1e3,\n      MB: 1e6,\n      GB: 1e9,\n      KiB: 1024,\n      MiB: 1024 ** 2,\n      GiB: 1024 ** 3,\n  };\n  /** Splits `ns/op` into `ns` and `op`; a unit without `/` has no denominator. */\n  function splitUnit(unit) {\n      const slash = unit.indexOf('/');\n      return slash < 0 ? [unit, undefined] : [unit.slice(0, slash), unit.slice(slash + 1)];\n  }\n  /** Steps for numbers that are neither times nor sizes: k/M/G/T prefixes on the tool's own unit. */\n  const SI_STEPS = [\n      [1e12, 'T'],\n      [1e9, 'G'],\n      [1e6, 'M'],\n      [1e3, 'k'],\n      [1, ''],\n  ];\n  const TIME_STEPS = [\n      [1, 's'],\n      [1e-3, 'ms'],\n      [1e-6, 'µs'],\n      [1e-9, 'ns'],\n  ];\n  const BYTE_STEPS = [\n      [1024 ** 3, 'GiB'],\n      [1024 ** 2, 'MiB'],\n      [1024, 'KiB'],\n      [1, 'B'],\n  ];\n  /**\n   * A value for humans, in the largest unit that keeps it ≥ 1: times as ns/µs/ms/s (keeping a `/op`\n   * denominator), sizes as B/KiB/MiB/GiB, other numbers with k/M/G/T prefixes. 4 significant digits.\n   * Zero keeps the tool's unit (there is no \"largest unit\" for it).\n   */\n  function formatValue(value, unit) {\n      if (!Number.isFinite(value) || value === 0)\n          return `${value} ${unit}`;\n      const [num, den] = splitUnit(unit);\n      const suffix = den === undefined ? '' : `/${den}`;\n      const seconds = TIME_SCALE[num];\n      if (seconds !== undefined) {\n          const [text, name] = inLargestStep(value * seconds, TIME_STEPS);\n          return `${text} ${name}${suffix}`;\n      }\n      const bytes = BYTE_SCALE[num];\n      // Sizes get IEC units; rates (`MB/s`) keep the tool's own unit with an SI prefix below.\n      if (bytes !== undefined && den !== 's') {\n          const [text, name] = inLargestStep(value * bytes, BYTE_STEPS);\n          return `${text} ${name}${suffix}`;\n      }\n      const [text, prefix] = inLargestStep(value, SI_STEPS);\n      return `${text}${prefix} ${unit}`;\n  }\n  /**\n   * The value in the largest step where it reads ≥ 1 after rounding (so 999.96 ns reads `1 µs`, not\n   * `1000 ns`), else in the smallest step.\n   */\n  function inLargestStep(value, steps) {\n      for (const [size, name] of steps) {\n          const text = significant(value / size);\n          if (Math.abs(Number(text)) >= 1)\n              return [text, name];\n      }\n      const [size, name] = steps[steps.length - 1];\n      return [significant(value / size), name];\n  }\n  /** 4 significant digits without trailing zeros or exponent notation for ordinary magnitudes. */\n  function significant(x) {\n      if (x === 0)\n          return '0';\n      const digits = Math.max(0, 3 - Math.floor(Math.log10(Math.abs(x))));\n      return Number(x.toFixed(Math.min(digits, 12))).toString();\n  }\n\n  const ICON = {\n      regression: '🔴',\n      'over-budget': '🟠',\n      improvement: '🟢',\n      inconclusive: '⚪',\n      unchanged: '',\n      new: '🆕',\n      missing: '➖',\n  };\n  /** Statuses that fail or credit a pull request: their changes are listed first, and only theirs in bold. */\n  const CHANGED = ['regression', 'over-budget', 'improvement'];\n\n  /// <reference lib=\"dom\" />\n  // DOM helpers of the pages' scripts. Text only ever goes in as text nodes, never as markup.\n  /** An element with trusted attribute names (never `style` or `on…`: the values may be data). */\n  function el(tag, attrs = {}, ...children) {\n      const node = document.createElement(tag);\n      setAttributes(node, attrs);\n      append(node, children);\n      return node;\n  }\n  const SVG_NS = 'http://www.w3.org/2000/svg';\n  function svg(tag, attrs = {}, ...children) {\n      const node = document.createElementNS(SVG_NS, tag);\n      setAttributes(node, attrs);\n      append(node, children);\n      return node;\n  }\n  function setAttributes(node, attrs) {\n      for (const [name, value] of Object.entries(attrs)) {\n          if (value === undefined || value === false)\n              continue;\n          if (name === 'style' || name.startsWith('on'))\n              throw new Error(`refusing attribute ${name}`);\n          node.setAttribute(name, value === true ? '' : String(value));\n      }\n  }\n  function append(node, children) {\n      for (const child of children) {\n          if (child === undefined || child === false)\n              continue;\n          node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);\n      }\n  }\n  /** The page's data: the JSON block the page was written with. */\n  function readData(id) {\n      const block = document.getElementById(id);\n      return JSON.parse(block?.textContent ?? 'null');\n  }\n  /** About `count` round values (1, 2 or 5 × 10^k apart) covering [lo, hi]. */\n  function niceTicks(lo, hi, count) {\n      if (!(hi > lo))\n          return [lo];\n      const raw = (hi - lo) / Math.max(1, count);\n      const power = 10 ** Math.floor(Math.log10(raw));\n      const step = ([1, 2, 5, 10].find((m) => m * power >= raw) ?? 10) * power;\n      const ticks = [];\n      for (let t = Math.ceil(lo / step) * step; t <= hi + step * 1e-9; t += step) {\n          ticks.push(Number(t.toPrecision(12)));\n      }\n      return ticks;\n  }\n\n  /// <reference lib=\"dom\" />\n  // The picture of why one series was flagged or left inconclusive, as SVG on one value axis: on the\n  // left both sides' samples (the newest baseline run, this run) as strips with their medians; on the\n  // right the baseline window's run centers, oldest first, then this run with the change's interval.\n  // The dashed line is the reference the change is measured against, the shaded band its threshold.\n  const WIDTH = 720;\n  const HEIGHT = 210;\n  const TOP = 22;\n  const BOTTOM = 30;\n  const LEFT = 92;\n  const STRIPS = [LEFT + 10, 330];\n  const RUNS = [360, WIDTH - 12];\n  function seriesPicture(p, unit, label) {\n      const values = [\n          ...(p.baselineSamples ?? []),\n          ...(p.currentSamples ?? []),\n          ...p.runCenters,\n          p.current,\n          p.reference,\n          ...p.thresholdBand,\n          ...(p.interval ?? []),\n      ].filter(Number.isFinite);\n      let lo = values.reduce((a, b) => Math.min(a, b), Number.POSITIVE_INFINITY);\n      let hi = values.reduce((a, b) => Math.max(a, b), Number.NEGATIVE_INFINITY);\n      const pad = (hi - lo || Math.abs(hi) || 1) * 0.08;\n      lo -= pad;\n      hi += pad;\n      const y = (v) => TOP + ((hi - v) / (hi - lo)) * (HEIGHT - TOP - BOTTOM);\n      const root = svg('svg', {\n          viewBox: `0 0 ${WIDTH} ${HEIGHT}`,\n          class: 'picture',\n          role: 'img',\n          'aria-label': label,\n      });\n      root.append(svg('rect', {\n          class: 'band',\n          x: LEFT,\n          width: WIDTH - LEFT,\n          y: y(p.thresholdBand[1]),\n          height: Math.max(0, y(p.thresholdBand[0]) - y(p.thresholdBand[1])),\n      }));\n      for (const t of niceTicks(lo, hi, 4)) {\n          root.append(svg('line', { class: 'grid', x1: LEFT, x2: WIDTH, y1: y(t), y2: y(t) }), svg('text', { class: 'tick', x: LEFT - 6, y: y(t) + 4, 'text-anchor': 'end' }, formatValue(t, unit)));\n      }\n      root.append(svg('line', { class: 'ref', x1: LEFT, x2: WIDTH, y1: y(p.reference), y2: y(p.reference) }), svg('line', { class: 'divider', x1: RUNS[0] - 15, x2: RUNS[0] - 15, y1: TOP - 14, y2: HEIGHT - 4 }));\n      drawStrips(root, p, y);\n      drawRuns(root, p, y);\n      return root;\n  }\n  function drawStrips(root, p, y) {\n      const [x0, x1] = STRIPS;\n      const column = (x1 - x0) / 2;\n      const sides = [\n          ['baseline', 'newest baseline run', p.baselineSamples, p.baselineMedian, p.reference],\n          ['current', 'this run', p.currentSamples, p.currentMedian, p.current],\n      ];\n      root.append(svg('text', { class: 'panel', x: x0, y: 12 }, 'samples'));\n      sides.forEach(([kind, name, samples, median, center], i) => {\n          const mid = x0 + column * (i + 0.5);\n          const points = samples ?? [center];\n          points.forEach((v, k) => {\n              // A low-discrepancy jitter: the same picture every time, dots spread evenly across the strip.\n              const jitter = (((k * 0.618034) % 1) - 0.5) * column * 0.55;\n              root.append(svg('circle', { class: `dot ${kind}`, cx: mid + jitter, cy: y(v), r: 3 }));\n          });\n          if (median !== undefined) {\n              root.append(svg('line', {\n                  class: `median ${kind}`,\n                  x1: mid - column * 0.36,\n                  x2: mid + column * 0.36,\n                  y1: y(median),\n                  y2: y(median),\n              }));\n          }\n          root.append(svg('text', { class: 'axis', x: mid, y: HEIGHT - 10, 'text-anchor': 'middle' }, name));\n      });\n  }\n  function drawRuns(root, p, y) {\n      const [x0, x1] = RUNS;\n      const slots = p.runCenters.length + 1;\n      const x = (i) => x0 + ((i + 0.5) / slots) * (x1 - x0);\n      root.append(svg('text', { class: 'panel', x: x0, y: 12 }, 'run centers'));\n      const path = [...p.runCenters, p.current].map((v, i) => `${i === 0 ? 'M' : 'L'}${x(i)},${y(v)}`);\n      root.append(svg('path', { class: 'runs', d: path.join(' ') }));\n      p.runCenters.forEach((v, i) => {\n          root.append(svg('circle', { class: 'dot window', cx: x(i), cy: y(v), r: 3.5 }));\n      });\n      const last = x(p.runCenters.length);\n      if (p.interval) {\n          const [a, b] = p.interval.map(y);\n          root.append(svg('line', { class: 'ci', x1: last, x2: last, y1: a, y2: b }), svg('line', { class: 'ci', x1: last - 5, x2: last + 5, y1: a, y2: a }), svg('line', { class: 'ci', x1: last - 5, x2: last + 5, y1: b, y2: b }));\n      }\n      root.append(svg('circle', { class: 'dot this', cx: last, cy: y(p.current), r: 5.5 }));\n      root.append(svg('text', { class: 'axis', x: x0, y: HEIGHT - 10 }, `${p.runCenters.length} baseline run(s)`), svg('text', { class: 'axis', x: last, y: HEIGHT - 10, 'text-anchor': 'end' }, 'this run'));\n  }\n\n  /// <reference lib=\"dom\" />\n  // The HTML report's script: builds the page from its JSON block with DOM calls only.\n  function main() {\n      const data = readData('report-data');\n      document.title = data.title;\n      const main = el('main');\n      main.append(el('h1', {}, data.title), el('p', { class: `verdict ${data.verdictKind}`, id: 'verdict' }, data.verdict), ...data.notes.map((n) => el('p', { class: 'note' }, n)));\n      const changed = data.series.filter((s) => CHANGED.includes(s.status));\n      main.append(el('h2', {}, 'Changes'));\n      main.append(changed.length > 0\n          ? seriesTable(changed, 'changes', data.headings)\n          : el('p', { class: 'quiet' }, 'No series changed beyond its threshold.'));\n      const pictured = data.series.filter((s) => s.picture);\n      if (pictured.length > 0) {\n          main.append(el('h2', {}, 'Why'), el('p', { class: 'quiet legend' }, data.legend ??\n              'Left: the samples of the newest baseline run and of this run, with their medians. Right: the center of each baseline run, oldest first, then this run with the interval of the change. Dashed: the reference the change is measured against; shaded: the threshold around it.'), ...pictured.map(figureOf));\n      }\n      main.append(...allSeries(data.series, data.headings));\n      document.body.append(main);\n  }\n  function seriesTable(series, id, headings) {\n      const head = el('thead', {}, el('tr', {}, ...(headings ?? ['Benchmark', 'Baseline → Current', 'Change', 'p (q)']).map((h) => el('th', {}, h))));\n      const body = el('tbody');\n      for (const s of series)\n          body.append(rowOf(s));\n      return el('table', { id, class: 'series' }, head, body);\n  }\n  function rowOf(s) {\n      const row = el('tr', { class: s.status, 'data-status': s.status }, el('td', { class: 'name' }, el('span', { class: 'icon' }, ICON[s.status] ?? ''), s.name), el('td', { class: 'num' }, s.values), el('td', { class: 'num' }, s.change), el('td', { class: 'num' }, s.p));\n      if (s.reason)\n          row.title = s.reason;\n      return row;\n  }\n  function figureOf(s) {\n      const picture = s.picture;\n      const label = `${s.name}: ${s.status}, ${s.values}, ${s.change}`;\n      return el('figure', { class: `why ${s.status}` }, el('figcaption', {}, el('strong', {}, `${ICON[s.status] ?? ''} ${s.name}`), el('span', { class: 'quiet' }, ` ${s.status} · ${s.values} · ${s.change}`), s.reason && el('span', { class: 'reason' }, s.reason)), seriesPicture(picture, s.unit, label));\n  }\n  /** Every series, with a search box and a status filter. */\n  function allSeries(series, headings) {\n      const search = el('input', {\n          type: 'search',\n          id: 'search',\n          placeholder: 'Filter by name…',\n          'aria-label': 'Filter by name',\n      });\n      const statuses = [...new Set(series.map((s) => s.status))];\n      const filter = el('select', { id: 'status-filter', 'aria-label': 'Filter by status' }, el('option', { value: '' }, 'all statuses'), ...statuses.map((s) => el('option', { value: s }, s)));\n      const count = el('span', { id: 'shown', class: 'quiet' });\n      const table = seriesTable(series, 'all', headings);\n      const rows = [...(table.tBodies[0]?.rows ?? [])];\n      const names = series.map((s) => `${s.name} ${s.unit}`.toLowerCase());\n      const apply = () => {\n          const words = search.value.toLowerCase().split(/\\s+/).filter(Boolean);\n          let shown = 0;\n          rows.forEach((row, i) => {\n              const name = names[i];\n              const visible = (filter.value === '' || series[i]?.status === filter.value) && words.every((w) => name.includes(w));\n              row.hidden = !visible;\n              if (visible)\n                  shown++;\n          });\n          count.textContent = `${shown} of ${series.length} series`;\n      };\n      search.addEventListener('input', apply);\n      filter.addEventListener('change', apply);\n      apply();\n      return [el('h2', {}, 'All series'), el('div', { class: 'controls' }, search, filter, count), table];\n  }\n  main();\n\n})();\n","hash":"sha256-4+cvXkyza+VKcs9oPxD5qWL+5a0+x12RxV0SoKh2ohI="};

// One self-contained HTML page: styles and scripts inline, the page's data as a JSON block, and a
// Content-Security-Policy that lets only those exact scripts and styles run (their hashes) and no
// request leave the page. Strings out, no I/O.
//
// The data is never written into markup: the page's script reads the JSON block and builds the page
// with DOM calls (textContent), so a benchmark named `<img src=x onerror=…>` shows as those characters.
function htmlPage(parts) {
    const hashes = (assets) => assets.map((a) => `'${a.hash}'`).join(' ');
    return htmlDocument({
        scriptSrc: hashes(parts.scripts),
        styleSrc: hashes(parts.styles),
        title: parts.title,
        head: parts.styles.map((s) => `<style>${s.code}</style>`),
        body: [
            `<script type="application/json" id="${parts.dataId}">${jsonForScript(parts.data)}</script>`,
            ...parts.scripts.map((s) => `<script>${s.code}</script>`),
        ],
    });
}
/** The document around a page: the CSP (scripts and styles only from the sources given), and no request. */
function htmlDocument(doc) {
    const csp = [
        "default-src 'none'",
        `script-src ${doc.scriptSrc}`,
        `style-src ${doc.styleSrc}`,
        "img-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
    ].join('; ');
    return [
        '<!doctype html>',
        '<html lang="en">',
        '<head>',
        '<meta charset="utf-8">',
        `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="color-scheme" content="light dark">',
        `<title>${doc.title}</title>`,
        ...doc.head,
        '</head>',
        '<body>',
        '<noscript>This page draws its tables and charts with JavaScript.</noscript>',
        ...doc.body,
        '</body>',
        '</html>',
        '',
    ].join('\n');
}
/**
 * JSON safe inside a <script> element: every `<` as `\u003c`, so no `</script>` or `<!--` in a name can
 * end the element; JSON.parse reads the escape back as `<`.
 */
function jsonForScript(data) {
    return JSON.stringify(data).replace(/</g, '\\u003c');
}

/** Series that get a picture: the ones that changed and the ones the tests could not settle. */
const PICTURED = [...CHANGED, 'inconclusive'];
function renderHtmlReport(report, options = {}) {
    return htmlPage({
        dataId: 'report-data',
        data: reportPageData(report, options),
        styles: [pageStyle, reportStyle],
        scripts: [script$1],
        title: 'perf-regression report',
    });
}
function reportPageData(report, options = {}) {
    const series = [...report.series].sort((a, b) => rank(a.status) - rank(b.status) || byImportance(a, b) || a.name.localeCompare(b.name));
    return {
        title: options.title ? `perf-regression: ${options.title}` : 'perf-regression',
        verdict: verdictLine(report, PLAIN),
        verdictKind: report.verdict,
        notes: notes(report, PLAIN),
        series: series.map(pageSeries$1),
    };
}
/** Changed series first (as the Markdown report orders them), then inconclusive, then the rest. */
function rank(status) {
    const i = PICTURED.indexOf(status);
    return i < 0 ? PICTURED.length : i;
}
function pageSeries$1(s) {
    const out = {
        name: displayName(s),
        status: s.status,
        unit: s.unit,
        values: valuesCell(s, PLAIN),
        change: changeCell(s, PLAIN),
        p: pCell(s),
    };
    if (s.suite)
        out.suite = s.suite;
    const reason = reasonText(s);
    if (reason)
        out.reason = reason;
    const picture = PICTURED.includes(s.status) ? pictureOf(s) : undefined;
    if (picture)
        out.picture = picture;
    return out;
}
function pictureOf(s) {
    const { baseline, current } = s;
    if (!baseline || !current)
        return undefined;
    const reference = baseline.reference;
    const ci = s.change?.ci;
    const picture = {
        direction: s.direction,
        reference,
        current: current.center,
        runCenters: baseline.runCenters,
        thresholdBand: [reference * (1 - s.threshold), reference * (1 + s.threshold)],
    };
    if (baseline.samples && baseline.samples.length > 1) {
        picture.baselineSamples = baseline.samples;
        picture.baselineMedian = medianConfidenceInterval(baseline.samples)?.median;
    }
    if (current.samples && current.samples.length > 1) {
        picture.currentSamples = current.samples;
        picture.currentMedian = medianConfidenceInterval(current.samples)?.median;
    }
    if (ci)
        picture.interval = [reference * (1 + ci[0] / 100), reference * (1 + ci[1] / 100)];
    return picture;
}

function renderJson(report) {
    let text = '';
    for (const part of jsonReportParts(report))
        text += part;
    return text;
}
/**
 * The same text as renderJson, in parts of one series at most: a caller writing them to a file one by
 * one never holds the whole report as one string (which has a length limit in V8).
 */
function* jsonReportParts(report) {
    const entries = Object.entries(report).filter(([, value]) => value !== undefined);
    yield '{';
    for (const [k, [key, value]] of entries.entries()) {
        yield `${k === 0 ? '' : ','}\n  ${JSON.stringify(key)}: `;
        if (key === 'series')
            yield* seriesParts(value);
        else
            yield indented(JSON.stringify(value, null, 2), '  ');
    }
    yield '\n}\n';
}
function* seriesParts(series) {
    if (series.length === 0) {
        yield '[]';
        return;
    }
    yield '[';
    for (const [i, s] of series.entries()) {
        const withWords = s.reasons ? { ...s, reason: reasonText(s) } : s;
        yield `${i === 0 ? '' : ','}\n    ${indented(JSON.stringify(withWords, null, 2), '    ')}`;
    }
    yield '\n  ]';
}
/** JSON text nested one level deeper (its strings hold no raw line breaks). */
function indented(json, by) {
    return json.replaceAll('\n', `\n${by}`);
}

// To do: next major: remove.
/**
 * @typedef {Options} MarkdownTableOptions
 *   Configuration.
 */

/**
 * @typedef Options
 *   Configuration.
 * @property {boolean | null | undefined} [alignDelimiters=true]
 *   Whether to align the delimiters (default: `true`);
 *   they are aligned by default:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   Pass `false` to make them staggered:
 *
 *   ```markdown
 *   | Alpha | B |
 *   | - | - |
 *   | C | Delta |
 *   ```
 * @property {ReadonlyArray<string | null | undefined> | string | null | undefined} [align]
 *   How to align columns (default: `''`);
 *   one style for all columns or styles for their respective columns;
 *   each style is either `'l'` (left), `'r'` (right), or `'c'` (center);
 *   other values are treated as `''`, which doesn’t place the colon in the
 *   alignment row but does align left;
 *   *only the lowercased first character is used, so `Right` is fine.*
 * @property {boolean | null | undefined} [delimiterEnd=true]
 *   Whether to end each row with the delimiter (default: `true`).
 *
 *   > 👉 **Note**: please don’t use this: it could create fragile structures
 *   > that aren’t understandable to some markdown parsers.
 *
 *   When `true`, there are ending delimiters:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there are no ending delimiters:
 *
 *   ```markdown
 *   | Alpha | B
 *   | ----- | -----
 *   | C     | Delta
 *   ```
 * @property {boolean | null | undefined} [fillRows=true]
 *   Whether to fill rows with empty cells up to the most cells in a row
 *   (default: `true`).
 *
 *   When `true`, all rows have as many cells as the longest row:
 *
 *   ```markdown
 *   | Alpha | B    |   |
 *   | ----- | ---- | - |
 *   | C     |      |   |
 *   | D     | Echo | F |
 *   ```
 *
 *   When `false`, rows keep their cells,
 *   and the delimiter row has as many cells as the header row:
 *
 *   ```markdown
 *   | Alpha | B    |
 *   | ----- | ---- |
 *   | C     |
 *   | D     | Echo | F |
 *   ```
 * @property {boolean | null | undefined} [delimiterStart=true]
 *   Whether to begin each row with the delimiter (default: `true`).
 *
 *   > 👉 **Note**: please don’t use this: it could create fragile structures
 *   > that aren’t understandable to some markdown parsers.
 *
 *   When `true`, there are starting delimiters:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there are no starting delimiters:
 *
 *   ```markdown
 *   Alpha | B     |
 *   ----- | ----- |
 *   C     | Delta |
 *   ```
 * @property {boolean | null | undefined} [padding=true]
 *   Whether to add a space of padding between delimiters and cells
 *   (default: `true`).
 *
 *   When `true`, there is padding:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there is no padding:
 *
 *   ```markdown
 *   |Alpha|B    |
 *   |-----|-----|
 *   |C    |Delta|
 *   ```
 * @property {((value: string) => number) | null | undefined} [stringLength]
 *   Function to detect the length of table cell content (optional);
 *   this is used when aligning the delimiters (`|`) between table cells;
 *   full-width characters and emoji mess up delimiter alignment when viewing
 *   the markdown source;
 *   to fix this, you can pass this function,
 *   which receives the cell content and returns its “visible” size;
 *   note that what is and isn’t visible depends on where the text is displayed.
 *
 *   Without such a function, the following:
 *
 *   ```js
 *   markdownTable([
 *     ['Alpha', 'Bravo'],
 *     ['中文', 'Charlie'],
 *     ['👩‍❤️‍👩', 'Delta']
 *   ])
 *   ```
 *
 *   Yields:
 *
 *   ```markdown
 *   | Alpha | Bravo |
 *   | - | - |
 *   | 中文 | Charlie |
 *   | 👩‍❤️‍👩 | Delta |
 *   ```
 *
 *   With [`string-width`](https://github.com/sindresorhus/string-width):
 *
 *   ```js
 *   import stringWidth from 'string-width'
 *
 *   markdownTable(
 *     [
 *       ['Alpha', 'Bravo'],
 *       ['中文', 'Charlie'],
 *       ['👩‍❤️‍👩', 'Delta']
 *     ],
 *     {stringLength: stringWidth}
 *   )
 *   ```
 *
 *   Yields:
 *
 *   ```markdown
 *   | Alpha | Bravo   |
 *   | ----- | ------- |
 *   | 中文  | Charlie |
 *   | 👩‍❤️‍👩    | Delta   |
 *   ```
 */

/**
 * Get the length of a cell.
 *
 * @param {string} value
 *   Cell value.
 * @returns {number}
 *   Cell size.
 */
function defaultStringLength(value) {
  return value.length
}

/**
 * Generate a markdown
 * ([GFM](https://docs.github.com/en/github/writing-on-github/working-with-advanced-formatting/organizing-information-with-tables))
 * table.
 *
 * @param {ReadonlyArray<ReadonlyArray<string | null | undefined>>} table
 *   Table data (matrix of strings).
 * @param {Readonly<Options> | null | undefined} [options]
 *   Configuration (optional).
 * @returns {string}
 *   Result.
 */
function markdownTable(table, options) {
  const settings = options || {};
  // To do: next major: change to spread.
  // eslint-disable-next-line unicorn/prefer-spread -- `align` can be a string.
  const align = (settings.align || []).concat();
  const stringLength = settings.stringLength || defaultStringLength;
  /** @type {Array<number>} Character codes as symbols for alignment per column. */
  const alignments = [];
  /** @type {Array<Array<string>>} Cells per row. */
  const cellMatrix = [];
  /** @type {Array<Array<number>>} Sizes of each cell per row. */
  const sizeMatrix = [];
  /** @type {Array<number>} */
  const longestCellByColumn = [];
  let mostCellsPerRow = 0;
  let rowIndex = -1;

  // This is a superfluous loop if we don’t align delimiters, but otherwise we’d
  // do superfluous work when aligning, so optimize for aligning.
  while (++rowIndex < table.length) {
    /** @type {Array<string>} */
    const row = [];
    /** @type {Array<number>} */
    const sizes = [];
    let columnIndex = -1;

    if (table[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table[rowIndex].length;
    }

    while (++columnIndex < table[rowIndex].length) {
      const cell = serialize(table[rowIndex][columnIndex]);

      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell);
        sizes[columnIndex] = size;

        if (
          longestCellByColumn[columnIndex] === undefined ||
          size > longestCellByColumn[columnIndex]
        ) {
          longestCellByColumn[columnIndex] = size;
        }
      }

      row.push(cell);
    }

    cellMatrix[rowIndex] = row;
    sizeMatrix[rowIndex] = sizes;
  }

  // Figure out which alignments to use.
  let columnIndex = -1;

  if (typeof align === 'object' && 'length' in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex]);
    }
  } else {
    const code = toAlignment(align);

    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code;
    }
  }

  // Inject the alignment row.
  columnIndex = -1;
  /** @type {Array<string>} */
  const row = [];
  /** @type {Array<number>} */
  const sizes = [];

  while (++columnIndex < mostCellsPerRow) {
    const code = alignments[columnIndex];
    let before = '';
    let after = '';

    if (code === 99 /* `c` */) {
      before = ':';
      after = ':';
    } else if (code === 108 /* `l` */) {
      before = ':';
    } else if (code === 114 /* `r` */) {
      after = ':';
    }

    // There *must* be at least one hyphen-minus in each alignment cell.
    let size =
      settings.alignDelimiters === false
        ? 1
        : Math.max(
            1,
            longestCellByColumn[columnIndex] - before.length - after.length
          );

    const cell = before + '-'.repeat(size) + after;

    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length;

      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size;
      }

      sizes[columnIndex] = size;
    }

    row[columnIndex] = cell;
  }

  // Inject the alignment row.
  cellMatrix.splice(1, 0, row);
  sizeMatrix.splice(1, 0, sizes);

  rowIndex = -1;
  /** @type {Array<string>} */
  const lines = [];

  while (++rowIndex < cellMatrix.length) {
    const row = cellMatrix[rowIndex];
    const sizes = sizeMatrix[rowIndex];
    const cellsInRow =
      settings.fillRows === false
        ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length)
        : mostCellsPerRow;
    columnIndex = -1;
    /** @type {Array<string>} */
    const line = [];

    while (++columnIndex < cellsInRow) {
      const cell = row[columnIndex] || '';
      let before = '';
      let after = '';

      if (settings.alignDelimiters !== false) {
        const size =
          longestCellByColumn[columnIndex] - (sizes[columnIndex] || 0);
        const code = alignments[columnIndex];

        if (code === 114 /* `r` */) {
          before = ' '.repeat(size);
        } else if (code === 99 /* `c` */) {
          const half = size / 2;

          if (size % 2) {
            before = ' '.repeat(half + 0.5);
            after = ' '.repeat(half - 0.5);
          } else {
            before = ' '.repeat(half);
            after = before;
          }
        } else {
          after = ' '.repeat(size);
        }
      }

      if (settings.delimiterStart !== false && !columnIndex) {
        line.push('|');
      }

      if (
        settings.padding !== false &&
        // Don’t add the opening space if we’re not aligning and the cell is
        // empty: there will be a closing space.
        !(settings.alignDelimiters === false && cell === '') &&
        (settings.delimiterStart !== false || columnIndex)
      ) {
        line.push(' ');
      }

      if (settings.alignDelimiters !== false) {
        line.push(before);
      }

      line.push(cell);

      if (settings.alignDelimiters !== false) {
        line.push(after);
      }

      if (settings.padding !== false) {
        line.push(' ');
      }

      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push('|');
      }
    }

    lines.push(
      settings.delimiterEnd === false
        ? line.join('').replace(/ +$/, '')
        : line.join('')
    );
  }

  return lines.join('\n')
}

/**
 * Serialize a cell value.
 *
 * @param {string | null | undefined} [value]
 *   Value to serialize.
 * @returns {string}
 *   Result.
 */
function serialize(value) {
  return value === null || value === undefined ? '' : String(value)
}

/**
 * Get the alignment character code from a value.
 *
 * @param {string | null | undefined} value
 *   Value.
 * @returns {number}
 *   Alignment.
 */
function toAlignment(value) {
  const code = typeof value === 'string' ? value.codePointAt(0) : 0;

  return code === 67 /* `C` */ || code === 99 /* `c` */
    ? 99 /* `c` */
    : code === 76 /* `L` */ || code === 108 /* `l` */
      ? 108 /* `l` */
      : code === 82 /* `R` */ || code === 114 /* `r` */
        ? 114 /* `r` */
        : 0
}

// The Markdown report: the PR comment body and the job summary. Strings out, no I/O.
// Layout: the verdict line a reviewer reads in ten seconds, notes, a table of what changed, all series
// in a collapsed <details> with a geomean row per unit, footnotes explaining inconclusive results.
/** GitHub's limit on a comment body is 65,536 characters; stay under it with room for a header. */
const MARKDOWN_LIMIT = 65_000;
function renderMarkdown(report, options = {}) {
    const limit = options.limit ?? MARKDOWN_LIMIT;
    const footnotes = new Footnotes();
    // Notes are separate quoted paragraphs: consecutive `>` lines would run together as one.
    const quotedNotes = notes(report, MARKDOWN)
        .map((n) => `> ${n}`)
        .join('\n>\n');
    const head = [
        options.heading ??
            (options.title ? `### perf-regression: ${escapeMarkdown(options.title)}` : '### perf-regression'),
        '',
        verdictLine(report, MARKDOWN),
        ...(quotedNotes ? [quotedNotes] : []),
    ].join('\n');
    const changed = report.series.filter((s) => CHANGED.includes(s.status)).sort(byImportance);
    const changesTable = changed.length > 0 ? seriesTable(changed, footnotes) : '';
    const details = detailsBlock(report, footnotes);
    const tail = [footnotes.render(), options.footer ?? ''].filter(Boolean).join('\n\n');
    const full = joinBlocks(head, changesTable, details, tail);
    if (full.length <= limit)
        return full;
    // Too long for a comment: keep the table of changes, summarise everything else.
    const dropped = `<sub>All ${report.series.length} series are in the JSON report (the full list did not fit in ${limit.toLocaleString('en-US')} characters).</sub>`;
    const shortFootnotes = new Footnotes();
    const shortTable = changed.length > 0 ? seriesTable(changed, shortFootnotes) : '';
    const shortTail = [shortFootnotes.render(), options.footer ?? ''].filter(Boolean).join('\n\n');
    const short = joinBlocks(head, shortTable, dropped, shortTail);
    if (short.length <= limit)
        return short;
    return truncateTable(head, changed, dropped, options.footer ?? '', limit);
}
function joinBlocks(...blocks) {
    return `${blocks.filter((b) => b !== '').join('\n\n')}\n`;
}
class Footnotes {
    reasons = [];
    static MARKS = ['¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
    mark(reason) {
        if (!reason)
            return '';
        let i = this.reasons.indexOf(reason);
        if (i < 0)
            i = this.reasons.push(reason) - 1;
        return ` ${Footnotes.MARKS[i] ?? `[${i + 1}]`}`;
    }
    render() {
        return this.reasons
            .map((r, i) => `<sub>${Footnotes.MARKS[i] ?? `[${i + 1}]`} ${escapeMarkdown(r)}</sub>`)
            .join('<br>\n');
    }
}
/** Longest benchmark name in a table: markdown-table pads a column to its widest cell, so one huge name costs every row. */
const MAX_NAME_IN_TABLE = 200;
/** The name cut to MAX_NAME_IN_TABLE code points (the JSON report keeps it whole). */
function shortName(name) {
    const points = [...name];
    return points.length <= MAX_NAME_IN_TABLE ? name : `${points.slice(0, MAX_NAME_IN_TABLE - 1).join('')}…`;
}
function seriesTable(series, footnotes) {
    const rows = series.map((s) => [
        `${ICON[s.status]} ${escapeMarkdown(shortName(displayName(s)))}`.trim(),
        valuesCell(s, MARKDOWN),
        changeCell(s, MARKDOWN) + footnotes.mark(reasonText(s)),
        pCell(s),
    ]);
    // No unit column: each cell carries the unit it is printed in (formatValue picks µs, KiB, …).
    return markdownTable([['Benchmark', 'Baseline → Current', 'Change', 'p (q)'], ...rows], {
        align: ['l', 'r', 'r', 'r'],
    });
}
function detailsBlock(report, footnotes) {
    if (report.series.length === 0)
        return '';
    const table = seriesTable(report.series, footnotes);
    const geo = report.geomeans.map((g) => [
        `**geomean** (${g.series} series, ${escapeMarkdown(g.unit)})`,
        `${escapeMarkdown(formatValue(g.baseline, g.unit))} → ${escapeMarkdown(formatValue(g.current, g.unit))}`,
        signed(g.percent),
        '',
    ]);
    const geoLines = geo.map((cells) => `| ${cells.join(' | ')} |`).join('\n');
    return [
        `<details><summary>All ${report.series.length} series</summary>`,
        '',
        geoLines ? `${table}\n${geoLines}` : table,
        '',
        '</details>',
    ].join('\n');
}
/** Last resort for enormous reports: as many changed rows as fit, then a count of the rest. */
function truncateTable(head, changed, dropped, footer, limit) {
    let lo = 0;
    let hi = changed.length;
    const build = (k) => {
        const notes = new Footnotes();
        const table = k > 0 ? seriesTable(changed.slice(0, k), notes) : '';
        const more = `<sub>…and ${changed.length - k} more changed series, listed in the JSON report.</sub>`;
        return joinBlocks(head, table, more, dropped, notes.render(), footer);
    };
    while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (build(mid).length <= limit)
            lo = mid;
        else
            hi = mid - 1;
    }
    return build(lo);
}

const LIST_ALL_UP_TO = 50;
function renderText(report, options = {}) {
    const footnotes = [];
    const mark = (reason) => {
        if (!reason)
            return '';
        let i = footnotes.indexOf(reason);
        if (i < 0)
            i = footnotes.push(reason) - 1;
        return ` [${i + 1}]`;
    };
    const blocks = [
        options.title ? `perf-regression: ${PLAIN.text(options.title)}` : 'perf-regression',
        verdictLine(report, PLAIN),
    ];
    for (const note of notes(report, PLAIN))
        blocks.push(note);
    const listAll = report.series.length <= (options.listAllUpTo ?? LIST_ALL_UP_TO);
    if (listAll && report.series.length > 0) {
        blocks.push(table(`All ${report.series.length} series`, [...report.series].sort(byStatus), mark));
    }
    else {
        const changed = report.series.filter((s) => CHANGED.includes(s.status)).sort(byImportance);
        const inconclusive = report.series.filter((s) => s.status === 'inconclusive');
        if (changed.length > 0)
            blocks.push(table('Changed', changed, mark));
        if (inconclusive.length > 0)
            blocks.push(table('Inconclusive', inconclusive, mark));
        const rest = report.series.length - changed.length - inconclusive.length;
        if (rest > 0)
            blocks.push(`${rest} other series are not listed: write them all with --json FILE.`);
    }
    const geomeans = report.geomeans.map((g) => `geomean (${g.series} series, ${PLAIN.text(g.unit)}): ${PLAIN.text(formatValue(g.baseline, g.unit))} → ${PLAIN.text(formatValue(g.current, g.unit))}  ${signed(g.percent)}`);
    if (geomeans.length > 0)
        blocks.push(geomeans.join('\n'));
    if (footnotes.length > 0)
        blocks.push(footnotes.map((r, i) => `[${i + 1}] ${PLAIN.text(r)}`).join('\n'));
    return `${blocks.join('\n\n')}\n`;
}
/** Changed first (most important first), then inconclusive, then the rest in report order. */
function byStatus(a, b) {
    const rank = (s) => {
        const i = CHANGED.indexOf(s.status);
        return i >= 0 ? i : s.status === 'inconclusive' ? CHANGED.length : CHANGED.length + 1;
    };
    const d = rank(a) - rank(b);
    if (d !== 0)
        return d;
    return CHANGED.includes(a.status) ? byImportance(a, b) : 0;
}
function table(heading, series, mark) {
    const rows = series.map((s) => [
        `${ICON[s.status] || '  '} ${PLAIN.text(displayName(s))}`,
        valuesCell(s, PLAIN),
        changeCell(s, PLAIN) + mark(reasonText(s)),
        pCell(s),
    ]);
    const header = ['   Benchmark', 'Baseline → Current', 'Change', 'p (q)'];
    const all = [header, ...rows];
    const widths = header.map((_, c) => all.reduce((most, r) => Math.max(most, width(r[c])), 0));
    // Names left-aligned, numbers right-aligned, as in the Markdown table.
    const line = (cells) => cells
        .map((cell, c) => (c === 0 ? padEnd(cell, widths[c]) : padStart(cell, widths[c])))
        .join('  ')
        .trimEnd();
    return [`${heading}:`, ...all.map(line)].join('\n');
}
/** Columns a string takes in a terminal: code points, with emoji (the status icons) two wide. */
function width(s) {
    let n = 0;
    for (const ch of s) {
        const cp = ch.codePointAt(0);
        n += cp >= 0x1f000 || (cp >= 0x2600 && cp <= 0x27bf) ? 2 : 1;
    }
    return n;
}
function padEnd(s, w) {
    return s + ' '.repeat(Math.max(0, w - width(s)));
}
function padStart(s, w) {
    return ' '.repeat(Math.max(0, w - width(s))) + s;
}

// A report given in parts (render/json.ts's jsonReportParts) written to a file a batch at a time, so
// the whole text is never one string.
/** Characters gathered before each write: few system calls, little memory. */
const BATCH_CHARS = 1 << 20;
async function writeParts(file, parts) {
    const handle = await open$1(file, 'w');
    try {
        let batch = '';
        for (const part of parts) {
            batch += part;
            if (batch.length >= BATCH_CHARS) {
                await handle.write(batch);
                batch = '';
            }
        }
        await handle.write(batch);
    }
    finally {
        await handle.close();
    }
}

// Writing a report the user asked for with --json FILE, --markdown FILE or --html FILE, shared by the
// commands: whole text, or parts streamed to the file (the JSON report of a big suite).
/** Writes the report to `file`; a file that cannot be written is bad input (exit 2), not a crash. */
async function writeReportFile(file, report) {
    await writeParts(file, typeof report === 'string' ? [report] : report).catch((err) => {
        throw new InputError(`${file}: cannot write the report (${err.code ?? err.message})`);
    });
}

const OUTPUTS = ['text', 'markdown', 'json'];
function parseOutput(value) {
    if (value === undefined || OUTPUTS.includes(value))
        return value;
    throw new UsageError(`--output must be one of: ${OUTPUTS.join(', ')} (got "${value}")`);
}
function printWarnings(warnings, io) {
    for (const w of warnings)
        io.warn(`perf-regression: warning: ${w.file}${w.line ? `:${w.line}` : ''}: ${w.message}`);
}
async function emitReport(report, targets, io) {
    // Each report is built only when asked for, the JSON one streamed to its file.
    const markdown = () => renderMarkdown(report, { title: targets.title });
    if (targets.json && targets.json !== '-')
        await writeReportFile(targets.json, jsonReportParts(report));
    if (targets.markdown && targets.markdown !== '-')
        await writeReportFile(targets.markdown, markdown());
    if (targets.html)
        await writeReportFile(targets.html, renderHtmlReport(report, { title: targets.title }));
    const output = targets.json === '-' ? 'json' : (targets.output ?? (io.isTTY ? 'text' : 'markdown'));
    io.out(output === 'json'
        ? renderJson(report)
        : output === 'markdown'
            ? markdown()
            : renderText(report, { title: targets.title }));
}
/**
 * 1 when the report fails the change: a regression, a budget overrun, or no series in common with the
 * baseline (unless the benchmarks were renamed on purpose); else 0.
 */
function exitCodeOf(report, allowSeriesChange = false) {
    const { regressions, overBudget, disjoint } = failingFindings(report, allowSeriesChange);
    return regressions > 0 || overBudget > 0 || disjoint ? 1 : 0;
}

// `perf-regression ab`: the base commit and the work tree measured in the same job, interleaved, and
// compared with the pass as a block (engine/same-job.ts).
const OPTIONS = {
    base: { type: 'string' },
    run: { type: 'string' },
    setup: { type: 'string' },
    passes: { type: 'string', default: '5' },
    format: { type: 'string', default: 'auto' },
    threshold: { type: 'string', multiple: true },
    alpha: { type: 'string', default: '0.05' },
    budget: { type: 'string', multiple: true },
    timeout: { type: 'string' },
    'keep-outputs': { type: 'string' },
    json: { type: 'string' },
    markdown: { type: 'string' },
    html: { type: 'string' },
    output: { type: 'string' },
    title: { type: 'string' },
};
async function abCommand(args, io, cwd = process.cwd()) {
    const { values, positionals } = parseCliArgs(args, OPTIONS);
    if (positionals.length > 0)
        throw new UsageError(`ab takes no file arguments (got "${positionals[0]}")`);
    if (!values.base)
        throw new UsageError('ab needs --base <git ref>: the commit to measure against');
    if (!values.run)
        throw new UsageError("ab needs --run '<command>': the benchmark command to run in both trees");
    const passes = parseCount(values.passes, '--passes');
    // One pass has no spread between passes: it cannot tell a change from the pass's own noise.
    if (passes < 2)
        throw new UsageError('--passes must be at least 2: one pass cannot tell a change from noise');
    const options = {
        thresholds: parseThresholds((values.threshold ?? []).join('\n'), '--threshold'),
        alpha: parseAlpha(values.alpha, '--alpha'),
        budgets: parseBudgets((values.budget ?? []).join('\n'), '--budget'),
    };
    const ignored = sameJobIgnored(options);
    if (ignored)
        io.warn(ignored);
    const timeoutMs = values.timeout === undefined ? undefined : minutes(values.timeout);
    const run = await runSameJob({
        cwd,
        base: values.base,
        run: values.run,
        setup: values.setup,
        passes,
        format: parseFormat(values.format),
        timeoutMs,
        progress: io.warn,
        keep: values['keep-outputs'],
    });
    printWarnings(run.warnings, io);
    const report = compareSameJob(run.passes, { baseCommit: run.baseCommit, headCommit: run.headCommit }, options);
    await emitReport(report, { ...values, output: parseOutput(values.output) }, io);
    return exitCodeOf(report);
}
function minutes(text) {
    const n = Number(text);
    if (!(n > 0) || !Number.isFinite(n))
        throw new UsageError(`--timeout must be a number of minutes > 0 (got "${text}")`);
    return n * 60_000;
}

/**
 * The newest `runs` entries of `stored` (oldest first) whose commits are the merge base or its
 * ancestors. Newer entries that are not are left out; when no entry is, or the merge base is unknown,
 * the window is the newest runs as before and `fallback` says why.
 */
async function windowAtMergeBase(stored, runs, branch, ancestry) {
    const newest = stored.slice(-runs);
    const fallback = (b) => ({
        entries: newest,
        baselineCommit: { branch, ...b, commit: newest.at(-1)?.commit, leftOut: 0 },
    });
    if ('unknown' in ancestry)
        return fallback({ fallback: 'merge-base-unknown', reason: ancestry.unknown });
    const kept = [];
    let leftOut = 0;
    let unplaced = 0;
    // Newest first: the runs after the branch point are the newest ones, and the walk stops once the window is full.
    for (let i = stored.length - 1; i >= 0 && kept.length < runs; i--) {
        const entry = stored[i];
        const ancestor = await ancestry.isAncestor(entry.commit);
        if (ancestor === true)
            kept.push(entry);
        else if (ancestor === false)
            leftOut++;
        else
            unplaced++;
    }
    const { mergeBase, via } = ancestry;
    const unknown = unplaced > 0 ? { unplaced } : {};
    if (kept.length === 0)
        return fallback({ mergeBase, via, fallback: 'no-recorded-ancestor', ...unknown });
    kept.reverse();
    return {
        entries: kept,
        baselineCommit: {
            branch,
            mergeBase,
            via,
            commit: kept.at(-1)?.commit,
            leftOut: leftOut + unplaced,
            ...unknown,
        },
    };
}

// The run pipeline, written once for the action and the CLI: the current run's files → parsed and
// pooled into one run → the baseline window (explicit runs, or the newest runs of a store's history)
// → compare → the Markdown report. Everything around it (where the history lives, what is published)
// belongs to the caller.
/** Reads and parses the files of one run (paths, globs or directories), pooled into one run. */
async function readRun(patterns, format, cwd) {
    const files = await readInputFiles(patterns, cwd);
    const parsed = parseRun(files, format, heapProgress());
    // What each file looked like is only needed to explain a run of no series; the texts go after this.
    const empty = parsed.results.length === 0;
    return {
        files: files.map((f) => ({ path: f.path, detected: empty ? detectFormat(f) : undefined })),
        parsed,
    };
}
async function compareRun(input) {
    const warnings = [];
    const window = [];
    let entries = [];
    let stored = [];
    let historyError;
    let baselineCommit;
    const baselineFiles = [];
    if ('files' in input.baseline) {
        for (const [i, files] of input.baseline.files.entries()) {
            const run = await readRun(files, input.format, input.cwd);
            const empty = emptyRunMessage(run, input.format, `baseline (--baseline ${i + 1})`);
            if (empty)
                throw new InputError(empty);
            const { parsed } = run;
            for (const w of parsed.warnings)
                warnings.push(w);
            const pooled = separateRunsWarning(run, `--baseline ${i + 1}`);
            if (pooled)
                warnings.push(pooled);
            window.push({ results: parsed.results });
            baselineFiles.push(run.files.length);
        }
    }
    else {
        const { store, suite, branches, runs, ancestry } = input.baseline;
        try {
            // An entry of no series (recorded before such runs were refused) is no baseline: it must not push real runs out of the window.
            stored = (await store.read(suite, { branches })).filter((e) => e.results.length > 0);
            entries = stored.slice(-runs);
        }
        catch (err) {
            if (!(err instanceof HistoryError))
                throw err;
            historyError = err;
        }
        if (ancestry && stored.length > 0) {
            const atMergeBase = await windowAtMergeBase(stored, runs, stored.at(-1)?.branch ?? branches[0] ?? '', await ancestry(stored));
            entries = atMergeBase.entries;
            baselineCommit = atMergeBase.baselineCommit;
        }
        for (const e of entries) {
            window.push({ commit: e.commit, results: e.results });
            baselineFiles.push(e.files ?? null);
        }
    }
    const current = input.current.parsed.results;
    const comparing = heapWatch((done) => `comparing ${count(done)} of ${count(current.length)} series needs`);
    const compared = compare(window, current, input.options, comparing);
    checkHeap(() => `the report of ${count(compared.series.length)} series needs`);
    for (const w of uncheckedTailBudgets(input.current.parsed.results, input.options))
        warnings.push(w);
    const runFiles = { current: input.current.files.length, baseline: baselineFiles };
    const report = { ...compared, runFiles, ...(baselineCommit ? { baselineCommit } : {}) };
    return { warnings, entries, stored, historyError, report };
}
/**
 * A budget on a percentile that matches series too small for that percentile's row is never checked
 * on them: said once per budget, so a limit the user set is not silently ignored. Series whose unit the
 * limit does not convert to are not its business (`*: p99 < 2ms` says nothing about allocs/op).
 */
function uncheckedTailBudgets(results, options) {
    const warnings = [];
    for (const { pattern, limit, statistic } of options.budgets) {
        if (!statistic)
            continue;
        // A load test's own percentile series (`GET /work p99`) answer the budget; its other percentiles
        // (`GET /work p50`) and the series they belong to were never asked for.
        const budget = { pattern, statistic };
        const reported = results.filter((r) => budgetMatches(budget, r));
        const answered = new Set(reported.map((r) => r.name.slice(0, -(statistic.length + 1))));
        const unchecked = results.filter((r) => conversionFactor(limit.unit, r.unit) !== undefined &&
            globMatches(pattern, r) &&
            r.params?.percentile === undefined &&
            !answered.has(r.name) &&
            !(hasTails(r) && enoughForTail(r.samples, statistic)));
        const first = unchecked[0];
        if (!first)
            continue;
        const shown = unchecked.slice(0, 3).map((r) => `${r.name} (${r.samples?.length ?? 0})`);
        const more = unchecked.length > shown.length ? `, and ${unchecked.length - shown.length} more` : '';
        warnings.push({
            file: first.source.file,
            message: `budget "${pattern}: ${statistic} < ${limit.value} ${limit.unit}" not checked on ${unchecked.length} series: ` +
                `a ${statistic} needs ${samplesForTail(statistic)} raw samples a run; ${shown.join(', ')}${more}`,
        });
    }
    return warnings;
}
/** The entry recording the current run into a history, with the series its comparison flagged. */
function historyEntry(run, at) {
    const flags = flagsOf(at.report);
    return {
        commit: at.commit,
        branch: at.branch,
        date: (at.date ?? new Date()).toISOString(),
        runId: at.runId,
        ...(at.runAttempt !== undefined ? { runAttempt: at.runAttempt } : {}),
        ...(at.message ? { message: at.message } : {}),
        ...(flags ? { flags } : {}),
        // A same-job A/B's head side is its passes' outputs, not files the user named.
        ...(run.files.length > 0 ? { files: run.files.length } : {}),
        results: run.parsed.results,
    };
}
function flagsOf(report) {
    const flagged = (report?.series ?? []).filter((s) => CHANGED.includes(s.status));
    return flagged.length > 0 ? Object.fromEntries(flagged.map((s) => [s.id, s.status])) : undefined;
}

const HISTORY_SCHEMA = 'perf-regression/history';
/** One file holding every entry (the cache, a local folder, and gh-pages before version 2). */
const HISTORY_VERSION = 1;
/** gh-pages: `history.json` lists the runs, each run is a file of its own (see splitHistory). */
const SPLIT_HISTORY_VERSION = 2;
/**
 * Raw samples are kept for the newest runs of each branch; older runs keep a summary (n, center,
 * mean, stddev, min, max, the median's interval). Twice the default `baseline-runs` window: a pull
 * request whose merge base is up to 10 runs back still compares samples against samples.
 */
const SAMPLE_RUNS = 20;
/** Runs whose samples are kept for a window of `baselineRuns` (and as many runs again for merge bases). */
function sampleRunsFor(baselineRuns) {
    return Math.max(SAMPLE_RUNS, 2 * baselineRuns);
}
function emptyHistory(suite) {
    return { schema: HISTORY_SCHEMA, version: HISTORY_VERSION, suite, entries: [] };
}
/**
 * Reads a stored document. `origin` names where the text came from
 * (`gh-pages:perf-regression/benchmarks/history.json`) and starts every error message. A document that
 * is not valid JSON, has the wrong shape or a newer version throws HistoryError: the caller must stop,
 * never replace it with an empty history. With `expectedSuite`, a document of another suite is refused too.
 */
function parseHistoryDocument(text, origin, expectedSuite) {
    const stored = parseStoredHistory(text, origin, expectedSuite);
    if (stored.kind === 'split') {
        throw new HistoryError(`${origin}: lists its runs in separate files (schema version ${SPLIT_HISTORY_VERSION}, the gh-pages layout); read it through the gh-pages store`);
    }
    return stored.doc;
}
/** Like parseHistoryDocument, but a version 2 index is returned as the run files it lists. */
function parseStoredHistory(text, origin, expectedSuite) {
    let json;
    try {
        json = JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch (err) {
        throw new HistoryError(`${origin}: not valid JSON (truncated?): ${firstLine$1(err.message)}`);
    }
    const problem = (where, message) => new HistoryError(`${origin}: ${where ? `${where}: ` : ''}${message}`);
    if (!isObject(json))
        throw problem('', `expected a JSON object with "schema": "${HISTORY_SCHEMA}"`);
    if (json.schema !== HISTORY_SCHEMA) {
        throw problem('', `not a perf-regression history document ("schema" is ${describe(json.schema)})`);
    }
    const { version } = json;
    if (typeof version !== 'number' || !Number.isInteger(version))
        throw problem('version', 'expected an integer');
    if (version > SPLIT_HISTORY_VERSION) {
        throw problem('', `schema version ${version} is newer than this perf-regression understands (${SPLIT_HISTORY_VERSION}); upgrade the action`);
    }
    if (version < HISTORY_VERSION)
        throw problem('', `schema version ${version} is not supported`);
    if (typeof json.suite !== 'string')
        throw problem('suite', 'expected a string');
    if (expectedSuite !== undefined && json.suite !== expectedSuite) {
        throw problem('suite', `holds suite "${json.suite}", not "${expectedSuite}"`);
    }
    if (version === SPLIT_HISTORY_VERSION) {
        if (!Array.isArray(json.runs))
            throw problem('runs', 'expected an array of run file names');
        const bad = json.runs.findIndex((name) => typeof name !== 'string' || !RUN_FILE.test(name));
        if (bad >= 0)
            throw problem(`runs[${bad}]`, 'expected a file name "runs/<name>.json"');
        return { kind: 'split', suite: json.suite, runs: json.runs };
    }
    if (!Array.isArray(json.entries))
        throw problem('entries', 'expected an array');
    json.entries.forEach((entry, i) => {
        const error = entryProblem(entry);
        if (error)
            throw problem(`entries[${i}]${error.where}`, error.message);
    });
    return { kind: 'document', doc: json };
}
/** A run file's name inside the suite's folder: no other folder, nothing a path could escape with. */
const RUN_FILE = /^runs\/[A-Za-z0-9][A-Za-z0-9._-]*\.json$/;
/** The text a store writes: one entry per line, so a git diff of an append is one added line. */
function serializeHistory(doc) {
    const entries = doc.entries.map((entry) => `    ${serializeEntry(entry)}`).join(',\n');
    return [
        '{',
        `  "schema": ${JSON.stringify(doc.schema)},`,
        `  "version": ${doc.version},`,
        `  "suite": ${JSON.stringify(doc.suite)},`,
        `  "entries": [${entries ? `\n${entries}\n  ` : ''}]`,
        '}',
        '',
    ].join('\n');
}
/**
 * One entry as JSON, numbers that are not whole written with 7 significant digits: a double's 17
 * digits are noise below any benchmark's resolution (a relative 5e-8), and they made up half the bytes.
 */
function serializeEntry(entry) {
    return compactJson(entry);
}
/** JSON of `value` with the numbers written as the history writes them. */
function compactJson(value) {
    return JSON.stringify(value, compactNumber);
}
function compactNumber(_key, value) {
    return typeof value === 'number' && !Number.isInteger(value) && Number.isFinite(value)
        ? Number(value.toPrecision(7))
        : value;
}
/**
 * A new document with `entry` added. An entry of the same (runId, runAttempt, commit) is replaced, so
 * retrying an append is harmless. Entries stay sorted by date (oldest first), each branch keeps its
 * newest `historySize` entries, and the newest `sampleRuns` of them their raw samples (older ones a
 * summary, see summarizeResult).
 */
function appendEntry(doc, entry, historySize, sampleRuns = SAMPLE_RUNS) {
    if (!Number.isInteger(historySize) || historySize < 1) {
        throw new RangeError(`history size must be a positive integer (got ${historySize})`);
    }
    if (!Number.isInteger(sampleRuns) || sampleRuns < 1) {
        throw new RangeError(`runs keeping samples must be a positive integer (got ${sampleRuns})`);
    }
    const error = entryProblem(entry);
    if (error)
        throw new Error(`refusing to record an entry that could not be read back: entry${error.where}: ${error.message}`);
    const key = entryKey(entry);
    const entries = sortByDate([...doc.entries.filter((e) => entryKey(e) !== key), entry]);
    return { ...doc, entries: dropOldSamples(keepNewestPerBranch(entries, historySize), sampleRuns) };
}
/** `doc` with each of `entries` appended: appending the same runs again changes nothing. */
function appendEntries(doc, entries, historySize, sampleRuns = SAMPLE_RUNS) {
    return entries.reduce((next, entry) => appendEntry(next, entry, historySize, sampleRuns), doc);
}
/**
 * `entry` appended, after `options.imported` when the suite has nothing yet on the entry's branch or the
 * imported runs' branch: an imported history is used once, then the suite's own runs are the history.
 */
function appendWithImport(doc, entry, options) {
    const { imported } = options;
    const branches = new Set([entry.branch, ...(imported ?? []).map((e) => e.branch)]);
    const seed = imported && !doc.entries.some((e) => branches.has(e.branch));
    const seeded = seed ? appendEntries(doc, imported, options.historySize, options.sampleRuns) : doc;
    return appendEntry(seeded, entry, options.historySize, options.sampleRuns);
}
/** Entries of the first of `branches` that has any, oldest first; `[]` when none has. */
function entriesFor(doc, branches) {
    for (const branch of branches) {
        const entries = doc.entries.filter((e) => e.branch === branch);
        if (entries.length > 0)
            return sortByDate(entries);
    }
    return [];
}
/** What makes two entries the same run: appending one replaces the other. */
function entryKey(entry) {
    return JSON.stringify([entry.runId, entry.runAttempt ?? null, entry.commit]);
}
/** Stable: entries recorded at the same instant keep their order. */
function sortByDate(entries) {
    return [...entries].sort((a, b) => Date.parse(a.date) - Date.parse(b.date));
}
function keepNewestPerBranch(sorted, historySize) {
    const kept = new Map();
    const keep = new Set();
    for (let i = sorted.length - 1; i >= 0; i--) {
        const entry = sorted[i];
        const count = (kept.get(entry.branch) ?? 0) + 1;
        kept.set(entry.branch, count);
        if (count <= historySize)
            keep.add(entry);
    }
    return sorted.filter((e) => keep.has(e));
}
/** Entries beyond the newest `sampleRuns` of their branch with their results summarized. */
function dropOldSamples(sorted, sampleRuns) {
    const seen = new Map();
    const out = [...sorted];
    for (let i = out.length - 1; i >= 0; i--) {
        const entry = out[i];
        const count = (seen.get(entry.branch) ?? 0) + 1;
        seen.set(entry.branch, count);
        if (count > sampleRuns && entry.results.some((r) => r.samples !== undefined)) {
            out[i] = { ...entry, results: entry.results.map(summarizeResult) };
        }
    }
    return out;
}
/**
 * `result` without its raw samples but with what the dashboard and the trend read of an old run: n and
 * the center as they were, mean, stddev, min and max, and the median's interval as `sampleCi` (unless the
 * tool gave its own `ci`). A comparison reaching this far back uses one number per run.
 */
function summarizeResult(result) {
    const { samples, ...rest } = result;
    if (!samples || samples.length === 0)
        return rest;
    const summary = sampleSummary(samples);
    const out = {
        ...rest,
        mean: rest.mean ?? summary.mean,
        min: rest.min ?? summary.min,
        max: rest.max ?? summary.max,
    };
    const stddev = rest.stddev ?? summary.stddev;
    if (stddev !== undefined)
        out.stddev = stddev;
    const median = rest.ci ? undefined : medianConfidenceInterval(samples);
    if (median && Number.isFinite(median.lo) && Number.isFinite(median.hi)) {
        out.sampleCi = { lo: median.lo, hi: median.hi, level: median.confidence };
    }
    return out;
}
/** The first thing wrong with an entry (what the stages reading history rely on), or undefined. */
function entryProblem(entry) {
    if (!isObject(entry))
        return { where: '', message: 'expected an object' };
    for (const field of ['commit', 'branch', 'runId']) {
        if (typeof entry[field] !== 'string' || entry[field] === '') {
            return { where: `.${field}`, message: 'expected a non-empty string' };
        }
    }
    if (typeof entry.date !== 'string' || Number.isNaN(Date.parse(entry.date))) {
        return { where: '.date', message: 'expected an ISO 8601 date string' };
    }
    if (entry.runAttempt !== undefined && !isFiniteNumber(entry.runAttempt)) {
        return { where: '.runAttempt', message: 'expected a number' };
    }
    if (entry.message !== undefined && typeof entry.message !== 'string') {
        return { where: '.message', message: 'expected a string' };
    }
    if (entry.flags !== undefined &&
        (!isObject(entry.flags) || Object.values(entry.flags).some((f) => typeof f !== 'string'))) {
        return { where: '.flags', message: 'expected an object of status strings' };
    }
    if (entry.files !== undefined && !(Number.isInteger(entry.files) && entry.files >= 1)) {
        return { where: '.files', message: 'expected a whole number of files, at least 1' };
    }
    if (!Array.isArray(entry.results))
        return { where: '.results', message: 'expected an array' };
    for (const [i, result] of entry.results.entries()) {
        const problem = resultProblem(result);
        if (problem)
            return { where: `.results[${i}]${problem.where}`, message: problem.message };
    }
    return undefined;
}
function resultProblem(result) {
    if (!isObject(result))
        return { where: '', message: 'expected an object' };
    for (const field of ['id', 'name', 'unit']) {
        if (typeof result[field] !== 'string')
            return { where: `.${field}`, message: 'expected a string' };
    }
    if (result.direction !== 'smaller' && result.direction !== 'bigger') {
        return { where: '.direction', message: 'expected "smaller" or "bigger"' };
    }
    for (const field of ['n', 'value']) {
        if (!isFiniteNumber(result[field]))
            return { where: `.${field}`, message: 'expected a finite number' };
    }
    if (result.samples !== undefined) {
        if (!Array.isArray(result.samples))
            return { where: '.samples', message: 'expected an array' };
        const bad = result.samples.findIndex((s) => !isFiniteNumber(s));
        if (bad >= 0)
            return { where: `.samples[${bad}]`, message: 'expected a finite number' };
    }
    if (!isObject(result.source) || typeof result.source.file !== 'string') {
        return { where: '.source', message: 'expected an object with a "file" string' };
    }
    return undefined;
}
function describe(value) {
    return value === undefined ? 'missing' : JSON.stringify(value);
}
function firstLine$1(text) {
    return text.split('\n')[0] ?? text;
}

const builtin$1 = createRequire(import.meta.url)('node:crypto');
builtin$1.argon2;
builtin$1.argon2Sync;
builtin$1.checkPrime;
builtin$1.checkPrimeSync;
builtin$1.createCipheriv;
builtin$1.createDecipheriv;
builtin$1.createDiffieHellman;
builtin$1.createDiffieHellmanGroup;
builtin$1.createECDH;
const createHash = builtin$1.createHash;
builtin$1.createHmac;
builtin$1.createPrivateKey;
builtin$1.createPublicKey;
builtin$1.createSecretKey;
builtin$1.createSign;
builtin$1.createVerify;
builtin$1.diffieHellman;
builtin$1.generatePrime;
builtin$1.generatePrimeSync;
builtin$1.getCiphers;
builtin$1.getCipherInfo;
builtin$1.getCurves;
builtin$1.getDiffieHellman;
builtin$1.getHashes;
builtin$1.hkdf;
builtin$1.hkdfSync;
builtin$1.pbkdf2;
builtin$1.pbkdf2Sync;
builtin$1.generateKeyPair;
builtin$1.generateKeyPairSync;
builtin$1.generateKey;
builtin$1.generateKeySync;
builtin$1.privateDecrypt;
builtin$1.privateEncrypt;
builtin$1.publicDecrypt;
builtin$1.publicEncrypt;
const randomBytes = builtin$1.randomBytes;
builtin$1.randomFill;
builtin$1.randomFillSync;
builtin$1.randomInt;
builtin$1.randomUUID;
builtin$1.randomUUIDv7;
builtin$1.scrypt;
builtin$1.scryptSync;
builtin$1.sign;
builtin$1.setEngine;
builtin$1.timingSafeEqual;
builtin$1.getFips;
builtin$1.setFips;
builtin$1.verify;
builtin$1.hash;
builtin$1.encapsulate;
builtin$1.decapsulate;
builtin$1.Certificate;
builtin$1.Cipheriv;
builtin$1.Decipheriv;
builtin$1.DiffieHellman;
builtin$1.DiffieHellmanGroup;
builtin$1.ECDH;
builtin$1.Hash;
builtin$1.Hmac;
builtin$1.KeyObject;
builtin$1.Sign;
builtin$1.Verify;
builtin$1.X509Certificate;
builtin$1.secureHeapUsed;
builtin$1.constants;
builtin$1.getRandomValues;

const builtin = createRequire(import.meta.url)('node:timers/promises');
const setTimeout$1 = builtin.setTimeout;
builtin.setImmediate;
builtin.setInterval;
builtin.scheduler;

// The suite name is user input and becomes a file or folder name in every store: this is the one place
// that turns it into a safe path segment. Benchmark names never become paths.
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
function suiteKey(suite) {
    const slug = suite
        .toLowerCase()
        .replace(/[^a-z0-9._-]+/g, '-')
        .replace(/^[.-]+|[.-]+$/g, '');
    const unchanged = slug === suite &&
        slug.length > 0 &&
        slug.length <= MAX_LENGTH &&
        !WINDOWS_RESERVED.test(slug) &&
        !HASHED.test(slug);
    if (unchanged)
        return slug;
    const hash = createHash('sha256').update(suite).digest('hex').slice(0, HASH_LENGTH);
    const head = slug.slice(0, MAX_LENGTH - HASH_LENGTH - 1).replace(/[.-]+$/, '');
    return `${head || 'suite'}-${hash}`;
}

// History in a local folder, for the CLI's `--history-dir`: one `<dir>/<suite key>.json` per suite.
// Several CLI runs may append at once (a Makefile with -j, a CI matrix on one machine): a lock file
// serializes them and every write is a rename of a complete temp file, so no entry is lost and a reader
// never sees half a document.
class LocalFolderStore {
    description;
    dir;
    lock;
    constructor(dir, options = {}) {
        this.dir = dir;
        this.description = `folder ${dir}`;
        this.lock = { lockStaleMs: 15_000, lockTimeoutMs: 60_000, ...options };
    }
    /** The file holding `suite`'s history. */
    fileOf(suite) {
        return builtin$8.join(this.dir, `${suiteKey(suite)}.json`);
    }
    async read(suite, options) {
        return entriesFor(await this.load(suite), options.branches);
    }
    async append(suite, entry, options) {
        await mkdir$1(this.dir, { recursive: true });
        const file = this.fileOf(suite);
        await withLockFile(`${file}.lock`, this.lock, async () => {
            const updated = appendWithImport(await this.load(suite), entry, options);
            await writeFileAtomically(file, serializeHistory(updated));
        });
    }
    /**
     * Adds runs imported from another tool's history, under the same lock as an append. The ones already
     * there (same run id and commit) are replaced, so importing twice leaves one copy; runs older than the
     * newest `historySize` of their branch are left out.
     */
    async importEntries(suite, entries, historySize) {
        await mkdir$1(this.dir, { recursive: true });
        const file = this.fileOf(suite);
        return withLockFile(`${file}.lock`, this.lock, async () => {
            const before = await this.load(suite);
            const updated = appendEntries(before, entries, historySize);
            await writeFileAtomically(file, serializeHistory(updated));
            const had = new Set(before.entries.map(entryKey));
            const has = new Set(updated.entries.map(entryKey));
            const keys = entries.map(entryKey);
            return {
                added: keys.filter((k) => !had.has(k) && has.has(k)).length,
                alreadyThere: keys.filter((k) => had.has(k)).length,
                leftOut: keys.filter((k) => !had.has(k) && !has.has(k)).length,
            };
        });
    }
    /** Every suite's document in the folder (the dashboard's input), by file name. */
    async documents() {
        const names = await readdir$1(this.dir).catch((err) => {
            throw new HistoryError(`${this.description}: cannot read the folder (${err.code ?? err.message})`);
        });
        const docs = [];
        for (const name of names.filter((n) => n.endsWith('.json')).sort()) {
            const file = builtin$8.join(this.dir, name);
            docs.push(parseHistoryDocument(await readFile$1(file, 'utf8'), file));
        }
        return docs;
    }
    /** The suite's whole stored document, every branch; an empty one when nothing was recorded yet. */
    async readDocument(suite) {
        return this.load(suite);
    }
    async load(suite) {
        const file = this.fileOf(suite);
        let text;
        try {
            text = await readFile$1(file, 'utf8');
        }
        catch (err) {
            if (errorCode(err) === 'ENOENT')
                return emptyHistory(suite);
            throw err;
        }
        return parseHistoryDocument(text, file, suite);
    }
}
/** Writes a temp file next to `file`, flushes it, then renames it over `file`: readers see old or new, never half. */
async function writeFileAtomically(file, text) {
    const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
        const handle = await open$1(temp, 'wx');
        try {
            await handle.writeFile(text, 'utf8');
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await rename$1(temp, file);
    }
    catch (err) {
        await unlink$1(temp).catch(() => { });
        throw err;
    }
}
/**
 * Runs `work` while holding `lockPath`, created with O_EXCL so only one process holds it. The holder
 * touches it regularly; a lock left untouched for `lockStaleMs` is from a crashed run and is broken.
 */
async function withLockFile(lockPath, options, work) {
    const token = await acquireLock(lockPath, options);
    const keepFresh = setInterval(() => {
        const now = new Date();
        utimes$1(lockPath, now, now).catch(() => { });
    }, options.lockStaleMs / 3);
    keepFresh.unref();
    try {
        return await work();
    }
    finally {
        clearInterval(keepFresh);
        await releaseLock(lockPath, token);
    }
}
async function acquireLock(lockPath, options) {
    const token = `${hostname()} pid ${process.pid} ${randomBytes(6).toString('hex')}`;
    const deadline = Date.now() + options.lockTimeoutMs;
    for (;;) {
        try {
            const handle = await open$1(lockPath, 'wx');
            await handle.writeFile(token, 'utf8').finally(() => handle.close());
            return token;
        }
        catch (err) {
            if (errorCode(err) !== 'EEXIST')
                throw err;
        }
        if (await breakLockIfStale(lockPath, options.lockStaleMs))
            continue;
        if (Date.now() > deadline) {
            const holder = await readFile$1(lockPath, 'utf8').catch(() => 'unknown');
            throw new HistoryError(`${lockPath}: still locked by another perf-regression run (${holder}) after ${options.lockTimeoutMs / 1000}s; delete the file if no run is in progress`);
        }
        await setTimeout$1(10 + Math.random() * 40);
    }
}
/**
 * Removes a lock nobody touched for `staleMs`. It is first renamed aside, so of two runs breaking the same
 * stale lock only one succeeds; should the lock have been renewed meanwhile, it is put back.
 */
async function breakLockIfStale(lockPath, staleMs) {
    const isStale = async (file) => Date.now() - (await stat$1(file)).mtimeMs > staleMs;
    try {
        if (!(await isStale(lockPath)))
            return false;
        const aside = `${lockPath}.stale.${randomBytes(4).toString('hex')}`;
        await rename$1(lockPath, aside);
        // link, not rename: putting it back must not replace a lock another run created meanwhile.
        if (!(await isStale(aside)))
            await link$1(aside, lockPath).catch(() => { });
        await unlink$1(aside);
        return true;
    }
    catch (err) {
        if (errorCode(err) === 'ENOENT')
            return true; // released or broken by someone else meanwhile: try again
        throw err;
    }
}
async function releaseLock(lockPath, token) {
    // Only our own lock: had it been broken as stale, the file may now be another run's.
    const holder = await readFile$1(lockPath, 'utf8').catch(() => undefined);
    if (holder === token)
        await unlink$1(lockPath).catch(() => { });
}
function errorCode(err) {
    return err?.code;
}

// `perf-regression compare`: the action's pipeline for a terminal, with explicit baseline files or a
// local history folder as the store.
const VALUE_FLAGS = new Set([
    '--baseline-each',
    '--format',
    '--threshold',
    '--alpha',
    '--budget',
    '--percentiles',
    '--json',
    '--markdown',
    '--html',
    '--output',
    '--title',
    '--history-dir',
    '--suite',
    '--baseline-runs',
    '--history-size',
    '--commit',
]);
/**
 * `--baseline a b --baseline c --current d`: every `--baseline` opens a new run and takes the paths
 * that follow it; node:util's parseArgs can't group values like that, hence this small parser.
 */
function parseCompareArgs(args) {
    const baselines = [];
    const current = [];
    const values = new Map();
    let collecting;
    let record = true;
    let allowSeriesChange = false;
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        const [flag, inlineValue] = splitInlineValue(arg);
        if (inlineValue !== undefined) {
            values.set(flag, [...(values.get(flag) ?? []), inlineValue]);
            collecting = undefined;
        }
        else if (arg === '--baseline') {
            collecting = [];
            baselines.push(collecting);
        }
        else if (arg === '--current') {
            collecting = current;
        }
        else if (arg === '--no-record') {
            record = false;
        }
        else if (arg === '--allow-series-change') {
            allowSeriesChange = true;
        }
        else if (VALUE_FLAGS.has(arg)) {
            const value = args[++i];
            if (value === undefined)
                throw new UsageError(`${arg} needs a value`);
            values.set(arg, [...(values.get(arg) ?? []), value]);
            collecting = undefined;
        }
        else if (arg.startsWith('--')) {
            throw new UsageError(`unknown option ${arg}`);
        }
        else if (collecting) {
            collecting.push(arg);
        }
        else {
            throw new UsageError(`"${arg}" must follow --baseline or --current`);
        }
    }
    const last = (flag) => values.get(flag)?.at(-1);
    if (current.length === 0)
        throw new UsageError('compare needs --current <files...>');
    if (baselines.some((b) => b.length === 0))
        throw new UsageError('every --baseline needs at least one file');
    const historyDir = last('--history-dir');
    const baselineEach = values.get('--baseline-each') ?? [];
    if (baselines.length === 0 && baselineEach.length === 0 && !historyDir)
        throw new UsageError('compare needs --baseline <files...>, --baseline-each <glob> or --history-dir DIR');
    return {
        baselines,
        baselineEach,
        current,
        format: parseFormat(last('--format') ?? 'auto'),
        options: {
            thresholds: parseThresholds((values.get('--threshold') ?? []).join('\n'), '--threshold'),
            alpha: parseAlpha(last('--alpha') ?? '0.05', '--alpha'),
            budgets: parseBudgets((values.get('--budget') ?? []).join('\n'), '--budget'),
            percentiles: parsePercentiles((values.get('--percentiles') ?? []).join('\n'), '--percentiles'),
        },
        json: last('--json'),
        markdown: last('--markdown'),
        html: last('--html'),
        output: parseOutput(last('--output')),
        title: last('--title'),
        historyDir,
        suite: last('--suite') ?? 'benchmarks',
        baselineRuns: parseCount(last('--baseline-runs') ?? '10', '--baseline-runs'),
        historySize: parseCount(last('--history-size') ?? '100', '--history-size'),
        commit: last('--commit') ?? 'local',
        record,
        allowSeriesChange,
    };
}
/** `--threshold=5%` → [`--threshold`, `5%`], as node:util's parseArgs accepts for `parse`. */
function splitInlineValue(arg) {
    const eq = arg.indexOf('=');
    if (eq < 0 || !VALUE_FLAGS.has(arg.slice(0, eq)))
        return [arg, undefined];
    return [arg.slice(0, eq), arg.slice(eq + 1)];
}
/** `--baseline-each 'history/*.txt'`: every matched file a run of its own, `run_2` before `run_10`. */
async function oneRunPerFile(patterns) {
    const runs = [];
    for (const pattern of patterns) {
        const files = await glob(pattern, { onlyFiles: true, expandDirectories: false });
        if (files.length === 0)
            throw new InputError(`${pattern}: the --baseline-each glob matched no file`);
        files.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
        for (const file of files)
            runs.push([file]);
    }
    return runs;
}
/** The branch name local history is kept under. */
const LOCAL_BRANCH = 'local';
async function compareCommand(args, io) {
    const current = await readRun(args.current, args.format);
    const empty = emptyRunMessage(current, args.format, 'current (--current)');
    if (empty)
        throw new InputError(empty);
    const store = args.historyDir ? new LocalFolderStore(args.historyDir) : undefined;
    const runs = [...args.baselines, ...(await oneRunPerFile(args.baselineEach))];
    const baseline = store && runs.length === 0
        ? { store, suite: args.suite, branches: [LOCAL_BRANCH], runs: args.baselineRuns }
        : { files: runs };
    const compared = await compareRun({ current, baseline, format: args.format, options: args.options });
    // A history the CLI cannot read is the user's to fix, as any other bad input.
    if (compared.historyError)
        throw compared.historyError;
    printWarnings([...current.parsed.warnings, ...compared.warnings], io);
    for (const line of thresholdWarnings(args.options.thresholds, '--threshold'))
        io.warn(`perf-regression: warning: ${line}`);
    const { report } = compared;
    await emitReport(report, args, io);
    const decision = recordDecision(report, {
        allowSeriesChange: args.allowSeriesChange,
        option: '--allow-series-change',
    });
    if (store && args.record && decision.warning)
        io.warn(`perf-regression: warning: ${decision.warning}`);
    if (store && args.record && decision.record) {
        await store.append(args.suite, historyEntry(current, {
            commit: args.commit,
            branch: LOCAL_BRANCH,
            runId: `${Date.now()}-${process.pid}`,
            report,
        }), { historySize: args.historySize, sampleRuns: sampleRunsFor(args.baselineRuns) });
    }
    return exitCodeOf(report, args.allowSeriesChange);
}

// The Hampel identifier on a sequence, one-sided: a value more than k·σ above the median of its
// neighbourhood (the values up to `halfWidth` places either side, fewer at the ends) is replaced by that
// median. One-sided because the outliers it is for (runs slowed by other work) only ever go up, and a
// value below a median raised by such outliers is the one to keep.
// σ is estimated from successive differences, median|x_{i+1} − x_i| / 0.9539 (for normal noise
// |x_{i+1} − x_i| is half-normal with scale σ√2, median 0.6745·√2·σ): a step moves one difference
// and an isolated outlier two, so neither inflates the scale (Pearson et al. 2016, "Generalized Hampel filters").
const MEDIAN_ABS_DIFF_PER_SD = 0.6745 * Math.SQRT2;
/** σ of the noise from successive differences (above); 0 for fewer than 2 values. */
function successiveDifferenceSd(values) {
    if (values.length < 2)
        return 0;
    const diffs = [];
    for (let i = 1; i < values.length; i++)
        diffs.push(Math.abs(values[i] - values[i - 1]));
    return medianOf(diffs) / MEDIAN_ABS_DIFF_PER_SD;
}
function hampelFilterHigh(values, halfWidth, k) {
    const n = values.length;
    if (n < 3)
        return [...values];
    const sd = successiveDifferenceSd(values);
    const out = [...values];
    if (!(sd > 0))
        return out;
    for (let i = 0; i < n; i++) {
        const m = medianOf(values.slice(Math.max(0, i - halfWidth), Math.min(n, i + halfWidth + 1)));
        if (values[i] - m > k * sd)
            out[i] = m;
    }
    return out;
}
function medianOf(xs) {
    const s = [...xs].sort((a, b) => a - b);
    const mid = (s.length - 1) / 2;
    return (s[Math.floor(mid)] + s[Math.ceil(mid)]) / 2;
}

// The Hodges–Lehmann estimate of the shift between two samples: median over all pairs of (y_j − x_i).
// As efficient as the difference of means on normal data (≈ 95%), yet a few outliers on either side
// (up to ≈ 29% of the pairs' worth) do not move it (Hodges & Lehmann 1963).
/** median{ y_j − x_i : i < xs.length, j < ys.length }; NaN when either side is empty. */
function hodgesLehmannShift(xs, ys) {
    const n = xs.length * ys.length;
    if (n === 0)
        return Number.NaN;
    const diffs = new Float64Array(n);
    let k = 0;
    for (const y of ys)
        for (const x of xs)
            diffs[k++] = y - x;
    diffs.sort();
    const mid = (n - 1) / 2;
    return (diffs[Math.floor(mid)] + diffs[Math.ceil(mid)]) / 2;
}

// Student's two-sample t-test with pooled variance, from each side's mean, standard deviation and size:
//   s_p² = ((n₁ − 1)·s₁² + (n₂ − 1)·s₂²) / (n₁ + n₂ − 2),   t = (x̄₁ − x̄₂) / √(s_p² · (1/n₁ + 1/n₂)),
//   p = 2·P(T_{n₁+n₂−2} > |t|).
// The standard deviations are used as given: Otava (and so its golden cases) passes population ones.
function pooledTTest(a, b) {
    const df = a.n + b.n - 2;
    if (df < 1)
        return { p: 1, df: 0, se: 0 };
    const pooled = ((a.n - 1) * a.sd ** 2 + (b.n - 1) * b.sd ** 2) / df;
    const se = Math.sqrt(pooled * (1 / a.n + 1 / b.n));
    // Neither side varies: the means are exactly equal or exactly different.
    if (se === 0)
        return { p: a.mean === b.mean ? 1 : 0, df, se };
    return { p: studentTTwoSidedP((a.mean - b.mean) / se, df), df, se };
}
/** The two-sided `level` interval of a difference with standard error `se` on `df` degrees of freedom. */
function tInterval(estimate, se, df, level) {
    if (se === 0 || df < 1)
        return [estimate, estimate];
    const margin = studentTQuantile(1 - (1 - level) / 2, df) * se;
    return [estimate - margin, estimate + margin];
}
/** Mean and population standard deviation (n denominator), as numpy's mean and std. */
function meanAndPopulationSd(values, from = 0, to = values.length) {
    const n = to - from;
    let sum = 0;
    for (let i = from; i < to; i++)
        sum += values[i];
    const mean = sum / n;
    let squares = 0;
    for (let i = from; i < to; i++)
        squares += (values[i] - mean) ** 2;
    return { mean, sd: n >= 2 ? Math.sqrt(squares / n) : 0, n };
}

// The E-divisive split statistic (Matteson & James 2014, arXiv 1306.4933) with α = 1: for a stretch
// Z[s, e) split at τ into X = Z[s, τ) (n values) and Y = Z[τ, κ) (m values), s < τ < κ ≤ e,
//   Q(τ, κ) = 2/(m+n) · Σᵢⱼ |Xᵢ − Yⱼ|  −  2m/((m+n)(n−1)) · Σ_{i<k} |Xᵢ − X_k|  −  2n/((m+n)(m−1)) · Σ_{j<k} |Yⱼ − Y_k|
// (a coefficient with a zero denominator is 0: one value has no pairs). The best split is the τ of the
// largest Q over all (τ, κ), the first one in (τ, κ) order on ties, as Otava's numpy argmax takes it.
/**
 * Pairwise distances of `values` as prefix sums down each column: `below(k, a, b)` = Σ_{i∈[a,b)} |zᵢ − z_k|
 * in O(1), so one stretch's every (τ, κ) costs O(length²).
 */
class PairDistances {
    n;
    /** prefix[k·(n+1) + i] = Σ_{i' < i} |z_{i'} − z_k|. */
    prefix;
    constructor(values) {
        const n = values.length;
        this.n = n;
        this.prefix = new Float64Array(n * (n + 1));
        for (let k = 0; k < n; k++) {
            const zk = values[k];
            let sum = 0;
            const row = k * (n + 1);
            for (let i = 0; i < n; i++) {
                this.prefix[row + i] = sum;
                sum += Math.abs(values[i] - zk);
            }
            this.prefix[row + n] = sum;
        }
    }
    below(k, a, b) {
        const row = k * (this.n + 1);
        return this.prefix[row + b] - this.prefix[row + a];
    }
}
/** The best split of values[start, end) (end − start ≥ 2), distances from `pairs`. */
function bestSplit(pairs, start, end) {
    let best = { index: start + 1, q: Number.NEGATIVE_INFINITY };
    let within = 0; // Σ pairs inside X = Z[start, τ)
    for (let tau = start + 1; tau < end; tau++) {
        within += pairs.below(tau - 1, start, tau - 1);
        const n = tau - start;
        let cross = 0; // Σ |Xᵢ − Yⱼ| over Y = Z[τ, κ)
        let inY = 0; // Σ pairs inside Y
        for (let kappa = tau + 1; kappa <= end; kappa++) {
            const last = kappa - 1;
            cross += pairs.below(last, start, tau);
            inY += pairs.below(last, tau, last);
            const m = kappa - tau;
            const total = kappa - start;
            const a = (2 / total) * cross;
            const b = n > 1 ? ((2 * m) / (total * (n - 1))) * within : 0;
            const c = m > 1 ? ((2 * n) / (total * (m - 1))) * inY : 0;
            const q = a - b - c;
            if (q > best.q)
                best = { index: tau, q };
        }
    }
    return best;
}

// Change points of one series: Hunter's windowed E-divisive with Student's t-test (Fleming et al. 2023,
// arXiv 2301.03034), as Apache Otava computes it. Two steps:
//   split — slide a window of `windowLength` values (half a window per step) along the series; in each
//     window, split at E-divisive's best point while Student's t-test of the two sides around it is
//     significant at the loose first-pass p. The union over all windows is the set of weak change points.
//   merge — drop the weakest weak point (largest p; once all pass, the smallest magnitude) and re-test
//     its two neighbours against their new neighbours, until every point passes `maxP` and `minMagnitude`.
// Pure numbers: the caller chooses the scale (perf-regression passes log run centers) and the magnitude.
/**
 * Otava's magnitude: the larger of |after/before − 1| and |before/after − 1|, a side's mean of 0 giving
 * 0 for its ratio.
 */
function relativeChangeOfMeans(before, after) {
    const forward = before === 0 ? 0 : after / before - 1;
    const backward = after === 0 ? 0 : before / after - 1;
    return Math.max(Math.abs(forward), Math.abs(backward));
}
/** Otava's first-pass significance: ten times looser below 0.05, twice below 0.5. */
function firstPassP(maxP) {
    if (maxP < 0.05)
        return maxP * 10;
    if (maxP < 0.5)
        return maxP * 2;
    return maxP;
}
function changePoints(series, settings) {
    if (settings.windowLength < 2)
        throw new RangeError('the window must hold at least 2 values');
    const magnitude = settings.magnitude ?? relativeChangeOfMeans;
    const weak = weakChangePoints(series, settings.windowLength, firstPassP(settings.maxP));
    return mergeChangePoints(series, weak, settings.maxP, settings.minMagnitude, magnitude, settings.retestNeighbours);
}
/** The split step: indexes of the weak change points, ascending. */
function weakChangePoints(series, windowLength, maxP) {
    const found = new Set();
    const step = Math.floor(windowLength / 2);
    let start = 0;
    while (start < series.length) {
        const end = Math.min(start + windowLength, series.length);
        const inWindow = splitWhileSignificant(series.slice(start, end), maxP).map((i) => i + start);
        start = Math.max(inWindow.at(-1) ?? 0, start + step);
        for (const index of inWindow)
            found.add(index);
    }
    return [...found].sort((a, b) => a - b);
}
/** E-divisive inside one window: the best split of any part, while its t-test passes `maxP`. */
function splitWhileSignificant(window, maxP) {
    const pairs = new PairDistances(window);
    const points = [];
    for (;;) {
        const bounds = [0, ...points, window.length];
        let best;
        for (let k = 0; k + 1 < bounds.length; k++) {
            const from = bounds[k];
            const to = bounds[k + 1];
            if (to - from < 2)
                continue;
            const split = bestSplit(pairs, from, to);
            if (!best || split.q > best.q)
                best = { ...split, from, to };
        }
        if (!best)
            return points;
        const { p } = pooledTTest(meanAndPopulationSd(window, best.from, best.index), meanAndPopulationSd(window, best.index, best.to));
        if (!(p <= maxP))
            return points;
        points.push(best.index);
        points.sort((a, b) => a - b);
    }
}
/** The merge step: weak points tested against their neighbours, the weakest dropped one at a time. */
function mergeChangePoints(series, weak, maxP, minMagnitude, magnitude = relativeChangeOfMeans, retestNeighbours = false) {
    const indexes = [...weak];
    const tested = indexes.map((_, k) => testBetweenNeighbours(series, indexes, k, magnitude));
    while (tested.length > 0) {
        let weakest = argBest(tested, (a, b) => a.p > b.p);
        if (tested[weakest].p < maxP) {
            weakest = argBest(tested, (a, b) => a.magnitude < b.magnitude);
            if (tested[weakest].magnitude > minMagnitude)
                break;
        }
        indexes.splice(weakest, 1);
        tested.splice(weakest, 1);
        // As Otava does: the two points now at the dropped one's place and after it are re-tested; the one
        // before keeps its old numbers until it is re-tested for another reason (unless retestNeighbours).
        for (const k of retestNeighbours ? [weakest - 1, weakest] : [weakest, weakest + 1]) {
            if (k >= 0 && k < indexes.length)
                tested[k] = testBetweenNeighbours(series, indexes, k, magnitude);
        }
    }
    // Which points stay is Otava's choice; the numbers reported are each point's against its final neighbours.
    return indexes.map((_, k) => testBetweenNeighbours(series, indexes, k, magnitude));
}
/** Index of the first element no later one beats (Python's max/min keep the first of equals). */
function argBest(items, beats) {
    let best = 0;
    for (let i = 1; i < items.length; i++)
        if (beats(items[i], items[best]))
            best = i;
    return best;
}
function testBetweenNeighbours(series, indexes, k, magnitude) {
    const index = indexes[k];
    const before = meanAndPopulationSd(series, indexes[k - 1] ?? 0, index);
    const after = meanAndPopulationSd(series, index, indexes[k + 1] ?? series.length);
    const { p, se, df } = pooledTTest(before, after);
    return { index, p, before, after, se, df, magnitude: magnitude(before.mean, after.mean) };
}

function seriesOfHistory(history) {
    const byId = new Map();
    history.forEach((run, index) => {
        for (const result of run.results) {
            let series = byId.get(result.id);
            if (!series) {
                series = {
                    id: result.id,
                    name: result.name,
                    unit: result.unit,
                    direction: result.direction,
                    runs: [],
                    values: [],
                    worse: [],
                };
                byId.set(result.id, series);
            }
            // A run holds a series once; should a file repeat it, the first wins.
            if (series.runs.at(-1) === index)
                continue;
            series.runs.push(index);
            series.values.push(result.value);
            series.worse.push(worseLog(result.value, result.direction));
        }
    });
    const usable = [];
    const skipped = [];
    for (const series of byId.values()) {
        const bad = series.values.findIndex((v) => !(v > 0) || !Number.isFinite(v));
        if (bad < 0)
            usable.push(series);
        // Always 0 (no allocations, say) cannot change; a series that is 0 only sometimes is worth a word.
        else if (series.values.some((v) => v !== 0)) {
            const run = series.runs[bad] + 1;
            skipped.push({
                seriesId: series.id,
                reason: `run ${run} recorded ${series.values[bad]} ${series.unit}; only positive values have a log`,
            });
        }
    }
    return { series: usable, skipped };
}

// The weekly watch's analysis: every series of a suite's history → its change points → the ones that
// count (worse or better by at least the series' threshold, p ≤ alpha, enough runs at the new level)
// → events (the same or adjacent runs across series) → active or recovered. Pure.
function defaultTrendSettings() {
    return {
        windowLength: TREND_WINDOW,
        alpha: TREND_ALPHA,
        minRunsAfter: TREND_MIN_RUNS_AFTER,
        eventSpan: TREND_EVENT_SPAN,
        recoveryRuns: TREND_RECOVERY_RUNS,
    };
}
/** On the log scale a step of d is a change of e^|d| − 1 either way: the magnitude Otava's merge drops by. */
const logMagnitude = (before, after) => Math.expm1(Math.abs(after - before));
function analyseTrend(suite, history, options = {}) {
    const { thresholds = { default: DEFAULT_THRESHOLD, rules: [] }, ...given } = options;
    const settings = { ...defaultTrendSettings(), ...withoutUndefined(given) };
    const { series, skipped } = seriesOfHistory(history);
    const found = [];
    const histories = [];
    for (const s of series) {
        const threshold = thresholdFor(s, thresholds);
        const points = seriesChangePoints(s, history, threshold, settings);
        for (const p of points)
            found.push(p);
        if (points.some((p) => p.counts))
            histories.push({ seriesId: s.id, runs: s.runs, values: s.values });
    }
    return {
        schema: 'perf-regression/trend',
        version: 1,
        suite,
        runs: history.length,
        series: series.length,
        settings,
        changePoints: found,
        events: groupEvents(found, settings.eventSpan),
        histories,
        skipped,
    };
}
/**
 * A run slowed by a noisy neighbour is no level: on the worse-is-larger scale such runs are replaced by
 * their neighbourhood's median before change points are looked for (the history keeps what was recorded).
 */
function cleanedLevels(worse) {
    return hampelFilterHigh(worse, TREND_OUTLIER_HALF_WIDTH, TREND_OUTLIER_SDS);
}
/** The change points of one series' cleaned levels, found as the analysis finds them. */
function levelChangePoints(levels, threshold, settings) {
    // Steps far below the threshold only split the segments the threshold is judged on.
    const minMagnitude = TREND_MIN_MAGNITUDE * threshold;
    let points = changePoints(levels, {
        windowLength: settings.windowLength,
        maxP: settings.alpha,
        minMagnitude,
        magnitude: logMagnitude,
        retestNeighbours: true,
    });
    // Too few runs between two points is no level: the weaker point goes and the rest are merged again.
    for (;;) {
        const k = points.findIndex((cp, j) => j > 0 && cp.index - points[j - 1].index < TREND_MIN_LEVEL_RUNS);
        if (k < 0)
            return points;
        const weaker = points[k].p > points[k - 1].p ? k : k - 1;
        const kept = points.filter((_, j) => j !== weaker).map((cp) => cp.index);
        points = mergeChangePoints(levels, kept, settings.alpha, minMagnitude, logMagnitude, true);
    }
}
function seriesChangePoints(s, history, threshold, settings) {
    const levels = cleanedLevels(s.worse);
    const points = levelChangePoints(levels, threshold, settings);
    const noise = successiveDifferenceSd(levels);
    const out = [];
    points.forEach((cp, k) => {
        const worse = Math.expm1(cp.after.mean - cp.before.mean);
        const kind = worse > 0 ? 'regression' : 'improvement';
        const recovery = recoveryOf(levels, points, k, threshold, settings);
        const change = percentChange(cp, s.direction);
        const shift = segmentShift(levels, points, k);
        // As recorded: the outlier filter evens out a row of slow runs into a level of the median's values.
        const steady = isSteady(s.worse, points, k, noise, settings.minRunsAfter);
        const notCounted = whyNotCounted(cp, 
        // A burst in a short segment moves its mean, not the Hodges–Lehmann shift.
        Math.expm1(shift.shift), worseInterval(cp), threshold, settings, isRecoveryStep(points, k, out, threshold), shift.held && steady);
        out.push({
            seriesId: s.id,
            name: s.name,
            unit: s.unit,
            direction: s.direction,
            before: runRef(history, s.runs[cp.index - 1]),
            after: runRef(history, s.runs[cp.index]),
            levelBefore: level(cp.before, s.direction),
            levelAfter: level(cp.after, s.direction),
            ...change,
            p: cp.p,
            kind,
            threshold,
            counts: notCounted === undefined,
            ...(notCounted ? { notCounted } : {}),
            status: recovery === undefined ? 'active' : 'recovered',
            ...(recovery === undefined ? {} : { recoveredAt: runRef(history, s.runs[recovery]) }),
        });
    });
    return out;
}
/** The change's TREND_REACH_LEVEL interval on the worse-is-larger scale, as fractions: [lower, upper]. */
function worseInterval(cp) {
    const d = cp.after.mean - cp.before.mean;
    const [lo, hi] = tInterval(d, cp.se, cp.df, TREND_REACH_LEVEL).map(Math.expm1);
    return [lo, hi];
}
/**
 * Whether a change of `worse` (fraction, sign = direction) with interval `ci` is as large as the
 * threshold: beyond it, or near it (TREND_NEAR_THRESHOLD of it) with the interval reaching it — a step
 * of exactly the threshold is measured on either side of it half the time, and must not be missed — or
 * nearer still (TREND_NEARER_THRESHOLD) with a narrow interval, from TREND_SURE_SHARE of it to beyond it.
 */
function reachesThreshold(worse, ci, threshold) {
    if (worse === 0)
        return false;
    const size = Math.abs(worse);
    if (size >= threshold)
        return true;
    const reach = worse > 0 ? ci[1] : -ci[0];
    if (reach < threshold)
        return false;
    if (size >= TREND_NEAR_THRESHOLD * threshold)
        return true;
    const sure = worse > 0 ? ci[0] : -ci[1];
    return size >= TREND_NEARER_THRESHOLD * threshold && sure >= TREND_SURE_SHARE * threshold;
}
function whyNotCounted(cp, worse, ci, threshold, settings, recovery, held) {
    if (!reachesThreshold(worse, ci, threshold))
        return 'below-threshold';
    if (!(cp.p <= settings.alpha))
        return 'not-significant';
    // The old level needs as many runs as the new one: one odd first run is no level to regress from.
    if (cp.after.n < settings.minRunsAfter || cp.before.n < settings.minRunsAfter)
        return 'too-few-runs';
    if (!held)
        return 'not-held';
    if (recovery)
        return 'recovery';
    return undefined;
}
/**
 * The Hodges–Lehmann shift from the runs before points[k] (from the previous point) to those after it,
 * and whether the runs after it held the new level: all but one in TREND_HELD_SLACK of them nearer the
 * new level than the old. Two slow runs of three move any estimate of three runs; they do not make the
 * third one slow, and a level that moved does.
 */
function segmentShift(values, points, k) {
    const index = points[k].index;
    const before = values.slice(points[k - 1]?.index ?? 0, index);
    const after = values.slice(index, points[k + 1]?.index ?? values.length);
    const shift = hodgesLehmannShift(before, after);
    const mid = median(before) + shift / 2;
    const off = after.filter((v) => (shift > 0 ? v < mid : v > mid)).length;
    return { shift, held: off <= Math.floor(after.length * TREND_HELD_SLACK) };
}
/**
 * Whether the levels either side of points[k], where short, are as steady as the series' run-to-run
 * noise: a few slow runs in a row (other work on the machine for an hour) scatter by tens of percent, a
 * level that moved keeps its noise. A level held for twice the runs an event needs is a level however it
 * scatters (a change may add noise).
 */
function isSteady(values, points, k, noise, minRunsAfter) {
    if (!(noise > 0))
        return true;
    const index = points[k].index;
    const sides = [
        values.slice(points[k - 1]?.index ?? 0, index),
        values.slice(index, points[k + 1]?.index ?? values.length),
    ];
    return sides.every((side) => side.length >= 2 * minRunsAfter || spreadOf(side) <= TREND_STEADY_SDS * noise);
}
/** The median absolute deviation as an sd: a slow run or two the outlier filter let through do not move it. */
function spreadOf(values) {
    const center = median(values);
    return median(values.map((v) => Math.abs(v - center))) / MAD_PER_SD;
}
/** The median absolute deviation of normal values is 0.6745 σ. */
const MAD_PER_SD = 0.6745;
/** A step for the better that brings the series back within the threshold of a counted regression's old level. */
function isRecoveryStep(points, k, earlier, threshold) {
    const cp = points[k];
    if (cp.after.mean >= cp.before.mean)
        return false;
    return earlier.some((e, j) => e.counts &&
        e.kind === 'regression' &&
        Math.abs(Math.expm1(cp.after.mean - points[j].before.mean)) < threshold);
}
/**
 * Index (into the series' runs) of the first run back within the threshold of the level before
 * points[k]: a later change point's new level held for as many runs as a regression must be, or else
 * each of the newest `recoveryRuns` runs.
 */
function recoveryOf(levels, points, k, threshold, { minRunsAfter, recoveryRuns }) {
    const cp = points[k];
    const back = (mean) => Math.abs(Math.expm1(mean - cp.before.mean)) < threshold;
    for (const later of points.slice(k + 1)) {
        if (later.after.n >= minRunsAfter && back(later.after.mean))
            return later.index;
    }
    // Each of the newest runs on its own: their mean would let one fast run hide a slow one.
    const from = levels.length - recoveryRuns;
    if (from < cp.index + 1)
        return undefined;
    return levels.slice(from).every(back) ? from : undefined;
}
/** A level in the series' unit: the worse-log mean turned back, its interval from the t distribution. */
function level(side, direction) {
    const sign = direction === 'smaller' ? 1 : -1;
    // The sample sd (n − 1) for the interval: the change point's sd is the population one Otava tests with.
    const sd = side.n >= 2 ? side.sd * Math.sqrt(side.n / (side.n - 1)) : 0;
    const [lo, hi] = tInterval(side.mean, sd / Math.sqrt(side.n), side.n - 1, LEVEL).map((x) => Math.exp(sign * x));
    return { value: Math.exp(sign * side.mean), ci: ordered(lo, hi), runs: side.n };
}
function percentChange(cp, direction) {
    const sign = direction === 'smaller' ? 1 : -1;
    const d = cp.after.mean - cp.before.mean;
    const [lo, hi] = tInterval(d, cp.se, cp.df, LEVEL).map((x) => Math.expm1(sign * x) * 100);
    return { percent: Math.expm1(sign * d) * 100, ci: ordered(lo, hi) };
}
function ordered(a, b) {
    return a <= b ? [a, b] : [b, a];
}
function runRef(history, run) {
    const entry = history[run];
    return { run, commit: entry.commit, runId: entry.runId, date: entry.date };
}
/**
 * Counted change points of one kind whose first new runs are within `span` runs of the earliest one of
 * the group: one event, oldest first.
 */
function groupEvents(points, span) {
    const events = [];
    for (const kind of ['regression', 'improvement']) {
        const counted = points
            .filter((p) => p.counts && p.kind === kind)
            .sort((a, b) => a.after.run - b.after.run);
        let group = [];
        for (const p of counted) {
            if (group.length > 0 && p.after.run - group[0].after.run > span) {
                events.push(eventOf(kind, group));
                group = [];
            }
            group.push(p);
        }
        if (group.length > 0)
            events.push(eventOf(kind, group));
    }
    return events.sort((a, b) => a.firstBad.run - b.firstBad.run || a.kind.localeCompare(b.kind));
}
function eventOf(kind, members) {
    const first = members[0];
    const last = members.at(-1);
    const recovered = members.every((m) => m.status === 'recovered');
    const latestRecovery = members
        .map((m) => m.recoveredAt)
        .reduce((a, b) => (b && (!a || b.run > a.run) ? b : a), undefined);
    return {
        key: first.after.commit,
        kind,
        lastGood: first.before,
        firstBad: first.after,
        lastBad: last.after,
        status: recovered ? 'recovered' : 'active',
        ...(recovered && latestRecovery ? { recoveredAt: latestRecovery } : {}),
        changePoints: [...members].sort((a, b) => Math.abs(b.percent) - Math.abs(a.percent)),
    };
}
function withoutUndefined(o) {
    return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

function changeMarks(docs, thresholds) {
    const marks = {};
    for (const doc of docs) {
        // The dashboard's runs are every entry by date; the watch's are the newest run's branch only.
        const all = [...doc.entries].sort((a, b) => Date.parse(a.date) - Date.parse(b.date));
        const branch = all.at(-1)?.branch;
        const watched = all.filter((e) => e.branch === branch);
        if (watched.length < 2)
            continue;
        const indexOf = new Map(all.map((e, i) => [e, i]));
        const report = analyseTrend(doc.suite, watched, {});
        const bySeries = {};
        for (const cp of report.changePoints) {
            if (!cp.counts && cp.notCounted !== 'recovery')
                continue;
            const run = indexOf.get(watched[cp.after.run]);
            const kind = cp.kind === 'regression' ? 'worse' : 'better';
            const marks = bySeries[cp.seriesId] ?? [];
            marks.push({ run, percent: Number(cp.percent.toPrecision(3)), kind });
            bySeries[cp.seriesId] = marks;
        }
        marks[doc.suite] = bySeries;
    }
    return marks;
}

var uplotScript = {"code":"/*! https://github.com/leeoniya/uPlot (v1.6.32) */\nvar uPlot=function(){\"use strict\";const l=\"u-off\",e=\"u-label\",t=\"width\",n=\"height\",i=\"top\",o=\"bottom\",s=\"left\",r=\"right\",u=\"#000\",a=u+\"0\",f=\"mousemove\",c=\"mousedown\",h=\"mouseup\",d=\"mouseenter\",p=\"mouseleave\",m=\"dblclick\",g=\"change\",x=\"dppxchange\",w=\"--\",_=\"undefined\"!=typeof window,b=_?document:null,v=_?window:null,k=_?navigator:null;let y,M;function S(l,e){if(null!=e){let t=l.classList;!t.contains(e)&&t.add(e)}}function T(l,e){let t=l.classList;t.contains(e)&&t.remove(e)}function E(l,e,t){l.style[e]=t+\"px\"}function z(l,e,t,n){let i=b.createElement(l);return null!=e&&S(i,e),null!=t&&t.insertBefore(i,n),i}function D(l,e){return z(\"div\",l,e)}const P=new WeakMap;function A(e,t,n,i,o){let s=\"translate(\"+t+\"px,\"+n+\"px)\";s!=P.get(e)&&(e.style.transform=s,P.set(e,s),0>t||0>n||t>i||n>o?S(e,l):T(e,l))}const W=new WeakMap;function Y(l,e,t){let n=e+t;n!=W.get(l)&&(W.set(l,n),l.style.background=e,l.style.borderColor=t)}const C=new WeakMap;function H(l,e,t,n){let i=e+\"\"+t;i!=C.get(l)&&(C.set(l,i),l.style.height=t+\"px\",l.style.width=e+\"px\",l.style.marginLeft=n?-e/2+\"px\":0,l.style.marginTop=n?-t/2+\"px\":0)}const F={passive:!0},R={...F,capture:!0};function G(l,e,t,n){e.addEventListener(l,t,n?R:F)}function I(l,e,t){e.removeEventListener(l,t,F)}function L(l,e,t,n){let i;t=t||0;let o=2147483647>=(n=n||e.length-1);for(;n-t>1;)i=o?t+n>>1:sl((t+n)/2),l>e[i]?t=i:n=i;return l-e[t]>e[n]-l?n:t}function O(l){return(e,t,n)=>{let i=-1,o=-1;for(let o=t;n>=o;o++)if(l(e[o])){i=o;break}for(let i=n;i>=t;i--)if(l(e[i])){o=i;break}return[i,o]}}_&&function l(){let e=devicePixelRatio;y!=e&&(y=e,M&&I(g,M,l),M=matchMedia(`(min-resolution: ${y-.001}dppx) and (max-resolution: ${y+.001}dppx)`),G(g,M,l),v.dispatchEvent(new CustomEvent(x)))}();const N=l=>null!=l,j=l=>null!=l&&l>0,U=O(N),V=O(j);function B(l,e,t,n){let i=hl(l),o=hl(e);l==e&&(-1==i?(l*=t,e/=t):(l/=t,e*=t));let s=10==t?dl:pl,r=1==o?ul:sl,u=(1==i?sl:ul)(s(ol(l))),a=r(s(ol(e))),f=cl(t,u),c=cl(t,a);return 10==t&&(0>u&&(f=Al(f,-u)),0>a&&(c=Al(c,-a))),n||2==t?(l=f*i,e=c*o):(l=Pl(l,f),e=Dl(e,c)),[l,e]}function $(l,e,t,n){let i=B(l,e,t,n);return 0==l&&(i[0]=0),0==e&&(i[1]=0),i}const J=.1,q={mode:3,pad:J},K={pad:0,soft:null,mode:0},X={min:K,max:K};function Z(l,e,t,n){return Ol(t)?ll(l,e,t):(K.pad=t,K.soft=n?0:null,K.mode=n?3:0,ll(l,e,X))}function Q(l,e){return null==l?e:l}function ll(l,e,t){let n=t.min,i=t.max,o=Q(n.pad,0),s=Q(i.pad,0),r=Q(n.hard,-gl),u=Q(i.hard,gl),a=Q(n.soft,gl),f=Q(i.soft,-gl),c=Q(n.mode,0),h=Q(i.mode,0),d=e-l,p=dl(d),m=fl(ol(l),ol(e)),g=dl(m),x=ol(g-p);(1e-24>d||x>10)&&(d=0,0!=l&&0!=e||(d=1e-24,2==c&&a!=gl&&(o=0),2==h&&f!=-gl&&(s=0)));let w=d||m||1e3,_=dl(w),b=cl(10,sl(_)),v=Al(Pl(l-w*(0==d?0==l?.1:1:o),b/10),24),k=a>l||1!=c&&(3!=c||v>a)&&(2!=c||a>v)?gl:a,y=fl(r,k>v&&l>=k?k:al(k,v)),M=Al(Dl(e+w*(0==d?0==e?.1:1:s),b/10),24),S=e>f||1!=h&&(3!=h||f>M)&&(2!=h||M>f)?-gl:f,T=al(u,M>S&&S>=e?S:fl(S,M));return y==T&&0==y&&(T=100),[y,T]}const el=new Intl.NumberFormat(_?k.language:\"en-US\"),tl=l=>el.format(l),nl=Math,il=nl.PI,ol=nl.abs,sl=nl.floor,rl=nl.round,ul=nl.ceil,al=nl.min,fl=nl.max,cl=nl.pow,hl=nl.sign,dl=nl.log10,pl=nl.log2,ml=(l,e=1)=>nl.asinh(l/e),gl=1/0;function xl(l){return 1+(0|dl((l^l>>31)-(l>>31)))}function wl(l,e,t){return al(fl(l,e),t)}function _l(l){return\"function\"==typeof l}function bl(l){return _l(l)?l:()=>l}const vl=l=>l,kl=(l,e)=>e,yl=()=>null,Ml=()=>!0,Sl=(l,e)=>l==e,Tl=/\\.\\d*?(?=9{6,}|0{6,})/gm,El=l=>{if(Il(l)||Wl.has(l))return l;const e=\"\"+l,t=e.match(Tl);if(null==t)return l;let n=t[0].length-1;if(-1!=e.indexOf(\"e-\")){let[l,t]=e.split(\"e\");return+`${El(l)}e${t}`}return Al(l,n)};function zl(l,e){return El(Al(El(l/e))*e)}function Dl(l,e){return El(ul(El(l/e))*e)}function Pl(l,e){return El(sl(El(l/e))*e)}function Al(l,e=0){if(Il(l))return l;let t=10**e;return rl(l*t*(1+Number.EPSILON))/t}const Wl=new Map;function Yl(l){return((\"\"+l).split(\".\")[1]||\"\").length}function Cl(l,e,t,n){let i=[],o=n.map(Yl);for(let s=e;t>s;s++){let e=ol(s),t=Al(cl(l,s),e);for(let r=0;n.length>r;r++){let u=10==l?+`${n[r]}e${s}`:n[r]*t,a=(0>s?e:0)+(o[r]>s?o[r]:0),f=10==l?u:Al(u,a);i.push(f),Wl.set(f,a)}}return i}const Hl={},Fl=[],Rl=[null,null],Gl=Array.isArray,Il=Number.isInteger;function Ll(l){return\"string\"==typeof l}function Ol(l){let e=!1;if(null!=l){let t=l.constructor;e=null==t||t==Object}return e}function Nl(l){return null!=l&&\"object\"==typeof l}const jl=Object.getPrototypeOf(Uint8Array),Ul=\"__proto__\";function Vl(l,e=Ol){let t;if(Gl(l)){let n=l.find((l=>null!=l));if(Gl(n)||e(n)){t=Array(l.length);for(let n=0;l.length>n;n++)t[n]=Vl(l[n],e)}else t=l.slice()}else if(l instanceof jl)t=l.slice();else if(e(l)){t={};for(let n in l)n!=Ul&&(t[n]=Vl(l[n],e))}else t=l;return t}function Bl(l){let e=arguments;for(let t=1;e.length>t;t++){let n=e[t];for(let e in n)e!=Ul&&(Ol(l[e])?Bl(l[e],Vl(n[e])):l[e]=Vl(n[e]))}return l}function $l(l,e,t){for(let n,i=0,o=-1;e.length>i;i++){let s=e[i];if(s>o){for(n=s-1;n>=0&&null==l[n];)l[n--]=null;for(n=s+1;t>n&&null==l[n];)l[o=n++]=null}}}const Jl=\"undefined\"==typeof queueMicrotask?l=>Promise.resolve().then(l):queueMicrotask,ql=[\"January\",\"February\",\"March\",\"April\",\"May\",\"June\",\"July\",\"August\",\"September\",\"October\",\"November\",\"December\"],Kl=[\"Sunday\",\"Monday\",\"Tuesday\",\"Wednesday\",\"Thursday\",\"Friday\",\"Saturday\"];function Xl(l){return l.slice(0,3)}const Zl=Kl.map(Xl),Ql=ql.map(Xl),le={MMMM:ql,MMM:Ql,WWWW:Kl,WWW:Zl};function ee(l){return(10>l?\"0\":\"\")+l}const te={YYYY:l=>l.getFullYear(),YY:l=>(l.getFullYear()+\"\").slice(2),MMMM:(l,e)=>e.MMMM[l.getMonth()],MMM:(l,e)=>e.MMM[l.getMonth()],MM:l=>ee(l.getMonth()+1),M:l=>l.getMonth()+1,DD:l=>ee(l.getDate()),D:l=>l.getDate(),WWWW:(l,e)=>e.WWWW[l.getDay()],WWW:(l,e)=>e.WWW[l.getDay()],HH:l=>ee(l.getHours()),H:l=>l.getHours(),h:l=>{let e=l.getHours();return 0==e?12:e>12?e-12:e},AA:l=>12>l.getHours()?\"AM\":\"PM\",aa:l=>12>l.getHours()?\"am\":\"pm\",a:l=>12>l.getHours()?\"a\":\"p\",mm:l=>ee(l.getMinutes()),m:l=>l.getMinutes(),ss:l=>ee(l.getSeconds()),s:l=>l.getSeconds(),fff:l=>function(l){return(10>l?\"00\":100>l?\"0\":\"\")+l}(l.getMilliseconds())};function ne(l,e){e=e||le;let t,n=[],i=/\\{([a-z]+)\\}|[^{]+/gi;for(;t=i.exec(l);)n.push(\"{\"==t[0][0]?te[t[1]]:t[0]);return l=>{let t=\"\";for(let i=0;n.length>i;i++)t+=\"string\"==typeof n[i]?n[i]:n[i](l,e);return t}}const ie=(new Intl.DateTimeFormat).resolvedOptions().timeZone,oe=l=>l%1==0,se=[1,2,2.5,5],re=Cl(10,-32,0,se),ue=Cl(10,0,32,se),ae=ue.filter(oe),fe=re.concat(ue),ce=\"{YYYY}\",he=\"\\n\"+ce,de=\"{M}/{D}\",pe=\"\\n\"+de,me=pe+\"/{YY}\",ge=\"{aa}\",xe=\"{h}:{mm}\"+ge,we=\"\\n\"+xe,_e=\":{ss}\",be=null;function ve(l){let e=1e3*l,t=60*e,n=60*t,i=24*n,o=30*i,s=365*i;return[(1==l?Cl(10,0,3,se).filter(oe):Cl(10,-3,0,se)).concat([e,5*e,10*e,15*e,30*e,t,5*t,10*t,15*t,30*t,n,2*n,3*n,4*n,6*n,8*n,12*n,i,2*i,3*i,4*i,5*i,6*i,7*i,8*i,9*i,10*i,15*i,o,2*o,3*o,4*o,6*o,s,2*s,5*s,10*s,25*s,50*s,100*s]),[[s,ce,be,be,be,be,be,be,1],[28*i,\"{MMM}\",he,be,be,be,be,be,1],[i,de,he,be,be,be,be,be,1],[n,\"{h}\"+ge,me,be,pe,be,be,be,1],[t,xe,me,be,pe,be,be,be,1],[e,_e,me+\" \"+xe,be,pe+\" \"+xe,be,we,be,1],[l,_e+\".{fff}\",me+\" \"+xe,be,pe+\" \"+xe,be,we,be,1]],function(e){return(r,u,a,f,c,h)=>{let d=[],p=c>=s,m=c>=o&&s>c,g=e(a),x=Al(g*l,3),w=Pe(g.getFullYear(),p?0:g.getMonth(),m||p?1:g.getDate()),_=Al(w*l,3);if(m||p){let t=m?c/o:0,n=p?c/s:0,i=x==_?x:Al(Pe(w.getFullYear()+n,w.getMonth()+t,1)*l,3),r=new Date(rl(i/l)),u=r.getFullYear(),a=r.getMonth();for(let o=0;f>=i;o++){let s=Pe(u+n*o,a+t*o,1),r=s-e(Al(s*l,3));i=Al((+s+r)*l,3),i>f||d.push(i)}}else{let o=i>c?c:i,s=_+(sl(a)-sl(x))+Dl(x-_,o);d.push(s);let p=e(s),m=p.getHours()+p.getMinutes()/t+p.getSeconds()/n,g=c/n,w=h/r.axes[u]._space;for(;s=Al(s+c,1==l?0:3),f>=s;)if(g>1){let l=sl(Al(m+g,6))%24,t=e(s).getHours()-l;t>1&&(t=-1),s-=t*n,m=(m+g)%24,.7>Al((s-d[d.length-1])/c,3)*w||d.push(s)}else d.push(s)}return d}}]}const[ke,ye,Me]=ve(1),[Se,Te,Ee]=ve(.001);function ze(l,e){return l.map((l=>l.map(((t,n)=>0==n||8==n||null==t?t:e(1==n||0==l[8]?t:l[1]+t)))))}function De(l,e){return(t,n,i,o,s)=>{let r,u,a,f,c,h,d=e.find((l=>s>=l[0]))||e[e.length-1];return n.map((e=>{let t=l(e),n=t.getFullYear(),i=t.getMonth(),o=t.getDate(),s=t.getHours(),p=t.getMinutes(),m=t.getSeconds(),g=n!=r&&d[2]||i!=u&&d[3]||o!=a&&d[4]||s!=f&&d[5]||p!=c&&d[6]||m!=h&&d[7]||d[1];return r=n,u=i,a=o,f=s,c=p,h=m,g(t)}))}}function Pe(l,e,t){return new Date(l,e,t)}function Ae(l,e){return e(l)}function We(l,e){return(t,n,i,o)=>null==o?w:e(l(n))}Cl(2,-53,53,[1]);const Ye={show:!0,live:!0,isolate:!1,mount:()=>{},markers:{show:!0,width:2,stroke:function(l,e){let t=l.series[e];return t.width?t.stroke(l,e):t.points.width?t.points.stroke(l,e):null},fill:function(l,e){return l.series[e].fill(l,e)},dash:\"solid\"},idx:null,idxs:null,values:[]},Ce=[0,0];function He(l,e,t,n=!0){return l=>{0==l.button&&(!n||l.target==e)&&t(l)}}function Fe(l,e,t,n=!0){return l=>{(!n||l.target==e)&&t(l)}}const Re={show:!0,x:!0,y:!0,lock:!1,move:function(l,e,t){return Ce[0]=e,Ce[1]=t,Ce},points:{one:!1,show:function(l,e){let i=l.cursor.points,o=D(),s=i.size(l,e);E(o,t,s),E(o,n,s);let r=s/-2;E(o,\"marginLeft\",r),E(o,\"marginTop\",r);let u=i.width(l,e,s);return u&&E(o,\"borderWidth\",u),o},size:function(l,e){return l.series[e].points.size},width:0,stroke:function(l,e){let t=l.series[e].points;return t._stroke||t._fill},fill:function(l,e){let t=l.series[e].points;return t._fill||t._stroke}},bind:{mousedown:He,mouseup:He,click:He,dblclick:He,mousemove:Fe,mouseleave:Fe,mouseenter:Fe},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(l,e)=>{e.stopPropagation(),e.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(l,e,t,n,i)=>n-i,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},Ge={show:!0,stroke:\"rgba(0,0,0,0.07)\",width:2},Ie=Bl({},Ge,{filter:kl}),Le=Bl({},Ie,{size:10}),Oe=Bl({},Ge,{show:!1}),Ne='12px system-ui, -apple-system, \"Segoe UI\", Roboto, \"Helvetica Neue\", Arial, \"Noto Sans\", sans-serif, \"Apple Color Emoji\", \"Segoe UI Emoji\", \"Segoe UI Symbol\", \"Noto Color Emoji\"',je=\"bold \"+Ne,Ue={show:!0,scale:\"x\",stroke:u,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:je,side:2,grid:Ie,ticks:Le,border:Oe,font:Ne,lineGap:1.5,rotate:0},Ve={show:!0,scale:\"x\",auto:!1,sorted:1,min:gl,max:-gl,idxs:[]};function Be(l,e){return e.map((l=>null==l?\"\":tl(l)))}function $e(l,e,t,n,i,o,s){let r=[],u=Wl.get(i)||0;for(let l=t=s?t:Al(Dl(t,i),u);n>=l;l=Al(l+i,u))r.push(Object.is(l,-0)?0:l);return r}function Je(l,e,t,n,i){const o=[],s=l.scales[l.axes[e].scale].log,r=sl((10==s?dl:pl)(t));i=cl(s,r),10==s&&(i=fe[L(i,fe)]);let u=t,a=i*s;10==s&&(a=fe[L(a,fe)]);do{o.push(u),u+=i,10!=s||Wl.has(u)||(u=Al(u,Wl.get(i))),a>u||(a=(i=u)*s,10==s&&(a=fe[L(a,fe)]))}while(n>=u);return o}function qe(l,e,t,n,i){let o=l.scales[l.axes[e].scale].asinh,s=n>o?Je(l,e,fl(o,t),n,i):[o],r=0>n||t>0?[]:[0];return(-o>t?Je(l,e,fl(o,-n),-t,i):[o]).reverse().map((l=>-l)).concat(r,s)}const Ke=/./,Xe=/[12357]/,Ze=/[125]/,Qe=/1/,lt=(l,e,t,n)=>l.map(((l,i)=>4==e&&0==l||i%n==0&&t.test(l.toExponential()[0>l?1:0])?l:null));function et(l,e,t){let n=l.axes[t],i=n.scale,o=l.scales[i],s=l.valToPos,r=n._space,u=s(10,i),a=s(9,i)-u<r?s(7,i)-u<r?s(5,i)-u<r?Qe:Ze:Xe:Ke;if(a==Qe){let l=ol(s(1,i)-u);if(r>l)return lt(e.slice().reverse(),o.distr,a,ul(r/l)).reverse()}return lt(e,o.distr,a,1)}function tt(l,e,t){let n=l.axes[t],i=n.scale,o=n._space,s=l.valToPos,r=ol(s(1,i)-s(2,i));return o>r?lt(e.slice().reverse(),3,Ke,ul(o/r)).reverse():e}function nt(l,e,t,n){return null==n?w:null==e?\"\":tl(e)}const it={show:!0,scale:\"y\",stroke:u,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:je,side:3,grid:Ie,ticks:Le,border:Oe,font:Ne,lineGap:1.5,rotate:0},ot={scale:null,auto:!0,sorted:0,min:gl,max:-gl},st=(l,e,t,n,i)=>i,rt={show:!0,auto:!0,sorted:0,gaps:st,alpha:1,facets:[Bl({},ot,{scale:\"x\"}),Bl({},ot,{scale:\"y\"})]},ut={scale:\"y\",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:st,alpha:1,points:{show:function(l,e){let{scale:t,idxs:n}=l.series[0],i=l._data[0],o=l.valToPos(i[n[0]],t,!0),s=l.valToPos(i[n[1]],t,!0);return ol(s-o)/(l.series[e].points.space*y)>=n[1]-n[0]},filter:null},values:null,min:gl,max:-gl,idxs:[],path:null,clip:null};function at(l,e,t){return t/10}const ft={time:!0,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},ct=Bl({},ft,{time:!1,ori:1}),ht={};function dt(l){let e=ht[l];return e||(e={key:l,plots:[],sub(l){e.plots.push(l)},unsub(l){e.plots=e.plots.filter((e=>e!=l))},pub(l,t,n,i,o,s,r){for(let u=0;e.plots.length>u;u++)e.plots[u]!=t&&e.plots[u].pub(l,t,n,i,o,s,r)}},null!=l&&(ht[l]=e)),e}function pt(l,e,t){const n=l.mode,i=l.series[e],o=2==n?l._data[e]:l._data,s=l.scales,r=l.bbox;let u=o[0],a=2==n?o[1]:o[e],f=2==n?s[i.facets[0].scale]:s[l.series[0].scale],c=2==n?s[i.facets[1].scale]:s[i.scale],h=r.left,d=r.top,p=r.width,m=r.height,g=l.valToPosH,x=l.valToPosV;return 0==f.ori?t(i,u,a,f,c,g,x,h,d,p,m,kt,Mt,Tt,zt,Pt):t(i,u,a,f,c,x,g,d,h,m,p,yt,St,Et,Dt,At)}function mt(l,e){let t=0,n=0,i=Q(l.bands,Fl);for(let l=0;i.length>l;l++){let o=i[l];o.series[0]==e?t=o.dir:o.series[1]==e&&(n|=1==o.dir?1:2)}return[t,1==n?-1:2==n?1:3==n?2:0]}function gt(l,e,t,n,i){let o=l.series[e],s=l.scales[2==l.mode?o.facets[1].scale:o.scale];return-1==i?s.min:1==i?s.max:3==s.distr?1==s.dir?s.min:s.max:0}function xt(l,e,t,n,i,o){return pt(l,e,((l,e,s,r,u,a,f,c,h,d,p)=>{let m=l.pxRound;const g=0==r.ori?Mt:St;let x,w;1==r.dir*(0==r.ori?1:-1)?(x=t,w=n):(x=n,w=t);let _=m(a(e[x],r,d,c)),b=m(f(s[x],u,p,h)),v=m(a(e[w],r,d,c)),k=m(f(1==o?u.max:u.min,u,p,h)),y=new Path2D(i);return g(y,v,k),g(y,_,k),g(y,_,b),y}))}function wt(l,e,t,n,i,o){let s=null;if(l.length>0){s=new Path2D;const r=0==e?Tt:Et;let u=t;for(let e=0;l.length>e;e++){let t=l[e];if(t[1]>t[0]){let l=t[0]-u;l>0&&r(s,u,n,l,n+o),u=t[1]}}let a=t+i-u,f=10;a>0&&r(s,u,n-f/2,a,n+o+f)}return s}function _t(l,e,t,n,i,o,s){let r=[],u=l.length;for(let a=1==i?t:n;a>=t&&n>=a;a+=i)if(null===e[a]){let f=a,c=a;if(1==i)for(;++a<=n&&null===e[a];)c=a;else for(;--a>=t&&null===e[a];)c=a;let h=o(l[f]),d=c==f?h:o(l[c]),p=f-i;h=s>0||0>p||p>=u?h:o(l[p]);let m=c+i;d=0>s||0>m||m>=u?d:o(l[m]),h>d||r.push([h,d])}return r}function bt(l){return 0==l?vl:1==l?rl:e=>zl(e,l)}function vt(l){let e=0==l?kt:yt,t=0==l?(l,e,t,n,i,o)=>{l.arcTo(e,t,n,i,o)}:(l,e,t,n,i,o)=>{l.arcTo(t,e,i,n,o)},n=0==l?(l,e,t,n,i)=>{l.rect(e,t,n,i)}:(l,e,t,n,i)=>{l.rect(t,e,i,n)};return(l,i,o,s,r,u=0,a=0)=>{0==u&&0==a?n(l,i,o,s,r):(u=al(u,s/2,r/2),a=al(a,s/2,r/2),e(l,i+u,o),t(l,i+s,o,i+s,o+r,u),t(l,i+s,o+r,i,o+r,a),t(l,i,o+r,i,o,a),t(l,i,o,i+s,o,u),l.closePath())}}const kt=(l,e,t)=>{l.moveTo(e,t)},yt=(l,e,t)=>{l.moveTo(t,e)},Mt=(l,e,t)=>{l.lineTo(e,t)},St=(l,e,t)=>{l.lineTo(t,e)},Tt=vt(0),Et=vt(1),zt=(l,e,t,n,i,o)=>{l.arc(e,t,n,i,o)},Dt=(l,e,t,n,i,o)=>{l.arc(t,e,n,i,o)},Pt=(l,e,t,n,i,o,s)=>{l.bezierCurveTo(e,t,n,i,o,s)},At=(l,e,t,n,i,o,s)=>{l.bezierCurveTo(t,e,i,n,s,o)};function Wt(){return(l,e,t,n,i)=>pt(l,e,((e,o,s,r,u,a,f,c,h,d,p)=>{let m,g,{pxRound:x,points:w}=e;0==r.ori?(m=kt,g=zt):(m=yt,g=Dt);const _=Al(w.width*y,3);let b=(w.size-w.width)/2*y,v=Al(2*b,3),k=new Path2D,M=new Path2D,{left:S,top:T,width:E,height:z}=l.bbox;Tt(M,S-v,T-v,E+2*v,z+2*v);const D=l=>{if(null!=s[l]){let e=x(a(o[l],r,d,c)),t=x(f(s[l],u,p,h));m(k,e+b,t),g(k,e,t,b,0,2*il)}};if(i)i.forEach(D);else for(let l=t;n>=l;l++)D(l);return{stroke:_>0?k:null,fill:k,clip:M,flags:3}}))}function Yt(l){return(e,t,n,i,o,s)=>{n!=i&&(o!=n&&s!=n&&l(e,t,n),o!=i&&s!=i&&l(e,t,i),l(e,t,s))}}const Ct=Yt(Mt),Ht=Yt(St);function Ft(l){const e=Q(l?.alignGaps,0);return(l,t,n,i)=>pt(l,t,((o,s,r,u,a,f,c,h,d,p,m)=>{[n,i]=U(r,n,i);let g,x,w=o.pxRound,_=l=>w(f(l,u,p,h)),b=l=>w(c(l,a,m,d));0==u.ori?(g=Mt,x=Ct):(g=St,x=Ht);const v=u.dir*(0==u.ori?1:-1),k={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:1},y=k.stroke;let M=!1;if(i-n<4*p)for(let l=1==v?n:i;l>=n&&i>=l;l+=v){let e=r[l];null===e?M=!0:null!=e&&g(y,_(s[l]),b(e))}else{let e,t,o,a=e=>l.posToVal(e,u.key,!0),f=null,c=null,h=_(s[1==v?n:i]),d=_(s[n]),p=_(s[i]),m=a(1==v?d+1:p-1);for(let l=1==v?n:i;l>=n&&i>=l;l+=v){let n=s[l],i=(1==v?m>n:n>m)?h:_(n),o=r[l];i==h?null!=o?(t=o,null==f?(g(y,i,b(t)),e=f=c=t):f>t?f=t:t>c&&(c=t)):null===o&&(M=!0):(null!=f&&x(y,h,b(f),b(c),b(e),b(t)),null!=o?(t=o,g(y,i,b(t)),f=c=e=t):(f=c=null,null===o&&(M=!0)),h=i,m=a(h+v))}null!=f&&f!=c&&o!=h&&x(y,h,b(f),b(c),b(e),b(t))}let[S,T]=mt(l,t);if(null!=o.fill||0!=S){let e=k.fill=new Path2D(y),r=b(o.fillTo(l,t,o.min,o.max,S)),u=_(s[n]),a=_(s[i]);-1==v&&([a,u]=[u,a]),g(e,a,r),g(e,u,r)}if(!o.spanGaps){let a=[];M&&a.push(..._t(s,r,n,i,v,_,e)),k.gaps=a=o.gaps(l,t,n,i,a),k.clip=wt(a,u.ori,h,d,p,m)}return 0!=T&&(k.band=2==T?[xt(l,t,n,i,y,-1),xt(l,t,n,i,y,1)]:xt(l,t,n,i,y,T)),k}))}function Rt(l,e,t,n,i,o,s=gl){if(l.length>1){let r=null;for(let u=0,a=1/0;l.length>u;u++)if(void 0!==e[u]){if(null!=r){let e=ol(l[u]-l[r]);a>e&&(a=e,s=ol(t(l[u],n,i,o)-t(l[r],n,i,o)))}r=u}}return s}function Gt(l,e,t,n,i){const o=l.length;if(2>o)return null;const s=new Path2D;if(t(s,l[0],e[0]),2==o)n(s,l[1],e[1]);else{let t=Array(o),n=Array(o-1),r=Array(o-1),u=Array(o-1);for(let t=0;o-1>t;t++)r[t]=e[t+1]-e[t],u[t]=l[t+1]-l[t],n[t]=r[t]/u[t];t[0]=n[0];for(let l=1;o-1>l;l++)0===n[l]||0===n[l-1]||n[l-1]>0!=n[l]>0?t[l]=0:(t[l]=3*(u[l-1]+u[l])/((2*u[l]+u[l-1])/n[l-1]+(u[l]+2*u[l-1])/n[l]),isFinite(t[l])||(t[l]=0));t[o-1]=n[o-2];for(let n=0;o-1>n;n++)i(s,l[n]+u[n]/3,e[n]+t[n]*u[n]/3,l[n+1]-u[n]/3,e[n+1]-t[n+1]*u[n]/3,l[n+1],e[n+1])}return s}const It=new Set;function Lt(){for(let l of It)l.syncRect(!0)}_&&(G(\"resize\",v,Lt),G(\"scroll\",v,Lt,!0),G(x,v,(()=>{en.pxRatio=y})));const Ot=Ft(),Nt=Wt();function jt(l,e,t,n){return(n?[l[0],l[1]].concat(l.slice(2)):[l[0]].concat(l.slice(1))).map(((l,n)=>Ut(l,n,e,t)))}function Ut(l,e,t,n){return Bl({},0==e?t:n,l)}function Vt(l,e,t){return null==e?Rl:[e,t]}const Bt=Vt;function $t(l,e,t){return null==e?Rl:Z(e,t,J,!0)}function Jt(l,e,t,n){return null==e?Rl:B(e,t,l.scales[n].log,!1)}const qt=Jt;function Kt(l,e,t,n){return null==e?Rl:$(e,t,l.scales[n].log,!1)}const Xt=Kt;function Zt(l,e,t,n,i){let o=fl(xl(l),xl(e)),s=e-l,r=L(i/n*s,t);do{let l=t[r],e=n*l/s;if(e>=i&&17>=o+(5>l?Wl.get(l):0))return[l,e]}while(++r<t.length);return[0,0]}function Qt(l){let e,t;return[l=l.replace(/(\\d+)px/,((l,n)=>(e=rl((t=+n)*y))+\"px\")),e,t]}function ln(l){l.show&&[l.font,l.labelFont].forEach((l=>{let e=Al(l[2]*y,1);l[0]=l[0].replace(/[0-9.]+px/,e+\"px\"),l[1]=e}))}function en(u,g,_){const k={mode:Q(u.mode,1)},M=k.mode;function P(l,e,t,n){let i=e.valToPct(l);return n+t*(-1==e.dir?1-i:i)}function W(l,e,t,n){let i=e.valToPct(l);return n+t*(-1==e.dir?i:1-i)}function C(l,e,t,n){return 0==e.ori?P(l,e,t,n):W(l,e,t,n)}k.valToPosH=P,k.valToPosV=W;let F=!1;k.status=0;const R=k.root=D(\"uplot\");null!=u.id&&(R.id=u.id),S(R,u.class),u.title&&(D(\"u-title\",R).textContent=u.title);const O=z(\"canvas\"),K=k.ctx=O.getContext(\"2d\"),X=D(\"u-wrap\",R);G(\"click\",X,(l=>{l.target===el&&(Nn!=Gn||jn!=In)&&Zn.click(k,l)}),!0);const ll=k.under=D(\"u-under\",X);X.appendChild(O);const el=k.over=D(\"u-over\",X),tl=+Q((u=Vl(u)).pxAlign,1),sl=bt(tl);(u.plugins||[]).forEach((l=>{l.opts&&(u=l.opts(k,u)||u)}));const hl=u.ms||.001,pl=k.series=1==M?jt(u.series||[],Ve,ut,!1):function(l,e){return l.map(((l,t)=>0==t?{}:Bl({},e,l)))}(u.series||[null],rt),xl=k.axes=jt(u.axes||[],Ue,it,!0),vl=k.scales={},Tl=k.bands=u.bands||[];Tl.forEach((l=>{l.fill=bl(l.fill||null),l.dir=Q(l.dir,-1)}));const El=2==M?pl[1].facets[0].scale:pl[0].scale,Dl={axes:function(){for(let l=0;xl.length>l;l++){let e=xl[l];if(!e.show||!e._show)continue;let t,n,u=e.side,a=u%2,f=e.stroke(k,l),c=0==u||3==u?-1:1,[h,d]=e._found;if(null!=e.label){let s=rl((e._lpos+e.labelGap*c)*y);_n(e.labelFont[0],f,\"center\",2==u?i:o),K.save(),1==a?(t=n=0,K.translate(s,rl(lt+st/2)),K.rotate((3==u?-il:il)/2)):(t=rl(Qe+ot/2),n=s);let r=_l(e.label)?e.label(k,l,h,d):e.label;K.fillText(r,t,n),K.restore()}if(0==d)continue;let p=vl[e.scale],m=0==a?ot:st,g=0==a?Qe:lt,x=e._splits,w=2==p.distr?x.map((l=>pn[l])):x,_=2==p.distr?pn[x[1]]-pn[x[0]]:h,b=e.ticks,v=e.border,M=b.show?b.size:0,S=rl(M*y),T=rl((2==e.alignTo?e._size-M-e.gap:e.gap)*y),E=e._rotate*-il/180,z=sl(e._pos*y),D=z+(S+T)*c;n=0==a?D:0,t=1==a?D:0,_n(e.font[0],f,1==e.align?s:2==e.align?r:E>0?s:0>E?r:0==a?\"center\":3==u?r:s,E||1==a?\"middle\":2==u?i:o);let P=e.font[1]*e.lineGap,A=x.map((l=>sl(C(l,p,m,g)))),W=e._values;for(let l=0;W.length>l;l++){let e=W[l];if(null!=e){0==a?t=A[l]:n=A[l],e=\"\"+e;let i=-1==e.indexOf(\"\\n\")?[e]:e.split(/\\n/gm);for(let l=0;i.length>l;l++){let e=i[l];E?(K.save(),K.translate(t,n+l*P),K.rotate(E),K.fillText(e,0,0),K.restore()):K.fillText(e,t,n+l*P)}}}b.show&&zn(A,b.filter(k,w,l,d,_),a,u,z,S,Al(b.width*y,3),b.stroke(k,l),b.dash,b.cap);let Y=e.grid;Y.show&&zn(A,Y.filter(k,w,l,d,_),a,0==a?2:1,0==a?lt:Qe,0==a?st:ot,Al(Y.width*y,3),Y.stroke(k,l),Y.dash,Y.cap),v.show&&zn([z],[1],0==a?1:0,0==a?1:2,1==a?lt:Qe,1==a?st:ot,Al(v.width*y,3),v.stroke(k,l),v.dash,v.cap)}Ci(\"drawAxes\")},series:function(){if(Gt>0){let l=pl.some((l=>l._focus))&&dn!=Tt.alpha;l&&(K.globalAlpha=dn=Tt.alpha),pl.forEach(((l,e)=>{if(e>0&&l.show&&(kn(e,!1),kn(e,!0),null==l._paths)){let t=dn;dn!=l.alpha&&(K.globalAlpha=dn=l.alpha);let n=2==M?[0,g[e][0].length-1]:function(l){let e=wl(Lt-1,0,Gt-1),t=wl(en+1,0,Gt-1);for(;null==l[e]&&e>0;)e--;for(;null==l[t]&&Gt-1>t;)t++;return[e,t]}(g[e]);l._paths=l.paths(k,e,n[0],n[1]),dn!=t&&(K.globalAlpha=dn=t)}})),pl.forEach(((l,e)=>{if(e>0&&l.show){let t=dn;dn!=l.alpha&&(K.globalAlpha=dn=l.alpha),null!=l._paths&&yn(e,!1);{let t=null!=l._paths?l._paths.gaps:null,n=l.points.show(k,e,Lt,en,t),i=l.points.filter(k,e,n,t);(n||i)&&(l.points._paths=l.points.paths(k,e,Lt,en,i),yn(e,!0))}dn!=t&&(K.globalAlpha=dn=t),Ci(\"drawSeries\",e)}})),l&&(K.globalAlpha=dn=1)}}},Pl=(u.drawOrder||[\"axes\",\"series\"]).map((l=>Dl[l]));function Cl(l){const e=3==l.distr?e=>dl(e>0?e:l.clamp(k,e,l.min,l.max,l.key)):4==l.distr?e=>ml(e,l.asinh):100==l.distr?e=>l.fwd(e):l=>l;return t=>{let n=e(t),{_min:i,_max:o}=l;return(n-i)/(o-i)}}function Il(l){let e=vl[l];if(null==e){let t=(u.scales||Hl)[l]||Hl;if(null!=t.from){Il(t.from);let e=Bl({},vl[t.from],t,{key:l});e.valToPct=Cl(e),vl[l]=e}else{e=vl[l]=Bl({},l==El?ft:ct,t),e.key=l;let n=e.time,i=e.range,o=Gl(i);if((l!=El||2==M&&!n)&&(!o||null!=i[0]&&null!=i[1]||(i={min:null==i[0]?q:{mode:1,hard:i[0],soft:i[0]},max:null==i[1]?q:{mode:1,hard:i[1],soft:i[1]}},o=!1),!o&&Ol(i))){let l=i;i=(e,t,n)=>null==t?Rl:Z(t,n,l)}e.range=bl(i||(n?Bt:l==El?3==e.distr?qt:4==e.distr?Xt:Vt:3==e.distr?Jt:4==e.distr?Kt:$t)),e.auto=bl(!o&&e.auto),e.clamp=bl(e.clamp||at),e._min=e._max=null,e.valToPct=Cl(e)}}}Il(\"x\"),Il(\"y\"),1==M&&pl.forEach((l=>{Il(l.scale)})),xl.forEach((l=>{Il(l.scale)}));for(let l in u.scales)Il(l);const jl=vl[El],Ul=jl.distr;let $l,ql;0==jl.ori?(S(R,\"u-hz\"),$l=P,ql=W):(S(R,\"u-vt\"),$l=W,ql=P);const Kl={};for(let l in vl){let e=vl[l];null==e.min&&null==e.max||(Kl[l]={min:e.min,max:e.max},e.min=e.max=null)}const Xl=u.tzDate||(l=>new Date(rl(l/hl))),Zl=u.fmtDate||ne,Ql=1==hl?Me(Xl):Ee(Xl),le=De(Xl,ze(1==hl?ye:Te,Zl)),ee=We(Xl,Ae(\"{YYYY}-{MM}-{DD} {h}:{mm}{aa}\",Zl)),te=[],ie=k.legend=Bl({},Ye,u.legend),oe=k.cursor=Bl({},Re,{drag:{y:2==M}},u.cursor),se=ie.show,re=oe.show,ue=ie.markers;let ce,he,de;ie.idxs=te,ue.width=bl(ue.width),ue.dash=bl(ue.dash),ue.stroke=bl(ue.stroke),ue.fill=bl(ue.fill);let pe,me=[],ge=[],xe=!1,we={};if(ie.live){const l=pl[1]?pl[1].values:null;xe=null!=l,pe=xe?l(k,1,0):{_:0};for(let l in pe)we[l]=w}if(se)if(ce=z(\"table\",\"u-legend\",R),de=z(\"tbody\",null,ce),ie.mount(k,ce),xe){he=z(\"thead\",null,ce,de);let l=z(\"tr\",null,he);for(var _e in z(\"th\",null,l),pe)z(\"th\",e,l).textContent=_e}else S(ce,\"u-inline\"),ie.live&&S(ce,\"u-live\");const be={show:!0},ve={show:!1},Pe=new Map;function Ce(l,e,t,n=!0){const i=Pe.get(e)||{},o=oe.bind[l](k,e,t,n);o&&(G(l,e,i[l]=o),Pe.set(e,i))}function He(l,e){const t=Pe.get(e)||{};for(let n in t)null!=l&&n!=l||(I(n,e,t[n]),delete t[n]);null==l&&Pe.delete(e)}let Fe=0,Ge=0,Ie=0,Le=0,Oe=0,Ne=0,je=Oe,Ke=Ne,Xe=Ie,Ze=Le,Qe=0,lt=0,ot=0,st=0;k.bbox={};let ht=!1,pt=!1,mt=!1,xt=!1,wt=!1,_t=!1;function vt(l,e,t){(t||l!=k.width||e!=k.height)&&kt(l,e),An(!1),mt=!0,pt=!0,Jn()}function kt(l,e){k.width=Fe=Ie=l,k.height=Ge=Le=e,Oe=Ne=0,function(){let l=!1,e=!1,t=!1,n=!1;xl.forEach((i=>{if(i.show&&i._show){let{side:o,_size:s}=i,r=s+(null!=i.label?i.labelSize:0);r>0&&(o%2?(Ie-=r,3==o?(Oe+=r,n=!0):t=!0):(Le-=r,0==o?(Ne+=r,l=!0):e=!0))}})),Ct[0]=l,Ct[1]=t,Ct[2]=e,Ct[3]=n,Ie-=Rt[1]+Rt[3],Oe+=Rt[3],Le-=Rt[2]+Rt[0],Ne+=Rt[0]}(),function(){let l=Oe+Ie,e=Ne+Le,t=Oe,n=Ne;function i(i,o){switch(i){case 1:return l+=o,l-o;case 2:return e+=o,e-o;case 3:return t-=o,t+o;case 0:return n-=o,n+o}}xl.forEach((l=>{if(l.show&&l._show){let e=l.side;l._pos=i(e,l._size),null!=l.label&&(l._lpos=i(e,l.labelSize))}}))}();let t=k.bbox;Qe=t.left=zl(Oe*y,.5),lt=t.top=zl(Ne*y,.5),ot=t.width=zl(Ie*y,.5),st=t.height=zl(Le*y,.5)}const yt=3;if(k.setSize=function({width:l,height:e}){vt(l,e)},null==oe.dataIdx){let l=oe.hover,e=l.skip=new Set(l.skip??[]);e.add(void 0);let t=l.prox=bl(l.prox),n=l.bias??=0;oe.dataIdx=(l,i,o,s)=>{if(0==i)return o;let r=o,u=t(l,i,o,s)??gl,a=u>=0&&gl>u,f=0==jl.ori?Ie:Le,c=oe.left,h=g[0],d=g[i];if(e.has(d[o])){r=null;let l,t=null,i=null;if(0==n||-1==n)for(l=o;null==t&&l-- >0;)e.has(d[l])||(t=l);if(0==n||1==n)for(l=o;null==i&&l++<d.length;)e.has(d[l])||(i=l);if(null!=t||null!=i)if(a){let l=c-(null==t?-1/0:$l(h[t],jl,f,0)),e=(null==i?1/0:$l(h[i],jl,f,0))-c;l>e?e>u||(r=i):l>u||(r=t)}else r=null==i?t:null==t||o-t>i-o?i:t}else a&&ol(c-$l(h[o],jl,f,0))>u&&(r=null);return r}}const Mt=l=>{oe.event=l};oe.idxs=te,oe._lock=!1;let St=oe.points;St.show=bl(St.show),St.size=bl(St.size),St.stroke=bl(St.stroke),St.width=bl(St.width),St.fill=bl(St.fill);const Tt=k.focus=Bl({},u.focus||{alpha:.3},oe.focus),Et=Tt.prox>=0,zt=Et&&St.one;let Dt=[],Pt=[],At=[];function Wt(l,e){let t=St.show(k,e);if(t instanceof HTMLElement)return S(t,\"u-cursor-pt\"),S(t,l.class),A(t,-10,-10,Ie,Le),el.insertBefore(t,Dt[e]),t}function Yt(t,n){if(1==M||n>0){let l=1==M&&vl[t.scale].time,e=t.value;t.value=l?Ll(e)?We(Xl,Ae(e,Zl)):e||ee:e||nt,t.label=t.label||(l?\"Time\":\"Value\")}if(zt||n>0){t.width=null==t.width?1:t.width,t.paths=t.paths||Ot||yl,t.fillTo=bl(t.fillTo||gt),t.pxAlign=+Q(t.pxAlign,tl),t.pxRound=bt(t.pxAlign),t.stroke=bl(t.stroke||null),t.fill=bl(t.fill||null),t._stroke=t._fill=t._paths=t._focus=null;let l=function(l){return Al(1*(3+2*(l||1)),3)}(fl(1,t.width)),e=t.points=Bl({},{size:l,width:fl(1,.2*l),stroke:t.stroke,space:2*l,paths:Nt,_stroke:null,_fill:null},t.points);e.show=bl(e.show),e.filter=bl(e.filter),e.fill=bl(e.fill),e.stroke=bl(e.stroke),e.paths=bl(e.paths),e.pxAlign=t.pxAlign}if(se){let i=function(t,n){if(0==n&&(xe||!ie.live||2==M))return Rl;let i=[],o=z(\"tr\",\"u-series\",de,de.childNodes[n]);S(o,t.class),t.show||S(o,l);let s=z(\"th\",null,o);if(ue.show){let l=D(\"u-marker\",s);if(n>0){let e=ue.width(k,n);e&&(l.style.border=e+\"px \"+ue.dash(k,n)+\" \"+ue.stroke(k,n)),l.style.background=ue.fill(k,n)}}let r=D(e,s);for(var u in t.label instanceof HTMLElement?r.appendChild(t.label):r.textContent=t.label,n>0&&(ue.show||(r.style.color=t.width>0?ue.stroke(k,n):ue.fill(k,n)),Ce(\"click\",s,(l=>{if(oe._lock)return;Mt(l);let e=pl.indexOf(t);if((l.ctrlKey||l.metaKey)!=ie.isolate){let l=pl.some(((l,t)=>t>0&&t!=e&&l.show));pl.forEach(((t,n)=>{n>0&&oi(n,l?n==e?be:ve:be,!0,Fi.setSeries)}))}else oi(e,{show:!t.show},!0,Fi.setSeries)}),!1),Et&&Ce(d,s,(l=>{oe._lock||(Mt(l),oi(pl.indexOf(t),ai,!0,Fi.setSeries))}),!1)),pe){let l=z(\"td\",\"u-value\",o);l.textContent=\"--\",i.push(l)}return[o,i]}(t,n);me.splice(n,0,i[0]),ge.splice(n,0,i[1]),ie.values.push(null)}if(re){te.splice(n,0,null);let l=null;zt?0==n&&(l=Wt(t,n)):n>0&&(l=Wt(t,n)),Dt.splice(n,0,l),Pt.splice(n,0,0),At.splice(n,0,0)}Ci(\"addSeries\",n)}k.addSeries=function(l,e){e=null==e?pl.length:e,l=1==M?Ut(l,e,Ve,ut):Ut(l,e,{},rt),pl.splice(e,0,l),Yt(pl[e],e)},k.delSeries=function(l){if(pl.splice(l,1),se){ie.values.splice(l,1),ge.splice(l,1);let e=me.splice(l,1)[0];He(null,e.firstChild),e.remove()}re&&(te.splice(l,1),Dt.splice(l,1)[0].remove(),Pt.splice(l,1),At.splice(l,1)),Ci(\"delSeries\",l)};const Ct=[!1,!1,!1,!1];function Ht(l,e,t){let[n,i,o,s]=t,r=e%2,u=0;return 0==r&&(s||i)&&(u=0==e&&!n||2==e&&!o?rl(Ue.size/3):0),1==r&&(n||o)&&(u=1==e&&!i||3==e&&!s?rl(it.size/2):0),u}const Ft=k.padding=(u.padding||[Ht,Ht,Ht,Ht]).map((l=>bl(Q(l,Ht)))),Rt=k._padding=Ft.map(((l,e)=>l(k,e,Ct,0)));let Gt,Lt=null,en=null;const tn=1==M?pl[0].idxs:null;let nn,on,sn,rn,un,an,fn,cn,hn,dn,pn=null,mn=!1;function gn(l,e){if(k.data=k._data=g=null==l?[]:l,2==M){Gt=0;for(let l=1;pl.length>l;l++)Gt+=g[l][0].length}else{0==g.length&&(k.data=k._data=g=[[]]),pn=g[0],Gt=pn.length;let l=g;if(2==Ul){l=g.slice();let e=l[0]=Array(Gt);for(let l=0;Gt>l;l++)e[l]=l}k._data=g=l}if(An(!0),Ci(\"setData\"),2==Ul&&(mt=!0),!1!==e){let l=jl;l.auto(k,mn)?xn():ii(El,l.min,l.max),xt=xt||oe.left>=0,_t=!0,Jn()}}function xn(){let l,e;mn=!0,1==M&&(Gt>0?(Lt=tn[0]=0,en=tn[1]=Gt-1,l=g[0][Lt],e=g[0][en],2==Ul?(l=Lt,e=en):l==e&&(3==Ul?[l,e]=B(l,l,jl.log,!1):4==Ul?[l,e]=$(l,l,jl.log,!1):jl.time?e=l+rl(86400/hl):[l,e]=Z(l,e,J,!0))):(Lt=tn[0]=l=null,en=tn[1]=e=null)),ii(El,l,e)}function wn(l,e,t,n,i,o){l??=a,t??=Fl,n??=\"butt\",i??=a,o??=\"round\",l!=nn&&(K.strokeStyle=nn=l),i!=on&&(K.fillStyle=on=i),e!=sn&&(K.lineWidth=sn=e),o!=un&&(K.lineJoin=un=o),n!=an&&(K.lineCap=an=n),t!=rn&&K.setLineDash(rn=t)}function _n(l,e,t,n){e!=on&&(K.fillStyle=on=e),l!=fn&&(K.font=fn=l),t!=cn&&(K.textAlign=cn=t),n!=hn&&(K.textBaseline=hn=n)}function bn(l,e,t,n,i=0){if(n.length>0&&l.auto(k,mn)&&(null==e||null==e.min)){let e=Q(Lt,0),o=Q(en,n.length-1),s=null==t.min?function(l,e,t,n=0,i=!1){let o=i?V:U,s=i?j:N;[e,t]=o(l,e,t);let r=l[e],u=l[e];if(e>-1)if(1==n)r=l[e],u=l[t];else if(-1==n)r=l[t],u=l[e];else for(let n=e;t>=n;n++){let e=l[n];s(e)&&(r>e?r=e:e>u&&(u=e))}return[r??gl,u??-gl]}(n,e,o,i,3==l.distr):[t.min,t.max];l.min=al(l.min,t.min=s[0]),l.max=fl(l.max,t.max=s[1])}}k.setData=gn;const vn={min:null,max:null};function kn(l,e){let t=e?pl[l].points:pl[l];t._stroke=t.stroke(k,l),t._fill=t.fill(k,l)}function yn(l,e){let t=e?pl[l].points:pl[l],{stroke:n,fill:i,clip:o,flags:s,_stroke:r=t._stroke,_fill:u=t._fill,_width:a=t.width}=t._paths;a=Al(a*y,3);let f=null,c=a%2/2;e&&null==u&&(u=a>0?\"#fff\":r);let h=1==t.pxAlign&&c>0;if(h&&K.translate(c,c),!e){let l=Qe-a/2,e=lt-a/2,t=ot+a,n=st+a;f=new Path2D,f.rect(l,e,t,n)}e?Sn(r,a,t.dash,t.cap,u,n,i,s,o):function(l,e,t,n,i,o,s,r,u,a,f){let c=!1;0!=u&&Tl.forEach(((h,d)=>{if(h.series[0]==l){let l,p=pl[h.series[1]],m=g[h.series[1]],x=(p._paths||Hl).band;Gl(x)&&(x=1==h.dir?x[0]:x[1]);let w=null;p.show&&x&&function(l,e,t){for(e=Q(e,0),t=Q(t,l.length-1);t>=e;){if(null!=l[e])return!0;e++}return!1}(m,Lt,en)?(w=h.fill(k,d)||o,l=p._paths.clip):x=null,Sn(e,t,n,i,w,s,r,u,a,f,l,x),c=!0}})),c||Sn(e,t,n,i,o,s,r,u,a,f)}(l,r,a,t.dash,t.cap,u,n,i,s,f,o),h&&K.translate(-c,-c)}const Mn=3;function Sn(l,e,t,n,i,o,s,r,u,a,f,c){wn(l,e,t,n,i),(u||a||c)&&(K.save(),u&&K.clip(u),a&&K.clip(a)),c?(r&Mn)==Mn?(K.clip(c),f&&K.clip(f),En(i,s),Tn(l,o,e)):2&r?(En(i,s),K.clip(c),Tn(l,o,e)):1&r&&(K.save(),K.clip(c),f&&K.clip(f),En(i,s),K.restore(),Tn(l,o,e)):(En(i,s),Tn(l,o,e)),(u||a||c)&&K.restore()}function Tn(l,e,t){t>0&&(e instanceof Map?e.forEach(((l,e)=>{K.strokeStyle=nn=e,K.stroke(l)})):null!=e&&l&&K.stroke(e))}function En(l,e){e instanceof Map?e.forEach(((l,e)=>{K.fillStyle=on=e,K.fill(l)})):null!=e&&l&&K.fill(e)}function zn(l,e,t,n,i,o,s,r,u,a){let f=s%2/2;1==tl&&K.translate(f,f),wn(r,s,u,a,r),K.beginPath();let c,h,d,p,m=i+(0==n||3==n?-o:o);0==t?(h=i,p=m):(c=i,d=m);for(let n=0;l.length>n;n++)null!=e[n]&&(0==t?c=d=l[n]:h=p=l[n],K.moveTo(c,h),K.lineTo(d,p));K.stroke(),1==tl&&K.translate(-f,-f)}function Dn(l){let e=!0;return xl.forEach(((t,n)=>{if(!t.show)return;let i=vl[t.scale];if(null==i.min)return void(t._show&&(e=!1,t._show=!1,An(!1)));t._show||(e=!1,t._show=!0,An(!1));let o=t.side,s=o%2,{min:r,max:u}=i,[a,f]=function(l,e,t,n){let i,o=xl[l];if(n>0){let s=o._space=o.space(k,l,e,t,n);i=Zt(e,t,o._incrs=o.incrs(k,l,e,t,n,s),n,s)}else i=[0,0];return o._found=i}(n,r,u,0==s?Ie:Le);if(0==f)return;let c=t._splits=t.splits(k,n,r,u,a,f,2==i.distr),h=2==i.distr?c.map((l=>pn[l])):c,d=2==i.distr?pn[c[1]]-pn[c[0]]:a,p=t._values=t.values(k,t.filter(k,h,n,f,d),n,f,d);t._rotate=2==o?t.rotate(k,p,n,f):0;let m=t._size;t._size=ul(t.size(k,p,n,l)),null!=m&&t._size!=m&&(e=!1)})),e}function Pn(l){let e=!0;return Ft.forEach(((t,n)=>{let i=t(k,n,Ct,l);i!=Rt[n]&&(e=!1),Rt[n]=i})),e}function An(l){pl.forEach(((e,t)=>{t>0&&(e._paths=null,l&&(1==M?(e.min=null,e.max=null):e.facets.forEach((l=>{l.min=null,l.max=null}))))}))}let Wn,Yn,Cn,Hn,Fn,Rn,Gn,In,Ln,On,Nn,jn,Un=!1,Vn=!1,Bn=[];function $n(){Vn=!1;for(let l=0;Bn.length>l;l++)Ci(...Bn[l]);Bn.length=0}function Jn(){Un||(Jl(qn),Un=!0)}function qn(){if(ht&&(function(){for(let l in vl){let e=vl[l];null==Kl[l]&&(null==e.min||null!=Kl[El]&&e.auto(k,mn))&&(Kl[l]=vn)}for(let l in vl){let e=vl[l];null==Kl[l]&&null!=e.from&&null!=Kl[e.from]&&(Kl[l]=vn)}null!=Kl[El]&&An(!0);let l={};for(let e in Kl){let t=Kl[e];if(null!=t){let n=l[e]=Vl(vl[e],Nl);if(null!=t.min)Bl(n,t);else if(e!=El||2==M)if(0==Gt&&null==n.from){let l=n.range(k,null,null,e);n.min=l[0],n.max=l[1]}else n.min=gl,n.max=-gl}}if(Gt>0){pl.forEach(((e,t)=>{if(1==M){let n=e.scale,i=Kl[n];if(null==i)return;let o=l[n];if(0==t){let l=o.range(k,o.min,o.max,n);o.min=l[0],o.max=l[1],Lt=L(o.min,g[0]),en=L(o.max,g[0]),en-Lt>1&&(o.min>g[0][Lt]&&Lt++,g[0][en]>o.max&&en--),e.min=pn[Lt],e.max=pn[en]}else e.show&&e.auto&&bn(o,i,e,g[t],e.sorted);e.idxs[0]=Lt,e.idxs[1]=en}else if(t>0&&e.show&&e.auto){let[n,i]=e.facets,o=n.scale,s=i.scale,[r,u]=g[t],a=l[o],f=l[s];null!=a&&bn(a,Kl[o],n,r,n.sorted),null!=f&&bn(f,Kl[s],i,u,i.sorted),e.min=i.min,e.max=i.max}}));for(let e in l){let t=l[e],n=Kl[e];if(null==t.from&&(null==n||null==n.min)){let l=t.range(k,t.min==gl?null:t.min,t.max==-gl?null:t.max,e);t.min=l[0],t.max=l[1]}}}for(let e in l){let t=l[e];if(null!=t.from){let n=l[t.from];if(null==n.min)t.min=t.max=null;else{let l=t.range(k,n.min,n.max,e);t.min=l[0],t.max=l[1]}}}let e={},t=!1;for(let n in l){let i=l[n],o=vl[n];if(o.min!=i.min||o.max!=i.max){o.min=i.min,o.max=i.max;let l=o.distr;o._min=3==l?dl(o.min):4==l?ml(o.min,o.asinh):100==l?o.fwd(o.min):o.min,o._max=3==l?dl(o.max):4==l?ml(o.max,o.asinh):100==l?o.fwd(o.max):o.max,e[n]=t=!0}}if(t){pl.forEach(((l,t)=>{2==M?t>0&&e.y&&(l._paths=null):e[l.scale]&&(l._paths=null)}));for(let l in e)mt=!0,Ci(\"setScale\",l);re&&oe.left>=0&&(xt=_t=!0)}for(let l in Kl)Kl[l]=null}(),ht=!1),mt&&(function(){let l=!1,e=0;for(;!l;){e++;let t=Dn(e),n=Pn(e);l=e==yt||t&&n,l||(kt(k.width,k.height),pt=!0)}}(),mt=!1),pt){if(E(ll,s,Oe),E(ll,i,Ne),E(ll,t,Ie),E(ll,n,Le),E(el,s,Oe),E(el,i,Ne),E(el,t,Ie),E(el,n,Le),E(X,t,Fe),E(X,n,Ge),O.width=rl(Fe*y),O.height=rl(Ge*y),xl.forEach((({_el:e,_show:t,_size:n,_pos:i,side:o})=>{if(null!=e)if(t){let t=o%2==1;E(e,t?\"left\":\"top\",i-(3===o||0===o?n:0)),E(e,t?\"width\":\"height\",n),E(e,t?\"top\":\"left\",t?Ne:Oe),E(e,t?\"height\":\"width\",t?Le:Ie),T(e,l)}else S(e,l)})),nn=on=sn=un=an=fn=cn=hn=rn=null,dn=1,_i(!0),Oe!=je||Ne!=Ke||Ie!=Xe||Le!=Ze){An(!1);let l=Ie/Xe,e=Le/Ze;if(re&&!xt&&oe.left>=0){oe.left*=l,oe.top*=e,Cn&&A(Cn,rl(oe.left),0,Ie,Le),Hn&&A(Hn,0,rl(oe.top),Ie,Le);for(let t=0;Dt.length>t;t++){let n=Dt[t];null!=n&&(Pt[t]*=l,At[t]*=e,A(n,ul(Pt[t]),ul(At[t]),Ie,Le))}}if(ei.show&&!wt&&ei.left>=0&&ei.width>0){ei.left*=l,ei.width*=l,ei.top*=e,ei.height*=e;for(let l in ki)E(ti,l,ei[l])}je=Oe,Ke=Ne,Xe=Ie,Ze=Le}Ci(\"setSize\"),pt=!1}Fe>0&&Ge>0&&(K.clearRect(0,0,O.width,O.height),Ci(\"drawClear\"),Pl.forEach((l=>l())),Ci(\"draw\")),ei.show&&wt&&(ni(ei),wt=!1),re&&xt&&(xi(null,!0,!1),xt=!1),ie.show&&ie.live&&_t&&(mi(),_t=!1),F||(F=!0,k.status=1,Ci(\"ready\")),mn=!1,Un=!1}function Kn(l,e){let t=vl[l];if(null==t.from){if(0==Gt){let n=t.range(k,e.min,e.max,l);e.min=n[0],e.max=n[1]}if(e.min>e.max){let l=e.min;e.min=e.max,e.max=l}if(Gt>1&&null!=e.min&&null!=e.max&&1e-16>e.max-e.min)return;l==El&&2==t.distr&&Gt>0&&(e.min=L(e.min,g[0]),e.max=L(e.max,g[0]),e.min==e.max&&e.max++),Kl[l]=e,ht=!0,Jn()}}k.batch=function(l,e=!1){Un=!0,Vn=e,l(k),qn(),e&&Bn.length>0&&queueMicrotask($n)},k.redraw=(l,e)=>{mt=e||!1,!1!==l?ii(El,jl.min,jl.max):Jn()},k.setScale=Kn;let Xn=!1;const Zn=oe.drag;let Qn=Zn.x,li=Zn.y;re&&(oe.x&&(Wn=D(\"u-cursor-x\",el)),oe.y&&(Yn=D(\"u-cursor-y\",el)),0==jl.ori?(Cn=Wn,Hn=Yn):(Cn=Yn,Hn=Wn),Nn=oe.left,jn=oe.top);const ei=k.select=Bl({show:!0,over:!0,left:0,width:0,top:0,height:0},u.select),ti=ei.show?D(\"u-select\",ei.over?el:ll):null;function ni(l,e){if(ei.show){for(let e in l)ei[e]=l[e],e in ki&&E(ti,e,l[e]);!1!==e&&Ci(\"setSelect\")}}function ii(l,e,t){Kn(l,{min:e,max:t})}function oi(e,t,n,i){null!=t.focus&&function(l){if(l!=ui){let e=null==l,t=1!=Tt.alpha;pl.forEach(((n,i)=>{if(1==M||i>0){let o=e||0==i||i==l;n._focus=e?null:o,t&&function(l,e){pl[l].alpha=e,re&&null!=Dt[l]&&(Dt[l].style.opacity=e),se&&me[l]&&(me[l].style.opacity=e)}(i,o?1:Tt.alpha)}})),ui=l,t&&Jn()}}(e),null!=t.show&&pl.forEach(((n,i)=>{0>=i||e!=i&&null!=e||(n.show=t.show,function(e){if(pl[e].show)se&&T(me[e],l);else if(se&&S(me[e],l),re){let l=zt?Dt[0]:Dt[e];null!=l&&A(l,-10,-10,Ie,Le)}}(i),2==M?(ii(n.facets[0].scale,null,null),ii(n.facets[1].scale,null,null)):ii(n.scale,null,null),Jn())})),!1!==n&&Ci(\"setSeries\",e,t),i&&Ii(\"setSeries\",k,e,t)}let si,ri,ui;k.setSelect=ni,k.setSeries=oi,k.addBand=function(l,e){l.fill=bl(l.fill||null),l.dir=Q(l.dir,-1),Tl.splice(e=null==e?Tl.length:e,0,l)},k.setBand=function(l,e){Bl(Tl[l],e)},k.delBand=function(l){null==l?Tl.length=0:Tl.splice(l,1)};const ai={focus:!0};function fi(l,e,t){let n=vl[e];t&&(l=l/y-(1==n.ori?Ne:Oe));let i=Ie;1==n.ori&&(i=Le,l=i-l),-1==n.dir&&(l=i-l);let o=n._min,s=o+l/i*(n._max-o),r=n.distr;return 3==r?cl(10,s):4==r?((l,e=1)=>nl.sinh(l)*e)(s,n.asinh):100==r?n.bwd(s):s}function ci(l,e){E(ti,s,ei.left=l),E(ti,t,ei.width=e)}function hi(l,e){E(ti,i,ei.top=l),E(ti,n,ei.height=e)}se&&Et&&Ce(p,ce,(l=>{oe._lock||(Mt(l),null!=ui&&oi(null,ai,!0,Fi.setSeries))})),k.valToIdx=l=>L(l,g[0]),k.posToIdx=function(l,e){return L(fi(l,El,e),g[0],Lt,en)},k.posToVal=fi,k.valToPos=(l,e,t)=>0==vl[e].ori?P(l,vl[e],t?ot:Ie,t?Qe:0):W(l,vl[e],t?st:Le,t?lt:0),k.setCursor=(l,e,t)=>{Nn=l.left,jn=l.top,xi(null,e,t)};let di=0==jl.ori?ci:hi,pi=1==jl.ori?ci:hi;function mi(l,e){if(null!=l&&(l.idxs?l.idxs.forEach(((l,e)=>{te[e]=l})):(l=>void 0===l)(l.idx)||te.fill(l.idx),ie.idx=te[0]),se&&ie.live){for(let l=0;pl.length>l;l++)(l>0||1==M&&!xe)&&gi(l,te[l]);!function(){if(se&&ie.live)for(let l=2==M?1:0;pl.length>l;l++){if(0==l&&xe)continue;let e=ie.values[l],t=0;for(let n in e)ge[l][t++].firstChild.nodeValue=e[n]}}()}_t=!1,!1!==e&&Ci(\"setLegend\")}function gi(l,e){let t,n=pl[l],i=0==l&&2==Ul?pn:g[l];xe?t=n.values(k,l,e)??we:(t=n.value(k,null==e?null:i[e],l,e),t=null==t?we:{_:t}),ie.values[l]=t}function xi(l,e,t){let n;Ln=Nn,On=jn,[Nn,jn]=oe.move(k,Nn,jn),oe.left=Nn,oe.top=jn,re&&(Cn&&A(Cn,rl(Nn),0,Ie,Le),Hn&&A(Hn,0,rl(jn),Ie,Le)),si=gl,ri=null;let i=0==jl.ori?Ie:Le,o=1==jl.ori?Ie:Le;if(0>Nn||0==Gt||Lt>en){n=oe.idx=null;for(let l=0;pl.length>l;l++){let e=Dt[l];null!=e&&A(e,-10,-10,Ie,Le)}Et&&oi(null,ai,!0,null==l&&Fi.setSeries),ie.live&&(te.fill(n),_t=!0)}else{let l,e,t;1==M&&(l=0==jl.ori?Nn:jn,e=fi(l,El),n=oe.idx=L(e,g[0],Lt,en),t=$l(g[0][n],jl,i,0));let s=-10,r=-10,u=0,a=0,f=!0,c=\"\",h=\"\";for(let l=2==M?1:0;pl.length>l;l++){let d=pl[l],p=te[l],m=null==p?null:1==M?g[l][p]:g[l][1][p],x=oe.dataIdx(k,l,n,e),w=null==x?null:1==M?g[l][x]:g[l][1][x];if(_t=_t||w!=m||x!=p,te[l]=x,l>0&&d.show){let e=null==x?-10:x==n?t:$l(1==M?g[0][x]:g[l][0][x],jl,i,0),p=null==w?-10:ql(w,1==M?vl[d.scale]:vl[d.facets[1].scale],o,0);if(Et&&null!=w){let e=1==jl.ori?Nn:jn,t=ol(Tt.dist(k,l,x,p,e));if(si>t){let n=Tt.bias;if(0!=n){let i=fi(e,d.scale),o=0>i?-1:1;o!=(0>w?-1:1)||(1==o?1==n?i>w:w>i:1==n?w>i:i>w)||(si=t,ri=l)}else si=t,ri=l}}if(_t||zt){let t,n;0==jl.ori?(t=e,n=p):(t=p,n=e);let i,o,d,m,g,x,w=!0,_=St.bbox;if(null!=_){w=!1;let e=_(k,l);d=e.left,m=e.top,i=e.width,o=e.height}else d=t,m=n,i=o=St.size(k,l);if(x=St.fill(k,l),g=St.stroke(k,l),zt)l!=ri||si>Tt.prox||(s=d,r=m,u=i,a=o,f=w,c=x,h=g);else{let e=Dt[l];null!=e&&(Pt[l]=d,At[l]=m,H(e,i,o,w),Y(e,x,g),A(e,ul(d),ul(m),Ie,Le))}}}}if(zt){let l=Tt.prox;if(_t||(null==ui?l>=si:si>l||ri!=ui)){let l=Dt[0];null!=l&&(Pt[0]=s,At[0]=r,H(l,u,a,f),Y(l,c,h),A(l,ul(s),ul(r),Ie,Le))}}}if(ei.show&&Xn)if(null!=l){let[e,t]=Fi.scales,[n,s]=Fi.match,[r,u]=l.cursor.sync.scales,a=l.cursor.drag;if(Qn=a._x,li=a._y,Qn||li){let a,f,c,h,d,{left:p,top:m,width:g,height:x}=l.select,w=l.scales[r].ori,_=l.posToVal,b=null!=e&&n(e,r),v=null!=t&&s(t,u);b&&Qn?(0==w?(a=p,f=g):(a=m,f=x),c=vl[e],h=$l(_(a,r),c,i,0),d=$l(_(a+f,r),c,i,0),di(al(h,d),ol(d-h))):di(0,i),v&&li?(1==w?(a=p,f=g):(a=m,f=x),c=vl[t],h=ql(_(a,u),c,o,0),d=ql(_(a+f,u),c,o,0),pi(al(h,d),ol(d-h))):pi(0,o)}else yi()}else{let l=ol(Ln-Fn),e=ol(On-Rn);if(1==jl.ori){let t=l;l=e,e=t}Qn=Zn.x&&l>=Zn.dist,li=Zn.y&&e>=Zn.dist;let t,n,s=Zn.uni;null!=s?Qn&&li&&(Qn=l>=s,li=e>=s,Qn||li||(e>l?li=!0:Qn=!0)):Zn.x&&Zn.y&&(Qn||li)&&(Qn=li=!0),Qn&&(0==jl.ori?(t=Gn,n=Nn):(t=In,n=jn),di(al(t,n),ol(n-t)),li||pi(0,o)),li&&(1==jl.ori?(t=Gn,n=Nn):(t=In,n=jn),pi(al(t,n),ol(n-t)),Qn||di(0,i)),Qn||li||(di(0,0),pi(0,0))}if(Zn._x=Qn,Zn._y=li,null==l){if(t){if(null!=Ri){let[l,e]=Fi.scales;Fi.values[0]=null!=l?fi(0==jl.ori?Nn:jn,l):null,Fi.values[1]=null!=e?fi(1==jl.ori?Nn:jn,e):null}Ii(f,k,Nn,jn,Ie,Le,n)}if(Et){let l=t&&Fi.setSeries,e=Tt.prox;null==ui?si>e||oi(ri,ai,!0,l):si>e?oi(null,ai,!0,l):ri!=ui&&oi(ri,ai,!0,l)}}_t&&(ie.idx=n,mi()),!1!==e&&Ci(\"setCursor\")}k.setLegend=mi;let wi=null;function _i(l=!1){l?wi=null:(wi=el.getBoundingClientRect(),Ci(\"syncRect\",wi))}function bi(l,e,t,n,i,o){oe._lock||Xn&&null!=l&&0==l.movementX&&0==l.movementY||(vi(l,e,t,n,i,o,0,!1,null!=l),null!=l?xi(null,!0,!0):xi(e,!0,!1))}function vi(l,e,t,n,i,o,s,r,u){if(null==wi&&_i(!1),Mt(l),null!=l)t=l.clientX-wi.left,n=l.clientY-wi.top;else{if(0>t||0>n)return Nn=-10,void(jn=-10);let[l,s]=Fi.scales,r=e.cursor.sync,[u,a]=r.values,[f,c]=r.scales,[h,d]=Fi.match,p=e.axes[0].side%2==1,m=0==jl.ori?Ie:Le,g=1==jl.ori?Ie:Le,x=p?o:i,w=p?i:o,_=p?n:t,b=p?t:n;if(t=null!=f?h(l,f)?C(u,vl[l],m,0):-10:m*(_/x),n=null!=c?d(s,c)?C(a,vl[s],g,0):-10:g*(b/w),1==jl.ori){let l=t;t=n,n=l}}!u||null!=e&&e.cursor.event.type!=f||(t>1&&Ie-1>t||(t=zl(t,Ie)),n>1&&Le-1>n||(n=zl(n,Le))),r?(Fn=t,Rn=n,[Gn,In]=oe.move(k,t,n)):(Nn=t,jn=n)}Object.defineProperty(k,\"rect\",{get:()=>(null==wi&&_i(!1),wi)});const ki={width:0,height:0,left:0,top:0};function yi(){ni(ki,!1)}let Mi,Si,Ti,Ei;function zi(l,e,t,n,i,o){Xn=!0,Qn=li=Zn._x=Zn._y=!1,vi(l,e,t,n,i,o,0,!0,!1),null!=l&&(Ce(h,b,Di,!1),Ii(c,k,Gn,In,Ie,Le,null));let{left:s,top:r,width:u,height:a}=ei;Mi=s,Si=r,Ti=u,Ei=a}function Di(l,e,t,n,i,o){Xn=Zn._x=Zn._y=!1,vi(l,e,t,n,i,o,0,!1,!0);let{left:s,top:r,width:u,height:a}=ei,f=u>0||a>0,c=Mi!=s||Si!=r||Ti!=u||Ei!=a;if(f&&c&&ni(ei),Zn.setScale&&f&&c){let l=s,e=u,t=r,n=a;if(1==jl.ori&&(l=r,e=a,t=s,n=u),Qn&&ii(El,fi(l,El),fi(l+e,El)),li)for(let l in vl){let e=vl[l];l!=El&&null==e.from&&e.min!=gl&&ii(l,fi(t+n,l),fi(t,l))}yi()}else oe.lock&&(oe._lock=!oe._lock,xi(e,!0,null!=l));null!=l&&(He(h,b),Ii(h,k,Nn,jn,Ie,Le,null))}function Pi(l){oe._lock||(Mt(l),xn(),yi(),null!=l&&Ii(m,k,Nn,jn,Ie,Le,null))}function Ai(){xl.forEach(ln),vt(k.width,k.height,!0)}G(x,v,Ai);const Wi={};Wi.mousedown=zi,Wi.mousemove=bi,Wi.mouseup=Di,Wi.dblclick=Pi,Wi.setSeries=(l,e,t,n)=>{-1!=(t=(0,Fi.match[2])(k,e,t))&&oi(t,n,!0,!1)},re&&(Ce(c,el,zi),Ce(f,el,bi),Ce(d,el,(l=>{Mt(l),_i(!1)})),Ce(p,el,(function(l){if(oe._lock)return;Mt(l);let e=Xn;if(Xn){let l,e,t=!0,n=!0,i=10;0==jl.ori?(l=Qn,e=li):(l=li,e=Qn),l&&e&&(t=i>=Nn||Nn>=Ie-i,n=i>=jn||jn>=Le-i),l&&t&&(Nn=Gn>Nn?0:Ie),e&&n&&(jn=In>jn?0:Le),xi(null,!0,!0),Xn=!1}Nn=-10,jn=-10,te.fill(null),xi(null,!0,!0),e&&(Xn=e)})),Ce(m,el,Pi),It.add(k),k.syncRect=_i);const Yi=k.hooks=u.hooks||{};function Ci(l,e,t){Vn?Bn.push([l,e,t]):l in Yi&&Yi[l].forEach((l=>{l.call(null,k,e,t)}))}(u.plugins||[]).forEach((l=>{for(let e in l.hooks)Yi[e]=(Yi[e]||[]).concat(l.hooks[e])}));const Hi=(l,e,t)=>t,Fi=Bl({key:null,setSeries:!1,filters:{pub:Ml,sub:Ml},scales:[El,pl[1]?pl[1].scale:null],match:[Sl,Sl,Hi],values:[null,null]},oe.sync);2==Fi.match.length&&Fi.match.push(Hi),oe.sync=Fi;const Ri=Fi.key,Gi=dt(Ri);function Ii(l,e,t,n,i,o,s){Fi.filters.pub(l,e,t,n,i,o,s)&&Gi.pub(l,e,t,n,i,o,s)}function Li(){Ci(\"init\",u,g),gn(g||u.data,!1),Kl[El]?Kn(El,Kl[El]):xn(),wt=ei.show&&(ei.width>0||ei.height>0),xt=_t=!0,vt(u.width,u.height)}return Gi.sub(k),k.pub=function(l,e,t,n,i,o,s){Fi.filters.sub(l,e,t,n,i,o,s)&&Wi[l](null,e,t,n,i,o,s)},k.destroy=function(){Gi.unsub(k),It.delete(k),Pe.clear(),I(x,v,Ai),R.remove(),ce?.remove(),Ci(\"destroy\")},pl.forEach(Yt),xl.forEach((function(l,e){if(l._show=l.show,l.show){let t=vl[l.scale];null==t&&(l.scale=l.side%2?pl[1].scale:El,t=vl[l.scale]);let n=t.time;l.size=bl(l.size),l.space=bl(l.space),l.rotate=bl(l.rotate),Gl(l.incrs)&&l.incrs.forEach((l=>{!Wl.has(l)&&Wl.set(l,Yl(l))})),l.incrs=bl(l.incrs||(2==t.distr?ae:n?1==hl?ke:Se:fe)),l.splits=bl(l.splits||(n&&1==t.distr?Ql:3==t.distr?Je:4==t.distr?qe:$e)),l.stroke=bl(l.stroke),l.grid.stroke=bl(l.grid.stroke),l.ticks.stroke=bl(l.ticks.stroke),l.border.stroke=bl(l.border.stroke);let i=l.values;l.values=Gl(i)&&!Gl(i[0])?bl(i):n?Gl(i)?De(Xl,ze(i,Zl)):Ll(i)?function(l,e){let t=ne(e);return(e,n)=>n.map((e=>t(l(e))))}(Xl,i):i||le:i||Be,l.filter=bl(l.filter||(3>t.distr||10!=t.log?3==t.distr&&2==t.log?tt:kl:et)),l.font=Qt(l.font),l.labelFont=Qt(l.labelFont),l._size=l.size(k,null,e,0),l._space=l._rotate=l._incrs=l._found=l._splits=l._values=null,l._size>0&&(Ct[e]=!0,l._el=D(\"u-axis\",X))}})),_?_ instanceof HTMLElement?(_.appendChild(R),Li()):_(k,Li):Li(),k}en.assign=Bl,en.fmtNum=tl,en.rangeNum=Z,en.rangeLog=B,en.rangeAsinh=$,en.orient=pt,en.pxRatio=y,en.join=function(l,e){if(function(l){let e=l[0][0],t=e.length;for(let n=1;l.length>n;n++){let i=l[n][0];if(i.length!=t)return!1;if(i!=e)for(let l=0;t>l;l++)if(i[l]!=e[l])return!1}return!0}(l)){let e=l[0].slice();for(let t=1;l.length>t;t++)e.push(...l[t].slice(1));return function(l,e=100){const t=l.length;if(1>=t)return!0;let n=0,i=t-1;for(;i>=n&&null==l[n];)n++;for(;i>=n&&null==l[i];)i--;if(n>=i)return!0;const o=fl(1,sl((i-n+1)/e));for(let e=l[n],t=n+o;i>=t;t+=o){const n=l[t];if(null!=n){if(e>=n)return!1;e=n}}return!0}(e[0])||(e=function(l){let e=l[0],t=e.length,n=Array(t);for(let l=0;n.length>l;l++)n[l]=l;n.sort(((l,t)=>e[l]-e[t]));let i=[];for(let e=0;l.length>e;e++){let o=l[e],s=Array(t);for(let l=0;t>l;l++)s[l]=o[n[l]];i.push(s)}return i}(e)),e}let t=new Set;for(let e=0;l.length>e;e++){let n=l[e][0],i=n.length;for(let l=0;i>l;l++)t.add(n[l])}let n=[Array.from(t).sort(((l,e)=>l-e))],i=n[0].length,o=new Map;for(let l=0;i>l;l++)o.set(n[0][l],l);for(let t=0;l.length>t;t++){let s=l[t],r=s[0];for(let l=1;s.length>l;l++){let u=s[l],a=Array(i).fill(void 0),f=e?e[t][l]:1,c=[];for(let l=0;u.length>l;l++){let e=u[l],t=o.get(r[l]);null===e?0!=f&&(a[t]=e,2==f&&c.push(t)):a[t]=e}$l(a,c,i),n.push(a)}}return n},en.fmtDate=ne,en.tzDate=function(l,e){let t;return\"UTC\"==e||\"Etc/UTC\"==e?t=new Date(+l+6e4*l.getTimezoneOffset()):e==ie?t=l:(t=new Date(l.toLocaleString(\"en-US\",{timeZone:e})),t.setMilliseconds(l.getMilliseconds())),t},en.sync=dt;{en.addGap=function(l,e,t){let n=l[l.length-1];n&&n[0]==e?n[1]=t:l.push([e,t])},en.clipGaps=wt;let l=en.paths={points:Wt};l.linear=Ft,l.stepped=function(l){const e=Q(l.align,1),t=Q(l.ascDesc,!1),n=Q(l.alignGaps,0),i=Q(l.extend,!1);return(l,o,s,r)=>pt(l,o,((u,a,f,c,h,d,p,m,g,x,w)=>{[s,r]=U(f,s,r);let _=u.pxRound,{left:b,width:v}=l.bbox,k=l=>_(d(l,c,x,m)),M=l=>_(p(l,h,w,g)),S=0==c.ori?Mt:St;const T={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:1},E=T.stroke,z=c.dir*(0==c.ori?1:-1);let D=M(f[1==z?s:r]),P=k(a[1==z?s:r]),A=P,W=P;i&&-1==e&&(W=b,S(E,W,D)),S(E,P,D);for(let l=1==z?s:r;l>=s&&r>=l;l+=z){let t=f[l];if(null==t)continue;let n=k(a[l]),i=M(t);1==e?S(E,n,D):S(E,A,i),S(E,n,i),D=i,A=n}let Y=A;i&&1==e&&(Y=b+v,S(E,Y,D));let[C,H]=mt(l,o);if(null!=u.fill||0!=C){let e=T.fill=new Path2D(E),t=M(u.fillTo(l,o,u.min,u.max,C));S(e,Y,t),S(e,W,t)}if(!u.spanGaps){let i=[];i.push(..._t(a,f,s,r,z,k,n));let h=u.width*y/2,d=t||1==e?h:-h,p=t||-1==e?-h:h;i.forEach((l=>{l[0]+=d,l[1]+=p})),T.gaps=i=u.gaps(l,o,s,r,i),T.clip=wt(i,c.ori,m,g,x,w)}return 0!=H&&(T.band=2==H?[xt(l,o,s,r,E,-1),xt(l,o,s,r,E,1)]:xt(l,o,s,r,E,H)),T}))},l.bars=function(l){const e=Q((l=l||Hl).size,[.6,gl,1]),t=l.align||0,n=l.gap||0;let i=l.radius;i=null==i?[0,0]:\"number\"==typeof i?[i,0]:i;const o=bl(i),s=1-e[0],r=Q(e[1],gl),u=Q(e[2],1),a=Q(l.disp,Hl),f=Q(l.each,(()=>{})),{fill:c,stroke:h}=a;return(l,e,i,d)=>pt(l,e,((p,m,g,x,w,_,b,v,k,M,S)=>{let T,E,z=p.pxRound,D=t,P=n*y,A=r*y,W=u*y;0==x.ori?[T,E]=o(l,e):[E,T]=o(l,e);const Y=x.dir*(0==x.ori?1:-1);let C,H,F,R=0==x.ori?Tt:Et,G=0==x.ori?f:(l,e,t,n,i,o,s)=>{f(l,e,t,i,n,s,o)},I=Q(l.bands,Fl).find((l=>l.series[0]==e)),L=p.fillTo(l,e,p.min,p.max,null!=I?I.dir:0),O=z(b(L,w,S,k)),N=M,j=z(p.width*y),U=!1,V=null,B=null,$=null,J=null;null==c||0!=j&&null==h||(U=!0,V=c.values(l,e,i,d),B=new Map,new Set(V).forEach((l=>{null!=l&&B.set(l,new Path2D)})),j>0&&($=h.values(l,e,i,d),J=new Map,new Set($).forEach((l=>{null!=l&&J.set(l,new Path2D)}))));let{x0:q,size:K}=a;if(null!=q&&null!=K){D=1,m=q.values(l,e,i,d),2==q.unit&&(m=m.map((e=>l.posToVal(v+e*M,x.key,!0))));let t=K.values(l,e,i,d);H=2==K.unit?t[0]*M:_(t[0],x,M,v)-_(0,x,M,v),N=Rt(m,g,_,x,M,v,N),F=N-H+P}else N=Rt(m,g,_,x,M,v,N),F=N*s+P,H=N-F;1>F&&(F=0),H/2>j||(j=0),5>F&&(z=vl);let X=F>0;H=z(wl(N-F-(X?j:0),W,A)),C=(0==D?H/2:D==Y?0:H)-D*Y*((0==D?P/2:0)+(X?j/2:0));const Z={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},ll=U?null:new Path2D;let el=null;if(null!=I)el=l.data[I.series[1]];else{let{y0:t,y1:n}=a;null!=t&&null!=n&&(g=n.values(l,e,i,d),el=t.values(l,e,i,d))}let tl=T*H,nl=E*H;for(let t=1==Y?i:d;t>=i&&d>=t;t+=Y){let n=g[t];if(null==n)continue;if(null!=el){let l=el[t]??0;if(n-l==0)continue;O=b(l,w,S,k)}let i=_(2!=x.distr||null!=a?m[t]:t,x,M,v),o=b(Q(n,L),w,S,k),s=z(i-C),r=z(fl(o,O)),u=z(al(o,O)),f=r-u;if(null!=n){let i=0>n?nl:tl,o=0>n?tl:nl;U?(j>0&&null!=$[t]&&R(J.get($[t]),s,u+sl(j/2),H,fl(0,f-j),i,o),null!=V[t]&&R(B.get(V[t]),s,u+sl(j/2),H,fl(0,f-j),i,o)):R(ll,s,u+sl(j/2),H,fl(0,f-j),i,o),G(l,e,t,s-j/2,u,H+j,f)}}return j>0?Z.stroke=U?J:ll:U||(Z._fill=0==p.width?p._fill:p._stroke??p._fill,Z.width=0),Z.fill=U?B:ll,Z}))},l.spline=function(l){return function(l,e){const t=Q(e?.alignGaps,0);return(e,n,i,o)=>pt(e,n,((s,r,u,a,f,c,h,d,p,m,g)=>{[i,o]=U(u,i,o);let x,w,_,b=s.pxRound,v=l=>b(c(l,a,m,d)),k=l=>b(h(l,f,g,p));0==a.ori?(x=kt,_=Mt,w=Pt):(x=yt,_=St,w=At);const y=a.dir*(0==a.ori?1:-1);let M=v(r[1==y?i:o]),S=M,T=[],E=[];for(let l=1==y?i:o;l>=i&&o>=l;l+=y)if(null!=u[l]){let e=v(r[l]);T.push(S=e),E.push(k(u[l]))}const z={stroke:l(T,E,x,_,w,b),fill:null,clip:null,band:null,gaps:null,flags:1},D=z.stroke;let[P,A]=mt(e,n);if(null!=s.fill||0!=P){let l=z.fill=new Path2D(D),t=k(s.fillTo(e,n,s.min,s.max,P));_(l,S,t),_(l,M,t)}if(!s.spanGaps){let l=[];l.push(..._t(r,u,i,o,y,v,t)),z.gaps=l=s.gaps(e,n,i,o,l),z.clip=wt(l,a.ori,d,p,m,g)}return 0!=A&&(z.band=2==A?[xt(e,n,i,o,D,-1),xt(e,n,i,o,D,1)]:xt(e,n,i,o,D,A)),z}))}(Gt,l)}}return en}();\n","hash":"sha256-GcjUxq2Ikpp59K5J1vcWFWbf0Lo9FcxJXpdPeH63jx8="};

var uplotStyle = {"code":".uplot, .uplot *, .uplot *::before, .uplot *::after {box-sizing: border-box;}.uplot {font-family: system-ui, -apple-system, \"Segoe UI\", Roboto, \"Helvetica Neue\", Arial, \"Noto Sans\", sans-serif, \"Apple Color Emoji\", \"Segoe UI Emoji\", \"Segoe UI Symbol\", \"Noto Color Emoji\";line-height: 1.5;width: min-content;}.u-title {text-align: center;font-size: 18px;font-weight: bold;}.u-wrap {position: relative;user-select: none;}.u-over, .u-under {position: absolute;}.u-under {overflow: hidden;}.uplot canvas {display: block;position: relative;width: 100%;height: 100%;}.u-axis {position: absolute;}.u-legend {font-size: 14px;margin: auto;text-align: center;}.u-inline {display: block;}.u-inline * {display: inline-block;}.u-inline tr {margin-right: 16px;}.u-legend th {font-weight: 600;}.u-legend th > * {vertical-align: middle;display: inline-block;}.u-legend .u-marker {width: 1em;height: 1em;margin-right: 4px;background-clip: padding-box !important;}.u-inline.u-live th::after {content: \":\";vertical-align: middle;}.u-inline:not(.u-live) .u-value {display: none;}.u-series > * {padding: 4px;}.u-series th {cursor: pointer;}.u-legend .u-off > * {opacity: 0.3;}.u-select {background: rgba(0,0,0,0.07);position: absolute;pointer-events: none;}.u-cursor-x, .u-cursor-y {position: absolute;left: 0;top: 0;pointer-events: none;will-change: transform;}.u-hz .u-cursor-x, .u-vt .u-cursor-y {height: 100%;border-right: 1px dashed #607D8B;}.u-hz .u-cursor-y, .u-vt .u-cursor-x {width: 100%;border-bottom: 1px dashed #607D8B;}.u-cursor-pt {position: absolute;top: 0;left: 0;border-radius: 50%;border: 0 solid;pointer-events: none;will-change: transform;/*this has to be !important since we set inline \"background\" shorthand */background-clip: padding-box !important;}.u-axis.u-off, .u-select.u-off, .u-cursor-x.u-off, .u-cursor-y.u-off, .u-cursor-pt.u-off {display: none;}","hash":"sha256-32MMao1vjur/JktQ9zzlsRT2Rv/ZoLt08EmwoAE1+gQ="};

var dashboardStyle = {"code":"/* The dashboard: sticky filters, one card per series with its chart. */\nmain {\n  max-width: 1200px;\n}\n.controls.sticky {\n  position: sticky;\n  top: 0;\n  z-index: 5;\n  background: var(--bg);\n  padding: 8px 0;\n  border-bottom: 1px solid var(--line);\n}\nh2.suite {\n  margin-top: 20px;\n}\nsection.series {\n  /* Off-screen cards are not laid out or painted until near the viewport: 3,000 cards cost one screen's worth at load. */\n  content-visibility: auto;\n  contain-intrinsic-size: auto 250px;\n  border: 1px solid var(--line);\n  border-radius: 6px;\n  padding: 8px 12px;\n  margin: 10px 0;\n  scroll-margin-top: 64px;\n}\nsection.series.target {\n  outline: 2px solid var(--accent);\n}\nsection.series header {\n  display: flex;\n  gap: 8px;\n  align-items: baseline;\n  flex-wrap: wrap;\n}\nsection.series .name {\n  font-weight: 600;\n  word-break: break-word;\n}\nsection.series .latest {\n  margin-left: auto;\n  font-variant-numeric: tabular-nums;\n}\nsection.series .permalink {\n  text-decoration: none;\n  color: var(--muted);\n}\nsection.series .chart {\n  width: 100%;\n}\nsection.series .detail {\n  font-size: 13px;\n  min-height: 1.5em;\n}\nsection.series.regression {\n  border-left: 4px solid var(--regression);\n}\nsection.series.improvement {\n  border-left: 4px solid var(--improvement);\n}\n.badge {\n  font-size: 12px;\n  padding: 0 6px;\n  border-radius: 10px;\n  color: var(--bg);\n}\n.badge.regression {\n  background: var(--regression);\n}\n.badge.improvement {\n  background: var(--improvement);\n}\n#combined {\n  border: 1px solid var(--accent);\n  border-radius: 6px;\n  padding: 8px 12px;\n  margin: 10px 0;\n}\n#combined .legend {\n  list-style: none;\n  padding: 0;\n  display: flex;\n  gap: 14px;\n  flex-wrap: wrap;\n}\n.swatch {\n  display: inline-block;\n  width: 12px;\n  height: 3px;\n  margin-right: 6px;\n  vertical-align: middle;\n}\n.u-axis {\n  color: var(--muted);\n}\n","hash":"sha256-UQ33guB0pIVcWR5/mPy/aMrB2L5K9NHK7DyCUGCVnxY="};

var script = {"code":"(function () {\n  'use strict';\n\n  /** Seconds per time unit, as tools print them. */\n  const TIME_SCALE = {\n      ps: 1e-12,\n      ns: 1e-9,\n      us: 1e-6,\n      µs: 1e-6,\n      μs: 1e-6,\n      ms: 1e-3,\n      s: 1,\n      sec: 1,\n  };\n  /** Bytes per size unit (SI and IEC). */\n  const BYTE_SCALE = {\n      B: 1,\n      kB: 1e3,\n      KB: 1e3,\n      MB: 1e6,\n      GB: 1e9,\n      KiB: 1024,\n      MiB: 1024 ** 2,\n      GiB: 1024 ** 3,\n  };\n  /** Splits `ns/op` into `ns` and `op`; a unit without `/` has no denominator. */\n  function splitUnit(unit) {\n      const slash = unit.indexOf('/');\n      return slash < 0 ? [unit, undefined] : [unit.slice(0, slash), unit.slice(slash + 1)];\n  }\n  /** Steps for numbers that are neither times nor sizes: k/M/G/T prefixes on the tool's own unit. */\n  const SI_STEPS = [\n      [1e12, 'T'],\n      [1e9, 'G'],\n      [1e6, 'M'],\n      [1e3, 'k'],\n      [1, ''],\n  ];\n  const TIME_STEPS = [\n      [1, 's'],\n      [1e-3, 'ms'],\n      [1e-6, 'µs'],\n      [1e-9, 'ns'],\n  ];\n  const BYTE_STEPS = [\n      [1024 ** 3, 'GiB'],\n      [1024 ** 2, 'MiB'],\n      [1024, 'KiB'],\n      [1, 'B'],\n  ];\n  /**\n   * A value for humans, in the largest unit that keeps it ≥ 1: times as ns/µs/ms/s (keeping a `/op`\n   * denominator), sizes as B/KiB/MiB/GiB, other numbers with k/M/G/T prefixes. 4 significant digits.\n   * Zero keeps the tool's unit (there is no \"largest unit\" for it).\n   */\n  function formatValue(value, unit) {\n      if (!Number.isFinite(value) || value === 0)\n          return `${value} ${unit}`;\n      const [num, den] = splitUnit(unit);\n      const suffix = den === undefined ? '' : `/${den}`;\n      const seconds = TIME_SCALE[num];\n      if (seconds !== undefined) {\n          const [text, name] = inLargestStep(value * seconds, TIME_STEPS);\n          return `${text} ${name}${suffix}`;\n      }\n      const bytes = BYTE_SCALE[num];\n      // Sizes get IEC units; rates (`MB/s`) keep the tool's own unit with an SI prefix below.\n      if (bytes !== undefined && den !== 's') {\n          const [text, name] = inLargestStep(value * bytes, BYTE_STEPS);\n          return `${text} ${name}${suffix}`;\n      }\n      const [text, prefix] = inLargestStep(value, SI_STEPS);\n      return `${text}${prefix} ${unit}`;\n  }\n  /**\n   * The value in the largest step where it reads ≥ 1 after rounding (so 999.96 ns reads `1 µs`, not\n   * `1000 ns`), else in the smallest step.\n   */\n  function inLargestStep(value, steps) {\n      for (const [size, name] of steps) {\n          const text = significant(value / size);\n          if (Math.abs(Number(text)) >= 1)\n              return [text, name];\n      }\n      const [size, name] = steps[steps.length - 1];\n      return [significant(value / size), name];\n  }\n  /** 4 significant digits without trailing zeros or exponent notation for ordinary magnitudes. */\n  function significant(x) {\n      if (x === 0)\n          return '0';\n      const digits = Math.max(0, 3 - Math.floor(Math.log10(Math.abs(x))));\n      return Number(x.toFixed(Math.min(digits, 12))).toString();\n  }\n\n  /// <reference lib=\"dom\" />\n  // DOM helpers of the pages' scripts. Text only ever goes in as text nodes, never as markup.\n  /** An element with trusted attribute names (never `style` or `on…`: the values may be data). */\n  function el(tag, attrs = {}, ...children) {\n      const node = document.createElement(tag);\n      setAttributes(node, attrs);\n      append(node, children);\n      return node;\n  }\n  function setAttributes(node, attrs) {\n      for (const [name, value] of Object.entries(attrs)) {\n          if (value === undefined || value === false)\n              continue;\n          if (name === 'style' || name.startsWith('on'))\n              throw new Error(`refusing attribute ${name}`);\n          node.setAttribute(name, value === true ? '' : String(value));\n      }\n  }\n  function append(node, children) {\n      for (const child of children) {\n          if (child === undefined || child === false)\n              continue;\n          node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);\n      }\n  }\n  /** The page's data: the JSON block the page was written with. */\n  function readData(id) {\n      const block = document.getElementById(id);\n      return JSON.parse(block?.textContent ?? 'null');\n  }\n\n  const CHART_HEIGHT = 170;\n  const FIRST_CHART = 'perf-regression:first-chart';\n  // Marks for bench:dashboard: the script starts (the HTML is parsed), the data is parsed, the cards are in.\n  performance.mark('perf-regression:script');\n  const data = readData('dashboard-data');\n  performance.mark('perf-regression:data');\n  const cards = [];\n  const byElement = new Map();\n  const selected = new Set();\n  function main() {\n      const page = el('main');\n      const total = data.suites.reduce((n, s) => n + s.series.length, 0);\n      page.append(el('h1', {}, 'perf-regression dashboard'), el('p', { class: 'quiet' }, `${total} series in ${data.suites.length} suite(s)`));\n      const controls = filters();\n      const combined = el('section', { id: 'combined', hidden: true });\n      const list = el('div', { id: 'series-list' });\n      page.append(controls.element, combined, list);\n      for (const suite of data.suites) {\n          list.append(el('h2', { class: 'suite', 'data-suite': suite.suite }, suite.suite));\n          for (const series of suite.series)\n              list.append(cardOf(suite, series).element);\n      }\n      document.body.append(page);\n      performance.mark('perf-regression:cards');\n      observeCards();\n      controls.apply();\n      window.addEventListener('hashchange', openPermalink);\n      openPermalink();\n  }\n  function cardOf(suite, series) {\n      const anchor = `${suite.suite}/${series.id}`;\n      const last = series.points.at(-1);\n      const tick = el('input', { type: 'checkbox', class: 'select', 'aria-label': `select ${series.name}` });\n      const link = el('a', { href: `#${encodeURIComponent(anchor)}`, class: 'permalink', title: 'permalink' }, '#');\n      const chartBox = el('div', { class: 'chart' });\n      chartBox.style.height = `${CHART_HEIGHT}px`;\n      const detail = el('div', { class: 'detail quiet' }, 'Click a point for its commit and run.');\n      // The dashed lines in words: where each step of the weekly watch starts and how large it is.\n      const changes = series.changePoints?.length\n          ? el('div', { class: 'changes quiet' }, `Change points (dashed): ${series.changePoints\n            .map((c) => `run ${c.run + 1} (${runLabel(suite, c.run)})${c.percent === undefined ? '' : ` ${c.percent > 0 ? '+' : ''}${c.percent}%`}${c.kind ? ` ${c.kind}` : ''}`)\n            .join('; ')}`)\n          : undefined;\n      const element = el('section', { class: `series ${series.status}`, id: anchor, 'data-status': series.status }, el('header', {}, tick, el('span', { class: 'name' }, series.name), el('span', { class: 'unit quiet' }, ` ${series.unit}`), last ? el('span', { class: 'latest' }, formatValue(last[1], series.unit)) : undefined, series.status !== 'unchanged' && el('span', { class: `badge ${series.status}` }, series.status), link), chartBox, changes, detail);\n      const card = {\n          suite,\n          series,\n          anchor,\n          element,\n          chartBox,\n          detail,\n          text: `${series.name} ${suite.suite} ${series.unit}`.toLowerCase(),\n      };\n      tick.addEventListener('change', () => {\n          if (tick.checked)\n              selected.add(card);\n          else\n              selected.delete(card);\n          drawCombined();\n      });\n      cards.push(card);\n      byElement.set(element, card);\n      return card;\n  }\n  /** Charts exist only for cards within a screen of the viewport; the others are torn down. */\n  function observeCards() {\n      const observer = new IntersectionObserver((changes) => {\n          for (const change of changes) {\n              const card = byElement.get(change.target);\n              if (!card)\n                  continue;\n              if (change.isIntersecting)\n                  drawCard(card);\n              else {\n                  card.chart?.destroy();\n                  card.chart = undefined;\n              }\n          }\n      }, { rootMargin: '100% 0px' });\n      for (const card of cards)\n          observer.observe(card.element);\n  }\n  function drawCard(card) {\n      if (card.chart)\n          return;\n      const { series, suite } = card;\n      const xs = series.points.map((p) => p[0]);\n      const center = series.points.map((p) => p[1]);\n      const lo = series.points.map((p) => p[2]);\n      const hi = series.points.map((p) => p[3]);\n      const style = getComputedStyle(document.body);\n      const colour = (name) => style.getPropertyValue(name).trim();\n      const width = card.chartBox.clientWidth || 600;\n      const opts = {\n          width,\n          height: CHART_HEIGHT,\n          legend: { show: false },\n          cursor: { drag: { x: false, y: false } },\n          scales: { x: { time: false }, y: { range: valueRange } },\n          axes: [\n              {\n                  stroke: colour('--muted'),\n                  grid: { stroke: colour('--line'), width: 0.5 },\n                  space: 100,\n                  values: (_u, splits) => splits.map((i) => runLabel(suite, i)),\n              },\n              {\n                  stroke: colour('--muted'),\n                  grid: { stroke: colour('--line'), width: 0.5 },\n                  size: 80,\n                  values: (_u, splits) => splits.map((v) => formatValue(v, series.unit)),\n              },\n          ],\n          series: [\n              {},\n              { stroke: colour('--current'), width: 1.5, points: { show: true, size: 4 } },\n              { stroke: 'transparent', points: { show: false } },\n              { stroke: 'transparent', points: { show: false } },\n          ],\n          bands: [{ series: [3, 2], fill: colour('--band') }],\n          hooks: { draw: [(u) => drawMarks(u, card, colour)] },\n      };\n      card.chart = new uPlot(opts, [xs, center, lo, hi], card.chartBox);\n      // For the benchmark (__tests__/bench/dashboard.ts): when the first chart was drawn.\n      if (performance.getEntriesByName(FIRST_CHART).length === 0)\n          performance.mark(FIRST_CHART);\n      card.chart.over.addEventListener('click', () => {\n          const idx = card.chart?.cursor.idx;\n          if (idx !== null && idx !== undefined)\n              showPoint(card, idx);\n      });\n  }\n  /** Flagged runs as rings in the status colour, change points as dashed vertical lines. */\n  function drawMarks(u, card, colour) {\n      const ctx = u.ctx;\n      ctx.save();\n      for (const p of card.series.points) {\n          if (p[4] === 0)\n              continue;\n          const x = u.valToPos(p[0], 'x', true);\n          const y = u.valToPos(p[1], 'y', true);\n          ctx.strokeStyle = colour(p[4] > 0 ? '--regression' : '--improvement');\n          ctx.lineWidth = 2.5 * devicePixelRatio;\n          ctx.beginPath();\n          ctx.arc(x, y, 6 * devicePixelRatio, 0, 2 * Math.PI);\n          ctx.stroke();\n      }\n      ctx.setLineDash([5 * devicePixelRatio, 4 * devicePixelRatio]);\n      ctx.strokeStyle = colour('--over-budget');\n      for (const change of card.series.changePoints ?? []) {\n          const x = u.valToPos(change.run, 'x', true);\n          ctx.beginPath();\n          ctx.moveTo(x, u.bbox.top);\n          ctx.lineTo(x, u.bbox.top + u.bbox.height);\n          ctx.stroke();\n      }\n      ctx.restore();\n  }\n  /** A flat series gets a range around its value (uPlot's own would repeat one label on every tick). */\n  function valueRange(_u, min, max) {\n      if (min !== max)\n          return uPlot.rangeNum(min, max, 0.1, true);\n      return min === 0 ? [0, 1] : [min * 0.9, min * 1.1];\n  }\n  /** Runs by day (`11-04`), or by hour too when a suite records several runs a day. */\n  function runLabel(suite, i) {\n      const run = suite.runs[Math.round(i)];\n      if (!run || !Number.isInteger(i))\n          return '';\n      return sameDays(suite) ? run.date.slice(5, 16).replace('T', ' ') : run.date.slice(5, 10);\n  }\n  const manyADay = new Map();\n  function sameDays(suite) {\n      let many = manyADay.get(suite);\n      if (many === undefined) {\n          many = new Set(suite.runs.map((r) => r.date.slice(0, 10))).size < suite.runs.length;\n          manyADay.set(suite, many);\n      }\n      return many;\n  }\n  /** The commit (message, link) and the run of one point, written into the card. */\n  function showPoint(card, idx) {\n      const point = card.series.points[idx];\n      const run = point && card.suite.runs[point[0]];\n      if (!point || !run)\n          return;\n      const repo = data.repositoryUrl;\n      const sha = run.commit.slice(0, 7);\n      const value = formatValue(point[1], card.series.unit);\n      const interval = point[2] !== null && point[3] !== null\n          ? ` [${formatValue(point[2], card.series.unit)}, ${formatValue(point[3], card.series.unit)}]`\n          : '';\n      const flag = point[4] > 0 ? ' · flagged: regression' : point[4] < 0 ? ' · flagged: improvement' : '';\n      card.detail.replaceChildren(el('span', { class: 'value' }, `${value}${interval}${flag}`), ' · commit ', repo\n          ? el('a', { href: `${repo}/commit/${run.commit}`, class: 'commit' }, sha)\n          : el('code', { class: 'commit' }, sha), run.message ? el('span', { class: 'message' }, ` ${run.message}`) : '', ` · ${run.branch} · ${run.date.replace('T', ' ').slice(0, 16)} · run `, repo\n          ? el('a', { href: `${repo}/actions/runs/${run.runId}`, class: 'run' }, run.runId)\n          : el('code', { class: 'run' }, run.runId));\n      card.detail.classList.remove('quiet');\n  }\n  function filters() {\n      const search = el('input', {\n          type: 'search',\n          id: 'search',\n          placeholder: 'Filter by name…',\n          'aria-label': 'Filter by name',\n      });\n      const menu = (id, label, values) => el('select', { id, 'aria-label': label }, el('option', { value: '' }, label), ...[...new Set(values)].sort().map((v) => el('option', { value: v }, v)));\n      const suite = menu('suite-filter', 'all suites', data.suites.map((s) => s.suite));\n      const unit = menu('unit-filter', 'all units', data.suites.flatMap((s) => s.series.map((x) => x.unit)));\n      const status = menu('status-filter', 'all statuses', ['regression', 'improvement', 'unchanged']);\n      const count = el('span', { id: 'shown', class: 'quiet' });\n      const apply = () => {\n          const words = search.value.toLowerCase().split(/\\s+/).filter(Boolean);\n          let shown = 0;\n          const suitesShown = new Set();\n          for (const card of cards) {\n              const visible = words.every((w) => card.text.includes(w)) &&\n                  (suite.value === '' || card.suite.suite === suite.value) &&\n                  (unit.value === '' || card.series.unit === unit.value) &&\n                  (status.value === '' || card.series.status === status.value);\n              card.element.hidden = !visible;\n              if (visible) {\n                  shown++;\n                  suitesShown.add(card.suite.suite);\n              }\n          }\n          for (const heading of document.querySelectorAll('h2.suite')) {\n              heading.hidden = !suitesShown.has(heading.dataset.suite ?? '');\n          }\n          count.textContent = `${shown} of ${cards.length} series`;\n      };\n      for (const control of [search, suite, unit, status])\n          control.addEventListener('input', apply);\n      return { element: el('div', { class: 'controls sticky' }, search, suite, unit, status, count), apply };\n  }\n  /** Ticked series on one chart over time: in their unit when they share one, else relative to their first run. */\n  function drawCombined() {\n      const box = document.getElementById('combined');\n      box.replaceChildren();\n      box.hidden = selected.size < 2;\n      if (box.hidden)\n          return;\n      const chosen = [...selected];\n      const units = new Set(chosen.map((c) => c.series.unit));\n      const sameUnit = units.size === 1;\n      const times = [\n          ...new Set(chosen.flatMap((c) => c.series.points.map((p) => Date.parse(c.suite.runs[p[0]]?.date ?? '') / 1000))),\n      ].sort((a, b) => a - b);\n      const columns = chosen.map((c) => {\n          const first = c.series.points[0]?.[1] ?? 1;\n          const at = new Map(c.series.points.map((p) => [\n              Date.parse(c.suite.runs[p[0]]?.date ?? '') / 1000,\n              sameUnit ? p[1] : (p[1] / first) * 100,\n          ]));\n          return times.map((t) => at.get(t) ?? null);\n      });\n      const palette = ['#0969da', '#cf222e', '#1a7f37', '#8250df', '#bc4c00', '#1b7c83', '#bf3989'];\n      const unitName = [...units][0];\n      const legend = el('ul', { class: 'legend' });\n      chosen.forEach((c, i) => {\n          const swatch = el('span', { class: 'swatch' });\n          swatch.style.background = palette[i % palette.length];\n          legend.append(el('li', {}, swatch, `${c.series.name} (${c.suite.suite}, ${c.series.unit})`));\n      });\n      const chartBox = el('div', { class: 'chart' });\n      box.append(el('h2', {}, `${chosen.length} series together${sameUnit ? '' : ' (% of their first run)'}`), legend, chartBox);\n      new uPlot({\n          width: chartBox.clientWidth || 900,\n          height: 260,\n          legend: { show: false },\n          axes: [\n              {},\n              {\n                  size: 80,\n                  values: (_u, splits) => splits.map((v) => (sameUnit ? formatValue(v, unitName) : `${v}%`)),\n              },\n          ],\n          series: [\n              {},\n              ...chosen.map((_, i) => ({ stroke: palette[i % palette.length], width: 1.5, spanGaps: true })),\n          ],\n      }, [times, ...columns], chartBox);\n  }\n  function openPermalink() {\n      const anchor = decodeURIComponent(location.hash.slice(1));\n      if (!anchor)\n          return;\n      const target = document.getElementById(anchor);\n      if (!target)\n          return;\n      for (const old of document.querySelectorAll('.series.target'))\n          old.classList.remove('target');\n      target.hidden = false;\n      target.classList.add('target');\n      target.scrollIntoView({ block: 'start' });\n  }\n  main();\n\n})();\n","hash":"sha256-MukKAPu+iptpAr95UVtyLU1sUnacT53OVCcVXf6hFxc="};

// The dashboard: a static site of every suite's history, as GitHub Pages serves it and as it opens
// from disk. `index.html` holds the data (a JSON block, like the HTML report); its code and styles are
// files under `assets/<version>/`, the version taken from their content, so an upgrade writes a new
// folder and the writer removes the old one (no browser keeps a stale script). Strings out, no I/O.
/** The folder every version's assets live under; the writer keeps only the current one. */
const ASSETS_FOLDER = 'assets';
const STYLES = [
    ['uPlot.min.css', uplotStyle],
    ['page.css', pageStyle],
    ['dashboard.css', dashboardStyle],
];
const SCRIPTS = [
    ['uPlot.iife.min.js', uplotScript],
    ['dashboard.js', script],
];
/** `assets/<version>`: the version is a digest of the assets' own hashes. */
function assetsPath() {
    return `${ASSETS_FOLDER}/${fnv1a([...STYLES, ...SCRIPTS].map(([, a]) => a.hash).join(' '))}`;
}
/** The site's files, by path relative to its folder. */
function renderDashboard(data) {
    const assets = assetsPath();
    const files = new Map();
    for (const [name, asset] of [...STYLES, ...SCRIPTS])
        files.set(`${assets}/${name}`, asset.code);
    files.set('index.html', htmlDocument({
        scriptSrc: "'self'",
        styleSrc: "'self'",
        title: 'perf-regression dashboard',
        head: STYLES.map(([name]) => `<link rel="stylesheet" href="${assets}/${name}">`),
        body: [
            `<script type="application/json" id="dashboard-data">${jsonForScript(data)}</script>`,
            ...SCRIPTS.map(([name]) => `<script src="${assets}/${name}"></script>`),
        ],
    }));
    return files;
}
/** 32-bit FNV-1a in hex: short, stable, and enough to tell two versions of the assets apart. */
function fnv1a(text) {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) {
        h ^= text.charCodeAt(i);
        h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h.toString(16).padStart(8, '0');
}

// What the dashboard's page reads from its JSON block: every suite's recorded runs, and per series one
// point per run (center and its interval), the runs its comparison flagged, and change points.
// Pure: history documents in, the page's data out. Compact (arrays, 5 significant digits): a suite
// of 3,000 series × 100 runs stays a few megabytes (numbers in docs/dashboard.md).
function dashboardData(docs, options = {}) {
    const suites = [...docs]
        .sort((a, b) => a.suite.localeCompare(b.suite))
        .map((doc) => suiteData(doc, options.changePoints?.[doc.suite] ?? {}));
    const data = { schema: 'perf-regression/dashboard', version: 1, suites };
    if (options.repositoryUrl)
        data.repositoryUrl = options.repositoryUrl;
    return data;
}
function suiteData(doc, changePoints) {
    const entries = [...doc.entries].sort((a, b) => Date.parse(a.date) - Date.parse(b.date));
    const series = new Map();
    entries.forEach((entry, run) => {
        for (const result of entry.results) {
            let s = series.get(result.id);
            if (!s) {
                const { id, name, unit, direction } = result;
                s = { id, name, unit, direction, status: 'unchanged', points: [] };
                series.set(id, s);
            }
            const [lo, hi] = intervalOf(result);
            s.points.push([run, round(result.value), lo, hi, flagOf(entry, result.id)]);
        }
    });
    for (const s of series.values()) {
        const last = s.points.at(-1);
        const newestRun = entries.length - 1;
        if (last && last[0] === newestRun)
            s.status = last[4] > 0 ? 'regression' : last[4] < 0 ? 'improvement' : 'unchanged';
        const marks = changePoints[s.id];
        if (marks?.length)
            s.changePoints = marks;
    }
    return {
        suite: doc.suite,
        runs: entries.map(runOf),
        // Flagged series first, as in the comment; then by name.
        series: [...series.values()].sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) ||
            a.name.localeCompare(b.name) ||
            a.unit.localeCompare(b.unit)),
    };
}
const STATUS_ORDER = ['regression', 'improvement', 'unchanged'];
function runOf(entry) {
    const run = {
        commit: entry.commit,
        branch: entry.branch,
        date: entry.date,
        runId: entry.runId,
    };
    if (entry.message)
        run.message = entry.message.split('\n')[0];
    return run;
}
function flagOf(entry, id) {
    const status = entry.flags?.[id];
    if (status === 'regression' || status === 'over-budget')
        return 1;
    return status === 'improvement' ? -1 : 0;
}
/**
 * The tool's interval of the center, else the median's from the samples (kept as `sampleCi` in runs
 * whose samples the history dropped); none when unbounded.
 */
function intervalOf(result) {
    const kept = result.ci ?? result.sampleCi;
    if (kept && Number.isFinite(kept.lo) && Number.isFinite(kept.hi)) {
        return [round(kept.lo), round(kept.hi)];
    }
    const median = result.samples && result.samples.length > 1 ? medianConfidenceInterval(result.samples) : undefined;
    if (median && Number.isFinite(median.lo) && Number.isFinite(median.hi))
        return [round(median.lo), round(median.hi)];
    return [null, null];
}
function round(x) {
    return Number(x.toPrecision(5));
}

// The dashboard's site on disk (the CLI's --out folder, the action's artifact): its files written,
// and an older version's assets folder removed so the folder holds exactly one version.
/**
 * The site of `docs`, by path inside its folder, each series' change points marked as the weekly watch
 * finds them (at `thresholds`, the default 10% without).
 */
function dashboardSite(docs, repositoryUrl, thresholds) {
    return renderDashboard(dashboardData(docs, { repositoryUrl, changePoints: changeMarks(docs) }));
}
async function writeSiteFolder(dir, files) {
    const keep = new Set([...files.keys()].map((f) => f.split('/').slice(0, 2).join('/')));
    const assets = builtin$8.join(dir, ASSETS_FOLDER);
    for (const version of await readdir$1(assets).catch(() => [])) {
        if (!keep.has(`${ASSETS_FOLDER}/${version}`))
            await rm$1(builtin$8.join(assets, version), { recursive: true, force: true });
    }
    for (const [name, text] of files) {
        const file = builtin$8.join(dir, name);
        await mkdir$1(builtin$8.dirname(file), { recursive: true });
        await writeFile$1(file, text);
    }
}

// `perf-regression dashboard`: the gh-pages dashboard built from a local history folder (what
// `compare --history-dir` records, or the action's restored cache), to open from disk or publish.
async function dashboardCommand(args, out) {
    const { values, positionals } = parseCliArgs(args, {
        'history-dir': { type: 'string' },
        out: { type: 'string' },
        'repo-url': { type: 'string' },
    });
    if (positionals.length > 0)
        throw new UsageError(`dashboard takes no file arguments (got "${positionals[0]}")`);
    const historyDir = values['history-dir'];
    const outDir = values.out;
    if (typeof historyDir !== 'string')
        throw new UsageError('dashboard needs --history-dir DIR');
    if (typeof outDir !== 'string')
        throw new UsageError('dashboard needs --out DIR');
    const docs = await new LocalFolderStore(historyDir).documents();
    const repoUrl = typeof values['repo-url'] === 'string' ? values['repo-url'] : undefined;
    await writeSiteFolder(outDir, dashboardSite(docs, repoUrl));
    const series = docs.reduce((n, d) => n + new Set(d.entries.flatMap((e) => e.results.map((r) => r.id))).size, 0);
    out(`${docs.length} suite(s), ${series} series: ${pathToFileURL(builtin$8.resolve(outDir, 'index.html')).href}\n`);
    return 0;
}

// github-action-benchmark's history (the `data.js` it keeps on gh-pages) turned into our history entries,
// so a repository switching over keeps its window. Pure: the caller reads the file and writes the result.
//
// That action stores one number per benchmark and run, named and united as its extractors print them;
// each tool's names and units are mapped here to what our parser of the same tool's output gives, so the
// first run after the switch finds its series in the imported history. The mapping was checked against
// that action's own extractor snapshots (__tests__/fixtures/github-action-benchmark/README.md).
/** What its `write.ts` puts before the JSON document. */
const SCRIPT_PREFIX = /^\s*window\.BENCHMARK_DATA\s*=\s*/;
/** Its `tool:` values. */
const GAB_TOOLS = [
    'cargo',
    'go',
    'benchmarkjs',
    'benchmarkluau',
    'pytest',
    'googlecpp',
    'catch2',
    'julia',
    'jmh',
    'benchmarkdotnet',
    'customBiggerIsBetter',
    'customSmallerIsBetter',
];
/** Every suite of a `data.js`, oldest run first; throws a one-line InputError naming the field. */
function importGabData(text, options) {
    const { origin } = options;
    const body = text.replace(/^\uFEFF/, '');
    const prefix = SCRIPT_PREFIX.exec(body);
    // Its external-data-json-path file is the same document without the script around it.
    if (!prefix && !/^\s*\{/.test(body))
        throw inputError(origin, 'expected github-action-benchmark\'s data.js ("window.BENCHMARK_DATA = {…}") or its external-data-json-path JSON');
    const json = prefix ? body.slice(prefix[0].length).replace(/;\s*$/, '') : body;
    let data;
    try {
        data = JSON.parse(json);
    }
    catch (err) {
        const what = prefix ? 'the value of window.BENCHMARK_DATA' : 'the file';
        throw inputError(origin, `${what} is not valid JSON (${firstLine(err)})`);
    }
    if (!isObject(data) || !isObject(data.entries))
        throw inputError(origin, 'expected an object with "entries": {<benchmark name>: [runs]}', {
            path: 'BENCHMARK_DATA.entries',
        });
    return Object.entries(data.entries).map(([name, runs]) => {
        const where = `entries[${JSON.stringify(name)}]`;
        if (!Array.isArray(runs))
            throw inputError(origin, 'expected an array of runs', { path: where });
        const imported = runs.map((run, i) => importRun(run, `${where}[${i}]`, options));
        imported.sort((a, b) => Date.parse(a.entry.date) - Date.parse(b.entry.date));
        const tool = imported.at(-1)?.tool;
        return { name, ...(tool ? { tool } : {}), entries: imported.map((i) => i.entry) };
    });
}
function importRun(run, where, { origin, branch }) {
    const fail = (field, expected) => inputError(origin, `expected ${expected}`, { path: `${where}${field}` });
    if (!isObject(run))
        throw fail('', 'an object');
    const commit = run.commit;
    if (!isObject(commit) || typeof commit.id !== 'string' || commit.id === '')
        throw fail('.commit.id', 'the commit id (a non-empty string)');
    if (!isFiniteNumber(run.date) || Number.isNaN(new Date(run.date).getTime()))
        throw fail('.date', 'a time in milliseconds since 1970');
    if (typeof run.tool !== 'string' || !GAB_TOOLS.includes(run.tool))
        throw fail('.tool', `one of github-action-benchmark's tools: ${GAB_TOOLS.join(', ')}`);
    if (!Array.isArray(run.benches))
        throw fail('.benches', 'an array');
    const tool = run.tool;
    const results = new Map();
    run.benches.forEach((bench, i) => {
        const at = `.benches[${i}]`;
        if (!isObject(bench))
            throw fail(at, 'an object');
        if (typeof bench.name !== 'string' || bench.name === '')
            throw fail(`${at}.name`, 'a non-empty string');
        if (typeof bench.unit !== 'string')
            throw fail(`${at}.unit`, 'a string');
        if (!isFiniteNumber(bench.value))
            throw fail(`${at}.value`, 'a finite number');
        const extra = typeof bench.extra === 'string' ? bench.extra : '';
        const series = seriesOf(tool, bench.name, bench.unit, bench.value, extra);
        if (!series)
            return;
        const result = {
            id: seriesId(series.suite, series.printed ?? series.name, series.unit),
            name: series.name,
            ...(series.suite ? { suite: series.suite } : {}),
            unit: series.unit,
            direction: series.direction,
            n: 1,
            value: series.value,
            ...(typeof bench.range === 'string' ? { extra: { range: bench.range } } : {}),
            source: { file: origin },
        };
        // Its go extractor lists a multi-metric line twice (whole and per unit): the first one stays.
        if (!results.has(result.id))
            results.set(result.id, result);
    });
    const message = typeof commit.message === 'string' ? commit.message.split('\n')[0] : undefined;
    const entry = {
        commit: commit.id,
        branch,
        date: new Date(run.date).toISOString(),
        // Stable across imports, so importing the same file twice replaces its runs instead of adding them.
        runId: `github-action-benchmark-${run.date}`,
        ...(message ? { message } : {}),
        results: [...results.values()],
    };
    return { entry, tool };
}
/** One stored benchmark as our parser of the same tool names it; undefined for a duplicate line. */
function seriesOf(tool, name, unit, value, extra) {
    const plain = (u, v = value) => ({
        name,
        unit: u,
        direction: directionOfUnit(u),
        value: v,
    });
    switch (tool) {
        case 'go':
            return goSeries(name, unit, value, extra);
        case 'cargo':
            // libtest and criterion's bencher lines: ours says `ns`, custom units (cycles/iter, MS/s) as printed.
            return plain(unit === 'ns/iter' ? 'ns' : unit);
        case 'googlecpp':
            return plain(unit.replace(/\/iter$/, ''));
        case 'catch2':
            return inNs(name, unit, value);
        case 'benchmarkjs':
            return plain(unit === 'ops/sec' ? 'ops/s' : unit);
        case 'pytest':
            return pytestSeries(name, unit, value);
        case 'jmh':
            return { ...plain(unit), name: jmhName(name) };
        case 'customBiggerIsBetter':
            return { ...plain(unit), direction: 'bigger' };
        case 'customSmallerIsBetter':
            return { ...plain(unit), direction: 'smaller' };
        case 'benchmarkluau':
        case 'julia':
        case 'benchmarkdotnet':
            return plain(unit);
    }
}
/**
 * Its go names drop the `-N` procs suffix (kept in `extra` as "N procs"), add ` (package)` when several
 * packages ran and ` - unit` for each metric of a multi-metric line; ours keep the printed name, scope it
 * by package and put the unit in the id.
 */
function goSeries(name, unit, value, extra) {
    // The whole multi-metric line ("ns/op\t 0 B/op …"), listed again metric by metric.
    if (/\s/.test(unit))
        return undefined;
    let rest = name.endsWith(` - ${unit}`) ? name.slice(0, -` - ${unit}`.length) : name;
    const pkg = / \(([^()\s]+)\)$/.exec(rest);
    if (pkg)
        rest = rest.slice(0, pkg.index);
    const procs = /^(\d+) procs$/m.exec(extra)?.[1];
    return {
        name: rest,
        ...(procs ? { printed: `${rest}-${procs}` } : {}),
        ...(pkg ? { suite: pkg[1] } : {}),
        unit,
        direction: directionOfUnit(unit),
        value,
    };
}
/** Its catch2 extractor keeps the unit each line printed (ns, us, ms, s); ours converts every time to ns. */
function inNs(name, unit, value) {
    const factor = conversionFactor(unit, 'ns');
    return factor === undefined
        ? { name, unit, direction: directionOfUnit(unit), value }
        : { name, unit: 'ns', direction: 'smaller', value: value * factor };
}
/** It stores pytest-benchmark's rate (`iter/sec`, 1 / mean); ours is the time per round in seconds. */
function pytestSeries(name, unit, value) {
    if (unit !== 'iter/sec' || value <= 0)
        return { name, unit, direction: directionOfUnit(unit), value };
    const short = name.includes('::') ? name.slice(name.lastIndexOf('::') + 2) : name;
    return { name: short, printed: name, unit: 's', direction: 'smaller', value: 1 / value };
}
/** `X ( {"a":"1","b":"2"} )` (its JMH names with params) → `X(a=1, b=2)`, ours. */
function jmhName(name) {
    const match = /^(.*) \( (\{.*\}) \)$/.exec(name);
    if (!match)
        return name;
    try {
        const params = JSON.parse(match[2]);
        const text = Object.entries(params)
            .map(([k, v]) => `${k}=${String(v)}`)
            .join(', ');
        return `${match[1]}(${text})`;
    }
    catch {
        return name;
    }
}
/**
 * Its history lacks some of our scopes: a go package when only one ran, catch2's test case. An imported
 * series the current run does not have takes the id of the one current series that differs from it only
 * by that scope.
 */
function matchCurrentScopes(entries, current) {
    const ids = new Set(current.map((r) => r.id));
    const byUnscoped = new Map();
    for (const r of current) {
        const key = unscopedId(r);
        byUnscoped.set(key, [...(byUnscoped.get(key) ?? []), r]);
    }
    const rename = (r) => {
        if (ids.has(r.id))
            return r;
        const candidates = byUnscoped.get(unscopedId(r)) ?? [];
        const [only] = candidates;
        if (candidates.length !== 1 || !only)
            return r;
        return { ...r, id: only.id, name: only.name, ...(only.suite ? { suite: only.suite } : {}) };
    };
    return entries.map((entry) => ({ ...entry, results: entry.results.map(rename) }));
}
function unscopedId(r) {
    return r.suite && r.id.startsWith(`${r.suite}::`) ? r.id.slice(r.suite.length + 2) : r.id;
}
function firstLine(err) {
    return (err instanceof Error ? err.message : String(err)).split('\n')[0] ?? '';
}

// `perf-regression import --from github-action-benchmark data.js --history-dir DIR`: another tool's
// history turned into a local history folder (what `compare --history-dir` reads and `dashboard` shows).
// Everything is read and checked before the first file is written.
const SOURCES = ['github-action-benchmark'];
async function importCommand(args, out) {
    const { values, positionals } = parseCliArgs(args, {
        from: { type: 'string' },
        'history-dir': { type: 'string' },
        suite: { type: 'string' },
        as: { type: 'string' },
        branch: { type: 'string', default: LOCAL_BRANCH },
        'history-size': { type: 'string', default: '100' },
        match: { type: 'string', multiple: true },
    });
    if (!SOURCES.includes(String(values.from)))
        throw new UsageError(`import needs --from ${SOURCES.join(' | ')} (got ${values.from ?? 'none'})`);
    const historyDir = values['history-dir'];
    if (typeof historyDir !== 'string')
        throw new UsageError('import needs --history-dir DIR');
    if (positionals.length !== 1)
        throw new UsageError('import takes one file: the data.js of github-action-benchmark');
    const file = positionals[0];
    const historySize = parseCount(String(values['history-size']), '--history-size');
    const suites = selectSuites(importGabData(await readText(file), { origin: file, branch: String(values.branch) }), values.suite, values.as, file);
    const matched = values.match ? await matchScopes(suites, values.match) : suites;
    const store = new LocalFolderStore(historyDir);
    // A suite whose stored history cannot be read stops the import before anything is written.
    for (const suite of matched)
        await store.readDocument(suite.name);
    for (const suite of matched) {
        const counts = await store.importEntries(suite.name, suite.entries, historySize);
        const notes = [
            counts.alreadyThere ? `${counts.alreadyThere} already there` : '',
            counts.leftOut ? `${counts.leftOut} older ones beyond --history-size ${historySize} left out` : '',
        ].filter(Boolean);
        out(`${suite.name}: ${counts.added} run(s) imported${notes.length ? ` (${notes.join(', ')})` : ''} → ${store.fileOf(suite.name)}\n`);
    }
    return 0;
}
async function readText(file) {
    try {
        return await readFile$1(file, 'utf8');
    }
    catch (err) {
        throw new InputError(`${file}: cannot read the file (${err.code ?? err})`);
    }
}
/** `--suite` picks one of the file's benchmark names, `--as` renames it. */
function selectSuites(suites, only, as, file) {
    const names = suites.map((s) => JSON.stringify(s.name)).join(', ') || 'none';
    const chosen = only === undefined ? suites : suites.filter((s) => s.name === only);
    if (only !== undefined && chosen.length === 0)
        throw new InputError(`${file}: no benchmark named ${JSON.stringify(only)}; it holds ${names}`);
    if (as === undefined)
        return chosen;
    const [one] = chosen;
    if (chosen.length !== 1 || !one)
        throw new UsageError(`--as renames one suite; ${file} holds ${names}: pick one with --suite`);
    return [{ ...one, name: as }];
}
/**
 * Today's output of the suite's tool (--match): an imported series that lacks only the scope our parser
 * gives (catch2's test case, a lone go package) takes that series' id.
 */
async function matchScopes(suites, patterns) {
    const files = await readInputFiles(patterns);
    return suites.map((suite) => {
        const current = parseRun(files, suite.tool ?? 'auto').results;
        return { ...suite, entries: matchCurrentScopes(suite.entries, current) };
    });
}

// The trend report as Markdown (the CLI's output and a scheduled run's job summary): events first, each
// with its commit range and a table of its series. Strings out, no I/O.
/** `3 benchmarks 12–18% slower since 1a2b3c4`: what an event is, in one line (the issue's title too). */
function eventHeadline(event) {
    const members = event.changePoints;
    const sizes = members.map((m) => Math.round(Math.abs(m.percent)));
    const lo = sizes.reduce((a, b) => Math.min(a, b), Number.POSITIVE_INFINITY);
    const hi = sizes.reduce((a, b) => Math.max(a, b), Number.NEGATIVE_INFINITY);
    const range = lo === hi ? `${lo}%` : `${lo}–${hi}%`;
    const timed = members.every((m) => isTiming(m.unit));
    const word = event.kind === 'regression' ? (timed ? 'slower' : 'worse') : timed ? 'faster' : 'better';
    const count = members.length === 1 ? '1 benchmark' : `${members.length} benchmarks`;
    return `${count} ${range} ${word} since ${shortSha(event.firstBad.commit)}`;
}
function shortSha(commit) {
    return /^[0-9a-f]{40}$/i.test(commit) ? commit.slice(0, 7) : commit;
}
/** `+15.0% [+12.1%, +17.9%]`. */
function trendChangeCell(cp) {
    return `${signed(cp.percent)} [${signed(cp.ci[0])}, ${signed(cp.ci[1])}]`;
}
function formatTrendP(p) {
    return p < 0.0001 ? p.toExponential(0) : p.toFixed(4);
}
/** The table of an event's series: before → after levels, the change with its interval, p, status. */
function eventTable(event) {
    const rows = event.changePoints.map((cp) => [
        MARKDOWN.text(cp.name),
        escapeMarkdown(formatValue(cp.levelBefore.value, cp.unit)),
        escapeMarkdown(formatValue(cp.levelAfter.value, cp.unit)),
        trendChangeCell(cp),
        formatTrendP(cp.p),
        cp.status === 'recovered' ? `back at run ${(cp.recoveredAt?.run ?? 0) + 1}` : 'holds',
    ]);
    return markdownTable([['Benchmark', 'Before', 'After', 'Change', 'p', 'Status'], ...rows], {
        align: ['l', 'r', 'r', 'r', 'r', 'l'],
    });
}
function eventSection(event) {
    const regression = event.kind === 'regression';
    const icon = regression ? (event.status === 'active' ? '🔴' : '✅') : '🟢';
    const state = event.status === 'active'
        ? regression
            ? 'active'
            : 'holding'
        : `${regression ? 'recovered' : 'gone'} at run ${(event.recoveredAt?.run ?? 0) + 1} (${MARKDOWN.code(shortSha(event.recoveredAt?.commit ?? ''))})`;
    const [good, bad] = regression ? ['last good', 'first bad'] : ['last before', 'first after'];
    const runs = event.lastBad.run === event.firstBad.run
        ? `run ${event.firstBad.run + 1}`
        : `runs ${event.firstBad.run + 1}–${event.lastBad.run + 1}`;
    const range = `${MARKDOWN.code(shortSha(event.lastGood.commit))} (run ${event.lastGood.run + 1}, ${good}) → ${MARKDOWN.code(shortSha(event.lastBad.commit))} (${runs}, ${bad})`;
    return [
        `#### ${icon} ${escapeMarkdown(eventHeadline(event))} — ${state}`,
        '',
        `Commits: ${range}`,
        '',
        eventTable(event),
    ].join('\n');
}
/** One line on the whole history: how many events are active, how many recovered. */
function trendVerdictLine(report, inline = MARKDOWN) {
    const regressions = report.events.filter((e) => e.kind === 'regression');
    const active = regressions.filter((e) => e.status === 'active').length;
    const recovered = regressions.length - active;
    const improvements = report.events.length - regressions.length;
    const parts = [
        active > 0
            ? `🔴 ${inline.strong(`${plural(active, 'active regression')}`)}`
            : `✅ ${inline.strong('No active regression')}`,
    ];
    if (recovered > 0)
        parts.push(`${recovered} recovered`);
    if (improvements > 0)
        parts.push(`🟢 ${plural(improvements, 'improvement')}`);
    return `${parts.join(', ')} — ${plural(report.runs, 'run')}, ${report.series} series analysed`;
}
function renderTrendMarkdown(report, options = {}) {
    const title = options.title ?? report.suite;
    const sections = [...report.events].reverse().map(eventSection);
    const skipped = report.skipped.length > 0
        ? `<sub>Left out: ${report.skipped.map((s) => `${escapeMarkdown(s.seriesId)} (${escapeMarkdown(s.reason)})`).join('; ')}</sub>`
        : '';
    return `${[
        `### perf-regression trend: ${escapeMarkdown(title)}`,
        trendVerdictLine(report),
        ...sections,
        skipped,
    ]
        .filter(Boolean)
        .join('\n\n')}\n`;
}
function renderTrendJson(report) {
    return `${JSON.stringify(report, null, 2)}\n`;
}

const LEGEND = "Each run's center before the change point, oldest first, then the level after it with its interval. Dashed: the level before; shaded: the threshold around it.";
function renderTrendHtml(report) {
    return htmlPage({
        dataId: 'report-data',
        data: trendPageData(report),
        styles: [pageStyle, reportStyle],
        scripts: [script$1],
        title: 'perf-regression trend',
    });
}
function trendPageData(report) {
    const active = report.events.some((e) => e.kind === 'regression' && e.status === 'active');
    const notes = [...report.events].reverse().map((e) => {
        const state = e.status === 'active' ? 'active' : `recovered at run ${(e.recoveredAt?.run ?? 0) + 1}`;
        return `${e.kind === 'regression' ? '🔴' : '🟢'} ${eventHeadline(e)} — ${state}; commits ${shortSha(e.lastGood.commit)} (run ${e.lastGood.run + 1}, last good) → ${shortSha(e.lastBad.commit)} (run ${e.lastBad.run + 1}).`;
    });
    const histories = new Map(report.histories.map((h) => [h.seriesId, h]));
    const members = report.events.flatMap((e) => e.changePoints);
    return {
        title: `perf-regression trend: ${report.suite}`,
        verdict: trendVerdictLine(report, PLAIN),
        verdictKind: active ? 'regression' : 'pass',
        notes,
        legend: LEGEND,
        headings: ['Benchmark', 'Before → After', 'Change', 'p'],
        series: members.map((cp) => pageSeries(cp, histories.get(cp.seriesId))),
    };
}
function pageSeries(cp, history) {
    const status = cp.kind === 'regression' ? 'regression' : 'improvement';
    const out = {
        name: cp.name,
        status,
        unit: cp.unit,
        values: `${formatValue(cp.levelBefore.value, cp.unit)} → ${formatValue(cp.levelAfter.value, cp.unit)}`,
        change: trendChangeCell(cp),
        p: formatTrendP(cp.p),
        reason: `${cp.status === 'recovered' ? `back at run ${(cp.recoveredAt?.run ?? 0) + 1}` : 'holds'}; new level from run ${cp.after.run + 1} (${shortSha(cp.after.commit)})`,
    };
    if (history) {
        const before = history.values.filter((_, i) => history.runs[i] < cp.after.run);
        const reference = cp.levelBefore.value;
        out.picture = {
            direction: cp.direction,
            reference,
            current: cp.levelAfter.value,
            runCenters: before,
            interval: cp.levelAfter.ci,
            thresholdBand: [reference * (1 - cp.threshold), reference * (1 + cp.threshold)],
        };
    }
    return out;
}

// `perf-regression trend`: change points in a local history folder's suite → events, as Markdown on
// stdout (or JSON). Exit 1 while a regression event is active, as the scheduled action keeps an issue open.
function parseTrendArgs(args) {
    const { values, positionals } = parseCliArgs(args, {
        'history-dir': { type: 'string' },
        suite: { type: 'string' },
        branch: { type: 'string' },
        threshold: { type: 'string', multiple: true },
        alpha: { type: 'string' },
        'min-runs-after': { type: 'string' },
        window: { type: 'string' },
        json: { type: 'string' },
        markdown: { type: 'string' },
        html: { type: 'string' },
    });
    if (positionals.length > 0)
        throw new UsageError(`trend takes no file arguments (got "${positionals[0]}")`);
    const historyDir = values['history-dir'];
    if (!historyDir)
        throw new UsageError('trend needs --history-dir DIR');
    const count = (flag, value) => value === undefined ? undefined : parseCount(value, flag);
    const window = count('--window', values.window);
    if (window !== undefined && window < 2)
        throw new UsageError(`--window must be at least 2 (got "${window}")`);
    return {
        historyDir,
        suite: values.suite ?? 'benchmarks',
        branch: values.branch,
        thresholds: parseThresholds((values.threshold ?? []).join('\n'), '--threshold'),
        alpha: values.alpha === undefined ? undefined : parseAlpha(values.alpha, '--alpha'),
        minRunsAfter: count('--min-runs-after', values['min-runs-after']),
        window,
        json: values.json,
        markdown: values.markdown,
        html: values.html,
    };
}
async function trendCommand(args, io) {
    const report = await readTrend(args);
    for (const s of report.skipped)
        io.warn(`perf-regression: warning: ${s.seriesId}: left out: ${s.reason}`);
    const json = renderTrendJson(report);
    const markdown = renderTrendMarkdown(report);
    if (args.json && args.json !== '-')
        await writeReportFile(args.json, json);
    if (args.markdown && args.markdown !== '-')
        await writeReportFile(args.markdown, markdown);
    if (args.html)
        await writeReportFile(args.html, renderTrendHtml(report));
    io.out(args.json === '-' ? json : markdown);
    return report.events.some((e) => e.kind === 'regression' && e.status === 'active') ? 1 : 0;
}
async function readTrend(args) {
    const store = new LocalFolderStore(args.historyDir);
    const doc = await store.readDocument(args.suite);
    if (doc.entries.length === 0)
        throw new InputError(`${store.fileOf(args.suite)}: no recorded runs of suite "${args.suite}"`);
    // The branch the newest run was recorded on, unless one is asked for: a history folder usually holds one.
    const branch = args.branch ?? doc.entries.at(-1)?.branch;
    const entries = (await store.read(args.suite, { branches: [branch] })).filter((e) => e.branch === branch);
    if (entries.length === 0) {
        const branches = [...new Set(doc.entries.map((e) => e.branch))].join(', ');
        throw new InputError(`${store.fileOf(args.suite)}: no runs on branch "${branch}" (it has: ${branches})`);
    }
    return analyseTrend(args.suite, entries, {
        thresholds: args.thresholds,
        alpha: args.alpha,
        minRunsAfter: args.minRunsAfter,
        windowLength: args.window,
    });
}

// perf-regression on a terminal: `parse`, `compare`, `ab`, `dashboard`, `trend` and `import`.
// Exit codes: 0 ok, 1 regression (compare, ab) or an active regression event (trend), 2 bad input or usage.
const USAGE = `usage:
  perf-regression parse [--format F] [--samples] <file|glob|dir>...
  perf-regression compare --baseline <files...> [--baseline <files...>]... --current <files...>
  perf-regression compare --baseline-each <glob> --current <files...>
                          [--format F] [--threshold T] [--alpha A] [--budget B]... [--percentiles p95,p99]
                          [--output text|markdown|json] [--json FILE|-] [--markdown FILE]
                          [--html FILE] [--title NAME] [--allow-series-change]
  perf-regression compare --history-dir DIR [--suite NAME] [--baseline-runs N] [--history-size N]
                          [--commit SHA] [--no-record] --current <files...> [options as above]
  perf-regression ab --base <git-ref> --run '<command>' [--setup '<command>'] [--passes N]
                     [--timeout MINUTES] [--keep-outputs DIR] [options as above]
  perf-regression dashboard --history-dir DIR --out DIR [--repo-url URL]
  perf-regression trend --history-dir DIR [--suite NAME] [--branch NAME] [--threshold T]...
                        [--alpha P] [--min-runs-after N] [--window N] [--json FILE|-] [--markdown FILE]
  perf-regression import --from github-action-benchmark <data.js> --history-dir DIR [--suite NAME]
                         [--as NAME] [--branch NAME] [--history-size N] [--match <files...>]

Each --baseline starts one earlier run (oldest first); together they form the history window.
--baseline-each makes every file its glob matches one run (in name order, run_2 before run_10).
With --history-dir the window comes from (and this run is recorded into) a local history folder.
ab runs --run in a worktree of <git-ref> and in this work tree, alternating, --passes times (default 5);
the command writes its results to $PERF_REGRESSION_OUTPUT or stdout ($PERF_REGRESSION_SIDE: base/head).
dashboard writes the gh-pages dashboard of every suite in a history folder (open DIR/index.html);
--repo-url (https://github.com/OWNER/REPO) makes its commits and runs links.
stdout gets plain text on a terminal and Markdown otherwise, unless --output says; --json - is JSON.
--html writes one self-contained page (no network, opens from file://) with a picture of each change.
trend finds the change points in a suite's recorded history and prints the regression events.
import turns github-action-benchmark's data.js (one suite per benchmark name) into a history folder;
importing again adds only new runs. --match <today's output> gives its series our parser's scope
(catch2 test case, a lone go package); --branch is the branch compare reads (default: local).
formats: auto (default), ${FORMATS.join(', ')}
         aliases (github-action-benchmark's tool names, vitest, ab): ${Object.keys(FORMAT_ALIASES).join(', ')}
A run with no series is bad input; one sharing no series with its baseline fails (exit 1) and is not
recorded, unless --allow-series-change says the benchmarks were renamed or replaced on purpose.
exit codes: 0 no regression, 1 regression, budget overrun or no series in common (trend: an active
            regression event), 2 bad input or usage`;
async function runCli(argv, io) {
    const { out } = io;
    const [command, ...rest] = argv;
    // `perf-regression compare --help` asks for help, not about an option named --help.
    if (rest.includes('--help') || rest.includes('-h')) {
        out(`${USAGE}\n`);
        return 0;
    }
    switch (command) {
        case 'parse':
            return runParse(rest, out);
        case 'ab':
            return abCommand(rest, io);
        case 'compare':
            return compareCommand(parseCompareArgs(rest), io);
        case 'dashboard':
            return dashboardCommand(rest, out);
        case 'trend':
            return trendCommand(parseTrendArgs(rest), io);
        case 'import':
            return importCommand(rest, out);
        case '--help':
        case '-h':
        case 'help':
            out(`${USAGE}\n`);
            return 0;
        default:
            throw new UsageError(`${command ? `unknown command "${command}"` : 'missing command'}; expected parse, compare, ab, dashboard, trend or import`);
    }
}
async function runParse(args, out) {
    const { values, positionals } = parseCliArgs(args, {
        format: { type: 'string', default: 'auto' },
        samples: { type: 'boolean', default: false },
    });
    const format = parseFormat(String(values.format));
    if (positionals.length === 0)
        throw new UsageError('parse needs at least one file, glob or directory');
    const files = await readInputFiles(positionals);
    const parsed = parseInputs(files, format, heapProgress());
    checkHeap(() => `printing ${count(parsed.results.length)} series needs`);
    // A series' summary (n, median, min, max…) says what was read; its raw samples, a line each, can
    // be a hundred times longer (711,680 of them in a 29 MB pytest file), so they are asked for.
    const shown = values.samples ? parsed : { ...parsed, results: parsed.results.map(withoutSamples) };
    out(`${JSON.stringify(shown, null, 2)}\n`);
    return 0;
}
function withoutSamples({ samples: _, ...summary }) {
    return summary;
}
async function main() {
    // `perf-regression … | head` closes the pipe early: that is the reader's choice, not an error.
    process.stdout.on('error', (err) => {
        if (err.code !== 'EPIPE')
            throw err;
        process.exit(process.exitCode ?? 0);
    });
    try {
        process.exitCode = await runCli(process.argv.slice(2), {
            out: (s) => process.stdout.write(s),
            warn: (line) => process.stderr.write(`${line}\n`),
            isTTY: process.stdout.isTTY === true,
        });
    }
    catch (err) {
        if (err instanceof UsageError) {
            process.stderr.write(`perf-regression: ${err.message}; run "perf-regression --help" for usage\n`);
        }
        else if (err instanceof InputError || err instanceof HistoryError) {
            process.stderr.write(`perf-regression: ${err.message}\n`);
        }
        else {
            process.stderr.write(`perf-regression: internal error: ${err?.stack ?? String(err)}\n`);
            process.exitCode = 3;
            return;
        }
        process.exitCode = 2;
    }
}
await main();

export { runCli };
