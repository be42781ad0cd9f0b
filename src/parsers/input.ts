/** One input file as read from disk: `path` is how the user named it (relative to the workspace), `text` its content. */
export interface InputFile {
  path: string;
  text: string;
}
