/**
 * A loopback HTTP server that speaks the Price List API's JSON 1.1 protocol
 * (POST /, X-Amz-Target: AWSPriceListService.GetProducts), so the real
 * client — HTTP handler, timeouts, retries, pagination — runs unchanged.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { RecordedCall } from "./mock-pricing-client.js";

/** A reply: a status and body, or `hang` (accept the request, never answer). */
export type PricingReply = { readonly status?: number; readonly body: string } | "hang";

export interface PricingApiServer {
  readonly endpoint: string;
  /** Every request received, in order. */
  readonly calls: RecordedCall[];
  close(): Promise<void>;
}

export const EMPTY_PAGE = '{"FormatVersion":"aws_v1","PriceList":[]}';

/** The error body the API sends, with the status it uses for it. */
export function apiError(type: string, message: string, status = 400): PricingReply {
  return { status, body: JSON.stringify({ __type: type, message }) };
}

export async function startPricingApiServer(
  answer: (call: RecordedCall, index: number) => PricingReply | undefined,
): Promise<PricingApiServer> {
  const calls: RecordedCall[] = [];
  const handle = (request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const call: RecordedCall = {
        target: String(request.headers["x-amz-target"] ?? ""),
        body: JSON.parse(Buffer.concat(chunks).toString("utf8")) as RecordedCall["body"],
      };
      calls.push(call);
      const reply = answer(call, calls.length - 1) ?? { body: EMPTY_PAGE };
      if (reply === "hang") return;
      response.writeHead(reply.status ?? 200, {
        "content-type": "application/x-amz-json-1.1",
        "x-amzn-requestid": `request-${calls.length}`,
      });
      response.end(reply.body);
    });
  };
  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    calls,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Fixed test credentials: the requests are signed as they would be against AWS. */
export const TEST_CREDENTIALS = {
  accessKeyId: "AKIDEXAMPLE",
  secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
} as const;
