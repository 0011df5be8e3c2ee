/**
 * AWS commercial-partition regions IDIO can target, with how many
 * Availability Zones a new account can use there (what the compiler may
 * spread across) and the default disaster-recovery partner: the nearest
 * region in the same geography, so data stays in its jurisdiction.
 */
export interface RegionInfo {
  readonly name: string;
  readonly location: string;
  readonly availabilityZones: number;
  readonly drPartner: string;
}

export const AWS_REGIONS: readonly RegionInfo[] = [
  {
    name: "us-east-1",
    location: "US East (N. Virginia)",
    availabilityZones: 6,
    drPartner: "us-west-2",
  },
  { name: "us-east-2", location: "US East (Ohio)", availabilityZones: 3, drPartner: "us-west-2" },
  {
    name: "us-west-1",
    location: "US West (N. California)",
    availabilityZones: 2,
    drPartner: "us-west-2",
  },
  { name: "us-west-2", location: "US West (Oregon)", availabilityZones: 4, drPartner: "us-east-1" },
  {
    name: "ca-central-1",
    location: "Canada (Central)",
    availabilityZones: 3,
    drPartner: "ca-west-1",
  },
  {
    name: "ca-west-1",
    location: "Canada West (Calgary)",
    availabilityZones: 3,
    drPartner: "ca-central-1",
  },
  {
    name: "mx-central-1",
    location: "Mexico (Central)",
    availabilityZones: 3,
    drPartner: "us-east-2",
  },
  {
    name: "sa-east-1",
    location: "South America (Sao Paulo)",
    availabilityZones: 3,
    drPartner: "us-east-1",
  },
  {
    name: "eu-west-1",
    location: "Europe (Ireland)",
    availabilityZones: 3,
    drPartner: "eu-central-1",
  },
  { name: "eu-west-2", location: "Europe (London)", availabilityZones: 3, drPartner: "eu-west-1" },
  {
    name: "eu-west-3",
    location: "Europe (Paris)",
    availabilityZones: 3,
    drPartner: "eu-central-1",
  },
  {
    name: "eu-central-1",
    location: "Europe (Frankfurt)",
    availabilityZones: 3,
    drPartner: "eu-west-1",
  },
  {
    name: "eu-central-2",
    location: "Europe (Zurich)",
    availabilityZones: 3,
    drPartner: "eu-central-1",
  },
  {
    name: "eu-north-1",
    location: "Europe (Stockholm)",
    availabilityZones: 3,
    drPartner: "eu-west-1",
  },
  {
    name: "eu-south-1",
    location: "Europe (Milan)",
    availabilityZones: 3,
    drPartner: "eu-central-1",
  },
  { name: "eu-south-2", location: "Europe (Spain)", availabilityZones: 3, drPartner: "eu-west-3" },
  {
    name: "il-central-1",
    location: "Israel (Tel Aviv)",
    availabilityZones: 3,
    drPartner: "eu-central-1",
  },
  {
    name: "me-south-1",
    location: "Middle East (Bahrain)",
    availabilityZones: 3,
    drPartner: "me-central-1",
  },
  {
    name: "me-central-1",
    location: "Middle East (UAE)",
    availabilityZones: 3,
    drPartner: "me-south-1",
  },
  {
    name: "af-south-1",
    location: "Africa (Cape Town)",
    availabilityZones: 3,
    drPartner: "eu-west-1",
  },
  {
    name: "ap-south-1",
    location: "Asia Pacific (Mumbai)",
    availabilityZones: 3,
    drPartner: "ap-south-2",
  },
  {
    name: "ap-south-2",
    location: "Asia Pacific (Hyderabad)",
    availabilityZones: 3,
    drPartner: "ap-south-1",
  },
  {
    name: "ap-east-1",
    location: "Asia Pacific (Hong Kong)",
    availabilityZones: 3,
    drPartner: "ap-southeast-1",
  },
  {
    name: "ap-southeast-1",
    location: "Asia Pacific (Singapore)",
    availabilityZones: 3,
    drPartner: "ap-southeast-2",
  },
  {
    name: "ap-southeast-2",
    location: "Asia Pacific (Sydney)",
    availabilityZones: 3,
    drPartner: "ap-southeast-4",
  },
  {
    name: "ap-southeast-3",
    location: "Asia Pacific (Jakarta)",
    availabilityZones: 3,
    drPartner: "ap-southeast-1",
  },
  {
    name: "ap-southeast-4",
    location: "Asia Pacific (Melbourne)",
    availabilityZones: 3,
    drPartner: "ap-southeast-2",
  },
  {
    name: "ap-southeast-5",
    location: "Asia Pacific (Malaysia)",
    availabilityZones: 3,
    drPartner: "ap-southeast-1",
  },
  {
    name: "ap-southeast-7",
    location: "Asia Pacific (Thailand)",
    availabilityZones: 3,
    drPartner: "ap-southeast-1",
  },
  {
    name: "ap-northeast-1",
    location: "Asia Pacific (Tokyo)",
    availabilityZones: 3,
    drPartner: "ap-northeast-3",
  },
  {
    name: "ap-northeast-2",
    location: "Asia Pacific (Seoul)",
    availabilityZones: 4,
    drPartner: "ap-northeast-1",
  },
  {
    name: "ap-northeast-3",
    location: "Asia Pacific (Osaka)",
    availabilityZones: 3,
    drPartner: "ap-northeast-1",
  },
];

export const REGION_NAMES: readonly string[] = AWS_REGIONS.map((region) => region.name);

export function regionInfo(name: string): RegionInfo | undefined {
  return AWS_REGIONS.find((region) => region.name === name);
}
