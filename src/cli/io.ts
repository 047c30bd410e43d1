/** Where a command writes: its output and its one-line errors (the process's streams, or a test's lists). */
export interface Io {
  out(text: string): void;
  err(text: string): void;
}
