import { type CompileContext } from "../../context/context.js";
import type { ResolvedTier } from "../../context/resolve-tiers.js";
import type { Site } from "../../ids.js";
import { because } from "../../reason.js";
import { awsRegionOfSite, replicaSitesOf } from "../shared/replica-sites.js";

/** A private ECR image: `<account>.dkr.ecr.<region>.amazonaws.com[.cn]/<repository>[:tag][@digest]`. */
const ECR_IMAGE =
  /^(\d{12})\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?\/([a-z0-9][a-z0-9._/-]*?)(?::[\w.-]+)?(?:@sha256:[0-9a-f]{64})?$/;

export interface EcrImage {
  readonly account: string;
  readonly region: string;
  readonly repository: string;
}

export function parseEcrImage(image: string | undefined): EcrImage | undefined {
  const match = image === undefined ? null : ECR_IMAGE.exec(image);
  return match ? { account: match[1]!, region: match[2]!, repository: match[3]! } : undefined;
}

/** Container tiers whose image is a private ECR image in the primary region. */
function primaryRegionImages(context: CompileContext): [ResolvedTier, EcrImage][] {
  return context.tiers.flatMap((t): [ResolvedTier, EcrImage][] => {
    const service = context.compute.get(t.name)?.service;
    const image = parseEcrImage(t.tier.image);
    return (service === "fargate" || service === "ec2") && image?.region === context.intent.region
      ? [[t, image]]
      : [];
  });
}

/** The secondary sites images are replicated to: wherever a failover runs the tiers. */
function destinationSites(context: CompileContext): Site[] {
  return replicaSitesOf(context);
}

/**
 * The image a tier runs in `site`: a primary-region ECR image is pulled from the site's own
 * region, where registry replication copies it, so a secondary region does not depend on the
 * primary's registry (https://docs.aws.amazon.com/AmazonECR/latest/userguide/replication.html).
 */
export function imageIn(context: CompileContext, t: ResolvedTier, site: Site): string | null {
  const image = t.tier.image;
  if (image === undefined) return null;
  const ecr = parseEcrImage(image);
  if (site === "primary" || ecr?.region !== context.intent.region) return image;
  if (!destinationSites(context).includes(site)) return image;
  return image.replace(`.dkr.ecr.${ecr.region}.`, `.dkr.ecr.${awsRegionOfSite(context, site)}.`);
}

/**
 * The registry's replication configuration, restricted by prefix to the repositories the tiers
 * pull from, to every secondary region. Registry-wide (one per account and region): it replaces
 * any rules set by hand or by another stack, which the reason (`idio explain`) and docs say.
 */
export function buildEcrReplication(context: CompileContext): void {
  const images = primaryRegionImages(context);
  const sites = destinationSites(context);
  if (images.length === 0 || sites.length === 0) return;
  const regions = sites.map((site) => awsRegionOfSite(context, site));
  const repositories = [...new Set(images.map(([, image]) => image.repository))].sort();
  context.nodes.add({
    id: "compute.ecr.replication",
    kind: "aws.ecr.replication_configuration",
    tier: null,
    props: {
      rules: [
        {
          destinations: regions.map((region) => ({
            region,
            registryId: { pseudo: "accountId" as const },
          })),
          repositoryPrefixes: repositories,
        },
      ],
    },
    reason: because(
      `ECR replication of ${repositories.join(", ")} from ${context.intent.region} to ${regions.join(" and ")}: the tiers there pull their image from their own region, so a failover does not depend on the primary's registry. This is the registry's one replication configuration (per account and region): applying it replaces any other replication rules of the registry in ${context.intent.region}, so add theirs to it if the account has any`,
      [...images.map(([t]) => `${t.pointer}/image`), ...context.drPointers],
      [
        `images: ${images.map(([t, image]) => `${t.name} -> ${image.repository}`).join(", ")}`,
        `rule: PREFIX_MATCH ${repositories.join(", ")} -> ${regions.join(", ")} (this account's registry)`,
      ],
    ),
  });
}
