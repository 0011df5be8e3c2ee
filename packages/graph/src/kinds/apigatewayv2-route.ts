import type { Join, Ref } from "../values.js";
import { declareKind } from "./declare-kind.js";

/** `aws.apigatewayv2.route`: An HTTP API route. */
export interface HttpApiRouteProps {
  readonly apiId: Ref;
  readonly routeKey: string;
  /** `integrations/<integration id>`. */
  readonly target: Join;
}

export const httpApiRouteKind = declareKind<HttpApiRouteProps>()({
  kind: "aws.apigatewayv2.route",
  group: "edge",
  attrs: ["id"],
  description: "An HTTP API route.",
});
