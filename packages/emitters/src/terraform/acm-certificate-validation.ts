import { AcmCertificateValidation, Route53Record } from "./provider-bindings.js";
import { resourceName } from "./context.js";
import type { TerraformMapping } from "./mapping.js";

/**
 * ACM issues a DNS-validated certificate once a CNAME it names exists; the
 * apex and its wildcard share that one CNAME, so one record validates both
 * (hence `allow_overwrite` and the first option only). The validation resource
 * waits for issuance, so whatever takes the certificate through it gets an
 * issued one.
 * https://docs.aws.amazon.com/acm/latest/userguide/dns-validation.html
 */
export const certificateValidationTerraform: TerraformMapping<"aws.acm.certificate_validation"> = {
  kind: "aws.acm.certificate_validation",
  type: AcmCertificateValidation.tfResourceType,
  attrs: { certificateArn: "certificate_arn" },
  resources: (node) => [
    { type: AcmCertificateValidation.tfResourceType },
    ...(node.props.zoneId !== undefined ? [{ type: Route53Record.tfResourceType }] : []),
  ],
  emit(node, ctx) {
    const p = node.props;
    let fqdns: string[] | undefined;
    if (p.zoneId !== undefined) {
      const option = `tolist(${ctx.address(p.certificateArn.ref)}.domain_validation_options)[0]`;
      ctx.create(node, Route53Record, {
        zoneId: ctx.value(p.zoneId, node),
        name: `\${${option}.resource_record_name}`,
        type: `\${${option}.resource_record_type}`,
        records: [`\${${option}.resource_record_value}`],
        ttl: 300,
        allowOverwrite: true,
      });
      fqdns = [`\${${Route53Record.tfResourceType}.${resourceName(node.id)}.fqdn}`];
    }
    ctx.create(node, AcmCertificateValidation, {
      certificateArn: ctx.value(p.certificateArn, node),
      validationRecordFqdns: fqdns,
    });
  },
};
