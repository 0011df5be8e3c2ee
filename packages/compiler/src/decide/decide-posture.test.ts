import { describe, expect, it } from "vitest";
import { decidePosture, LOG_RETENTION_VALUES, roundUpRetention } from "./decide-posture.js";
import { baseDocument, resolveIntent } from "../test-support/intents.js";

describe("decidePosture", () => {
  it("keeps the intent's choices when no framework applies", () => {
    const posture = decidePosture(resolveIntent(baseDocument({ environment: "development" })));
    expect(posture).toMatchObject({
      kms: true,
      tls: true,
      waf: false,
      trail: false,
      logRetentionDays: 14,
    });
    expect(posture.backupRetentionDays).toBe(7);
  });

  it("PCI-DSS turns WAF on and keeps logs a year, but leaves backup retention alone", () => {
    const posture = decidePosture(
      resolveIntent(
        baseDocument({ compliance: ["pci-dss"], disasterRecovery: { backupRetentionDays: 30 } }),
      ),
    );
    expect(posture.waf).toBe(true);
    expect(posture.trail).toBe(true);
    expect(posture.logRetentionDays).toBe(365);
    expect(posture.backupRetentionDays).toBe(30);
    expect(posture.pointers.waf).toEqual(["/compliance/0"]);
  });

  it("HIPAA means years of backups and logs, and TLS even when the intent turned it off", () => {
    const posture = decidePosture(
      resolveIntent(
        baseDocument({ compliance: ["soc2", "hipaa"], security: { encryptionInTransit: false } }),
      ),
    );
    expect(posture.backupRetentionDays).toBe(2190);
    expect(posture.logRetentionDays).toBe(2192);
    expect(posture.tls).toBe(true);
    expect(posture.calculation.backupRetention.join(" ")).toContain("hipaa requires >= 2190");
  });

  it("rounds retention up to a value CloudWatch accepts", () => {
    expect(roundUpRetention(100)).toBe(120);
    expect(roundUpRetention(2190)).toBe(2192);
    for (const value of LOG_RETENTION_VALUES) expect(roundUpRetention(value)).toBe(value);
  });
});
