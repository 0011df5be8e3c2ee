import { describe, expect, it } from "vitest";
import type { ResourceGraph } from "@idio-iac/graph";
import { emitCloudFormation } from "./cloudformation/emit-cloudformation.js";
import { emitTerraform } from "./terraform/emit-terraform.js";
import { compileText } from "./test-support/compiled-examples.js";

/** A web tier on a load balancer in eu-central-1 and two extra regions, routed by `routing`. */
function graphWith(routing: string): ResourceGraph {
  const text = [
    "apiVersion: idio.dev/v1",
    "name: shop",
    "environment: production",
    "region: eu-central-1",
    "regions: [us-west-2, eu-west-1]",
    routing,
    "availability: '99.99'",
    "domain: shop.example.com",
    "tiers:",
    "  - { name: web, type: web, trafficPattern: steady, expectedRps: 100, connectsTo: [db] }",
    "  - { name: db, type: database, engine: aurora-postgresql, dataSizeGb: 50 }",
  ].join("\n");
  return compileText(text, "routing.yaml").graph;
}

type Json = Record<string, Record<string, Record<string, unknown>>>;

function terraformResources(graph: ResourceGraph): Json {
  const main = emitTerraform(graph).find((f) => f.path === "terraform/main.tf.json")!;
  return (JSON.parse(main.contents) as { resource: Json }).resource;
}

function cloudFormationResources(graph: ResourceGraph): Record<string, { Properties: unknown }> {
  const resources: Record<string, { Properties: unknown }> = {};
  for (const file of emitCloudFormation(graph)) {
    if (!/template[^/]*\.json$/.test(file.path)) continue;
    Object.assign(resources, (JSON.parse(file.contents) as { Resources: object }).Resources);
  }
  return resources;
}

describe("routed records in Terraform and CloudFormation", () => {
  it("geolocation: a block per place, the default country *, a set identifier each", () => {
    const graph = graphWith(
      "routing: { policy: geolocation, locations: { eu-west-1: [EU], us-west-2: [US-CA] } }",
    );
    const records = terraformResources(graph).aws_route53_record!;
    expect(records.web_dns_a).toMatchObject({
      set_identifier: "eu-central-1-default",
      geolocation_routing_policy: { country: "*" },
    });
    // The geolocation records reach the site through its failover pair (the check is there).
    expect(records.web_dns_a).not.toHaveProperty("health_check_id");
    expect(records["eu-west-1_web_dns_a"]).toMatchObject({
      set_identifier: "eu-west-1-EU",
      geolocation_routing_policy: { continent: "EU" },
      provider: "aws.eu_west_1",
    });
    expect(records["us-west-2_web_dns_a"]).toMatchObject({
      set_identifier: "us-west-2-US-CA",
      geolocation_routing_policy: { country: "US", subdivision: "CA" },
    });
    const resources = cloudFormationResources(graph);
    expect(resources.UsWest2WebDnsA?.Properties).toMatchObject({
      SetIdentifier: "us-west-2-US-CA",
      GeoLocation: { CountryCode: "US", SubdivisionCode: "CA" },
    });
    expect(resources.WebDnsA?.Properties).toMatchObject({ GeoLocation: { CountryCode: "*" } });
  });

  it("geolocation falls through: aliases to records in the same zone (its name and the zone's id), evaluating target health", () => {
    const graph = graphWith("routing: { policy: geolocation, locations: { eu-west-1: [EU] } }");
    const records = terraformResources(graph).aws_route53_record!;
    const zone = "${aws_route53_zone.edge_dns_zone.zone_id}";
    expect(records.web_dns_a).toEqual({
      name: "shop.example.com",
      type: "A",
      zone_id: zone,
      set_identifier: "eu-central-1-default",
      geolocation_routing_policy: { country: "*" },
      alias: {
        name: "${aws_route53_record.web_dns_first_a.fqdn}",
        zone_id: zone,
        evaluate_target_health: true,
      },
    });
    expect(records["eu-west-1_web_dns_first_a"]).toEqual({
      name: "web-eu-west-1-first.shop.example.com",
      type: "A",
      zone_id: zone,
      set_identifier: "eu-west-1",
      failover_routing_policy: { type: "PRIMARY" },
      health_check_id: "${aws_route53_health_check.edge_dns_health-check_web_eu-west-1.id}",
      alias: {
        name: "${aws_lb.eu-west-1_web_alb.dns_name}",
        zone_id: "${aws_lb.eu-west-1_web_alb.zone_id}",
        evaluate_target_health: true,
      },
      provider: "aws.eu_west_1",
    });
    expect(records["eu-west-1_web_dns_first_a_any"]).toEqual({
      name: "web-eu-west-1-first.shop.example.com",
      type: "A",
      zone_id: zone,
      set_identifier: "any",
      failover_routing_policy: { type: "SECONDARY" },
      alias: {
        name: "${aws_route53_record.eu-west-1_web_dns_any_a.fqdn}",
        zone_id: zone,
        evaluate_target_health: true,
      },
      provider: "aws.eu_west_1",
    });
    expect(records["eu-west-1_web_dns_any_a"]).toMatchObject({
      name: "web-any.shop.example.com",
      set_identifier: "eu-west-1",
      latency_routing_policy: { region: "eu-west-1" },
      health_check_id: "${aws_route53_health_check.edge_dns_health-check_web_eu-west-1.id}",
    });
    const resources = cloudFormationResources(graph);
    // A record set's Ref is its domain name; the zone's Ref its id (the region's stack imports it).
    expect(resources.WebDnsA?.Properties).toEqual({
      HostedZoneId: { Ref: "EdgeDnsZone" },
      Name: "shop.example.com",
      Type: "A",
      AliasTarget: {
        DNSName: { Ref: "WebDnsFirstA" },
        HostedZoneId: { Ref: "EdgeDnsZone" },
        EvaluateTargetHealth: true,
      },
      SetIdentifier: "eu-central-1-default",
      GeoLocation: { CountryCode: "*" },
    });
    expect(resources.EuWest1WebDnsFirstAAny?.Properties).toEqual({
      HostedZoneId: { Ref: "EdgeDnsZoneId" },
      Name: "web-eu-west-1-first.shop.example.com",
      Type: "A",
      AliasTarget: {
        DNSName: { Ref: "EuWest1WebDnsAnyA" },
        HostedZoneId: { Ref: "EdgeDnsZoneId" },
        EvaluateTargetHealth: true,
      },
      SetIdentifier: "any",
      Failover: "SECONDARY",
    });
    expect(resources.EuWest1WebDnsAnyA?.Properties).toMatchObject({
      Name: "web-any.shop.example.com",
      Region: "eu-west-1",
      HealthCheckId: { Ref: "EdgeDnsHealthCheckWebEuWest1Id" },
    });
  });

  it("weighted and latency: the weight, or the record's region", () => {
    const weighted = graphWith(
      "routing: { policy: weighted, weights: { eu-central-1: 50, us-west-2: 30, eu-west-1: 20 } }",
    );
    expect(terraformResources(weighted).aws_route53_record!["us-west-2_web_dns_a"]).toMatchObject({
      set_identifier: "us-west-2",
      weighted_routing_policy: { weight: 30 },
      // A region failing its check drops out of the answers.
      health_check_id: "${aws_route53_health_check.edge_dns_health-check_web_us-west-2.id}",
    });
    expect(cloudFormationResources(weighted).EuWest1WebDnsA?.Properties).toMatchObject({
      SetIdentifier: "eu-west-1",
      Weight: 20,
    });
    const latency = graphWith("routing: { policy: latency }");
    expect(terraformResources(latency).aws_route53_record!["eu-west-1_web_dns_a"]).toMatchObject({
      latency_routing_policy: { region: "eu-west-1" },
      health_check_id: "${aws_route53_health_check.edge_dns_health-check_web_eu-west-1.id}",
    });
    expect(cloudFormationResources(latency).WebDnsA?.Properties).toMatchObject({
      SetIdentifier: "eu-central-1",
      Region: "eu-central-1",
    });
  });

  it("health checks and their alarms go to us-east-1 (the edge provider and stack)", () => {
    const graph = graphWith("routing: { policy: latency }");
    const checks = terraformResources(graph).aws_route53_health_check!;
    expect(Object.keys(checks).sort()).toEqual([
      "edge_dns_health-check_web_eu-west-1",
      "edge_dns_health-check_web_primary",
      "edge_dns_health-check_web_us-west-2",
    ]);
    expect(checks["edge_dns_health-check_web_eu-west-1"]).toMatchObject({
      type: "HTTPS",
      fqdn: "web-eu-west-1.shop.example.com",
      port: 443,
      resource_path: "/health",
      request_interval: 30,
      failure_threshold: 3,
      provider: "aws.edge",
    });
    const edge = emitCloudFormation(graph).find((f) => f.path.endsWith("template-edge.json"))!;
    expect(edge.contents).toContain('"AWS::Route53::HealthCheck"');
    expect(edge.contents).toContain('"MetricName": "HealthCheckStatus"');
  });
});
