import { REGION_NAMES } from "@idio-iac/intent-schema";
import { phrasePattern, type Recogniser } from "./recogniser.js";

/**
 * Regions by code ("eu-west-1") or by the city or area AWS names them after
 * ("Frankfurt", "N. Virginia", "Oregon"). The first region named is the
 * primary; a second one is the disaster-recovery region (see recovery.ts).
 */
const PLACES: Readonly<Record<string, readonly string[]>> = {
  "us-east-1": ["n. virginia", "northern virginia", "north virginia", "virginia"],
  "us-east-2": ["ohio"],
  "us-west-1": ["n. california", "northern california", "california"],
  "us-west-2": ["oregon"],
  "ca-central-1": ["montreal", "canada"],
  "ca-west-1": ["calgary"],
  "mx-central-1": ["mexico"],
  "sa-east-1": ["sao paulo", "são paulo", "brazil"],
  "eu-west-1": ["ireland", "dublin"],
  "eu-west-2": ["london"],
  "eu-west-3": ["paris"],
  "eu-central-1": ["frankfurt"],
  "eu-central-2": ["zurich", "zürich"],
  "eu-north-1": ["stockholm"],
  "eu-south-1": ["milan"],
  "eu-south-2": ["spain", "madrid"],
  "il-central-1": ["tel aviv", "israel"],
  "me-south-1": ["bahrain"],
  "me-central-1": ["uae", "dubai"],
  "af-south-1": ["cape town"],
  "ap-south-1": ["mumbai"],
  "ap-south-2": ["hyderabad"],
  "ap-east-1": ["hong kong"],
  "ap-southeast-1": ["singapore"],
  "ap-southeast-2": ["sydney"],
  "ap-southeast-3": ["jakarta"],
  "ap-southeast-4": ["melbourne"],
  "ap-southeast-5": ["malaysia", "kuala lumpur"],
  "ap-southeast-7": ["thailand", "bangkok"],
  "ap-northeast-1": ["tokyo"],
  "ap-northeast-2": ["seoul"],
  "ap-northeast-3": ["osaka"],
};

const KNOWN: ReadonlySet<string> = new Set(REGION_NAMES);

export const REGION_RECOGNISERS: readonly Recogniser[] = [
  {
    concept: "region",
    pattern: /(?<![\p{L}\p{N}-])[a-z]{2}-(?:gov-)?[a-z]+-\d(?![\p{L}\p{N}-])/giu,
    // A well-formed code AWS does not have stays unused rather than guessed.
    read: (match) => {
      const region = match[0].toLowerCase();
      return KNOWN.has(region) ? { kind: "region", region } : undefined;
    },
  },
  ...Object.entries(PLACES)
    .filter(([region]) => KNOWN.has(region))
    .map(([region, places]): Recogniser => ({
      concept: "region",
      pattern: phrasePattern(places),
      read: () => ({ kind: "region", region }),
    })),
];
