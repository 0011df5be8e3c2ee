import type { PriceMapper } from "../mapper-types.js";

/** A dashboard-month (the account's first three are free; IDIO does not assume they are unused). */
export const dashboardMapper: PriceMapper<"aws.cloudwatch.dashboard"> = {
  kind: "aws.cloudwatch.dashboard",
  components() {
    return [{ component: "Dashboard", product: "cloudwatch-dashboard-months", quantity: 1 }];
  },
};
