import { AcmCertificate } from "./provider-bindings.js";
import { single, type TerraformMapping } from "./mapping.js";

export const certificateTerraform: TerraformMapping<"aws.acm.certificate"> = {
  kind: "aws.acm.certificate",
  type: AcmCertificate.tfResourceType,
  attrs: { id: "id", arn: "arn", validationRecords: "domain_validation_options" },
  resources: single(AcmCertificate.tfResourceType),
  emit(node, ctx) {
    ctx.create(node, AcmCertificate, {
      domainName: node.props.domainName,
      subjectAlternativeNames:
        node.props.subjectAlternativeNames.length > 0
          ? [...node.props.subjectAlternativeNames]
          : undefined,
      validationMethod: node.props.validationMethod,
      // A replacement certificate must exist before listeners let go of the old one.
      lifecycle: { createBeforeDestroy: true },
      tags: ctx.tags(node),
    });
  },
};
