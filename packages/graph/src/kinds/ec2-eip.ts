import { declareKind } from "./declare-kind.js";

/** `aws.ec2.eip`: An Elastic IP for a NAT gateway. */
export interface ElasticIpProps {
  readonly domain: "vpc";
}

export const elasticIpKind = declareKind<ElasticIpProps>()({
  kind: "aws.ec2.eip",
  group: "network",
  attrs: ["id", "allocationId", "publicIp"],
  description: "An Elastic IP for a NAT gateway.",
});
