import { ref } from "@idio-iac/graph";
import { hostnameOf, nameOf, report } from "../../context/context.js";
import { edgeChoicePointers, loadBalancersSpeakHttps } from "../../decide/choose-edge.js";
import { CompileCode } from "../../diagnostic-codes.js";
import { siteId } from "../../ids.js";
import { because } from "../../reason.js";
import {
  addDistribution,
  addDistributionAlarms,
  ALL_VIEWER_ORIGIN_REQUESTS,
  CACHE_POLICIES,
  edgePlacement,
  ensureEdgeCertificate,
  ensureEdgeWebAcl,
} from "./cloudfront-edge.js";
import type { TierScope } from "./tier-scope.js";

/**
 * CloudFront in front of a tier's internal load balancer: a VPC origin (so
 * the load balancer needs no public address and nothing can go around
 * CloudFront) and a distribution that caches nothing, since IDIO cannot know
 * which responses of an application are cacheable, and forwards everything
 * the viewer sent (AllViewer), Host included: with a domain, CloudFront
 * speaks HTTPS to the load balancer and checks its certificate against
 * that Host header
 * (https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cnames-and-https-requirements.html).
 * A warm standby gets its own distribution: `<tier>-dr.<domain>` with a
 * domain (the wildcard certificate covers it), CloudFront's name without; an
 * extra serving region likewise on `<tier>-<region>.<domain>`.
 */
export function buildTierEdge(s: TierScope): void {
  const { context, t, site, dr, id } = s;
  const { intent, posture } = context;
  const edge = edgePlacement(context);
  const https = loadBalancersSpeakHttps(intent, posture);
  const hostname =
    intent.domain === undefined
      ? undefined
      : dr
        ? // A name of the site's own (`-dr`, `-us-west-2`): CloudFront allows a name on one distribution only.
          `${t.name}${s.suffix}.${intent.domain}`
        : hostnameOf(context, t.name);
  context.nodes.add({
    id: id("vpc-origin"),
    kind: "aws.cloudfront.vpc_origin",
    tier: t.name,
    region: site,
    props: {
      name: nameOf(context, s.nameParts(), 64),
      loadBalancerArn: ref(id("alb"), "arn"),
      originProtocolPolicy: https ? "https-only" : "http-only",
    },
    // CloudFront creates a VPC origin only in a VPC with an internet gateway attached
    // (https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-vpc-origins.html,
    // "Prerequisites"); nothing else orders the internal load balancer after it.
    dependsOn: [siteId(site, "network.igw")],
    reason: because(
      `CloudFront reaches ${t.name}'s internal load balancer through the VPC, over ${https ? "HTTPS (TLS 1.2)" : "plain HTTP: without a domain the load balancer has no certificate of its own"}; the load balancer has no public address`,
      [t.pointer, ...edgeChoicePointers(t)],
    ),
  });
  if (hostname !== undefined) ensureEdgeCertificate(context, edge);
  if (posture.waf) ensureEdgeWebAcl(context, edge);
  addDistribution(context, t, {
    id: id("distribution"),
    site,
    edge,
    hostname,
    comment: `${t.awsName}${dr ? " warm standby" : ""}`,
    origin: {
      type: "vpc-origin",
      domainName: ref(id("alb"), "dnsName"),
      vpcOriginId: ref(id("vpc-origin")),
    },
    cachePolicyId: CACHE_POLICIES.cachingDisabled,
    originRequestPolicyId: ALL_VIEWER_ORIGIN_REQUESTS,
    serves: `CloudFront serves ${t.name}${dr ? "'s warm standby" : ""} (nothing cached: every response is the application's)`,
    pointers: [t.pointer, ...(t.tier.edge !== undefined ? [`${t.pointer}/edge`] : [])],
  });
  if (dr) return;
  addDistributionAlarms(context, t, id("distribution"));
  if (intent.domain === undefined) {
    report(context, t.pointer, {
      code: CompileCode.ServedOnCloudFrontName,
      message: `Tier "${t.name}" is public and the intent has no domain: it is served over HTTPS on CloudFront's own name, https://<distribution>.cloudfront.net (the tier's URL output after apply), through an internal load balancer that CloudFront reaches over plain HTTP inside the VPC.`,
      hint: "To serve it on your own name later, add `domain: <your DNS name>`: the distribution then gets that name and an ACM certificate, and the load balancer a certificate too, so the leg inside the VPC is encrypted as well. The cloudfront.net URL changes only if the distribution is replaced.",
    });
  }
}
