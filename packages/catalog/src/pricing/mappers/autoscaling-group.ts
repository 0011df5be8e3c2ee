import type { PriceMapper } from "../mapper-types.js";
import { averageCount, HOURS_PER_MONTH, standbyCount } from "./shared.js";

/**
 * EC2 instances at the group's average size, and their root volumes. A DR
 * standby takes no traffic until failover, so it runs its desired capacity
 * (none for a pilot light: no instance hours at all).
 */
export const autoScalingGroupMapper: PriceMapper<"aws.autoscaling.group"> = {
  kind: "aws.autoscaling.group",
  components(node, context) {
    const template = context.node(node.props.launchTemplateId.ref);
    if (template?.kind !== "aws.ec2.launch_template") return [];
    const floor = Math.max(node.props.minSize, node.props.desiredCapacity);
    const { average, baselineShare } =
      node.region === "dr"
        ? standbyCount(node.props.desiredCapacity)
        : averageCount(context, node.tier, floor, node.props.maxSize);
    const instanceType = template.props.instanceType;
    return [
      {
        component: `EC2 ${instanceType} (Linux, on-demand)`,
        product: "ec2-instance-hours",
        attributes: { instanceType, operatingSystem: "Linux" },
        quantity: average * HOURS_PER_MONTH,
        baselineShare,
        commitment: "compute-savings-plan",
      },
      {
        component: `EBS gp3 root volumes (${template.props.rootVolume.sizeGb} GB each)`,
        product: "ebs-gp3-storage-gb-months",
        quantity: average * template.props.rootVolume.sizeGb,
      },
    ];
  },
};
