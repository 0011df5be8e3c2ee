// @babel/code-frame ships no types; this is the part IDIO uses.
declare module "@babel/code-frame" {
  export interface Location {
    start: { line: number; column?: number };
    end?: { line: number; column?: number };
  }
  export interface Options {
    highlightCode?: boolean;
    forceColor?: boolean;
    linesAbove?: number;
    linesBelow?: number;
    message?: string;
    /** Line number of the first line of `rawLines` (default 1). */
    startLine?: number;
  }
  export function codeFrameColumns(rawLines: string, location: Location, options?: Options): string;
}
