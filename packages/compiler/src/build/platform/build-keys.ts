import { ref } from "@idio-iac/graph";
import {
  type CompileContext,
  nameOf,
  secondarySites,
  SHARED,
  siteRegion,
  standbyShareOf,
} from "../../context/context.js";
import { siteId, type Site } from "../../ids.js";
import { because } from "../../reason.js";

/** The application's KMS key (and its DR twin): rotation on, usable by the services that log and alert. */
export function buildKeys(context: CompileContext): void {
  const { posture, intent } = context;
  if (!posture.kms) return;
  const services = ["logs", "cloudwatch"];
  if (posture.trail) services.push("cloudtrail");
  if (intent.cost !== undefined && intent.cost.alertEmails.length === 0) services.push("budgets");
  // Auto Scaling's service-linked role launches EC2 tiers' encrypted volumes (build-ec2.ts).
  const ec2 = [...context.compute.values()].some((decision) => decision.service === "ec2");
  addKey(context, "primary", services.sort(), ec2);
  if (context.drRegion !== undefined) {
    const standby = context.availability.warmStandby;
    // CloudWatch publishes the DR alarms (replication lag) to the DR topic under this key.
    addKey(context, "dr", ["cloudwatch", "logs"], standby && ec2);
  }
  // An extra serving region runs every tier: its key serves what the primary's does.
  for (const site of secondarySites(context).filter((s) => s !== "dr"))
    addKey(
      context,
      site,
      services.filter((s) => s !== "cloudtrail" && s !== "budgets"),
      ec2,
    );
}

function addKey(
  context: CompileContext,
  site: Site,
  services: string[],
  autoScaling: boolean,
): void {
  const { nodes, posture, availability } = context;
  const id = siteId(site, SHARED.kmsKey);
  const window = availability.production ? 30 : 7;
  nodes.add({
    id,
    kind: "aws.kms.key",
    tier: null,
    region: site,
    props: {
      description: `${nameOf(context, [])} data key${site !== "primary" ? ` (${siteRegion(context, site)})` : ""}`,
      enableKeyRotation: true,
      deletionWindowInDays: window,
      multiRegion: false,
      servicePrincipals: services,
      ...(autoScaling ? { serviceLinkedRoles: ["autoscaling" as const] } : {}),
    },
    reason: because(
      site === "dr"
        ? `Customer-managed key in ${context.drRegion} for replicas and backup copies (a KMS key never leaves its region)`
        : site !== "primary"
          ? `Customer-managed key in ${site}, which serves traffic ${standbyShareOf(context, site) === undefined ? "with every tier (active-active)" : "as the failover standby"}: its services, logs, alarms, replicas and backup copies are encrypted in the region (a KMS key never leaves its region); ${services.join(", ")} may use it`
          : `Customer-managed key for encryption at rest, rotated yearly; ${services.join(", ")} may use it${autoScaling ? ", and Auto Scaling's service-linked role for the EC2 tiers' volumes" : ""}`,
      [...posture.pointers.kms, ...(site !== "primary" ? context.drPointers : [])],
      [
        `deletion window ${window} days (${availability.production ? "production: the maximum, to undo a mistake" : "non-production"})`,
      ],
    ),
  });
  nodes.add({
    id: siteId(site, SHARED.kmsAlias),
    kind: "aws.kms.alias",
    tier: null,
    region: site,
    props: { name: `alias/${nameOf(context, [])}`, targetKeyId: ref(id, "keyId") },
    reason: because("A readable name for the key", posture.pointers.kms),
  });
}
