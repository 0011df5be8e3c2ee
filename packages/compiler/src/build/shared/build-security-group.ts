import { ref } from "@idio-iac/graph";
import { type CompileContext, nameOf, SHARED } from "../../context/context.js";
import { siteId, type Site } from "../../ids.js";
import { because } from "../../reason.js";
import type { ResolvedTier } from "../../context/resolve-tiers.js";

/** Security group ids: `<tier>.sg` for the tier's own, `<tier>.alb.sg` for its load balancer. */
export function sgId(t: ResolvedTier, site: Site = "primary"): string {
  return siteId(site, `${t.prefix}.sg`);
}

export function albSgId(t: ResolvedTier, site: Site = "primary"): string {
  return siteId(site, `${t.prefix}.alb.sg`);
}

/** An empty security group; its rules are derived from `connectsTo` in build-security-rules. */
export function addSecurityGroup(
  context: CompileContext,
  t: ResolvedTier,
  options: { id: string; what: string; site?: Site },
): string {
  const site = options.site ?? "primary";
  return context.nodes.add({
    id: options.id,
    kind: "aws.ec2.security_group",
    tier: t.name,
    region: site,
    props: {
      name: nameOf(context, [options.id.replace(/^dr\./, "dr-").replace(/\./g, "-")], 255),
      description: options.what,
      vpcId: ref(siteId(site, SHARED.vpc)),
    },
    reason: because(`${options.what}; rules admit only the traffic its connections need`, [
      t.pointer,
      `${t.pointer}/connectsTo`,
    ]),
  });
}
