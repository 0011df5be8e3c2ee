import type { DatabaseDesign } from "../../size/size-database.js";
import type { AlarmRecipe } from "../shared/alarm-recipes.js";

const GIB = 1024 ** 3;
const memoryBytes = (d: DatabaseDesign) => d.instanceClass.memoryGib * GIB;
const postgres = (d: DatabaseDesign) => d.engine.includes("postgres");

/** RDS's default max_connections for the instance class's memory. */
function maxConnections(d: DatabaseDesign): number {
  const perConnection = postgres(d) ? 9531392 : 12582880;
  return Math.min(Math.floor(memoryBytes(d) / perConnection), postgres(d) ? 5000 : 16000);
}

const connectionsThreshold = (d: DatabaseDesign) => Math.floor(maxConnections(d) * 0.8);
const freeMemoryThreshold = (d: DatabaseDesign) => Math.round(memoryBytes(d) * 0.1);
const freeStorageThreshold = (d: DatabaseDesign) => Math.round(d.allocatedStorageGb * 0.1 * GIB);

/** The alarms of a database tier (namespace AWS/RDS), in the order they are added. */
export const DATABASE_ALARMS: readonly AlarmRecipe<DatabaseDesign>[] = [
  {
    metric: "cpu",
    namespace: "AWS/RDS",
    metricName: "CPUUtilization",
    statistic: "Average",
    periodSeconds: 300,
    evaluationPeriods: 3,
    threshold: () => 80,
    comparisonOperator: "GreaterThanThreshold",
    summary: (tier) => `${tier} CPU above 80% for 15 minutes`,
  },
  {
    metric: "connections",
    namespace: "AWS/RDS",
    metricName: "DatabaseConnections",
    statistic: "Maximum",
    periodSeconds: 300,
    evaluationPeriods: 2,
    threshold: connectionsThreshold,
    comparisonOperator: "GreaterThanThreshold",
    summary: (tier) => `${tier} connections above 80% of max_connections`,
    calculation: (d) => [
      `max_connections = ${postgres(d) ? "LEAST(DBInstanceClassMemory / 9531392, 5000)" : "DBInstanceClassMemory / 12582880"} = ${maxConnections(d)} on ${d.instanceClass.name}`,
      `threshold = ${maxConnections(d)} x 80% = ${connectionsThreshold(d)}`,
    ],
  },
  {
    metric: "replica-lag",
    when: (d) => d.aurora && d.readers > 0,
    namespace: "AWS/RDS",
    metricName: "AuroraReplicaLagMaximum",
    statistic: "Maximum",
    periodSeconds: 60,
    evaluationPeriods: 5,
    threshold: () => 1000,
    comparisonOperator: "GreaterThanThreshold",
    summary: (tier) => `${tier} readers more than 1 s behind the writer`,
  },
  {
    metric: "freeable-memory",
    when: (d) => d.aurora,
    namespace: "AWS/RDS",
    metricName: "FreeableMemory",
    statistic: "Average",
    periodSeconds: 300,
    evaluationPeriods: 3,
    threshold: freeMemoryThreshold,
    comparisonOperator: "LessThanThreshold",
    summary: (tier, d) => `${tier} freeable memory below 10% of ${d.instanceClass.memoryGib} GiB`,
    calculation: (d) => [
      `${d.instanceClass.memoryGib} GiB x 10% = ${freeMemoryThreshold(d)} bytes`,
    ],
  },
  {
    metric: "free-storage",
    when: (d) => !d.aurora,
    namespace: "AWS/RDS",
    metricName: "FreeStorageSpace",
    statistic: "Minimum",
    periodSeconds: 300,
    evaluationPeriods: 1,
    threshold: freeStorageThreshold,
    comparisonOperator: "LessThanThreshold",
    summary: (tier, d) => `${tier} free storage below 10% of ${d.allocatedStorageGb} GiB`,
    calculation: (d) => [`${d.allocatedStorageGb} GiB x 10% = ${freeStorageThreshold(d)} bytes`],
  },
];
