import type { Join, Ref } from "../values.js";
import { declareKind } from "./declare-kind.js";

/** `aws.lambda.function`: A Lambda function. */
export interface LambdaFunctionProps {
  readonly functionName: string;
  readonly runtime: string;
  readonly handler: string;
  readonly memorySize: number;
  readonly timeoutSeconds: number;
  readonly architectures: readonly ("arm64" | "x86_64")[];
  readonly roleArn: Ref;
  readonly tracing: "Active" | "PassThrough";
  readonly reservedConcurrency?: number;
  readonly environment: Readonly<Record<string, string | Ref | Join>>;
  readonly kmsKeyArn?: Ref;
  readonly vpcConfig?: {
    readonly subnetIds: readonly Ref[];
    readonly securityGroupIds: readonly Ref[];
  };
  readonly logGroupName: Ref;
  /** Placeholder deployment package; the user's pipeline deploys the real code. */
  readonly code: { readonly placeholder: true };
}

export const lambdaFunctionKind = declareKind<LambdaFunctionProps>()({
  kind: "aws.lambda.function",
  group: "compute",
  attrs: ["id", "arn", "name", "invokeArn"],
  description: "A Lambda function.",
});
