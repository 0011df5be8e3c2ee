import { declareKind } from "./declare-kind.js";

/** `aws.apigatewayv2.api`: An API Gateway HTTP API. */
export interface HttpApiProps {
  readonly name: string;
  readonly protocolType: "HTTP";
  readonly disableExecuteApiEndpoint: boolean;
}

export const httpApiKind = declareKind<HttpApiProps>()({
  kind: "aws.apigatewayv2.api",
  group: "edge",
  attrs: ["id", "arn", "apiEndpoint", "executionArn"],
  description: "An API Gateway HTTP API.",
});
