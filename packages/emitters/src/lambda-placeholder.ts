import { createHash } from "node:crypto";

const MESSAGE = "Placeholder deployed by IDIO: deploy the application code.";

/**
 * The code a Lambda function starts with until the user's pipeline deploys
 * the real package: it fails every invocation, so a queue-fed function leaves
 * its messages on the queue (SQS redrives them, then the dead-letter queue
 * keeps them) and an HTTP API answers 500. Same runtime and handler, same bytes.
 */
export function placeholderSource(
  runtime: string,
  handler: string,
): {
  fileName: string;
  source: string;
  executable: boolean;
} {
  if (runtime.startsWith("provided"))
    return { fileName: "bootstrap", source: BOOTSTRAP, executable: true };
  const dot = handler.lastIndexOf(".");
  const module = dot > 0 ? handler.slice(0, dot) : "index";
  const exported = dot > 0 ? handler.slice(dot + 1) : "handler";
  if (runtime.startsWith("python")) {
    return {
      fileName: `${module}.py`,
      source: `def ${exported}(event, context):\n    raise RuntimeError("${MESSAGE}")\n`,
      executable: false,
    };
  }
  return {
    fileName: `${module}.js`,
    source: `exports.${exported} = async () => {\n  throw new Error("${MESSAGE}");\n};\n`,
    executable: false,
  };
}

/** Runtimes whose placeholder CloudFormation can carry inline (`Code.ZipFile`: Node.js and Python only). */
export function inlinePlaceholder(runtime: string): boolean {
  return runtime.startsWith("nodejs") || runtime.startsWith("python");
}

/**
 * A custom-runtime bootstrap that reports every invocation as an error
 * through the Lambda runtime API, in shell with curl as in AWS's own
 * provided.al2023 walkthrough
 * (https://docs.aws.amazon.com/lambda/latest/dg/runtimes-walkthrough.html,
 * https://docs.aws.amazon.com/lambda/latest/dg/runtimes-api.html).
 */
const BOOTSTRAP = `#!/bin/sh
# ${MESSAGE}
# Fails every invocation through the Lambda runtime API until the real bootstrap is deployed.
set -eu
API="http://\${AWS_LAMBDA_RUNTIME_API}/2018-06-01/runtime/invocation"
HEADERS=/tmp/idio-placeholder-headers
while true; do
  curl -sS -D "$HEADERS" -o /dev/null "$API/next"
  REQUEST_ID=$(grep -i '^Lambda-Runtime-Aws-Request-Id:' "$HEADERS" | cut -d: -f2 | tr -d '[:space:]')
  curl -sS -o /dev/null -X POST "$API/$REQUEST_ID/error" \\
    -H "Lambda-Runtime-Function-Error-Type: Unhandled" \\
    -d '{"errorType":"PlaceholderNotDeployed","errorMessage":"${MESSAGE}"}'
done
`;

/** A placeholder package as a deterministic zip (stored, fixed 1980-01-01 timestamps). */
export function placeholderZip(
  runtime: string,
  handler: string,
): {
  name: string;
  bytes: Buffer;
  sha256Base64: string;
} {
  const { fileName, source, executable } = placeholderSource(runtime, handler);
  const bytes = storedZip(fileName, Buffer.from(source, "utf8"), executable ? 0o755 : 0o644);
  const digest = createHash("sha256").update(bytes).digest();
  const family = runtime.startsWith("python")
    ? "python"
    : runtime.startsWith("provided")
      ? "provided"
      : "node";
  return {
    name: `lambda-placeholder-${family}-${fileName.replace(/[^A-Za-z0-9]+/g, "-")}.zip`,
    bytes,
    sha256Base64: digest.toString("base64"),
  };
}

/** A one-file zip archive without compression: tiny, and identical on every machine. */
function storedZip(fileName: string, data: Buffer, mode: number): Buffer {
  const name = Buffer.from(fileName, "utf8");
  const crc = crc32(data);
  const dosTime = 0;
  const dosDate = (0 << 9) | (1 << 5) | 1; // 1980-01-01
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(0, 6);
  local.writeUInt16LE(0, 8);
  local.writeUInt16LE(dosTime, 10);
  local.writeUInt16LE(dosDate, 12);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(name.length, 26);
  local.writeUInt16LE(0, 28);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(0x031e, 4); // made by Unix, so the mode below is honoured
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(0, 8);
  central.writeUInt16LE(0, 10);
  central.writeUInt16LE(dosTime, 12);
  central.writeUInt16LE(dosDate, 14);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(name.length, 28);
  central.writeUInt16LE(0, 30);
  central.writeUInt16LE(0, 32);
  central.writeUInt16LE(0, 34);
  central.writeUInt16LE(0, 36);
  central.writeUInt32LE(((0o100000 | mode) << 16) >>> 0, 38);
  central.writeUInt32LE(0, 42);
  const centralOffset = local.length + name.length + data.length;
  const centralSize = central.length + name.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(centralOffset, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}
