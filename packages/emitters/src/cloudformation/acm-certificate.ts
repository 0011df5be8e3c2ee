import { single, type CloudFormationMapping } from "./mapping.js";

export const certificateCloudFormation: CloudFormationMapping<"aws.acm.certificate"> = {
  kind: "aws.acm.certificate",
  attrs: { id: "Ref", arn: "Ref" },
  resources: single("AWS::CertificateManager::Certificate"),
  emit(node, ctx) {
    ctx.add(node, "AWS::CertificateManager::Certificate", {
      DomainName: node.props.domainName,
      SubjectAlternativeNames: [...node.props.subjectAlternativeNames],
      ValidationMethod: node.props.validationMethod,
      Tags: ctx.tags(node),
    });
  },
};
