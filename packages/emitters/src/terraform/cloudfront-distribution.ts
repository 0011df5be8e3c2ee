import { CloudfrontDistribution } from "./provider-bindings.js";
import { single, type TerraformMapping } from "./mapping.js";

const ORIGIN_ID = "primary";

export const distributionTerraform: TerraformMapping<"aws.cloudfront.distribution"> = {
  kind: "aws.cloudfront.distribution",
  type: CloudfrontDistribution.tfResourceType,
  attrs: { id: "id", arn: "arn", domainName: "domain_name", hostedZoneId: "hosted_zone_id" },
  resources: single(CloudfrontDistribution.tfResourceType),
  emit(node, ctx) {
    const p = node.props;
    const s3 = p.origin.type === "s3";
    ctx.create(node, CloudfrontDistribution, {
      comment: p.comment,
      enabled: p.enabled,
      isIpv6Enabled: true,
      defaultRootObject: p.defaultRootObject,
      priceClass: p.priceClass,
      httpVersion: p.httpVersion,
      aliases: p.aliases.length > 0 ? [...p.aliases] : undefined,
      webAclId: ctx.optional(p.webAclArn, node),
      origin: [
        p.origin.type === "s3"
          ? {
              originId: ORIGIN_ID,
              domainName: ctx.value(p.origin.domainName, node),
              originAccessControlId: ctx.value(p.origin.originAccessControlId, node),
            }
          : {
              originId: ORIGIN_ID,
              domainName: ctx.value(p.origin.domainName, node),
              vpcOriginConfig: { vpcOriginId: ctx.value(p.origin.vpcOriginId, node) },
            },
      ],
      defaultCacheBehavior: {
        targetOriginId: ORIGIN_ID,
        viewerProtocolPolicy: p.viewerProtocolPolicy,
        allowedMethods: s3
          ? ["GET", "HEAD", "OPTIONS"]
          : ["DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT"],
        cachedMethods: ["GET", "HEAD"],
        cachePolicyId: p.cachePolicyId,
        originRequestPolicyId: p.originRequestPolicyId,
        responseHeadersPolicyId: p.responseHeadersPolicyId,
        compress: true,
      },
      customErrorResponse: p.customErrorResponses?.map((r) => ({
        errorCode: r.errorCode,
        responseCode: r.responseCode,
        responsePagePath: r.responsePagePath,
        errorCachingMinTtl: r.errorCachingMinTtlSeconds,
      })),
      restrictions: { geoRestriction: { restrictionType: "none" } },
      viewerCertificate: p.certificateArn
        ? {
            acmCertificateArn: ctx.value(p.certificateArn, node),
            sslSupportMethod: "sni-only",
            minimumProtocolVersion: p.minimumProtocolVersion,
          }
        : { cloudfrontDefaultCertificate: true },
      loggingConfig: p.logging
        ? {
            bucket: ctx.value(p.logging.bucketDomainName, node),
            prefix: p.logging.prefix,
            includeCookies: false,
          }
        : undefined,
      tags: ctx.tags(node),
    });
  },
};
