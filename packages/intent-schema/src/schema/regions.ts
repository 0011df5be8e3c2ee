// The region table is an AWS fact and lives in core; re-exported for existing imports.
export { AWS_REGIONS, REGION_NAMES, regionInfo, type RegionInfo } from "@idio-iac/core";
