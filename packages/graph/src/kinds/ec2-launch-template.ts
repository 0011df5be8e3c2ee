import type { Join, Ref } from "../values.js";
import { declareKind } from "./declare-kind.js";

/** `aws.ec2.launch_template`: An EC2 launch template (IMDSv2 only) whose user data starts the tier's container. */
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
  /**
   * The boot script that starts the application. The emitters write it
   * base64-encoded as `#!/bin/bash`, then `IDIO_IMAGE='<image>'` (the image,
   * or a deployment variable when `image` is null), then `script`.
   */
  readonly userData?: { readonly image: string | null; readonly script: Join };
}

export const launchTemplateKind = declareKind<LaunchTemplateProps>()({
  kind: "aws.ec2.launch_template",
  group: "compute",
  attrs: ["id", "arn", "latestVersion"],
  description: "An EC2 launch template (IMDSv2 only) whose user data starts the tier's container.",
});
