import type { Ref } from "../values.js";
import { declareKind } from "./declare-kind.js";

/** `aws.apigatewayv2.stage`: The HTTP API's stage with access logs and throttling. */
export interface HttpApiStageProps {
  readonly apiId: Ref;
  readonly name: string;
  readonly autoDeploy: boolean;
  readonly accessLogs: { readonly destinationArn: Ref; readonly format: string };
  readonly throttling: { readonly burstLimit: number; readonly rateLimit: number };
}

export const httpApiStageKind = declareKind<HttpApiStageProps>()({
  kind: "aws.apigatewayv2.stage",
  group: "edge",
  attrs: ["id", "arn", "invokeUrl"],
  description: "The HTTP API's stage with access logs and throttling.",
});
