import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { placeholderSource } from "./lambda-placeholder.js";

/**
 * The placeholders run: the Node.js and Python handlers throw, and the
 * provided.al2023 bootstrap reports each invocation as an error to a
 * loopback server speaking the Lambda runtime API's routes
 * (https://docs.aws.amazon.com/lambda/latest/dg/runtimes-api.html).
 */

const has = (tool: string) => spawnSync("sh", ["-c", `command -v ${tool}`]).status === 0;

function body(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let text = "";
    request.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
    request.on("end", () => resolve(text));
  });
}

describe("Lambda placeholders fail every invocation", () => {
  it("Node.js: the handler rejects", async () => {
    const { source } = placeholderSource("nodejs22.x", "index.handler");
    const module = { exports: {} as Record<string, () => Promise<unknown>> };
    new Function("exports", "module", source)(module.exports, module);
    await expect(module.exports.handler!()).rejects.toThrow(
      "Placeholder deployed by IDIO: deploy the application code.",
    );
  });

  it.skipIf(!has("python3"))("Python: the handler raises", () => {
    const { source } = placeholderSource("python3.13", "app.handler");
    const run = spawnSync("python3", ["-c", `${source}\nhandler({}, None)`], { encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      "RuntimeError: Placeholder deployed by IDIO: deploy the application code.",
    );
  });

  it.skipIf(!has("curl"))(
    "provided.al2023: the bootstrap posts an error for each invocation it takes",
    async () => {
      const { source, fileName } = placeholderSource("provided.al2023", "bootstrap");
      expect(fileName).toBe("bootstrap");
      const errors: { id: string; type: string | undefined; body: string }[] = [];
      let served = 0;
      const server = createServer((request, response) => {
        void (async () => {
          const url = request.url ?? "";
          if (url === "/2018-06-01/runtime/invocation/next") {
            served += 1;
            if (served > 2) return; // hold the third poll open, as Lambda does between events
            response.writeHead(200, {
              "Lambda-Runtime-Aws-Request-Id": `request-${served}`,
              "Content-Type": "application/json",
            });
            response.end("{}");
            return;
          }
          const match = /^\/2018-06-01\/runtime\/invocation\/([^/]+)\/error$/.exec(url);
          if (match && request.method === "POST") {
            errors.push({
              id: match[1]!,
              type: request.headers["lambda-runtime-function-error-type"] as string | undefined,
              body: await body(request),
            });
            response.writeHead(202).end();
            return;
          }
          response.writeHead(404).end();
        })();
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      const port = (server.address() as AddressInfo).port;
      const dir = mkdtempSync(join(tmpdir(), "idio-bootstrap-"));
      writeFileSync(join(dir, "bootstrap"), source, { mode: 0o755 });
      const child = spawn(join(dir, "bootstrap"), [], {
        env: { PATH: process.env.PATH, AWS_LAMBDA_RUNTIME_API: `127.0.0.1:${port}` },
        stdio: "ignore",
      });
      try {
        await expect
          .poll(() => errors.length, { timeout: 20_000, interval: 50 })
          .toBeGreaterThanOrEqual(2);
        expect(errors.slice(0, 2)).toEqual(
          ["request-1", "request-2"].map((id) => ({
            id,
            type: "Unhandled",
            body: '{"errorType":"PlaceholderNotDeployed","errorMessage":"Placeholder deployed by IDIO: deploy the application code."}',
          })),
        );
      } finally {
        child.kill();
        server.closeAllConnections();
        server.close();
        rmSync(dir, { recursive: true, force: true });
      }
    },
    30_000,
  );
});
