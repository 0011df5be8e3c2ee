import type { Ref } from "../values.js";
import { declareKind } from "./declare-kind.js";

/** `aws.elbv2.listener`: A load balancer listener. */
export interface ListenerProps {
  readonly loadBalancerArn: Ref;
  readonly port: number;
  readonly protocol: "HTTP" | "HTTPS";
  /** ELB security policy for HTTPS listeners (TLS 1.2+). */
  readonly sslPolicy?: string;
  readonly certificateArn?: Ref;
  readonly defaultAction:
    | { readonly type: "forward"; readonly targetGroupArn: Ref }
    | {
        readonly type: "redirect";
        readonly port: string;
        readonly protocol: "HTTPS";
        readonly statusCode: "HTTP_301";
      };
}

export const listenerKind = declareKind<ListenerProps>()({
  kind: "aws.elbv2.listener",
  group: "edge",
  attrs: ["id", "arn"],
  description: "A load balancer listener.",
});
