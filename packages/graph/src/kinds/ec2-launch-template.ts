import type { Ref } from "../values.js";
import { declareKind } from "./declare-kind.js";

/** `aws.ec2.launch_template`: An EC2 launch template (Graviton by default, IMDSv2 only). */
export interface LaunchTemplateProps {
  readonly namePrefix: string;
  /** `resolve:ssm:` parameter of the latest Amazon Linux AMI, resolved by EC2 at launch. */
  readonly imageId: string;
  readonly instanceType: string;
  readonly iamInstanceProfileArn: Ref;
  readonly securityGroupIds: readonly Ref[];
  readonly metadataOptions: {
    readonly httpTokens: "required" | "optional";
    readonly httpPutResponseHopLimit: number;
    readonly httpEndpoint: "enabled" | "disabled";
  };
  readonly rootVolume: {
    readonly sizeGb: number;
    readonly volumeType: "gp3";
    readonly encrypted: boolean;
    readonly kmsKeyId?: Ref;
  };
  readonly detailedMonitoring: boolean;
}

export const launchTemplateKind = declareKind<LaunchTemplateProps>()({
  kind: "aws.ec2.launch_template",
  group: "compute",
  attrs: ["id", "arn", "latestVersion"],
  description: "An EC2 launch template (Graviton by default, IMDSv2 only).",
});
