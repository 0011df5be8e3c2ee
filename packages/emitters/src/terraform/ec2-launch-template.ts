import { LaunchTemplate } from "@cdktf/provider-aws/lib/launch-template/index.js";
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
      tagSpecifications: ctx.tags(node)
        ? [{ resourceType: "instance", tags: ctx.tags(node) }]
        : undefined,
      tags: ctx.tags(node),
    });
  },
};
