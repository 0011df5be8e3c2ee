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
  /**
   * Where the code comes from. `placeholder`: a package IDIO ships (Node.js,
   * Python, a provided.al2023 bootstrap) that fails every invocation until
   * the user's pipeline deploys the real code. `s3Artifact`: a package in S3
   * the deployment names (java21: a JAR IDIO cannot compile).
   */
  readonly code: { readonly placeholder: true } | { readonly s3Artifact: true };
}

export const lambdaFunctionKind = declareKind<LambdaFunctionProps>()({
  kind: "aws.lambda.function",
  group: "compute",
  attrs: ["id", "arn", "name", "invokeArn"],
  description: "A Lambda function.",
});
