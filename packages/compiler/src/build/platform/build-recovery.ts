import { ref, type BackupPlanProps, type Ref } from "@idio-iac/graph";
import {
  alarmTopicRef,
  backupCopySite,
  type CompileContext,
  kmsKeyRef,
  nameOf,
  siteRegion,
} from "../../context/context.js";
import { siteId, siteNamePart } from "../../ids.js";
import { mainNodeId } from "../../context/connections.js";
import { because } from "../../reason.js";
import { BACKUP_INTERVAL_MINUTES } from "../../size/size-database.js";

/**
 * AWS Backup: a vault, a daily plan kept for the retention the intent and
 * its compliance need, continuous backup (point-in-time restore) when the
 * RPO is shorter than a day, copies to the DR region under replication,
 * and a selection of every database, table and bucket. Development stacks
 * rely on the services' own automated backups.
 */
export function buildRecovery(context: CompileContext): void {
  const { posture, intent } = context;
  const targets = context.tiers.filter(
    (t) =>
      t.type === "database" ||
      t.type === "nosql" ||
      (t.type === "storage" && backsUpBuckets(context)),
  );
  if (targets.length === 0) return;
  if (intent.environment === "development" && intent.compliance.length === 0) return;
  // The recovery strategy (decide-recovery.ts) says whether backups leave the region.
  const copy = context.recovery.copiesBackups && backupCopySite(context) !== undefined;
  const pointers = [
    ...posture.pointers.backupRetention,
    "/disasterRecovery/rpoMinutes",
    ...(copy ? context.drPointers : []),
  ];
  addVaults(context, copy);
  addBackupPlan(context, copy, pointers);
  addBackupFailureAlarms(context, copy, pointers);
  addBackupRole(
    context,
    targets.some((t) => t.type === "storage"),
    pointers,
  );
  context.nodes.add({
    id: "recovery.backup.selection",
    kind: "aws.backup.selection",
    tier: null,
    props: {
      name: nameOf(context, ["data"]),
      planId: ref("recovery.backup.plan"),
      iamRoleArn: ref("recovery.backup.role", "arn"),
      resources: targets.map((t): Ref => ref(mainNodeId(context, t), "arn")),
    },
    reason: because(
      `Backs up ${targets.map((t) => t.name).join(", ")}`,
      targets.map((t) => t.pointer),
    ),
  });
}

/**
 * A failed backup (or copy to the DR vault) leaves the recovery point older
 * than the RPO: alarm on the first one. AWS Backup publishes job counts per
 * vault every 5 minutes (`NumberOfBackupJobsFailed`, `NumberOfCopyJobsFailed`,
 * dimension `BackupVaultName`): https://docs.aws.amazon.com/aws-backup/latest/devguide/cloudwatch.html
 */
function addBackupFailureAlarms(
  context: CompileContext,
  copy: boolean,
  pointers: readonly string[],
): void {
  const rpo = context.intent.disasterRecovery.rpoMinutes;
  const jobs = [
    ["backup-jobs-failed", "NumberOfBackupJobsFailed", "A backup job failed"],
    ...(copy
      ? ([
          [
            "copy-jobs-failed",
            "NumberOfCopyJobsFailed",
            `A copy to ${siteRegion(context, backupCopySite(context)!)} failed`,
          ],
        ] as const)
      : []),
  ] as const;
  for (const [metric, metricName, what] of jobs) {
    context.nodes.add({
      id: `ops.alarm.recovery.${metric}`,
      kind: "aws.cloudwatch.metric_alarm",
      tier: null,
      props: {
        name: nameOf(context, ["recovery", metric], 255),
        description: `${what}: the newest recovery point may be older than the ${rpo}-minute RPO`,
        namespace: "AWS/Backup",
        metricName,
        dimensions: { BackupVaultName: ref("recovery.backup.vault", "name") },
        statistic: "Sum",
        periodSeconds: 300,
        evaluationPeriods: 1,
        threshold: 0,
        comparisonOperator: "GreaterThanThreshold",
        treatMissingData: "notBreaching",
        alarmActions: [alarmTopicRef()],
      },
      reason: because(`Alarm: ${what.toLowerCase()}; the RPO is at risk until a job succeeds`, [
        ...pointers,
      ]),
    });
  }
}

function addVaults(context: CompileContext, copy: boolean): void {
  context.nodes.add({
    id: "recovery.backup.vault",
    kind: "aws.backup.vault",
    tier: null,
    props: { name: nameOf(context, ["backup"]), kmsKeyArn: kmsKeyRef(context) },
    reason: because(
      "Backup vault, encrypted with the application key",
      context.posture.pointers.kms,
    ),
  });
  if (!copy) return;
  const site = backupCopySite(context)!;
  context.nodes.add({
    id: siteId(site, "recovery.backup.vault"),
    kind: "aws.backup.vault",
    tier: null,
    region: site,
    props: {
      name: nameOf(context, ["backup", ...siteNamePart(site)]),
      kmsKeyArn: kmsKeyRef(context, "arn", site),
    },
    reason: because(
      `Vault in ${siteRegion(context, site)} receiving a copy of every backup, so a regional outage cannot take the backups with it${site !== "dr" ? ` (the first of regions: one copy outside the primary is enough, the other regions hold the data live)` : ""}`,
      context.drPointers,
    ),
  });
}

type BackupRule = BackupPlanProps["rules"][number];

/** A rule into the primary vault at 05:00 UTC, copied to the DR (or first serving region's) vault when `copy`. */
function backupRule(
  context: CompileContext,
  name: string,
  schedule: string,
  deleteAfterDays: number,
  copy: boolean | "never",
): BackupRule {
  return {
    name,
    targetVaultName: ref("recovery.backup.vault", "name"),
    schedule,
    startWindowMinutes: 60,
    completionWindowMinutes: 480,
    deleteAfterDays,
    enableContinuousBackup: copy === "never",
    ...(copy === "never"
      ? {}
      : {
          copyTo: copy
            ? {
                destinationVaultArn: ref(
                  siteId(backupCopySite(context)!, "recovery.backup.vault"),
                  "arn",
                ),
                deleteAfterDays,
              }
            : undefined,
        }),
  };
}

/**
 * Daily recovery points for the intent's retention; when compliance needs
 * longer (HIPAA: six years), monthly points carry the long tail, so the plan
 * keeps 72 points for six years rather than 2,190. A recovery point objective
 * under a day adds continuous backup.
 */
function addBackupPlan(context: CompileContext, copy: boolean, pointers: string[]): void {
  const { posture } = context;
  const dr = context.intent.disasterRecovery;
  const retention = Math.min(dr.backupRetentionDays, posture.backupRetentionDays);
  const rules = [backupRule(context, "daily", "cron(0 5 * * ? *)", retention, copy)];
  const calculation = [
    ...posture.calculation.backupRetention,
    `daily backup at 05:00 UTC kept ${retention} days${copy ? `, copied to ${siteRegion(context, backupCopySite(context)!)}` : ""}`,
  ];
  const longTerm = posture.backupRetentionDays;
  if (longTerm > retention) {
    rules.push(backupRule(context, "monthly", "cron(0 5 1 * ? *)", longTerm, copy));
    calculation.push(
      `compliance keeps ${longTerm} days: a monthly backup on the 1st kept ${longTerm} days (${Math.ceil(longTerm / 30.4)} recovery points instead of ${longTerm} dailies)`,
    );
  }
  if (dr.rpoMinutes < BACKUP_INTERVAL_MINUTES) {
    const continuousDays = Math.min(35, retention);
    rules.push(backupRule(context, "continuous", "cron(0 5 * * ? *)", continuousDays, "never"));
    calculation.push(
      `rpoMinutes ${dr.rpoMinutes} < ${BACKUP_INTERVAL_MINUTES} (a day): continuous backup for point-in-time restore, kept min(${retention}, 35 = AWS maximum) = ${continuousDays} days`,
    );
  }
  context.nodes.add({
    id: "recovery.backup.plan",
    kind: "aws.backup.plan",
    tier: null,
    props: { name: nameOf(context, ["backup"]), rules },
    reason: because(
      `Backup plan: ${rules.map((r) => `${r.name} kept ${r.deleteAfterDays} days`).join(", ")}`,
      pointers,
      calculation,
    ),
  });
}

function addBackupRole(context: CompileContext, buckets: boolean, pointers: string[]): void {
  context.nodes.add({
    id: "recovery.backup.role",
    kind: "aws.iam.role",
    tier: null,
    props: {
      name: nameOf(context, ["backup"]),
      description: "Role AWS Backup uses to back up and restore the selected resources",
      assumedBy: ["backup.amazonaws.com"],
      inlinePolicies: [],
      managedPolicies: [
        "service-role/AWSBackupServiceRolePolicyForBackup",
        "service-role/AWSBackupServiceRolePolicyForRestores",
        ...(buckets
          ? ["AWSBackupServiceRolePolicyForS3Backup", "AWSBackupServiceRolePolicyForS3Restore"]
          : []),
      ],
      maxSessionDurationSeconds: 3600,
    },
    reason: because(
      "AWS Backup's service role (AWS managed policies scoped to backup and restore)",
      pointers,
    ),
  });
}

/**
 * Buckets are versioned (and replicated under DR), which already recovers
 * deleted or overwritten objects; AWS Backup copies of a bucket (billed per
 * GB, often terabytes) are added only where a framework expects separate,
 * immutable backups of regulated data.
 */
export function backsUpBuckets(context: CompileContext): boolean {
  return context.intent.compliance.some((f) => f === "hipaa" || f === "pci-dss" || f === "soc2");
}
