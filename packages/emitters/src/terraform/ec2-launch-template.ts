import { LaunchTemplate } from "./provider-bindings.js";
import type { GraphNode } from "@idio-iac/graph";
import { terraformName } from "../names.js";
import type { TerraformContext } from "./context.js";
import { single, type TerraformMapping } from "./mapping.js";

export const launchTemplateTerraform: TerraformMapping<"aws.ec2.launch_template"> = {
  kind: "aws.ec2.launch_template",
  type: LaunchTemplate.tfResourceType,
  attrs: { id: "id", arn: "arn", latestVersion: "latest_version" },
  resources: single(LaunchTemplate.tfResourceType),
  emit(node, ctx) {
    const p = node.props;
    ctx.create(node, LaunchTemplate, {
      namePrefix: p.namePrefix,
      imageId: p.imageId,
      instanceType: p.instanceType,
      iamInstanceProfile: { arn: ctx.value(p.iamInstanceProfileArn, node) },
      vpcSecurityGroupIds: ctx.values(p.securityGroupIds, node),
      metadataOptions: {
        httpTokens: p.metadataOptions.httpTokens,
        httpPutResponseHopLimit: p.metadataOptions.httpPutResponseHopLimit,
        httpEndpoint: p.metadataOptions.httpEndpoint,
      },
      blockDeviceMappings: [
        {
          deviceName: "/dev/xvda",
          ebs: {
            volumeSize: p.rootVolume.sizeGb,
            volumeType: p.rootVolume.volumeType,
            encrypted: String(p.rootVolume.encrypted),
            kmsKeyId: ctx.optional(p.rootVolume.kmsKeyId, node),
            deleteOnTermination: "true",
          },
        },
      ],
      monitoring: { enabled: p.detailedMonitoring },
      userData: userData(node, ctx),
      tagSpecifications: ctx.tags(node)
        ? [{ resourceType: "instance", tags: ctx.tags(node) }]
        : undefined,
      tags: ctx.tags(node),
    });
  },
};

/**
 * The boot script, base64-encoded by Terraform (`user_data` takes base64):
 * the script is a template with references, so it is encoded in the
 * expression rather than here. Inside the quoted HCL string only `\\`, `"`
 * and line ends need escaping; interpolations and `$${` escapes stay as they are.
 */
function userData(
  node: GraphNode<"aws.ec2.launch_template">,
  ctx: TerraformContext,
): string | undefined {
  const data = node.props.userData;
  if (data === undefined) return undefined;
  const image =
    data.image ??
    ctx.variable(
      `${terraformName(node.id)}_image`,
      `Container image the instances of ${node.id} run.`,
    );
  const text = `#!/bin/bash\nIDIO_IMAGE='${image}'\n${ctx.value(data.script, node)}`;
  const quoted = text.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n");
  return `\${base64encode("${quoted}")}`;
}
