import { logicalId } from "../names.js";
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
        ...(p.userData
          ? {
              UserData: {
                "Fn::Base64": {
                  "Fn::Join": [
                    "",
                    [
                      "#!/bin/bash\nIDIO_IMAGE='",
                      p.userData.image ??
                        ctx.parameter(`${logicalId(node.id)}Image`, {
                          Type: "String",
                          Description: `Container image the instances of ${node.id} run.`,
                        }),
                      "'\n",
                      ctx.value(p.userData.script, node),
                    ],
                  ],
                },
              },
            }
          : {}),
        ...(tags ? { TagSpecifications: [{ ResourceType: "instance", Tags: tags }] } : {}),
      },
      TagSpecifications: tags ? [{ ResourceType: "launch-template", Tags: tags }] : undefined,
    });
  },
};
