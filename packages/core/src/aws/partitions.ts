/** The AWS partitions, by the ARN prefix they use. */
export type Partition = "aws" | "aws-cn" | "aws-us-gov";

/** The AWS partition of a region, known without asking AWS. */
export function partitionOf(region: string): Partition {
  if (region.startsWith("cn-")) return "aws-cn";
  if (region.startsWith("us-gov-")) return "aws-us-gov";
  return "aws";
}
