import { single, type CloudFormationMapping } from "./mapping.js";

const ORIGIN_ID = "primary";
/** The fixed hosted zone of every CloudFront distribution, for DNS alias records. */
const CLOUDFRONT_HOSTED_ZONE = "Z2FDTNDATAQYW2";

export const distributionCloudFormation: CloudFormationMapping<"aws.cloudfront.distribution"> = {
  kind: "aws.cloudfront.distribution",
  attrs: {
    id: "Ref",
    arn: (id) => ({
      "Fn::Sub": `arn:\${AWS::Partition}:cloudfront::\${AWS::AccountId}:distribution/\${${id}}`,
    }),
    domainName: "DomainName",
    hostedZoneId: () => CLOUDFRONT_HOSTED_ZONE,
  },
  resources: single("AWS::CloudFront::Distribution"),
  emit(node, ctx) {
    const p = node.props;
    const s3 = p.origin.type === "s3";
    // A certificate from a stack deployed after this one: CloudFront's own name until it exists.
    const viewerCertificate = p.certificateArn
      ? ctx.guard(
          () => ({
            AcmCertificateArn: ctx.value(p.certificateArn!, node),
            SslSupportMethod: "sni-only",
            MinimumProtocolVersion: p.minimumProtocolVersion,
          }),
          { CloudFrontDefaultCertificate: true },
        )
      : { CloudFrontDefaultCertificate: true };
    const certificateCondition = (viewerCertificate as { "Fn::If"?: [string] })["Fn::If"]?.[0];
    ctx.add(node, "AWS::CloudFront::Distribution", {
      DistributionConfig: {
        Comment: p.comment,
        Enabled: p.enabled,
        IPV6Enabled: true,
        ...(p.defaultRootObject ? { DefaultRootObject: p.defaultRootObject } : {}),
        PriceClass: p.priceClass,
        ...(p.customErrorResponses?.length
          ? {
              CustomErrorResponses: p.customErrorResponses.map((r) => ({
                ErrorCode: r.errorCode,
                ResponseCode: r.responseCode,
                ResponsePagePath: r.responsePagePath,
                ErrorCachingMinTTL: r.errorCachingMinTtlSeconds,
              })),
            }
          : {}),
        HttpVersion: p.httpVersion,
        ...(p.aliases.length > 0
          ? {
              // CloudFront accepts aliases only with a certificate that covers them.
              Aliases: certificateCondition
                ? { "Fn::If": [certificateCondition, [...p.aliases], { Ref: "AWS::NoValue" }] }
                : [...p.aliases],
            }
          : {}),
        ...(p.webAclArn ? { WebACLId: ctx.value(p.webAclArn, node) } : {}),
        Origins: [
          p.origin.type === "s3"
            ? {
                Id: ORIGIN_ID,
                DomainName: ctx.value(p.origin.domainName, node),
                OriginAccessControlId: ctx.value(p.origin.originAccessControlId, node),
                S3OriginConfig: { OriginAccessIdentity: "" },
              }
            : {
                Id: ORIGIN_ID,
                DomainName: ctx.value(p.origin.domainName, node),
                VpcOriginConfig: { VpcOriginId: ctx.value(p.origin.vpcOriginId, node) },
              },
        ],
        DefaultCacheBehavior: {
          TargetOriginId: ORIGIN_ID,
          ViewerProtocolPolicy: p.viewerProtocolPolicy,
          AllowedMethods: s3
            ? ["GET", "HEAD", "OPTIONS"]
            : ["DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT"],
          CachedMethods: ["GET", "HEAD"],
          CachePolicyId: p.cachePolicyId,
          ...(p.originRequestPolicyId ? { OriginRequestPolicyId: p.originRequestPolicyId } : {}),
          ResponseHeadersPolicyId: p.responseHeadersPolicyId,
          Compress: true,
        },
        Restrictions: { GeoRestriction: { RestrictionType: "none" } },
        ViewerCertificate: viewerCertificate,
        ...(p.logging
          ? {
              Logging: {
                Bucket: ctx.value(p.logging.bucketDomainName, node),
                Prefix: p.logging.prefix,
                IncludeCookies: false,
              },
            }
          : {}),
      },
      Tags: ctx.tags(node),
    });
  },
};
