import { join, ref, type Join, type Ref } from "@idio-iac/graph";
import { imageIn } from "../platform/build-ecr-replication.js";
import {
  type CompileContext,
  kmsKeyRef,
  nameOf,
  siteRegion,
  standbyShareOf,
} from "../../context/context.js";
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
import { sizeEc2, standbyCapacity, type Ec2Sizing } from "../../size/size-compute.js";
import { siteSuffix, type Site } from "../../ids.js";
import {
  architectureNote,
  architectureOf,
  tierEnvironment,
  type Architecture,
  type TierEnvironmentEntry,
} from "../shared/tier-application.js";

/**
 * The latest Amazon Linux 2023 AMI for the architecture, as the public SSM
 * parameter EC2 resolves at each launch: no data source (the plan stays
 * offline), no pinned AMI id that ages
 * (https://docs.aws.amazon.com/autoscaling/ec2/userguide/using-systems-manager-parameters.html,
 * https://docs.aws.amazon.com/linux/al2023/ug/ec2.html#launch-via-aws-cli). The standard
 * image carries the AWS CLI (for the ECR login) and dnf (for Docker).
 */
export const AL2023_IMAGE: Readonly<Record<Architecture, string>> = {
  x86_64: "resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64",
  arm64: "resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-arm64",
};

/** An Auto Scaling group behind an ALB that runs the tier's container: IMDSv2 only, SSM instead of SSH, encrypted volumes. */
export function buildEc2(
  context: CompileContext,
  t: ResolvedTier,
  decision: ComputeDecision,
  site: Site = "primary",
): void {
  const { availability } = context;
  const s = tierScope(context, t, site);
  const primary = sizeEc2(
    t,
    availability.zoneCount,
    availability.production,
    context.intent.cost?.monthlyBudgetUsd,
  );
  const share = standbyShareOf(context, site);
  const sizing =
    share === undefined
      ? primary
      : { ...primary, ...standbyCapacity(primary, share, siteRegion(context, site)) };
  if (!s.dr) checkZoneFloor(context, t, sizing.min);
  const access = accessFor(context, t, "ec2", site);
  const logGroup = addLogGroup(context, t, `/idio/${t.awsName}${s.suffix}`, {
    id: s.id("log-group"),
    site,
  });
  addInstanceRole(s, access);
  addSecurityGroup(context, t, { id: sgId(t, site), what: `Instances of ${t.name}`, site });
  const environment = tierEnvironment(context, t, access, "ec2", site);
  addLaunchTemplate(s, sizing, bootScript(s, environment, logGroup));
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
      managedPolicies: [
        "AmazonSSMManagedInstanceCore",
        "CloudWatchAgentServerPolicy",
        "AmazonEC2ContainerRegistryReadOnly",
      ],
      maxSessionDurationSeconds: 3600,
    },
    reason: because(
      "Instance role: Session Manager access instead of SSH keys, CloudWatch logs, pulling the image from ECR, and only the actions the tier's connections need",
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

function addLaunchTemplate(
  { context, t, site, id }: TierScope,
  sizing: Ec2Sizing,
  script: Join,
): void {
  const architecture = architectureOf(t, "ec2");
  context.nodes.add({
    id: id("launch-template"),
    kind: "aws.ec2.launch_template",
    tier: t.name,
    region: site,
    props: {
      namePrefix: `${t.awsName}${siteSuffix(site)}-`,
      imageId: AL2023_IMAGE[architecture],
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
      userData: { image: imageIn(context, t, site), script },
    },
    reason: because(
      `${sizing.instanceType.name} on Amazon Linux 2023, ${architectureNote(t, architecture)}; at boot it installs Docker and runs the tier's image on the host network${t.port ? ` (port ${t.port})` : ""}, restarted on failure, logs to CloudWatch${t.tier.image === undefined ? "; the image is a deployment variable" : ""}; IMDSv2 only, encrypted gp3 root volume`,
      [
        t.pointer,
        `${t.pointer}/image`,
        `${t.pointer}/architecture`,
        ...(t.tier.command ? [`${t.pointer}/command`] : []),
        ...(t.tier.environment ? [`${t.pointer}/environment`] : []),
        ...sizing.pointers,
      ],
      sizing.calculation,
    ),
  });
}

function addAutoScalingGroup(
  { context, t, site, id }: TierScope,
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
      name: `${t.awsName}${siteSuffix(site)}`,
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

/** A shell word: single-quoted, with any single quote closed, escaped and reopened. */
function shellQuote(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/**
 * The boot script (after the emitters' `#!/bin/bash` and `IDIO_IMAGE=`
 * lines): Docker from the Amazon Linux repositories, the environment in a
 * root-only file, an ECR login with the instance role when the image is in
 * ECR, and the container on the host network (so it reaches IMDSv2 with a
 * hop limit of 1 and listens on the tier's port directly), restarted by
 * Docker on failure and on reboot. Needs outbound HTTPS (NAT), which a
 * private tier has. https://docs.aws.amazon.com/AmazonECR/latest/userguide/registry_auth.html
 */
function bootScript(
  { context, t, site }: TierScope,
  environment: readonly TierEnvironmentEntry[],
  logGroup: string,
): Join {
  const region = siteRegion(context, site);
  const parts: (string | Ref)[] = [
    `# IDIO: run ${t.name}'s container on every boot.\n`,
    "set -euo pipefail\n",
    "dnf install -y docker\n",
    "systemctl enable --now docker\n",
    "install -d -m 0700 /etc/idio\n",
    "cat > /etc/idio/app.env <<'IDIO_ENV'\n",
  ];
  for (const entry of environment) {
    parts.push(`${entry.name}=`);
    if (typeof entry.value === "string") parts.push(entry.value);
    else if ("ref" in entry.value) parts.push(entry.value);
    else parts.push(...entry.value.join);
    parts.push("\n");
  }
  const command = (t.tier.command ?? []).map(shellQuote).join(" ");
  parts.push(
    "IDIO_ENV\n",
    "chmod 0600 /etc/idio/app.env\n",
    'case "$IDIO_IMAGE" in\n',
    "  *.dkr.ecr.*.amazonaws.com/*)\n",
    '    registry="$(echo "$IDIO_IMAGE" | cut -d/ -f1)"\n',
    '    aws ecr get-login-password --region "$(echo "$registry" | cut -d. -f4)" | docker login --username AWS --password-stdin "$registry" ;;\n',
    "esac\n",
    "docker rm -f app >/dev/null 2>&1 || true\n",
    "docker run -d --name app --restart always --network host --read-only --tmpfs /tmp --env-file /etc/idio/app.env",
    ` --log-driver awslogs --log-opt awslogs-region=${region} --log-opt awslogs-group=`,
    ref(logGroup, "name"),
    ` "$IDIO_IMAGE"${command ? ` ${command}` : ""}\n`,
  );
  return join(...parts);
}
