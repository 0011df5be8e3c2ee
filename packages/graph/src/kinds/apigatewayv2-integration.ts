import type { Ref } from "../values.js";
import { declareKind } from "./declare-kind.js";

/** `aws.apigatewayv2.integration`: Connects an HTTP API to a Lambda function. */
export interface HttpApiIntegrationProps {
  readonly apiId: Ref;
  readonly integrationType: "AWS_PROXY";
  readonly integrationUri: Ref;
  readonly payloadFormatVersion: "2.0";
  readonly timeoutMilliseconds: number;
}

export const httpApiIntegrationKind = declareKind<HttpApiIntegrationProps>()({
  kind: "aws.apigatewayv2.integration",
  group: "edge",
  attrs: ["id"],
  description: "Connects an HTTP API to a Lambda function.",
});
