import { AWS_DEFAULT_QUOTAS, type ServiceQuota } from "@idio-iac/core";
import { Type, type TInteger, type TObject, type TOptional } from "@sinclair/typebox";

/** IDIO's names for the adjustable AWS quotas a plan is checked against (`AWS_DEFAULT_QUOTAS`). */
export type QuotaName = keyof typeof AWS_DEFAULT_QUOTAS;

// A ceiling only so the number stays an exact integer everywhere it travels (JSON, rego, wasm).
const MAX_QUOTA_VALUE = 1_000_000_000;

function quotaValue(quota: ServiceQuota) {
  return Type.Optional(
    Type.Integer({
      minimum: 1,
      maximum: MAX_QUOTA_VALUE,
      description: `The account's applied Service Quotas value, where raised above AWS's default: "${quota.name}" (Service Quotas: ${quota.serviceCode} ${quota.quotaCode}; AWS default ${quota.value}). See ${quota.docs}`,
      examples: [quota.value * 10],
    }),
  );
}

/**
 * `policy.quotas`: the quotas the account really has, where they differ from AWS's defaults, so the
 * deployability rules compare the plan with them. An object with one optional key per quota (not a
 * free map), so a misspelt name gets the unknown-property diagnostic with a did-you-mean hint.
 */
export const QuotasSchema = Type.Object(
  Object.fromEntries(
    Object.entries(AWS_DEFAULT_QUOTAS).map(([name, quota]) => [name, quotaValue(quota)]),
  ) as { [Name in QuotaName]: TOptional<TInteger> },
  {
    additionalProperties: false,
    description:
      "The account's applied Service Quotas values, where raised above AWS's defaults (per region, the same in every region the plan uses). The deployability rules (IDIO-DEPLOY-*) compare the plan with these instead of the defaults; a value below what the plan needs still warns. Stating a value does not raise it: request the increase in Service Quotas first.",
    examples: [{ fargateOnDemandVcpu: 300 }],
  },
) as TObject<{ [Name in QuotaName]: TOptional<TInteger> }>;
