import type { EcrReplicationConfigurationProps, EcsTaskDefinitionProps } from "@idio-iac/graph";
import type { IntentInput } from "@idio-iac/intent-schema";
import { describe, expect, it } from "vitest";
import { compile } from "../../compile.js";
import { baseDocument, resolveIntent } from "../../test-support/intents.js";
import { parseEcrImage } from "./build-ecr-replication.js";

const IMAGE = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/shop/web:1.4.2";

function intent(image: string, availability = "99.999") {
  return resolveIntent(
    baseDocument({
      region: "eu-west-1",
      availability,
      tiers: [
        { name: "web", type: "web", expectedRps: 100, image, connectsTo: ["db"] },
        { name: "db", type: "database", dataSizeGb: 50 },
      ],
      disasterRecovery: {
        crossRegionReplication: true,
        drRegion: "eu-central-1",
        rtoMinutes: 5,
        rpoMinutes: 1,
      },
    } as Partial<IntentInput>),
  );
}

describe("ECR replication of a primary-region image", () => {
  it("replicates the image's repository (prefix filter) to the DR region, and the DR tasks pull it there", () => {
    const nodes = new Map(compile(intent(IMAGE)).graph!.nodes.map((n) => [n.id, n]));
    const replication = nodes.get("compute.ecr.replication")!;
    expect(replication.region).toBe("primary");
    expect(replication.props as EcrReplicationConfigurationProps).toEqual({
      rules: [
        {
          destinations: [{ region: "eu-central-1", registryId: { pseudo: "accountId" } }],
          repositoryPrefixes: ["shop/web"],
        },
      ],
    });
    expect(replication.reason.summary).toContain(
      "This is the registry's one replication configuration (per account and region)",
    );
    const image = (id: string) => (nodes.get(id)!.props as EcsTaskDefinitionProps).container.image;
    expect(image("web.task")).toBe(IMAGE);
    expect(image("dr.web.task")).toBe(
      "123456789012.dkr.ecr.eu-central-1.amazonaws.com/shop/web:1.4.2",
    );
  });

  it("leaves public images, images in other regions and plans without a secondary region alone", () => {
    for (const [image, availability] of [
      ["public.ecr.aws/nginx/nginx:1.27", "99.999"],
      ["123456789012.dkr.ecr.us-east-1.amazonaws.com/shop/web:1", "99.999"],
      [IMAGE, "99.9"],
    ] as const) {
      const document = intent(image, availability);
      const graph = compile(
        availability === "99.9"
          ? {
              ...document,
              disasterRecovery: { ...document.disasterRecovery, crossRegionReplication: false },
            }
          : document,
      ).graph!;
      expect(
        graph.nodes.some((n) => n.id === "compute.ecr.replication"),
        image,
      ).toBe(false);
    }
  });

  it("parses account, region and repository, with a tag or a digest", () => {
    expect(parseEcrImage(IMAGE)).toEqual({
      account: "123456789012",
      region: "eu-west-1",
      repository: "shop/web",
    });
    expect(
      parseEcrImage(`123456789012.dkr.ecr.eu-west-1.amazonaws.com/web@sha256:${"a".repeat(64)}`),
    ).toEqual({ account: "123456789012", region: "eu-west-1", repository: "web" });
    expect(parseEcrImage("nginx:1.27")).toBeUndefined();
  });
});
