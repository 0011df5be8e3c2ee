/**
 * Child process for the interruption test: writes a large file with
 * writeFileAtomically so that a signal can arrive mid-write.
 * Usage: node --import tsx write-large-file.ts <target> <megabytes>
 */
import { writeFileAtomically } from "../cli/write-file-atomically.js";

const [target, megabytes = "200"] = process.argv.slice(2);
await writeFileAtomically(target!, "x".repeat(Number(megabytes) * 1024 * 1024));
