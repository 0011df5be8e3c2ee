import type { Ref } from "../values.js";
import { declareKind } from "./declare-kind.js";

/** `aws.apigatewayv2.api_mapping`: Serves an HTTP API's stage under a custom domain name. */
export interface HttpApiMappingProps {
  readonly apiId: Ref;
  /** The custom domain name (a reference, so the mapping waits for it). */
  readonly domainName: Ref;
  /** The stage's name (a reference, so the mapping waits for the stage). */
  readonly stage: Ref;
}

export const httpApiMappingKind = declareKind<HttpApiMappingProps>()({
  kind: "aws.apigatewayv2.api_mapping",
  group: "edge",
  attrs: ["id"],
  description: "Serves an HTTP API's stage under a custom domain name.",
});
