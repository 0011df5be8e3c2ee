import { zoneLetter } from "@idio-iac/core";
import { ref, type Ref } from "@idio-iac/graph";
import { zoneNames } from "../../decide/decide-availability.js";
import { type CompileContext, kmsKeyRef, nameOf, siteRegion } from "../../context/context.js";
import { type Site, siteId, siteNamePart, siteSuffix } from "../../ids.js";
import { because } from "../../reason.js";

export type SubnetLayer = "public" | "private" | "isolated";

/**
 * Address plan of a /16 VPC, per AZ index i: public 10.n.i.0/24 (load
 * balancers, NAT), private 10.n.16(i+1).0/20 (4,091 addresses for tasks and
 * functions, which take one IP each), isolated 10.n.(128+4i).0/22 (data
 * stores, no route to the internet). The DR VPC uses 10.1/16 and the extra
 * serving regions 10.2/16, 10.3/16, ... in the intent's order, so any two can
 * be peered without overlap.
 */
export function cidrOf(
  context: CompileContext,
  site: Site,
  layer: SubnetLayer,
  zoneIndex: number,
): string {
  const second = vpcOctet(context, site);
  if (layer === "public") return `10.${second}.${zoneIndex}.0/24`;
  if (layer === "private") return `10.${second}.${16 * (zoneIndex + 1)}.0/20`;
  return `10.${second}.${128 + 4 * zoneIndex}.0/22`;
}

/** The second octet of a site's 10.n/16: 0 primary, 1 DR, 2 + the index in `regions`. */
export function vpcOctet(context: CompileContext, site: Site): number {
  if (site === "primary") return 0;
  if (site === "dr") return 1;
  return 2 + context.servingRegions.indexOf(site);
}

export { zoneLetter };

export function subnetId(site: Site, layer: SubnetLayer, zone: string): string {
  return siteId(site, `network.subnet.${layer}.${zoneLetter(zone)}`);
}

/** The zones of a site: the primary's from the availability decision, the DR region's alike. */
export function zonesOf(context: CompileContext, site: Site): readonly string[] {
  if (site === "primary") return context.availability.zones;
  return zoneNames(siteRegion(context, site), context.availability.zoneCount);
}

export function subnetRefs(context: CompileContext, site: Site, layer: SubnetLayer): Ref[] {
  return zonesOf(context, site).map((zone) => ref(subnetId(site, layer, zone)));
}

/** Subnets for data stores: isolated unless the intent turned network isolation off. */
export function dataLayer(context: CompileContext): SubnetLayer {
  return context.posture.isolateData ? "isolated" : "private";
}

export interface NetworkNeeds {
  /** Something runs in private subnets and needs a route out through NAT. */
  readonly egress: boolean;
  /** Public subnets host load balancers or NAT gateways. */
  readonly publicSubnets: boolean;
  readonly dynamoEndpoint: boolean;
  /**
   * Why this site runs one NAT gateway where the availability decision runs one per AZ
   * (a pilot light's DR region sends nothing out while idle); undefined follows the decision.
   */
  readonly singleNat?: string;
}

const LAYERS: readonly SubnetLayer[] = ["public", "private", "isolated"];

/** What every step of building one site's network reads. */
interface NetworkScope {
  readonly context: CompileContext;
  readonly site: Site;
  readonly zones: readonly string[];
  /** `network.<local>`, with `dr.` in front in the DR region. */
  readonly id: (local: string) => string;
  readonly vpcId: string;
  readonly vpc: Ref;
}

export function buildNetwork(context: CompileContext, site: Site, needs: NetworkNeeds): void {
  const id = (local: string) => siteId(site, `network.${local}`);
  const n: NetworkScope = {
    context,
    site,
    zones: zonesOf(context, site),
    id,
    vpcId: id("vpc"),
    vpc: ref(id("vpc")),
  };
  addVpcAndSubnets(n);
  const needIgw = needs.publicSubnets || needs.egress;
  if (needIgw) addInternetGateway(n);
  // NAT: one per AZ in production (a NAT gateway is zonal), one shared elsewhere.
  const perZone = context.availability.natPerZone && needs.singleNat === undefined;
  const natZones = needs.egress ? (perZone ? n.zones : n.zones.slice(0, 1)) : [];
  const natCalc =
    context.availability.natPerZone && needs.singleNat !== undefined
      ? [needs.singleNat]
      : natCalculation(n);
  for (const zone of natZones)
    addNatGateway(n, zone, natCalc, needs.singleNat !== undefined ? context.recovery.pointers : []);
  const privateTableOf = addPrivateRouteTables(n, natZones, natCalc);
  addIsolatedRouteTable(n);
  addRouteTableAssociations(n, (layer, zone) =>
    layer === "public"
      ? needIgw
        ? id("route-table.public")
        : id("route-table.isolated")
      : layer === "private"
        ? privateTableOf(zone)
        : id("route-table.isolated"),
  );
  const privateTables = [...new Set(n.zones.map(privateTableOf))];
  addGatewayEndpoints(n, [...privateTables, id("route-table.isolated")], needs.dynamoEndpoint);
  buildFlowLogs(context, site, n.vpcId);
}

function addVpcAndSubnets({ context, site, zones, vpcId, vpc }: NetworkScope): void {
  const zonePointers = [
    "/availability",
    "/region",
    ...(site !== "primary" ? context.drPointers : []),
  ];
  const octet = vpcOctet(context, site);
  context.nodes.add({
    id: vpcId,
    kind: "aws.ec2.vpc",
    tier: null,
    region: site,
    props: {
      cidrBlock: `10.${octet}.0.0/16`,
      enableDnsHostnames: true,
      enableDnsSupport: true,
    },
    reason: because(
      site === "dr"
        ? "A VPC in the DR region for the standby and replicas; 10.1/16 does not overlap the primary"
        : site !== "primary"
          ? `A VPC in ${site}, which runs every tier; 10.${octet}/16 overlaps no other region's VPC (10.0 primary, 10.2+ the serving regions in order)`
          : "A dedicated VPC for the tiers that need private networking",
      zonePointers,
      [`/16 = 65,536 addresses; ${zones.length} AZs x 3 layers of subnets`],
    ),
  });
  for (const layer of LAYERS) {
    zones.forEach((zone, index) => {
      context.nodes.add({
        id: subnetId(site, layer, zone),
        kind: "aws.ec2.subnet",
        tier: null,
        region: site,
        props: {
          vpcId: vpc,
          cidrBlock: cidrOf(context, site, layer, index),
          availabilityZone: zone,
          layer,
          mapPublicIpOnLaunch: false,
        },
        reason: because(`${layer} subnet in ${zone}: ${layerPurpose(layer)}`, zonePointers, [
          ...context.availability.calculation,
          `${layer} CIDR for AZ #${index + 1} = ${cidrOf(context, site, layer, index)}`,
        ]),
      });
    });
  }
}

function addInternetGateway({ context, site, id, vpc }: NetworkScope): void {
  context.nodes.add({
    id: id("igw"),
    kind: "aws.ec2.internet_gateway",
    tier: null,
    region: site,
    props: { vpcId: vpc },
    reason: because("Internet gateway for the public subnets (load balancers, NAT gateways)", []),
  });
  context.nodes.add({
    id: id("route-table.public"),
    kind: "aws.ec2.route_table",
    tier: null,
    region: site,
    props: {
      vpcId: vpc,
      routes: [{ destinationCidrBlock: "0.0.0.0/0", gatewayId: ref(id("igw")) }],
    },
    reason: because("Public subnets route to the internet gateway", []),
  });
}

function natCalculation({ context }: NetworkScope): string[] {
  return [context.availability.natStep];
}

function addNatGateway(
  { context, site, id }: NetworkScope,
  zone: string,
  natCalc: string[],
  pointers: readonly string[],
): void {
  const letter = zoneLetter(zone);
  context.nodes.add({
    id: id(`eip.${letter}`),
    kind: "aws.ec2.eip",
    tier: null,
    region: site,
    props: { domain: "vpc" },
    dependsOn: [id("igw")],
    reason: because(`Elastic IP of the NAT gateway in ${zone}`, ["/environment"], natCalc),
  });
  context.nodes.add({
    id: id(`nat.${letter}`),
    kind: "aws.ec2.nat_gateway",
    tier: null,
    region: site,
    props: {
      subnetId: ref(subnetId(site, "public", zone)),
      allocationId: ref(id(`eip.${letter}`), "allocationId"),
      connectivityType: "public",
    },
    dependsOn: [id("igw")],
    reason: because(
      `NAT gateway in ${zone} for outbound traffic from private subnets`,
      [
        "/environment",
        "/availability",
        ...(context.availability.singleNatForBudget ? ["/cost/monthlyBudgetUsd"] : []),
        ...pointers,
      ],
      natCalc,
    ),
  });
}

/**
 * Private route tables: one per NAT zone, so traffic stays in its AZ.
 * Returns the table of each zone.
 */
function addPrivateRouteTables(
  { context, site, zones, id, vpc }: NetworkScope,
  natZones: readonly string[],
  natCalc: string[],
): (zone: string) => string {
  const privateTableOf = (zone: string) =>
    natZones.length > 1 ? id(`route-table.private.${zoneLetter(zone)}`) : id("route-table.private");
  for (const table of new Set(zones.map(privateTableOf))) {
    const zone = natZones.length > 1 ? zones.find((z) => privateTableOf(z) === table)! : undefined;
    const nat =
      zone !== undefined
        ? id(`nat.${zoneLetter(zone)}`)
        : natZones[0]
          ? id(`nat.${zoneLetter(natZones[0])}`)
          : undefined;
    context.nodes.add({
      id: table,
      kind: "aws.ec2.route_table",
      tier: null,
      region: site,
      props: {
        vpcId: vpc,
        routes: nat ? [{ destinationCidrBlock: "0.0.0.0/0", natGatewayId: ref(nat) }] : [],
      },
      reason: because(
        nat
          ? `Private subnets${zone ? ` in ${zone}` : ""} reach the internet only outbound, through NAT`
          : "Private subnets: nothing here needs the internet, so no NAT route",
        ["/environment"],
        natCalc,
      ),
    });
  }
  return privateTableOf;
}

function addIsolatedRouteTable({ context, site, id, vpc }: NetworkScope): void {
  context.nodes.add({
    id: id("route-table.isolated"),
    kind: "aws.ec2.route_table",
    tier: null,
    region: site,
    props: { vpcId: vpc, routes: [] },
    reason: because(
      "Isolated subnets have no route to the internet: data stores are unreachable from outside the VPC",
      ["/security/networkIsolation"],
    ),
  });
}

function addRouteTableAssociations(
  { context, site, zones, id }: NetworkScope,
  tableOf: (layer: SubnetLayer, zone: string) => string,
): void {
  for (const layer of LAYERS) {
    for (const zone of zones) {
      context.nodes.add({
        id: id(`route-table-association.${layer}.${zoneLetter(zone)}`),
        kind: "aws.ec2.route_table_association",
        tier: null,
        region: site,
        props: {
          subnetId: ref(subnetId(site, layer, zone)),
          routeTableId: ref(tableOf(layer, zone)),
        },
        reason: because(`Binds the ${layer} subnet in ${zone} to its route table`, []),
      });
    }
  }
}

function addGatewayEndpoints(
  { context, site, id, vpc }: NetworkScope,
  tables: readonly string[],
  dynamo: boolean,
): void {
  const routeTableIds = tables.map((t) => ref(t));
  context.nodes.add({
    id: id("endpoint.s3"),
    kind: "aws.ec2.vpc_endpoint",
    tier: null,
    region: site,
    props: { vpcId: vpc, service: "s3", endpointType: "Gateway", routeTableIds },
    reason: because(
      "S3 gateway endpoint: S3 traffic (image layers, backups, objects) stays on the AWS network and skips NAT charges",
      [],
    ),
  });
  if (!dynamo) return;
  context.nodes.add({
    id: id("endpoint.dynamodb"),
    kind: "aws.ec2.vpc_endpoint",
    tier: null,
    region: site,
    props: { vpcId: vpc, service: "dynamodb", endpointType: "Gateway", routeTableIds },
    reason: because(
      "DynamoDB gateway endpoint: table traffic stays private and free of NAT charges",
      [],
    ),
  });
}

function buildFlowLogs(context: CompileContext, site: Site, vpcId: string): void {
  const { nodes, posture } = context;
  const id = (local: string) => siteId(site, `network.${local}`);
  nodes.add({
    id: id("flow-log.log-group"),
    kind: "aws.logs.log_group",
    tier: null,
    region: site,
    props: {
      name: `/idio/${nameOf(context, ["vpc-flow-logs"])}${siteSuffix(site)}`,
      retentionInDays: posture.logRetentionDays,
      kmsKeyId: kmsKeyRef(context, "arn", site),
    },
    reason: because("Destination of the VPC flow logs", posture.pointers.logRetention, [
      ...posture.calculation.logRetention,
    ]),
  });
  addFlowLogRole(context, site, id);
  nodes.add({
    id: id("flow-log"),
    kind: "aws.ec2.flow_log",
    tier: null,
    region: site,
    props: {
      vpcId: ref(vpcId),
      trafficType: "ALL",
      logGroupArn: ref(id("flow-log.log-group"), "arn"),
      iamRoleArn: ref(id("flow-log.role"), "arn"),
      maxAggregationInterval: 600,
    },
    reason: because(
      "VPC flow logs record accepted and rejected traffic for incident investigation (CIS AWS 3.9)",
      posture.pointers.logRetention,
    ),
  });
}

function addFlowLogRole(context: CompileContext, site: Site, id: (local: string) => string): void {
  context.nodes.add({
    id: id("flow-log.role"),
    kind: "aws.iam.role",
    tier: null,
    region: site,
    props: {
      name: nameOf(context, ["flow-logs", ...siteNamePart(site)]),
      description: "Lets VPC Flow Logs write to its log group",
      assumedBy: ["vpc-flow-logs.amazonaws.com"],
      inlinePolicies: [
        {
          name: "write-flow-logs",
          statements: [
            {
              sid: "WriteFlowLogs",
              effect: "Allow",
              actions: ["logs:CreateLogStream", "logs:DescribeLogStreams", "logs:PutLogEvents"],
              resources: [ref(id("flow-log.log-group"), "arn")],
            },
          ],
        },
      ],
      managedPolicies: [],
      maxSessionDurationSeconds: 3600,
    },
    reason: because("Role VPC Flow Logs assumes; it may only write to the flow-log group", []),
  });
}

function layerPurpose(layer: SubnetLayer): string {
  if (layer === "public") return "load balancers and NAT gateways";
  if (layer === "private") return "containers, instances and functions; outbound through NAT";
  return "databases and caches; no route to the internet";
}
