import { ref, type DbClusterInstanceProps, type NodeReason, type Ref } from "@idio-iac/graph";
import {
  type CompileContext,
  kmsKeyRef,
  nameOf,
  siteRegion,
  standbyShareOf,
} from "../../context/context.js";
import { dataLayer, subnetRefs, zonesOf } from "../platform/build-network.js";
import { addAlarms } from "../shared/alarm-recipes.js";
import { addAlarm, dim } from "../shared/build-observability.js";
import { DATABASE_ALARMS } from "./database-alarms.js";
import { addSecurityGroup, sgId } from "../shared/build-security-group.js";
import { siteId, siteLabel, siteNamePart, type Site } from "../../ids.js";
import { because } from "../../reason.js";
import type { ResolvedTier } from "../../context/resolve-tiers.js";
import { sizeDatabase, type DatabaseDesign } from "../../size/size-database.js";
import { DATABASE_NAME, MASTER_USERNAME } from "./database-credentials.js";
import { checkWriteForwarding } from "./write-forwarding.js";

export const RDS_MONITORING_ROLE = "ops.rds-monitoring.role";

/** Engine logs worth exporting to CloudWatch Logs. */
const LOG_EXPORTS: Record<DatabaseDesign["engine"], string[]> = {
  postgres: ["postgresql", "upgrade"],
  "aurora-postgresql": ["postgresql"],
  mysql: ["error", "slowquery"],
  "aurora-mysql": ["audit", "error", "slowquery"],
};

/**
 * The database tier: RDS or Aurora (size-database.ts decides), in the data
 * subnets, encrypted, TLS enforced by parameter, and replicated to the DR
 * region when the recovery point needs it. Applications connect with IAM
 * database authentication (build-permissions.ts); the master credentials are
 * for administrators: kept by RDS in Secrets Manager, or — where RDS cannot
 * manage them (global databases, cross-region replicas) — generated into a
 * secret of IDIO's that is replicated to the DR region.
 */
export function buildDatabase(context: CompileContext, t: ResolvedTier): DatabaseDesign {
  const design = sizeDatabase(context, t);
  checkWriteForwarding(context, t, design);
  addDataPlacement(context, t, "primary");
  const paramsId = addParameterGroup(context, t, design, "primary");
  const monitoring = ensureMonitoringRole(context);
  const common = commonSettings(context, t, design, addMasterSecret(context, t, design));
  if (design.aurora) {
    if (design.crossRegion === "global-cluster") addGlobalCluster(context, t, design);
    addAuroraCluster(context, t, design, common, paramsId);
    addClusterInstances(context, t, design, monitoring);
  } else {
    addRdsInstance(context, t, design, common, { paramsId, monitoring });
  }
  for (const site of databaseCopySites(context, design)) {
    buildDrDatabase(context, t, design, site);
    addReplicationLagAlarm(context, t, design, site);
    // A serving region's cluster carries that region's reads: the same alarms as the primary's.
    if (site !== "dr")
      addAlarms(
        context,
        t,
        DATABASE_ALARMS,
        design,
        { DBClusterIdentifier: dim.identifier(siteId(site, `${t.prefix}.cluster`)) },
        site,
      );
  }
  addDatabaseAlarms(context, t, design);
  return design;
}

/** What an Aurora cluster and an RDS instance share, and the reason text both give. */
interface CommonSettings {
  readonly props: {
    readonly storageEncrypted: true;
    readonly kmsKeyId: Ref | undefined;
    readonly deletionProtection: boolean;
    readonly backupRetentionDays: number;
    readonly vpcSecurityGroupIds: Ref[];
    readonly manageMasterUserPassword: boolean;
    readonly masterUsername: string;
    readonly masterPasswordSecret: Ref | undefined;
    readonly databaseName: string;
    readonly iamDatabaseAuthentication: true;
    readonly copyTagsToSnapshot: true;
    readonly cloudwatchLogsExports: string[];
    readonly skipFinalSnapshot: boolean;
    readonly finalSnapshotIdentifier: string | undefined;
  };
  readonly reason: NodeReason;
}

function commonSettings(
  context: CompileContext,
  t: ResolvedTier,
  design: DatabaseDesign,
  masterSecret: string | undefined,
): CommonSettings {
  const { posture, availability, intent } = context;
  const retention = Math.min(35, posture.backupRetentionDays);
  const development = intent.environment === "development";
  return {
    props: {
      storageEncrypted: true,
      kmsKeyId: kmsKeyRef(context),
      deletionProtection: availability.production,
      backupRetentionDays: retention,
      vpcSecurityGroupIds: [ref(sgId(t))],
      manageMasterUserPassword: masterSecret === undefined,
      masterUsername: MASTER_USERNAME,
      masterPasswordSecret: masterSecret === undefined ? undefined : ref(masterSecret, "arn"),
      databaseName: DATABASE_NAME,
      iamDatabaseAuthentication: true,
      copyTagsToSnapshot: true,
      cloudwatchLogsExports: LOG_EXPORTS[design.engine],
      skipFinalSnapshot: development,
      finalSnapshotIdentifier: development ? undefined : nameOf(context, [t.name, "final"], 255),
    },
    reason: because(
      `${design.summary}; encrypted, TLS enforced, applications sign in with IAM database authentication, master credentials ${masterSecret === undefined ? "managed by RDS in Secrets Manager" : `generated into a Secrets Manager secret replicated to ${context.drRegion}`}, ${retention}-day point-in-time recovery`,
      [t.pointer, ...design.pointers, ...posture.pointers.kms],
      [
        ...design.calculation,
        ...posture.calculation.backupRetention,
        `automated backups: min(${posture.backupRetentionDays}, 35 = RDS maximum) = ${retention} days; AWS Backup keeps longer copies`,
      ],
    ),
  };
}

/**
 * RDS cannot manage the master password of an Aurora global database or of an
 * instance with a cross-region read replica ("Limitations for Secrets Manager
 * integration":
 * https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/rds-secrets-manager.html#rds-secrets-manager-limitations,
 * https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-secrets-manager.html#rds-secrets-manager-limitations).
 * There the password is generated into a secret of our own, replicated to the
 * DR region (https://docs.aws.amazon.com/secretsmanager/latest/userguide/create-manage-multi-region-secrets.html)
 * so administrators can still sign in after the primary region is lost; the DR
 * copy inherits the password from its source. Returns the secret's id, or
 * undefined when RDS manages the password.
 */
function addMasterSecret(
  context: CompileContext,
  t: ResolvedTier,
  design: DatabaseDesign,
): string | undefined {
  const sites = databaseCopySites(context, design);
  if (sites.length === 0) return undefined;
  const kms = context.posture.kms;
  const regions = sites.map((site) => siteRegion(context, site));
  return context.nodes.add({
    id: `${t.prefix}.master-secret`,
    kind: "aws.secretsmanager.secret",
    tier: t.name,
    props: {
      name: nameOf(context, [t.name, "master"], 512),
      description: `Master credentials of ${t.name} (administrators only; applications use IAM database authentication)`,
      kmsKeyId: kmsKeyRef(context),
      generatedCredentials: { username: MASTER_USERNAME },
      replicas: sites.map((site) => ({
        region: siteRegion(context, site),
        ...(kms ? { kmsKeyId: kmsKeyRef(context, "arn", site)! } : {}),
      })),
      recoveryWindowInDays: context.availability.production ? 30 : 7,
    },
    reason: because(
      `Master credentials of ${t.name}, generated at first deploy and replicated to ${regions.join(", ")}: RDS cannot manage the password of ${design.crossRegion === "global-cluster" ? "an Aurora global database" : "an instance with a cross-region read replica"}`,
      [t.pointer, ...context.drPointers],
    ),
  });
}

function addGlobalCluster(context: CompileContext, t: ResolvedTier, design: DatabaseDesign): void {
  context.nodes.add({
    id: `${t.prefix}.global-cluster`,
    kind: "aws.rds.global_cluster",
    tier: t.name,
    props: {
      identifier: nameOf(context, [t.name, "global"], 63),
      engine: design.engine as "aurora-postgresql" | "aurora-mysql",
      engineVersion: design.engineVersion,
      storageEncrypted: true,
      deletionProtection: context.availability.production,
    },
    reason: because(
      context.servingRegions.length > 0
        ? `Aurora global database: the writer in ${context.intent.region}, storage-level replication to ${context.servingRegions.join(", ")} with typical lag under a second; each region reads locally and forwards its writes to the writer (write forwarding); any secondary can be promoted within minutes`
        : `Aurora global database: storage-level replication to ${context.drRegion} with typical lag under a second; the DR cluster can be promoted within minutes`,
      [...design.pointers, ...context.drPointers, "/disasterRecovery/rtoMinutes"],
      design.calculation,
    ),
  });
}

function addAuroraCluster(
  context: CompileContext,
  t: ResolvedTier,
  design: DatabaseDesign,
  common: CommonSettings,
  paramsId: string,
): void {
  const p = t.prefix;
  // With serving regions the primary forwards writes too once a failover or
  // switchover demotes it; until then the setting does nothing (AWS RDS API,
  // CreateDBCluster EnableGlobalWriteForwarding), so the old primary's tiers can
  // write again without another change.
  const forwards = design.crossRegion === "global-cluster" && context.servingRegions.length > 0;
  context.nodes.add({
    id: `${p}.cluster`,
    kind: "aws.rds.cluster",
    tier: t.name,
    props: {
      identifier: nameOf(context, [t.name], 63),
      engine: design.engine as "aurora-postgresql" | "aurora-mysql",
      engineVersion: design.engineVersion,
      ...common.props,
      dbSubnetGroupName: ref(`${p}.subnet-group`, "name"),
      clusterParameterGroupName: ref(paramsId, "name"),
      globalClusterIdentifier:
        design.crossRegion === "global-cluster" ? ref(`${p}.global-cluster`, "id") : undefined,
      ...(forwards ? { enableGlobalWriteForwarding: true } : {}),
    },
    reason: forwards
      ? {
          ...common.reason,
          calculation: [
            ...common.reason.calculation,
            "write forwarding on the primary as well: it takes effect only when a failover or switchover demotes this cluster, so its region's tiers can then write through the new writer (https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBCluster.html, EnableGlobalWriteForwarding)",
          ],
        }
      : common.reason,
  });
}

/** The writer in the first zone, readers round-robin over the zones after it: b, c, then a2, b2, ... */
function addClusterInstances(
  context: CompileContext,
  t: ResolvedTier,
  design: DatabaseDesign,
  monitoring: string | undefined,
): void {
  const zones = zonesOf(context, "primary");
  const instanceProps = (
    zone: string | undefined,
    tier: number,
    label: string,
  ): DbClusterInstanceProps => ({
    identifier: nameOf(context, [t.name, label], 63),
    clusterIdentifier: ref(`${t.prefix}.cluster`, "id"),
    engine: design.engine as "aurora-postgresql" | "aurora-mysql",
    instanceClass: design.instanceClass.name,
    publiclyAccessible: false,
    performanceInsights: true,
    monitoringIntervalSeconds: monitoring ? 60 : 0,
    monitoringRoleArn: monitoring ? ref(monitoring, "arn") : undefined,
    autoMinorVersionUpgrade: true,
    promotionTier: tier,
    availabilityZone: zone,
  });
  context.nodes.add({
    id: `${t.prefix}.writer`,
    kind: "aws.rds.cluster_instance",
    tier: t.name,
    props: instanceProps(zones[0], 0, zones[0]!.slice(-1)),
    reason: because(
      `Writer of ${t.name} in ${zones[0]} on ${design.instanceClass.name}`,
      design.pointers,
      design.calculation,
    ),
  });
  for (let i = 0; i < design.readers; i++) {
    const zone = zones[(i + 1) % zones.length]!;
    const round = Math.floor((i + 1) / zones.length) + 1;
    const label = `${zone.slice(-1)}${round > 1 ? round : ""}`;
    context.nodes.add({
      id: `${t.prefix}.reader.${label}`,
      kind: "aws.rds.cluster_instance",
      tier: t.name,
      props: instanceProps(zone, 1, label),
      reason: because(
        `Reader of ${t.name} in ${zone}: serves reads and is the failover target if the writer's AZ fails (same class, so failover does not shrink capacity)`,
        ["/availability", "/environment", ...design.pointers],
        design.calculation,
      ),
    });
  }
}

function addRdsInstance(
  context: CompileContext,
  t: ResolvedTier,
  design: DatabaseDesign,
  common: CommonSettings,
  { paramsId, monitoring }: { paramsId: string; monitoring: string | undefined },
): void {
  const p = t.prefix;
  context.nodes.add({
    id: `${p}.instance`,
    kind: "aws.rds.instance",
    tier: t.name,
    props: {
      identifier: nameOf(context, [t.name], 63),
      engine: design.engine as "postgres" | "mysql",
      engineVersion: design.engineVersion,
      instanceClass: design.instanceClass.name,
      allocatedStorage: design.allocatedStorageGb,
      maxAllocatedStorage: design.maxAllocatedStorageGb,
      storageType: "gp3",
      multiAz: design.multiAz,
      publiclyAccessible: false,
      dbSubnetGroupName: ref(`${p}.subnet-group`, "name"),
      parameterGroupName: ref(paramsId, "name"),
      performanceInsights: context.availability.production,
      monitoringIntervalSeconds: monitoring ? 60 : 0,
      monitoringRoleArn: monitoring ? ref(monitoring, "arn") : undefined,
      autoMinorVersionUpgrade: true,
      ...common.props,
    },
    reason: common.reason,
  });
}

/** Subnet group and security group of a data tier in `site`. */
export function addDataPlacement(context: CompileContext, t: ResolvedTier, site: Site): void {
  const layer = dataLayer(context);
  const id = siteId(site, `${t.prefix}.subnet-group`);
  const props = {
    name: nameOf(context, [t.name, ...siteNamePart(site)]),
    description: `${layer} subnets of ${t.name}`,
    subnetIds: subnetRefs(context, site, layer),
  };
  const reason = because(
    `${t.name} lives in the ${layer} subnets${layer === "isolated" ? ": no route to or from the internet" : ""}`,
    ["/security/networkIsolation", t.pointer],
  );
  if (t.type === "cache")
    context.nodes.add({
      id,
      kind: "aws.elasticache.subnet_group",
      tier: t.name,
      region: site,
      props,
      reason,
    });
  else
    context.nodes.add({
      id,
      kind: "aws.rds.subnet_group",
      tier: t.name,
      region: site,
      props,
      reason,
    });
  addSecurityGroup(context, t, {
    id: sgId(t, site),
    what: `${t.type === "cache" ? "Cache" : "Database"} ${t.name}${siteLabel(site)}`,
    site,
  });
}

/** The (cluster) parameter group forcing TLS and connection logging, in `site`. */
function addParameterGroup(
  context: CompileContext,
  t: ResolvedTier,
  design: DatabaseDesign,
  site: Site,
): string {
  const params = databaseParameters(context, design);
  const local = design.aurora
    ? `${t.prefix}.cluster-parameter-group`
    : `${t.prefix}.parameter-group`;
  const id = siteId(site, local);
  const props = {
    name: nameOf(context, [t.name, ...siteNamePart(site), design.family.replace(/\./g, "-")], 255),
    family: design.family,
    description: `${design.engine} parameters of ${t.name}${siteLabel(site)}`,
    parameters: params.map(([name, value]) => ({
      name,
      value,
      applyMethod: "pending-reboot" as const,
    })),
  };
  const reason = because(
    `Parameters of ${t.name}${site !== "primary" ? ` in ${siteRegion(context, site)} (parameter groups are regional; a promoted replica must enforce the same)` : ""}: ${params.map(([n, v]) => `${n}=${v}`).join(", ") || "engine defaults"}`,
    ["/security/encryptionInTransit", ...context.posture.pointers.trail],
  );
  if (design.aurora)
    context.nodes.add({
      id,
      kind: "aws.rds.cluster_parameter_group",
      tier: t.name,
      region: site,
      props,
      reason,
    });
  else
    context.nodes.add({
      id,
      kind: "aws.rds.parameter_group",
      tier: t.name,
      region: site,
      props,
      reason,
    });
  return id;
}

function databaseParameters(context: CompileContext, design: DatabaseDesign): [string, string][] {
  const params: [string, string][] = [];
  const postgres = design.engine.endsWith("postgres") || design.engine.endsWith("postgresql");
  if (context.posture.tls)
    params.push(postgres ? ["rds.force_ssl", "1"] : ["require_secure_transport", "ON"]);
  if (context.posture.trail && postgres)
    params.push(["log_connections", "1"], ["log_disconnections", "1"]);
  if (context.posture.trail && design.engine === "aurora-mysql")
    params.push(
      ["server_audit_logging", "1"],
      ["server_audit_events", "CONNECT,QUERY_DDL,QUERY_DCL"],
    );
  return params;
}

function ensureMonitoringRole(context: CompileContext): string | undefined {
  if (!context.availability.production) return undefined;
  if (!context.nodes.has(RDS_MONITORING_ROLE)) {
    context.nodes.add({
      id: RDS_MONITORING_ROLE,
      kind: "aws.iam.role",
      tier: null,
      props: {
        name: nameOf(context, ["rds-monitoring"]),
        description: "Lets RDS publish Enhanced Monitoring metrics",
        assumedBy: ["monitoring.rds.amazonaws.com"],
        inlinePolicies: [],
        managedPolicies: ["service-role/AmazonRDSEnhancedMonitoringRole"],
        maxSessionDurationSeconds: 3600,
      },
      reason: because("Enhanced Monitoring (OS metrics every 60 s) for production databases", [
        "/environment",
      ]),
    });
  }
  return RDS_MONITORING_ROLE;
}

/**
 * Where the database has copies: the DR region when the recovery strategy
 * replicates there, or every extra serving region (an Aurora global database
 * secondary each).
 */
export function databaseCopySites(context: CompileContext, design: DatabaseDesign): Site[] {
  if (design.crossRegion === "none") return [];
  return context.drRegion !== undefined ? ["dr"] : [...context.servingRegions];
}

/** The copy in `site`: an Aurora secondary cluster, or a cross-region RDS read replica. */
function buildDrDatabase(
  context: CompileContext,
  t: ResolvedTier,
  design: DatabaseDesign,
  site: Site,
): void {
  addDataPlacement(context, t, site);
  const drParams = addParameterGroup(context, t, design, site);
  const pointers = [...design.pointers, ...context.drPointers, "/disasterRecovery/rtoMinutes"];
  if (design.crossRegion !== "global-cluster") {
    addDrReplica(context, t, design, drParams, pointers);
    return;
  }
  addDrCluster(context, t, design, { site, drParams, pointers });
  if (site !== "dr") {
    addServingReaders(context, t, design, site, pointers);
    return;
  }
  const rto = context.intent.disasterRecovery.rtoMinutes;
  if (rto <= 60 || context.availability.warmStandby) addDrReader(context, t, design, pointers);
}

function addDrCluster(
  context: CompileContext,
  t: ResolvedTier,
  design: DatabaseDesign,
  { site, drParams, pointers }: { site: Site; drParams: string; pointers: string[] },
): void {
  const p = t.prefix;
  const serving = site !== "dr";
  context.nodes.add({
    id: siteId(site, `${p}.cluster`),
    kind: "aws.rds.cluster",
    tier: t.name,
    region: site,
    props: {
      identifier: nameOf(context, [t.name, ...siteNamePart(site)], 63),
      engine: design.engine as "aurora-postgresql" | "aurora-mysql",
      engineVersion: design.engineVersion,
      storageEncrypted: true,
      kmsKeyId: kmsKeyRef(context, "arn", site),
      deletionProtection: context.availability.production,
      backupRetentionDays: Math.min(35, context.posture.backupRetentionDays),
      dbSubnetGroupName: ref(siteId(site, `${p}.subnet-group`), "name"),
      vpcSecurityGroupIds: [ref(sgId(t, site))],
      clusterParameterGroupName: ref(drParams, "name"),
      manageMasterUserPassword: false,
      iamDatabaseAuthentication: true,
      copyTagsToSnapshot: true,
      cloudwatchLogsExports: LOG_EXPORTS[design.engine],
      skipFinalSnapshot: true,
      globalClusterIdentifier: ref(`${p}.global-cluster`, "id"),
      ...(serving ? { enableGlobalWriteForwarding: true } : {}),
    },
    dependsOn: [`${p}.writer`],
    reason: serving
      ? because(
          `Secondary cluster of the global database in ${site}, which serves traffic: reads stay in the region, and write forwarding sends each write statement to the writer in ${context.intent.region} (Aurora handles the cross-region connection and replicates the result back), so the region's tiers use this cluster's endpoint for both; it inherits credentials from the primary and can be promoted on disaster`,
          pointers,
          [
            ...design.calculation,
            `write forwarding: ${design.engine} ${design.engineVersion} supports it (${WRITE_FORWARDING_SOURCE[design.engine as "aurora-postgresql" | "aurora-mysql"]})`,
          ],
        )
      : because(
          `Secondary cluster of the global database in ${context.drRegion}; it inherits credentials from the primary and is promoted on disaster`,
          pointers,
          design.calculation,
        ),
  });
}

/** Where AWS documents global write forwarding per engine (versions checked in size-database.ts). */
const WRITE_FORWARDING_SOURCE = {
  "aurora-postgresql":
    "16 and later, 15.4+, 14.9+: https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-global-database-write-forwarding-apg.html",
  "aurora-mysql":
    "2.08.1 and later: https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-global-database-write-forwarding-ams.html",
} as const;

/**
 * An active-active region reads at the primary's capacity: as many instances
 * as the primary cluster (writer and readers), spread over the region's zones.
 * The standby of failover routing keeps one, as a DR secondary does.
 */
function addServingReaders(
  context: CompileContext,
  t: ResolvedTier,
  design: DatabaseDesign,
  site: Site,
  pointers: string[],
): void {
  const zones = zonesOf(context, site);
  const full = standbyShareOf(context, site) === undefined;
  const count = full ? 1 + design.readers : 1;
  for (let i = 0; i < count; i++) {
    const zone = zones[i % zones.length]!;
    const round = Math.floor(i / zones.length) + 1;
    const label = `${zone.slice(-1)}${round > 1 ? round : ""}`;
    context.nodes.add({
      id: siteId(site, `${t.prefix}.reader.${label}`),
      kind: "aws.rds.cluster_instance",
      tier: t.name,
      region: site,
      props: {
        identifier: nameOf(context, [t.name, site, label], 63),
        clusterIdentifier: ref(siteId(site, `${t.prefix}.cluster`), "id"),
        engine: design.engine as "aurora-postgresql" | "aurora-mysql",
        instanceClass: design.instanceClass.name,
        publiclyAccessible: false,
        performanceInsights: true,
        monitoringIntervalSeconds: 0,
        autoMinorVersionUpgrade: true,
        promotionTier: i === 0 ? 0 : 1,
        availabilityZone: zone,
      },
      reason: because(
        full
          ? `Reader ${i + 1} of ${count} of ${t.name} in ${zone}: ${site} serves traffic at the primary's capacity (active-active), so it runs as many instances as the primary cluster (1 writer + ${design.readers} readers)`
          : `A running instance in ${site}, the failover standby, so promotion takes minutes`,
        ["/availability", ...pointers],
        design.calculation,
      ),
    });
  }
}

/** One running instance in the DR cluster, so promotion fits a short RTO. */
function addDrReader(
  context: CompileContext,
  t: ResolvedTier,
  design: DatabaseDesign,
  pointers: string[],
): void {
  const rto = context.intent.disasterRecovery.rtoMinutes;
  context.nodes.add({
    id: `dr.${t.prefix}.reader.a`,
    kind: "aws.rds.cluster_instance",
    tier: t.name,
    region: "dr",
    props: {
      identifier: nameOf(context, [t.name, "dr", "a"], 63),
      clusterIdentifier: ref(`dr.${t.prefix}.cluster`, "id"),
      engine: design.engine as "aurora-postgresql" | "aurora-mysql",
      instanceClass: design.instanceClass.name,
      publiclyAccessible: false,
      performanceInsights: true,
      monitoringIntervalSeconds: 0,
      autoMinorVersionUpgrade: true,
      promotionTier: 0,
      availabilityZone: zonesOf(context, "dr")[0],
    },
    reason: because(
      `A running instance in ${context.drRegion} so promotion takes minutes, within the ${rto}-minute RTO`,
      ["/disasterRecovery/rtoMinutes", ...pointers],
      [
        `rtoMinutes ${rto} <= 60 -> keep one instance warm (a headless secondary needs ~15-20 min to add one)`,
      ],
    ),
  });
}

function addDrReplica(
  context: CompileContext,
  t: ResolvedTier,
  design: DatabaseDesign,
  drParams: string,
  pointers: string[],
): void {
  const p = t.prefix;
  context.nodes.add({
    id: `dr.${p}.replica`,
    kind: "aws.rds.instance",
    tier: t.name,
    region: "dr",
    props: {
      identifier: nameOf(context, [t.name, "dr"], 63),
      engine: design.engine as "postgres" | "mysql",
      engineVersion: design.engineVersion,
      instanceClass: design.instanceClass.name,
      storageType: "gp3",
      storageEncrypted: true,
      kmsKeyId: kmsKeyRef(context, "arn", "dr"),
      multiAz: false,
      publiclyAccessible: false,
      deletionProtection: context.availability.production,
      backupRetentionDays: Math.min(35, context.posture.backupRetentionDays),
      dbSubnetGroupName: ref(`dr.${p}.subnet-group`, "name"),
      vpcSecurityGroupIds: [ref(sgId(t, "dr"))],
      parameterGroupName: ref(drParams, "name"),
      manageMasterUserPassword: false,
      iamDatabaseAuthentication: true,
      performanceInsights: false,
      monitoringIntervalSeconds: 0,
      autoMinorVersionUpgrade: true,
      copyTagsToSnapshot: true,
      cloudwatchLogsExports: LOG_EXPORTS[design.engine],
      skipFinalSnapshot: true,
      replicateSourceDb: ref(`${p}.instance`, "arn"),
    },
    reason: because(
      `Cross-region read replica in ${context.drRegion}: asynchronous replication keeps the DR copy seconds behind, meeting the ${context.intent.disasterRecovery.rpoMinutes}-minute RPO that daily backup copies cannot`,
      ["/disasterRecovery/rpoMinutes", ...pointers],
      design.calculation,
    ),
  });
}

function addDatabaseAlarms(context: CompileContext, t: ResolvedTier, design: DatabaseDesign): void {
  const dimensions: Record<string, Ref> = design.aurora
    ? { DBClusterIdentifier: dim.identifier(`${t.prefix}.cluster`) }
    : { DBInstanceIdentifier: dim.identifier(`${t.prefix}.instance`) };
  addAlarms(context, t, DATABASE_ALARMS, design, dimensions);
}

/**
 * The DR copy falling behind puts the recovery point at risk: alarm, in the DR
 * region where the copy publishes it, when the lag passes half the RPO.
 * Aurora global databases: `AuroraGlobalDBReplicationLag` (ms) on the
 * secondary cluster; RDS read replicas: `ReplicaLag` (s) on the replica.
 * https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.AuroraMonitoring.Metrics.html
 * https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-metrics.html
 */
function addReplicationLagAlarm(
  context: CompileContext,
  t: ResolvedTier,
  design: DatabaseDesign,
  site: Site,
): void {
  const rpo = context.intent.disasterRecovery.rpoMinutes;
  const seconds = lagThresholdSeconds(rpo);
  const global = design.crossRegion === "global-cluster";
  addAlarm(context, t, {
    metric: site === "dr" ? "dr-replication-lag" : "replication-lag",
    summary: `${t.name}'s copy in ${siteRegion(context, site)} more than ${seconds} s behind (half the ${rpo}-minute RPO) for 5 minutes`,
    props: global
      ? {
          namespace: "AWS/RDS",
          metricName: "AuroraGlobalDBReplicationLag",
          dimensions: { DBClusterIdentifier: dim.identifier(siteId(site, `${t.prefix}.cluster`)) },
          statistic: "Maximum",
          periodSeconds: 60,
          evaluationPeriods: 5,
          threshold: seconds * 1000,
          comparisonOperator: "GreaterThanThreshold",
        }
      : {
          namespace: "AWS/RDS",
          metricName: "ReplicaLag",
          dimensions: { DBInstanceIdentifier: dim.identifier(`dr.${t.prefix}.replica`) },
          statistic: "Maximum",
          periodSeconds: 60,
          evaluationPeriods: 5,
          threshold: seconds,
          comparisonOperator: "GreaterThanThreshold",
        },
    calculation: [
      `threshold = rpoMinutes ${rpo} x 60 s / 2 = ${seconds} s${global ? ` = ${seconds * 1000} ms` : ""}`,
    ],
    pointers: ["/disasterRecovery/rpoMinutes"],
    site,
  });
}

/** Half the RPO, in seconds: time to act before the recovery point is missed. */
export function lagThresholdSeconds(rpoMinutes: number): number {
  return Math.max(1, Math.round((rpoMinutes * 60) / 2));
}
