import type { GraphNode } from "@idio-iac/graph";
import type { CloudFormationMapping } from "./mapping.js";

/**
 * CloudFormation has no validation resource: the certificate itself waits
 * until it is issued (and, given `DomainValidationOptions.HostedZoneId`,
 * creates its validation record), so references resolve to the certificate.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-certificatemanager-certificate.html
 */
export const certificateValidationCloudFormation: CloudFormationMapping<"aws.acm.certificate_validation"> =
  {
    kind: "aws.acm.certificate_validation",
    attrs: {
      certificateArn: (_id, node, ctx) =>
        ctx.value((node as GraphNode<"aws.acm.certificate_validation">).props.certificateArn, node),
    },
    resources: () => [],
    emit() {},
  };
