import type { Ref } from "../values.js";

/** `aws.apigatewayv2.stage`: The HTTP API's stage with access logs and throttling. */
export interface HttpApiStageProps {
  readonly apiId: Ref;
  readonly name: string;
  readonly autoDeploy: boolean;
  readonly accessLogs: { readonly destinationArn: Ref; readonly format: string };
  readonly throttling: { readonly burstLimit: number; readonly rateLimit: number };
}

export const httpApiStageKind = {
  kind: "aws.apigatewayv2.stage",
  group: "edge",
  attrs: ["id", "arn", "invokeUrl"],
  description: "The HTTP API's stage with access logs and throttling.",
} as const;
