import type { GraphNode, ResourceGraph } from "@idio-iac/graph";

const HOLDS_DATA = new Set([
  "aws_backup_vault",
  "aws_db_instance",
  "aws_dynamodb_table",
  "aws_kms_key",
  "aws_rds_cluster",
  "aws_s3_bucket",
]);

/**
 * Whether a node's Terraform resource carries `lifecycle { prevent_destroy = true }`:
 * the twin of CloudFormation's Retain/Snapshot DeletionPolicy for data that
 * cannot be rebuilt — databases that keep a final snapshot, tables with
 * deletion protection, buckets not force-destroyed, keys, backup vaults — and
 * only in production. Elsewhere it would block `terraform destroy` of a whole
 * dev or staging environment, which is too blunt; the resources' own
 * protections (final snapshots, deletion protection) still apply there.
 * Read replicas and a global database's secondary are copies: not protected.
 * https://developer.hashicorp.com/terraform/language/meta-arguments/lifecycle#prevent_destroy
 */
export function preventsDestroy(node: GraphNode, type: string, graph: ResourceGraph): boolean {
  // The resource that holds the data, not its satellites (a bucket's versioning, policy, …).
  if (graph.environment !== "production" || !HOLDS_DATA.has(type)) return false;
  switch (node.kind) {
    case "aws.rds.instance":
    case "aws.rds.cluster":
      return !node.props.skipFinalSnapshot;
    case "aws.dynamodb.table":
      return node.props.deletionProtection;
    case "aws.s3.bucket":
      return !node.props.forceDestroy;
    case "aws.kms.key":
    case "aws.backup.vault":
      return true;
    default:
      return false;
  }
}
