import { single, type CloudFormationMapping } from "./mapping.js";

/**
 * A regional custom domain name; alias records point at its
 * RegionalDomainName and RegionalHostedZoneId.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigatewayv2-domainname.html
 */
export const httpApiDomainNameCloudFormation: CloudFormationMapping<"aws.apigatewayv2.domain_name"> =
  {
    kind: "aws.apigatewayv2.domain_name",
    attrs: {
      id: "Ref",
      targetDomainName: "RegionalDomainName",
      hostedZoneId: "RegionalHostedZoneId",
    },
    resources: single("AWS::ApiGatewayV2::DomainName"),
    emit(node, ctx) {
      const p = node.props;
      ctx.add(node, "AWS::ApiGatewayV2::DomainName", {
        DomainName: p.domainName,
        DomainNameConfigurations: [
          {
            CertificateArn: ctx.value(p.certificateArn, node),
            EndpointType: p.endpointType,
            SecurityPolicy: p.securityPolicy,
            IpAddressType: p.ipAddressType,
          },
        ],
        Tags: ctx.tagMap(node),
      });
    },
  };
