import type { PriceMapper } from "../mapper-types.js";
import { HOURS_PER_MONTH } from "./shared.js";

/** Every public IPv4 address is billed hourly, in use or not. */
export const elasticIpMapper: PriceMapper<"aws.ec2.eip"> = {
  kind: "aws.ec2.eip",
  components() {
    return [
      { component: "Public IPv4 address", product: "public-ipv4-hours", quantity: HOURS_PER_MONTH },
    ];
  },
};
