/**
 * A real PricingClient whose HTTP transport is replaced: each request is
 * answered from recorded GetProducts responses (FormatVersion aws_v1, the
 * API's JSON 1.1 protocol), so the SDK's serialisation, signing, retries,
 * deserialisation and pagination all run, without a network.
 */
import { readFileSync } from "node:fs";
import { Readable } from "node:stream";
import { PricingClient } from "@aws-sdk/client-pricing";

export interface RecordedCall {
  readonly target: string;
  readonly body: {
    ServiceCode: string;
    Filters: { Type: string; Field: string; Value: string }[];
    NextToken?: string;
    FormatVersion?: string;
    MaxResults?: number;
  };
}

export function recorded(name: string): string {
  return readFileSync(new URL(`./get-products-${name}.json`, import.meta.url), "utf8");
}

/** `answer` returns the recorded body for a call, or undefined for an empty page. */
export function mockPricingClient(answer: (call: RecordedCall) => string | undefined): {
  client: PricingClient;
  calls: RecordedCall[];
} {
  const calls: RecordedCall[] = [];
  const client = new PricingClient({
    region: "us-east-1",
    credentials: {
      accessKeyId: "AKIDEXAMPLE",
      secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    },
    maxAttempts: 1,
    requestHandler: {
      handle: async (request: { headers: Record<string, string>; body?: unknown }) => {
        const call: RecordedCall = {
          target: request.headers["x-amz-target"] ?? "",
          body: JSON.parse(String(request.body)) as RecordedCall["body"],
        };
        calls.push(call);
        const body = answer(call) ?? '{"FormatVersion":"aws_v1","PriceList":[]}';
        // Recorded error bodies (`__type`) come back with the status the API uses for them.
        const statusCode = body.includes('"__type"') ? 400 : 200;
        return {
          response: {
            statusCode,
            headers: {
              "content-type": "application/x-amz-json-1.1",
              "x-amzn-requestid": `request-${calls.length}`,
            },
            body: Readable.from([Buffer.from(body)]),
          },
        };
      },
    } as never,
  });
  return { client, calls };
}
