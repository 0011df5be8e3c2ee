import { ref } from "@idio-iac/graph";
import { type CompileContext, kmsKeyRef, nameOf } from "../../context/context.js";
import { subnetRefs } from "../platform/build-network.js";
import { buildLoadBalancer } from "../shared/build-load-balancer.js";
import { checkZoneFloor } from "./build-fargate.js";
import { addAlarms, type AlarmRecipe } from "../shared/alarm-recipes.js";
import { addLogGroup, dim } from "../shared/build-observability.js";
import { tierScope, type TierScope } from "../shared/tier-scope.js";
import { accessFor, type TierAccess } from "../shared/build-permissions.js";
import { addSecurityGroup, sgId } from "../shared/build-security-group.js";
import { because } from "../../reason.js";
import type { ResolvedTier } from "../../context/resolve-tiers.js";
import type { ComputeDecision } from "../../decide/select-compute.js";
import { sizeEc2, warmStandbyCapacity, type Ec2Sizing } from "../../size/size-compute.js";
import type { Site } from "../../ids.js";

/** Latest Amazon Linux 2023 for ARM, resolved by EC2 at launch (no data source, no pinned AMI id). */
export const AL2023_ARM64_IMAGE =
  "resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-arm64";

/** A Graviton Auto Scaling group behind an ALB: IMDSv2 only, SSM instead of SSH, encrypted volumes. */
export function buildEc2(
  context: CompileContext,
  t: ResolvedTier,
  decision: ComputeDecision,
  site: Site = "primary",
): void {
  const { availability } = context;
  const s = tierScope(context, t, site);
  const primary = sizeEc2(t, availability.zoneCount, availability.production);
  const sizing = s.dr
    ? { ...primary, ...warmStandbyCapacity(primary, context.drRegion!) }
    : primary;
  if (!s.dr) checkZoneFloor(context, t, sizing.min);
  const access = accessFor(context, t, "ec2", site);
  addLogGroup(context, t, `/idio/${t.awsName}${s.dr ? "-dr" : ""}`, {
    id: s.id("log-group"),
    site,
  });
  addInstanceRole(s, access);
  addSecurityGroup(context, t, { id: sgId(t, site), what: `Instances of ${t.name}`, site });
  addLaunchTemplate(s, sizing);
  const lb =
    decision.entry === "alb"
      ? buildLoadBalancer(context, t, { type: "instance", port: t.port }, site)
      : undefined;
  addAutoScalingGroup(s, decision, sizing, lb);
  addAlarms(
    context,
    t,
    EC2_ALARMS,
    undefined,
    { AutoScalingGroupName: dim.name(s.id("asg")) },
    site,
  );
}

/** The instance role (Session Manager, CloudWatch agent, the tier's connections) and its profile. */
function addInstanceRole({ context, t, site, id, nameParts }: TierScope, access: TierAccess): void {
  context.nodes.add({
    id: id("instance.role"),
    kind: "aws.iam.role",
    tier: t.name,
    region: site,
    props: {
      name: nameOf(context, nameParts("instance")),
      description: `Role the instances of ${t.name} run as`,
      assumedBy: ["ec2.amazonaws.com"],
      inlinePolicies: access.statements.length
        ? [{ name: "connections", statements: access.statements }]
        : [],
      managedPolicies: ["AmazonSSMManagedInstanceCore", "CloudWatchAgentServerPolicy"],
      maxSessionDurationSeconds: 3600,
    },
    reason: because(
      "Instance role: Session Manager access instead of SSH keys, the CloudWatch agent, and only the actions the tier's connections need",
      [`${t.pointer}/connectsTo`, ...access.pointers],
    ),
  });
  context.nodes.add({
    id: id("instance-profile"),
    kind: "aws.iam.instance_profile",
    tier: t.name,
    region: site,
    props: {
      name: nameOf(context, nameParts("instance")),
      role: ref(id("instance.role"), "name"),
    },
    reason: because("Lets the instances assume their role", [t.pointer]),
  });
}

function addLaunchTemplate({ context, t, site, dr, id }: TierScope, sizing: Ec2Sizing): void {
  context.nodes.add({
    id: id("launch-template"),
    kind: "aws.ec2.launch_template",
    tier: t.name,
    region: site,
    props: {
      namePrefix: `${t.awsName}${dr ? "-dr" : ""}-`,
      imageId: AL2023_ARM64_IMAGE,
      instanceType: sizing.instanceType.name,
      iamInstanceProfileArn: ref(id("instance-profile"), "arn"),
      securityGroupIds: [ref(sgId(t, site))],
      metadataOptions: {
        httpTokens: "required",
        httpPutResponseHopLimit: 1,
        httpEndpoint: "enabled",
      },
      rootVolume: {
        sizeGb: 30,
        volumeType: "gp3",
        encrypted: true,
        kmsKeyId: kmsKeyRef(context, "arn", site),
      },
      detailedMonitoring: context.availability.production,
    },
    reason: because(
      `${sizing.instanceType.name} (Graviton) on Amazon Linux 2023; IMDSv2 only, encrypted gp3 root volume`,
      [t.pointer, ...sizing.pointers],
      sizing.calculation,
    ),
  });
}

function addAutoScalingGroup(
  { context, t, site, dr, id }: TierScope,
  decision: ComputeDecision,
  sizing: Ec2Sizing,
  lb: { targetGroup: string; listener: string } | undefined,
): void {
  context.nodes.add({
    id: id("asg"),
    kind: "aws.autoscaling.group",
    tier: t.name,
    region: site,
    props: {
      name: `${t.awsName}${dr ? "-dr" : ""}`,
      launchTemplateId: ref(id("launch-template")),
      minSize: sizing.min,
      maxSize: sizing.max,
      desiredCapacity: sizing.desired,
      subnetIds: subnetRefs(context, site, "private"),
      targetGroupArns: lb ? [ref(lb.targetGroup, "arn")] : [],
      healthCheckType: lb ? "ELB" : "EC2",
      healthCheckGracePeriod: 300,
      targetCpuPercent: sizing.targetCpuPercent,
    },
    dependsOn: lb ? [lb.listener] : [],
    reason: because(
      `${decision.summary}; ${sizing.min}-${sizing.max} ${sizing.instanceType.name} instances across ${context.availability.zoneCount} AZs, target ${sizing.targetCpuPercent}% CPU`,
      [t.pointer, ...decision.fields.map((f) => `${t.pointer}/${f}`), ...sizing.pointers],
      [`rule ${decision.rule}`, ...sizing.calculation],
    ),
  });
}

/** The group's alarm (namespace AWS/EC2): CPU high although autoscaling is at its limit. */
const EC2_ALARMS: readonly AlarmRecipe<undefined>[] = [
  {
    metric: "cpu",
    namespace: "AWS/EC2",
    metricName: "CPUUtilization",
    statistic: "Average",
    periodSeconds: 300,
    evaluationPeriods: 3,
    threshold: () => 85,
    comparisonOperator: "GreaterThanThreshold",
    summary: (tier) => `${tier} average CPU above 85% for 15 minutes (the group is at its limit)`,
  },
];
