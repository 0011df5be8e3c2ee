import type { PriceMapper } from "../mapper-types.js";
import { HOURS_PER_MONTH } from "./shared.js";

/** Each Aurora writer or reader is billed per instance-hour by class. */
export const dbClusterInstanceMapper: PriceMapper<"aws.rds.cluster_instance"> = {
  kind: "aws.rds.cluster_instance",
  components(node) {
    return [
      {
        component: `Aurora ${node.props.engine} ${node.props.instanceClass}`,
        product: "aurora-instance-hours",
        attributes: { engine: node.props.engine, instanceClass: node.props.instanceClass },
        quantity: HOURS_PER_MONTH,
        baselineShare: 1,
        commitment: "rds-reserved-instance",
      },
    ];
  },
};
