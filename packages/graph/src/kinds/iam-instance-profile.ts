import type { Ref } from "../values.js";
import { declareKind } from "./declare-kind.js";

/** `aws.iam.instance_profile`: Lets EC2 instances assume a role. */
export interface InstanceProfileProps {
  readonly name: string;
  readonly role: Ref;
}

export const instanceProfileKind = declareKind<InstanceProfileProps>()({
  kind: "aws.iam.instance_profile",
  group: "security",
  attrs: ["id", "arn", "name"],
  description: "Lets EC2 instances assume a role.",
});
