/** One input file as read from disk: `path` is how the user named it (relative to the workspace), `text` its content. */
export interface InputFile {
  path: string;
  text: string;
}

/**
 * A copy of a piece of a file's text that does not keep the whole text alive: V8's slices point into
 * their parent string, so one benchmark name cut from a 100 MB output held all of it.
 */
export function detached(piece: string): string {
  return JSON.parse(JSON.stringify(piece)) as string;
}
