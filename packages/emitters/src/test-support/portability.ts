import { hostname, userInfo } from "node:os";
import type { EmittedFile } from "../emitted-file.js";

/** Traces of the machine that emitted a file: none may appear in the output. */
export function machineTraces(files: readonly EmittedFile[]): string[] {
  const user = userInfo().username;
  const needles = [hostname(), process.cwd(), "/tmp/", "/home/", "/root", "cdktf.out", "C:\\\\"];
  if (user.length > 3) needles.push(`/${user}/`);
  const found: string[] = [];
  for (const file of files) {
    if (file.encoding === "base64") continue;
    for (const needle of needles) {
      if (file.contents.includes(needle)) found.push(`${file.path}: ${needle}`);
    }
    // A timestamp such as 2026-11-21T08:42:05.
    const stamp = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.exec(file.contents);
    if (stamp) found.push(`${file.path}: ${stamp[0]}`);
  }
  return found;
}
