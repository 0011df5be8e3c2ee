import { arnOf, single, type CloudFormationMapping } from "./mapping.js";

export const vpcEndpointCloudFormation: CloudFormationMapping<"aws.ec2.vpc_endpoint"> = {
  kind: "aws.ec2.vpc_endpoint",
  attrs: {
    id: "Ref",
    arn: arnOf("ec2", "vpc-endpoint/"),
    // CloudFormation does not return a gateway endpoint's prefix list; the user looks it up once.
    prefixListId: (_id, node, ctx) =>
      ctx.parameter(
        `${(node.props as { service: string }).service.replace(/[^A-Za-z0-9]/g, "").toUpperCase()}PrefixListId`,
        {
          Type: "String",
          Description: `Id of the AWS-managed prefix list com.amazonaws.<region>.${(node.props as { service: string }).service} (aws ec2 describe-managed-prefix-lists).`,
          AllowedPattern: "^pl-[0-9a-f]+$",
        },
      ),
  },
  resources: single("AWS::EC2::VPCEndpoint"),
  emit(node, ctx) {
    const gateway = node.props.endpointType === "Gateway";
    ctx.add(node, "AWS::EC2::VPCEndpoint", {
      VpcId: ctx.value(node.props.vpcId, node),
      ServiceName: { "Fn::Sub": `com.amazonaws.\${AWS::Region}.${node.props.service}` },
      VpcEndpointType: node.props.endpointType,
      RouteTableIds: gateway ? ctx.values(node.props.routeTableIds, node) : undefined,
      PrivateDnsEnabled: gateway ? undefined : true,
    });
  },
};
