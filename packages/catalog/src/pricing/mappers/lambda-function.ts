import type { PriceMapper } from "../mapper-types.js";
import { requestsOf } from "./shared.js";

const DURATION_MS: Record<string, number> = { web: 100, api: 100, function: 200, worker: 1000 };

/** Invocations and GB-seconds from the tier's requests and an assumed average duration. */
export const lambdaFunctionMapper: PriceMapper<"aws.lambda.function"> = {
  kind: "aws.lambda.function",
  components(node, context) {
    const requests = requestsOf(context, node);
    const type = context.tier(node.tier)?.type ?? "function";
    const durationMs = context.assume({
      key: `lambda.averageDurationMs.${type}`,
      value: DURATION_MS[type] ?? 200,
      unit: "ms",
      description: `Average billed duration of a ${type} tier's Lambda invocation`,
    });
    const architecture = node.props.architectures.includes("arm64") ? "arm64" : "x86_64";
    const gbSeconds = requests * (durationMs / 1000) * (node.props.memorySize / 1024);
    return [
      { component: "Lambda requests", product: "lambda-requests", quantity: requests },
      {
        component: `Lambda duration (${architecture}, ${node.props.memorySize} MB)`,
        product: "lambda-duration-gb-seconds",
        attributes: { architecture },
        quantity: gbSeconds,
      },
    ];
  },
};
