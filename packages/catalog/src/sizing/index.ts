// The sizing tables are AWS facts and live in core (the compiler sizes from
// them without loading prices); re-exported here for compatibility.
export {
  AURORA_INSTANCE_CLASSES,
  CACHE_NODE_TYPES,
  EC2_GRAVITON_TYPES,
  FARGATE_TASK_SIZES,
  RDS_INSTANCE_CLASSES,
  THROUGHPUT,
  cacheNodeTypeFor,
  databaseClassFor,
  ec2TypeFor,
  fargateTaskSizeFor,
  type CacheNodeType,
  type DatabaseInstanceClass,
  type Ec2InstanceType,
  type FargateTaskSize,
} from "@idio-iac/core";
