import type { Join, Ref } from "../values.js";
import { declareKind } from "./declare-kind.js";

/** `aws.lambda.permission`: Allows a service to invoke a function. */
export interface LambdaPermissionProps {
  readonly functionName: Ref;
  readonly action: "lambda:InvokeFunction";
  readonly principal: string;
  readonly sourceArn: Ref | Join;
}

export const lambdaPermissionKind = declareKind<LambdaPermissionProps>()({
  kind: "aws.lambda.permission",
  group: "compute",
  attrs: ["id"],
  description: "Allows a service to invoke a function.",
});
