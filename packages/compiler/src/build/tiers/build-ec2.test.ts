import type { IntentInput } from "@idio-iac/intent-schema";
import type { GraphNode, LaunchTemplateProps, ResourceGraph } from "@idio-iac/graph";
import { describe, expect, it } from "vitest";
import { compile } from "../../compile.js";
import { baseDocument, resolveIntent } from "../../test-support/intents.js";

function compileTiers(tiers: IntentInput["tiers"]) {
  const result = compile(resolveIntent(baseDocument({ tiers, environment: "development" })));
  expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return result.graph!;
}

const byId = (graph: ResourceGraph, id: string): GraphNode => {
  const found = graph.nodes.find((n) => n.id === id);
  if (found === undefined) throw new Error(`no node ${id}`);
  return found;
};
const template = (graph: ResourceGraph) =>
  byId(graph, "app.launch-template").props as LaunchTemplateProps;
/** The script with references shown as <node.attr>. */
const script = (props: LaunchTemplateProps) =>
  props
    .userData!.script.join.map((part) =>
      typeof part === "string" ? part : `<${part.ref}.${part.attr}>`,
    )
    .join("");

const APP = {
  name: "app",
  type: "web",
  compute: "ec2",
  expectedRps: 20,
  scaling: { min: 1, max: 3 },
  connectsTo: ["jobs"],
} as const;
const QUEUE = { name: "jobs", type: "queue" } as const;

describe("EC2 tiers start the application", () => {
  it("defaults to x86_64: the Intel twin of the sized type and the x86_64 AL2023 parameter", () => {
    const props = template(compileTiers([APP, QUEUE] as unknown as IntentInput["tiers"]));
    expect(props.instanceType).toBe("m7i.large");
    expect(props.imageId).toBe(
      "resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64",
    );
  });

  it("arm64 when asked: Graviton type and AMI", () => {
    const props = template(
      compileTiers([{ ...APP, architecture: "arm64" }, QUEUE] as unknown as IntentInput["tiers"]),
    );
    expect(props.instanceType).toBe("m7g.large");
    expect(props.imageId).toBe(
      "resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-arm64",
    );
  });

  it("user data installs Docker and runs the image with the connection's and the intent's environment", () => {
    const props = template(
      compileTiers([
        {
          ...APP,
          image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1",
          command: ["node", "it's.js"],
          environment: { LOG_LEVEL: "info" },
        },
        QUEUE,
      ] as unknown as IntentInput["tiers"]),
    );
    expect(props.userData!.image).toBe("123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1");
    expect(script(props)).toBe(
      [
        "# IDIO: run app's container on every boot.",
        "set -euo pipefail",
        "dnf install -y docker",
        "systemctl enable --now docker",
        "install -d -m 0700 /etc/idio",
        "cat > /etc/idio/app.env <<'IDIO_ENV'",
        "JOBS_QUEUE_URL=<jobs.queue.url>",
        "LOG_LEVEL=info",
        "IDIO_ENV",
        "chmod 0600 /etc/idio/app.env",
        'case "$IDIO_IMAGE" in',
        "  *.dkr.ecr.*.amazonaws.com/*)",
        '    registry="$(echo "$IDIO_IMAGE" | cut -d/ -f1)"',
        '    aws ecr get-login-password --region "$(echo "$registry" | cut -d. -f4)" | docker login --username AWS --password-stdin "$registry" ;;',
        "esac",
        "docker rm -f app >/dev/null 2>&1 || true",
        `docker run -d --name app --restart always --network host --read-only --tmpfs /tmp --env-file /etc/idio/app.env --log-driver awslogs --log-opt awslogs-region=us-east-1 --log-opt awslogs-group=<app.log-group.name> "$IDIO_IMAGE" 'node' 'it'\\''s.js'`,
        "",
      ].join("\n"),
    );
  });

  it("the instance role may pull from ECR", () => {
    const role = byId(
      compileTiers([APP, QUEUE] as unknown as IntentInput["tiers"]),
      "app.instance.role",
    ).props as unknown as { managedPolicies: string[] };
    expect(role.managedPolicies).toEqual([
      "AmazonSSMManagedInstanceCore",
      "CloudWatchAgentServerPolicy",
      "AmazonEC2ContainerRegistryReadOnly",
    ]);
  });
});
