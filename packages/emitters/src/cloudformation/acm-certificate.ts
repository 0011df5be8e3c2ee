import { single, type CloudFormationMapping } from "./mapping.js";

export const certificateCloudFormation: CloudFormationMapping<"aws.acm.certificate"> = {
  kind: "aws.acm.certificate",
  attrs: {
    id: "Ref",
    arn: "Ref",
    // CloudFormation returns no validation record; it prints it in the stack events.
    validationRecords: () =>
      "The validation CNAME is in this stack's events for the certificate ('Content of DNS Record is: ...') and in `aws acm describe-certificate`",
  },
  resources: single("AWS::CertificateManager::Certificate"),
  emit(node, ctx) {
    ctx.add(node, "AWS::CertificateManager::Certificate", {
      DomainName: node.props.domainName,
      SubjectAlternativeNames: [...node.props.subjectAlternativeNames],
      ValidationMethod: node.props.validationMethod,
      // With the zone known, CloudFormation creates the validation record itself
      // and the certificate resource completes only once it is issued.
      DomainValidationOptions:
        node.props.validationZoneId !== undefined
          ? [node.props.domainName, ...node.props.subjectAlternativeNames].map((name) => ({
              DomainName: name,
              HostedZoneId: ctx.value(node.props.validationZoneId!, node),
            }))
          : undefined,
      Tags: ctx.tags(node),
    });
  },
};
