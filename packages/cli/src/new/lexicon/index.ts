import { APPLICATION_RECOGNISERS } from "./applications.js";
import { AVAILABILITY_RECOGNISERS } from "./availability.js";
import { BUDGET_RECOGNISERS } from "./budgets.js";
import { COMPLIANCE_RECOGNISERS } from "./compliance.js";
import { COMPONENT_RECOGNISERS } from "./components.js";
import { ENVIRONMENT_RECOGNISERS } from "./environments.js";
import { IDENTITY_RECOGNISERS } from "./identity.js";
import type { Recogniser } from "./recogniser.js";
import { RECOVERY_RECOGNISERS } from "./recovery.js";
import { REGION_RECOGNISERS } from "./regions.js";
import { STACK_RECOGNISERS } from "./stacks.js";

export type { Recogniser } from "./recogniser.js";

/** The whole lexicon. Order does not matter: the matcher takes the longest match at each place. */
export const LEXICON: readonly Recogniser[] = [
  ...APPLICATION_RECOGNISERS,
  ...ENVIRONMENT_RECOGNISERS,
  ...AVAILABILITY_RECOGNISERS,
  ...BUDGET_RECOGNISERS,
  ...COMPLIANCE_RECOGNISERS,
  ...REGION_RECOGNISERS,
  ...RECOVERY_RECOGNISERS,
  ...STACK_RECOGNISERS,
  ...COMPONENT_RECOGNISERS,
  ...IDENTITY_RECOGNISERS,
];

/**
 * Words that carry no field on their own ("a", "with", "for"): never
 * reported as unused. Everything else that sets nothing is reported.
 */
export const FILLER_WORDS: ReadonlySet<string> = new Set(
  (
    "a an the and or with without for to of in on at by from into that which who " +
    "we i my our it its is are be should must need needs want wants would like please " +
    "build make create set up give me us some also plus using use uses run runs running " +
    "host hosted hosting deploy deployed on-prem aws amazon cloud infrastructure " +
    "keep kept per each every about around roughly approximately under below up than " +
    "max maximum min minimum at least most budget cost costs month monthly target platform system"
  ).split(" "),
);
