import { arnOf, single, type CloudFormationMapping } from "./mapping.js";

export const launchTemplateCloudFormation: CloudFormationMapping<"aws.ec2.launch_template"> = {
  kind: "aws.ec2.launch_template",
  attrs: { id: "Ref", arn: arnOf("ec2", "launch-template/"), latestVersion: "LatestVersionNumber" },
  resources: single("AWS::EC2::LaunchTemplate"),
  emit(node, ctx) {
    const p = node.props;
    const tags = ctx.tags(node);
    ctx.add(node, "AWS::EC2::LaunchTemplate", {
      LaunchTemplateData: {
        ImageId: p.imageId,
        InstanceType: p.instanceType,
        IamInstanceProfile: { Arn: ctx.value(p.iamInstanceProfileArn, node) },
        SecurityGroupIds: ctx.values(p.securityGroupIds, node),
        MetadataOptions: {
          HttpTokens: p.metadataOptions.httpTokens,
          HttpPutResponseHopLimit: p.metadataOptions.httpPutResponseHopLimit,
          HttpEndpoint: p.metadataOptions.httpEndpoint,
        },
        BlockDeviceMappings: [
          {
            DeviceName: "/dev/xvda",
            Ebs: {
              VolumeSize: p.rootVolume.sizeGb,
              VolumeType: p.rootVolume.volumeType,
              Encrypted: p.rootVolume.encrypted,
              ...(p.rootVolume.kmsKeyId
                ? { KmsKeyId: ctx.value(p.rootVolume.kmsKeyId, node) }
                : {}),
              DeleteOnTermination: true,
            },
          },
        ],
        Monitoring: { Enabled: p.detailedMonitoring },
        ...(tags ? { TagSpecifications: [{ ResourceType: "instance", Tags: tags }] } : {}),
      },
      TagSpecifications: tags ? [{ ResourceType: "launch-template", Tags: tags }] : undefined,
    });
  },
};
