/**
 * Rows of the price book that disagreed with AWS's own price data and are
 * replaced by it (read 2026-11-29). The earlier values were transcribed from
 * the pricing pages, and many were computed rather than read: Multi-AZ as twice
 * Single-AZ, eu-west-1 t4g classes as a regional uplift, larger classes as
 * multiples of smaller ones, PostgreSQL classes at the MySQL price. Each row
 * names the public copy of the AWS data (pinned to a commit) and the AWS rate
 * code; the comment keeps the value it replaces. `merge-prices.ts` applies
 * these after `regional-prices.ts`.
 */
import type { PriceEntry } from "../src/pricing/price-book-types.js";
import { dynamodbOffer, instanceHours, nodeHours } from "./regional-prices.js";

export const CORRECTED_PRICES: PriceEntry[] = [
  {
    product: "dynamodb-pitr-gb-months",
    region: "eu-west-1",
    attributes: {},
    unit: "GB-month",
    usd: "0.22", // was 0.2264
    source: dynamodbOffer("W73KZTNZ7UBXFD8S"), // EU-TimedPITRStorage-ByteHrs; the map has it too
  },
  nodeHours(
    "us-east-1",
    "redis",
    "cache.m7g.2xlarge",
    "0.629",
    "QM5EURKRC58E6A77.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.63
  nodeHours(
    "us-east-1",
    "redis",
    "cache.r7g.12xlarge",
    "5.235",
    "287XDHK7H3NU3J2S.JRTCKXETXF.6YS6EN2CT7",
  ), // was 5.244
  nodeHours(
    "us-east-1",
    "redis",
    "cache.r7g.16xlarge",
    "6.981",
    "95FW4X5E9ASK7ZMM.JRTCKXETXF.6YS6EN2CT7",
  ), // was 6.992
  nodeHours(
    "us-east-1",
    "redis",
    "cache.r7g.2xlarge",
    "0.873",
    "UD9C3PADEH9XAH5C.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.874
  nodeHours(
    "us-east-1",
    "redis",
    "cache.r7g.4xlarge",
    "1.745",
    "5VHV9FPQVA6FMVY8.JRTCKXETXF.6YS6EN2CT7",
  ), // was 1.748
  nodeHours(
    "us-east-1",
    "redis",
    "cache.r7g.8xlarge",
    "3.491",
    "PFAKMYVAZBTECUYH.JRTCKXETXF.6YS6EN2CT7",
  ), // was 3.496
  nodeHours(
    "us-east-1",
    "valkey",
    "cache.m7g.2xlarge",
    "0.5032",
    "NGDW8QPSDJX3E9N4.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.504
  nodeHours(
    "us-east-1",
    "valkey",
    "cache.r7g.12xlarge",
    "4.188",
    "N9HKAK3BQTWKY897.JRTCKXETXF.6YS6EN2CT7",
  ), // was 4.1952
  nodeHours(
    "us-east-1",
    "valkey",
    "cache.r7g.16xlarge",
    "5.5848",
    "W3QF8F7JQZ279GNS.JRTCKXETXF.6YS6EN2CT7",
  ), // was 5.5936
  nodeHours(
    "us-east-1",
    "valkey",
    "cache.r7g.2xlarge",
    "0.6984",
    "WVSKQUR5HDJ3Q4A4.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.6992
  nodeHours(
    "us-east-1",
    "valkey",
    "cache.r7g.4xlarge",
    "1.396",
    "MDNS588C7TMNXAB6.JRTCKXETXF.6YS6EN2CT7",
  ), // was 1.3984
  nodeHours(
    "us-east-1",
    "valkey",
    "cache.r7g.8xlarge",
    "2.7928",
    "3FEQ55JPGNQTDUGV.JRTCKXETXF.6YS6EN2CT7",
  ), // was 2.7968
  nodeHours(
    "us-east-2",
    "redis",
    "cache.m7g.2xlarge",
    "0.629",
    "D2JGQA87A4KFAPMT.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.63
  nodeHours(
    "us-east-2",
    "redis",
    "cache.r7g.12xlarge",
    "5.235",
    "GYEF2KK6HBAARGQA.JRTCKXETXF.6YS6EN2CT7",
  ), // was 5.244
  nodeHours(
    "us-east-2",
    "redis",
    "cache.r7g.16xlarge",
    "6.981",
    "NNCR5N8DKSSBZDPJ.JRTCKXETXF.6YS6EN2CT7",
  ), // was 6.992
  nodeHours(
    "us-east-2",
    "redis",
    "cache.r7g.2xlarge",
    "0.873",
    "9XHNCS5C9MXXEYDG.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.874
  nodeHours(
    "us-east-2",
    "redis",
    "cache.r7g.4xlarge",
    "1.745",
    "55FCHMTGQU49YHEC.JRTCKXETXF.6YS6EN2CT7",
  ), // was 1.748
  nodeHours(
    "us-east-2",
    "redis",
    "cache.r7g.8xlarge",
    "3.491",
    "URSZTXRJCQRPN6PW.JRTCKXETXF.6YS6EN2CT7",
  ), // was 3.496
  nodeHours(
    "us-east-2",
    "valkey",
    "cache.m7g.2xlarge",
    "0.5032",
    "C4PY6VQQFBCNK6PZ.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.504
  nodeHours(
    "us-east-2",
    "valkey",
    "cache.r7g.12xlarge",
    "4.188",
    "RBZ5CQX4GRTXURRC.JRTCKXETXF.6YS6EN2CT7",
  ), // was 4.1952
  nodeHours(
    "us-east-2",
    "valkey",
    "cache.r7g.16xlarge",
    "5.5848",
    "G8JV2TFJBJRBFVAN.JRTCKXETXF.6YS6EN2CT7",
  ), // was 5.5936
  nodeHours(
    "us-east-2",
    "valkey",
    "cache.r7g.2xlarge",
    "0.6984",
    "75MW86QN5KFPUHHN.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.6992
  nodeHours(
    "us-east-2",
    "valkey",
    "cache.r7g.4xlarge",
    "1.396",
    "9S5J98RUU5DCE5FY.JRTCKXETXF.6YS6EN2CT7",
  ), // was 1.3984
  nodeHours(
    "us-east-2",
    "valkey",
    "cache.r7g.8xlarge",
    "2.7928",
    "XDDGS56HA3SKQSA2.JRTCKXETXF.6YS6EN2CT7",
  ), // was 2.7968
  nodeHours(
    "us-west-2",
    "redis",
    "cache.m7g.2xlarge",
    "0.629",
    "5X24K3UPBQBE9ADW.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.63
  nodeHours(
    "us-west-2",
    "redis",
    "cache.r7g.12xlarge",
    "5.235",
    "FQWSHYXEY8JXFZWJ.JRTCKXETXF.6YS6EN2CT7",
  ), // was 5.244
  nodeHours(
    "us-west-2",
    "redis",
    "cache.r7g.16xlarge",
    "6.981",
    "7CHYJ2KT5EG7AQVS.JRTCKXETXF.6YS6EN2CT7",
  ), // was 6.992
  nodeHours(
    "us-west-2",
    "redis",
    "cache.r7g.2xlarge",
    "0.873",
    "5NPSAT49KP6TW5G9.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.874
  nodeHours(
    "us-west-2",
    "redis",
    "cache.r7g.4xlarge",
    "1.745",
    "P9WC66KFBZAYQF8B.JRTCKXETXF.6YS6EN2CT7",
  ), // was 1.748
  nodeHours(
    "us-west-2",
    "redis",
    "cache.r7g.8xlarge",
    "3.491",
    "NDS2E4WW5EY2FAW7.JRTCKXETXF.6YS6EN2CT7",
  ), // was 3.496
  nodeHours(
    "us-west-2",
    "valkey",
    "cache.m7g.2xlarge",
    "0.5032",
    "NK62DMJYZ96FHEHR.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.504
  nodeHours(
    "us-west-2",
    "valkey",
    "cache.r7g.12xlarge",
    "4.188",
    "RH8FC9CB5RGZ8MTB.JRTCKXETXF.6YS6EN2CT7",
  ), // was 4.1952
  nodeHours(
    "us-west-2",
    "valkey",
    "cache.r7g.16xlarge",
    "5.5848",
    "8EURQKVPE45BRXVC.JRTCKXETXF.6YS6EN2CT7",
  ), // was 5.5936
  nodeHours(
    "us-west-2",
    "valkey",
    "cache.r7g.2xlarge",
    "0.6984",
    "5KNJHPPGPN4JN4TA.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.6992
  nodeHours(
    "us-west-2",
    "valkey",
    "cache.r7g.4xlarge",
    "1.396",
    "Q4Y266QV9NWAKGCA.JRTCKXETXF.6YS6EN2CT7",
  ), // was 1.3984
  nodeHours(
    "us-west-2",
    "valkey",
    "cache.r7g.8xlarge",
    "2.7928",
    "UMFQ6A2G9X2Z9ACB.JRTCKXETXF.6YS6EN2CT7",
  ), // was 2.7968
  instanceHours(
    "eu-west-1",
    "mysql",
    "db.t4g.large",
    "Multi-AZ",
    "0.277",
    "EV2VEZENYFD25REX.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.288
  instanceHours(
    "eu-west-1",
    "mysql",
    "db.t4g.large",
    "Single-AZ",
    "0.138",
    "VPWMPTSW8P9N52MX.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.144
  instanceHours(
    "eu-west-1",
    "mysql",
    "db.t4g.medium",
    "Multi-AZ",
    "0.138",
    "WBNEUKEE2R994EX6.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.144
  instanceHours(
    "eu-west-1",
    "mysql",
    "db.t4g.medium",
    "Single-AZ",
    "0.069",
    "YHAFK6QA8Y8RN78H.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.072
  instanceHours(
    "eu-west-1",
    "mysql",
    "db.t4g.micro",
    "Multi-AZ",
    "0.035",
    "8SG8VRDN66R8UTE9.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.036
  instanceHours(
    "eu-west-1",
    "mysql",
    "db.t4g.micro",
    "Single-AZ",
    "0.017",
    "GTUCDXE9SAFY8AU7.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.018
  instanceHours(
    "eu-west-1",
    "mysql",
    "db.t4g.small",
    "Multi-AZ",
    "0.069",
    "WC4FPAH5T6HS7RWA.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.072
  instanceHours(
    "eu-west-1",
    "mysql",
    "db.t4g.small",
    "Single-AZ",
    "0.035",
    "9NHYW7WAFM6RJPPV.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.036
  instanceHours(
    "eu-west-1",
    "postgres",
    "db.t4g.large",
    "Multi-AZ",
    "0.277",
    "D3GJ9ASCGFFZ3RFZ.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.288
  instanceHours(
    "eu-west-1",
    "postgres",
    "db.t4g.large",
    "Single-AZ",
    "0.138",
    "YNYJ5G4PSAWGP8FU.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.144
  instanceHours(
    "eu-west-1",
    "postgres",
    "db.t4g.medium",
    "Multi-AZ",
    "0.138",
    "XD54R8M4F2H4C2N5.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.144
  instanceHours(
    "eu-west-1",
    "postgres",
    "db.t4g.medium",
    "Single-AZ",
    "0.069",
    "NWEQQDNM26YFTFCG.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.072
  instanceHours(
    "eu-west-1",
    "postgres",
    "db.t4g.micro",
    "Multi-AZ",
    "0.035",
    "J4W7U8CXJ4JGUZQY.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.036
  instanceHours(
    "eu-west-1",
    "postgres",
    "db.t4g.micro",
    "Single-AZ",
    "0.017",
    "M4GMEFVGGWNKH9B6.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.018
  instanceHours(
    "eu-west-1",
    "postgres",
    "db.t4g.small",
    "Multi-AZ",
    "0.069",
    "7NEFTN26Y2ANPCM5.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.072
  instanceHours(
    "eu-west-1",
    "postgres",
    "db.t4g.small",
    "Single-AZ",
    "0.035",
    "2D532CNMF9JP76WX.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.036
  instanceHours(
    "us-east-1",
    "mysql",
    "db.m7g.large",
    "Multi-AZ",
    "0.337",
    "WZCMZYPXAFG5UFQN.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.336
  instanceHours(
    "us-east-1",
    "mysql",
    "db.r6g.xlarge",
    "Multi-AZ",
    "0.859",
    "W4G4V2TUMKC73G76.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.86
  instanceHours(
    "us-east-1",
    "mysql",
    "db.r7g.12xlarge",
    "Multi-AZ",
    "11.475",
    "U5MW4WVVBAKA6NH8.JRTCKXETXF.6YS6EN2CT7",
  ), // was 11.472
  instanceHours(
    "us-east-1",
    "mysql",
    "db.r7g.12xlarge",
    "Single-AZ",
    "5.738",
    "QFS4WH8VCVV582MZ.JRTCKXETXF.6YS6EN2CT7",
  ), // was 5.736
  instanceHours(
    "us-east-1",
    "mysql",
    "db.r7g.16xlarge",
    "Multi-AZ",
    "15.3",
    "EKG6F8BEYX4KV562.JRTCKXETXF.6YS6EN2CT7",
  ), // was 15.296
  instanceHours(
    "us-east-1",
    "mysql",
    "db.r7g.16xlarge",
    "Single-AZ",
    "7.65",
    "BYK2PMEYCZB6AHZ2.JRTCKXETXF.6YS6EN2CT7",
  ), // was 7.648
  instanceHours(
    "us-east-1",
    "mysql",
    "db.r7g.2xlarge",
    "Multi-AZ",
    "1.913",
    "6VA8EZPNM796WC7F.JRTCKXETXF.6YS6EN2CT7",
  ), // was 1.912
  instanceHours(
    "us-east-1",
    "mysql",
    "db.r7g.4xlarge",
    "Multi-AZ",
    "3.825",
    "BKPWP3ZYMERB9HMW.JRTCKXETXF.6YS6EN2CT7",
  ), // was 3.824
  instanceHours(
    "us-east-1",
    "mysql",
    "db.r7g.4xlarge",
    "Single-AZ",
    "1.913",
    "7SBYAUFS97M9TKQC.JRTCKXETXF.6YS6EN2CT7",
  ), // was 1.912
  instanceHours(
    "us-east-1",
    "mysql",
    "db.r7g.8xlarge",
    "Multi-AZ",
    "7.65",
    "T6YYR37JH3GCK6N7.JRTCKXETXF.6YS6EN2CT7",
  ), // was 7.648
  instanceHours(
    "us-east-1",
    "mysql",
    "db.r7g.8xlarge",
    "Single-AZ",
    "3.825",
    "32MCE3ZEBDP9ZXMZ.JRTCKXETXF.6YS6EN2CT7",
  ), // was 3.824
  instanceHours(
    "us-east-1",
    "mysql",
    "db.t4g.medium",
    "Multi-AZ",
    "0.129",
    "4B2R4GGX8Q8RG2WA.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.130
  instanceHours(
    "us-east-1",
    "mysql",
    "db.t4g.small",
    "Multi-AZ",
    "0.065",
    "P4GXUTCT4ND5UFX6.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.064
  instanceHours(
    "us-east-1",
    "mysql",
    "db.t4g.xlarge",
    "Multi-AZ",
    "0.517",
    "NYXFG6ZUWHAC9SKW.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.516
  instanceHours(
    "us-east-1",
    "postgres",
    "db.m5.large",
    "Multi-AZ",
    "0.356",
    "AFN964YW7U6U2DTQ.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.342
  instanceHours(
    "us-east-1",
    "postgres",
    "db.m5.large",
    "Single-AZ",
    "0.178",
    "6XDRYDRT6JADXXFD.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.171
  instanceHours(
    "us-east-1",
    "postgres",
    "db.m6g.large",
    "Multi-AZ",
    "0.318",
    "NJ4C3CCTCGCS8CGK.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.304
  instanceHours(
    "us-east-1",
    "postgres",
    "db.m6g.large",
    "Single-AZ",
    "0.159",
    "NW6VUGAHAQ6UY55B.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.152
  instanceHours(
    "us-east-1",
    "postgres",
    "db.m6g.xlarge",
    "Multi-AZ",
    "0.636",
    "GP5RCQFCWDXP9H5K.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.608
  instanceHours(
    "us-east-1",
    "postgres",
    "db.m6g.xlarge",
    "Single-AZ",
    "0.318",
    "BR9ZXPSP744T8M8U.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.304
  instanceHours(
    "us-east-1",
    "postgres",
    "db.m6i.large",
    "Multi-AZ",
    "0.356",
    "UMU6Q57372UWUC2B.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.342
  instanceHours(
    "us-east-1",
    "postgres",
    "db.m6i.large",
    "Single-AZ",
    "0.178",
    "YSRCUE2RCGAM7ZDC.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.171
  instanceHours(
    "us-east-1",
    "postgres",
    "db.m7g.large",
    "Multi-AZ",
    "0.337",
    "Z8HB5KU2V54F7ATT.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.336
  instanceHours(
    "us-east-1",
    "postgres",
    "db.r5.large",
    "Multi-AZ",
    "0.5",
    "KJQ97B4JNQ9MDAB9.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.48
  instanceHours(
    "us-east-1",
    "postgres",
    "db.r5.large",
    "Single-AZ",
    "0.25",
    "Z2RB67372WKJEQ45.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.24
  instanceHours(
    "us-east-1",
    "postgres",
    "db.r6g.large",
    "Multi-AZ",
    "0.45",
    "KCDKC3Q4QN7WUZWA.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.430
  instanceHours(
    "us-east-1",
    "postgres",
    "db.r6g.large",
    "Single-AZ",
    "0.225",
    "C4ERBAHB6DJ9BCDR.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.215
  instanceHours(
    "us-east-1",
    "postgres",
    "db.r6g.xlarge",
    "Multi-AZ",
    "0.899",
    "ABJ23T2UVTX2GBTE.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.86
  instanceHours(
    "us-east-1",
    "postgres",
    "db.r6g.xlarge",
    "Single-AZ",
    "0.45",
    "Q52CCR453FKWE8UC.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.43
  instanceHours(
    "us-east-1",
    "postgres",
    "db.r6i.large",
    "Multi-AZ",
    "0.5",
    "CFQ8N75VHEXXPSSB.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.48
  instanceHours(
    "us-east-1",
    "postgres",
    "db.r6i.large",
    "Single-AZ",
    "0.25",
    "T7ZXXDG6MZDYZ2FS.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.24
  instanceHours(
    "us-east-1",
    "postgres",
    "db.r7g.12xlarge",
    "Multi-AZ",
    "11.475",
    "SXJAK8YYEYPWUQAA.JRTCKXETXF.6YS6EN2CT7",
  ), // was 11.472
  instanceHours(
    "us-east-1",
    "postgres",
    "db.r7g.12xlarge",
    "Single-AZ",
    "5.738",
    "P68RWFNMCX9B25AT.JRTCKXETXF.6YS6EN2CT7",
  ), // was 5.736
  instanceHours(
    "us-east-1",
    "postgres",
    "db.r7g.16xlarge",
    "Multi-AZ",
    "15.3",
    "WN97MQFFMZ3VUYXM.JRTCKXETXF.6YS6EN2CT7",
  ), // was 15.296
  instanceHours(
    "us-east-1",
    "postgres",
    "db.r7g.16xlarge",
    "Single-AZ",
    "7.65",
    "R9PVVWFKW4A2SATA.JRTCKXETXF.6YS6EN2CT7",
  ), // was 7.648
  instanceHours(
    "us-east-1",
    "postgres",
    "db.r7g.2xlarge",
    "Multi-AZ",
    "1.913",
    "GYWHQEE2CYYY74QZ.JRTCKXETXF.6YS6EN2CT7",
  ), // was 1.912
  instanceHours(
    "us-east-1",
    "postgres",
    "db.r7g.4xlarge",
    "Multi-AZ",
    "3.825",
    "4PXSMM58CY697JHW.JRTCKXETXF.6YS6EN2CT7",
  ), // was 3.824
  instanceHours(
    "us-east-1",
    "postgres",
    "db.r7g.4xlarge",
    "Single-AZ",
    "1.913",
    "J83Y626KADNQUVEU.JRTCKXETXF.6YS6EN2CT7",
  ), // was 1.912
  instanceHours(
    "us-east-1",
    "postgres",
    "db.r7g.8xlarge",
    "Multi-AZ",
    "7.65",
    "U9AVKFBBQCYCB8GK.JRTCKXETXF.6YS6EN2CT7",
  ), // was 7.648
  instanceHours(
    "us-east-1",
    "postgres",
    "db.r7g.8xlarge",
    "Single-AZ",
    "3.825",
    "MSQZMVF6WBJK68QU.JRTCKXETXF.6YS6EN2CT7",
  ), // was 3.824
  instanceHours(
    "us-east-1",
    "postgres",
    "db.t3.medium",
    "Multi-AZ",
    "0.145",
    "ZK5MCA7TTVR2MRC7.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.136
  instanceHours(
    "us-east-1",
    "postgres",
    "db.t3.medium",
    "Single-AZ",
    "0.072",
    "2V4Z46C2HCZPQCUW.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.068
  instanceHours(
    "us-east-1",
    "postgres",
    "db.t3.micro",
    "Multi-AZ",
    "0.036",
    "WPKVP35D37F3YZNJ.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.034
  instanceHours(
    "us-east-1",
    "postgres",
    "db.t3.micro",
    "Single-AZ",
    "0.018",
    "TGN7QDJF2AGFU9XA.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.017
  instanceHours(
    "us-east-1",
    "postgres",
    "db.t3.small",
    "Multi-AZ",
    "0.072",
    "KFZ3UNZPS5C5EB5P.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.068
  instanceHours(
    "us-east-1",
    "postgres",
    "db.t3.small",
    "Single-AZ",
    "0.036",
    "CM2BHB5WGW9RDVZA.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.034
  instanceHours(
    "us-east-1",
    "postgres",
    "db.t4g.medium",
    "Multi-AZ",
    "0.129",
    "SCBZU9XX357QUA4D.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.130
  instanceHours(
    "us-east-1",
    "postgres",
    "db.t4g.small",
    "Multi-AZ",
    "0.065",
    "5SY529FVXY3EARD8.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.064
  instanceHours(
    "us-east-1",
    "postgres",
    "db.t4g.xlarge",
    "Multi-AZ",
    "0.517",
    "BKZEQWZDSW9JQB5U.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.516
  instanceHours(
    "us-east-2",
    "mysql",
    "db.m7g.large",
    "Multi-AZ",
    "0.337",
    "HQY6PP2XYJH8EKWY.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.336
  instanceHours(
    "us-east-2",
    "mysql",
    "db.r6g.xlarge",
    "Multi-AZ",
    "0.859",
    "T5NYT86ZDHTE3KFQ.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.86
  instanceHours(
    "us-east-2",
    "mysql",
    "db.r7g.12xlarge",
    "Multi-AZ",
    "11.475",
    "F25HFFWHX97J6ZPH.JRTCKXETXF.6YS6EN2CT7",
  ), // was 11.472
  instanceHours(
    "us-east-2",
    "mysql",
    "db.r7g.12xlarge",
    "Single-AZ",
    "5.738",
    "7ZCYW23B2C9PVZE7.JRTCKXETXF.6YS6EN2CT7",
  ), // was 5.736
  instanceHours(
    "us-east-2",
    "mysql",
    "db.r7g.16xlarge",
    "Multi-AZ",
    "15.3",
    "3JER59SFPXHXR6BP.JRTCKXETXF.6YS6EN2CT7",
  ), // was 15.296
  instanceHours(
    "us-east-2",
    "mysql",
    "db.r7g.16xlarge",
    "Single-AZ",
    "7.65",
    "Y7D69AUWH5UVY4JJ.JRTCKXETXF.6YS6EN2CT7",
  ), // was 7.648
  instanceHours(
    "us-east-2",
    "mysql",
    "db.r7g.2xlarge",
    "Multi-AZ",
    "1.913",
    "UZKCAM2KQPM6JTY9.JRTCKXETXF.6YS6EN2CT7",
  ), // was 1.912
  instanceHours(
    "us-east-2",
    "mysql",
    "db.r7g.4xlarge",
    "Multi-AZ",
    "3.825",
    "Q6DDNR49V7VFFGYK.JRTCKXETXF.6YS6EN2CT7",
  ), // was 3.824
  instanceHours(
    "us-east-2",
    "mysql",
    "db.r7g.4xlarge",
    "Single-AZ",
    "1.913",
    "KTFDTQ3CDYXV8BBP.JRTCKXETXF.6YS6EN2CT7",
  ), // was 1.912
  instanceHours(
    "us-east-2",
    "mysql",
    "db.r7g.8xlarge",
    "Multi-AZ",
    "7.65",
    "4GXUXQ8PRM68W589.JRTCKXETXF.6YS6EN2CT7",
  ), // was 7.648
  instanceHours(
    "us-east-2",
    "mysql",
    "db.r7g.8xlarge",
    "Single-AZ",
    "3.825",
    "VWT47Y4S5XKZSY89.JRTCKXETXF.6YS6EN2CT7",
  ), // was 3.824
  instanceHours(
    "us-east-2",
    "mysql",
    "db.t4g.medium",
    "Multi-AZ",
    "0.129",
    "TG7B3HV57MV28TN6.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.130
  instanceHours(
    "us-east-2",
    "mysql",
    "db.t4g.small",
    "Multi-AZ",
    "0.065",
    "NG5NSB49THZ8PHW7.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.064
  instanceHours(
    "us-east-2",
    "mysql",
    "db.t4g.xlarge",
    "Multi-AZ",
    "0.517",
    "42ECKE56YMT7EQBN.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.516
  instanceHours(
    "us-east-2",
    "postgres",
    "db.m5.large",
    "Multi-AZ",
    "0.356",
    "WEP2GGUUW6H48B8B.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.342
  instanceHours(
    "us-east-2",
    "postgres",
    "db.m5.large",
    "Single-AZ",
    "0.178",
    "BQFZBWR92CNPFNBV.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.171
  instanceHours(
    "us-east-2",
    "postgres",
    "db.m6g.large",
    "Multi-AZ",
    "0.318",
    "BY6HR3EZ2G9XAZ2C.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.304
  instanceHours(
    "us-east-2",
    "postgres",
    "db.m6g.large",
    "Single-AZ",
    "0.159",
    "VAJQA6HB8XJ5U45S.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.152
  instanceHours(
    "us-east-2",
    "postgres",
    "db.m6g.xlarge",
    "Multi-AZ",
    "0.636",
    "7DVK7GYPETM82U6Y.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.608
  instanceHours(
    "us-east-2",
    "postgres",
    "db.m6g.xlarge",
    "Single-AZ",
    "0.318",
    "GN5K2JMBSUKQUQTW.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.304
  instanceHours(
    "us-east-2",
    "postgres",
    "db.m6i.large",
    "Multi-AZ",
    "0.356",
    "CZ54KFDV8SDVER96.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.342
  instanceHours(
    "us-east-2",
    "postgres",
    "db.m6i.large",
    "Single-AZ",
    "0.178",
    "6G3UPU5UQZAYDSGU.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.171
  instanceHours(
    "us-east-2",
    "postgres",
    "db.m7g.large",
    "Multi-AZ",
    "0.337",
    "U5Z242R4RGY5WWJ9.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.336
  instanceHours(
    "us-east-2",
    "postgres",
    "db.r5.large",
    "Multi-AZ",
    "0.5",
    "6T4XGUFV24RYCFV2.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.48
  instanceHours(
    "us-east-2",
    "postgres",
    "db.r5.large",
    "Single-AZ",
    "0.25",
    "J9BZKMK4423TMN9P.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.24
  instanceHours(
    "us-east-2",
    "postgres",
    "db.r6g.large",
    "Multi-AZ",
    "0.45",
    "34X6Y7QKG4K2GU5R.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.430
  instanceHours(
    "us-east-2",
    "postgres",
    "db.r6g.large",
    "Single-AZ",
    "0.225",
    "TXW2BXU9DQM4FUAX.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.215
  instanceHours(
    "us-east-2",
    "postgres",
    "db.r6g.xlarge",
    "Multi-AZ",
    "0.899",
    "PTYCPKMEMPFE2V6Y.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.86
  instanceHours(
    "us-east-2",
    "postgres",
    "db.r6g.xlarge",
    "Single-AZ",
    "0.45",
    "VS33Z4KWM6S96MPE.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.43
  instanceHours(
    "us-east-2",
    "postgres",
    "db.r6i.large",
    "Multi-AZ",
    "0.5",
    "TYH45DTZ8AB69XD3.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.48
  instanceHours(
    "us-east-2",
    "postgres",
    "db.r6i.large",
    "Single-AZ",
    "0.25",
    "CGZ8TPXFYS67HF76.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.24
  instanceHours(
    "us-east-2",
    "postgres",
    "db.r7g.12xlarge",
    "Multi-AZ",
    "11.475",
    "DT7VA3YYS2FFJXMM.JRTCKXETXF.6YS6EN2CT7",
  ), // was 11.472
  instanceHours(
    "us-east-2",
    "postgres",
    "db.r7g.12xlarge",
    "Single-AZ",
    "5.738",
    "6KNZRJVZGPYCSMBC.JRTCKXETXF.6YS6EN2CT7",
  ), // was 5.736
  instanceHours(
    "us-east-2",
    "postgres",
    "db.r7g.16xlarge",
    "Multi-AZ",
    "15.3",
    "E3K5ZW8K4DYVXTMC.JRTCKXETXF.6YS6EN2CT7",
  ), // was 15.296
  instanceHours(
    "us-east-2",
    "postgres",
    "db.r7g.16xlarge",
    "Single-AZ",
    "7.65",
    "9HZ29U9KKAUQF3A8.JRTCKXETXF.6YS6EN2CT7",
  ), // was 7.648
  instanceHours(
    "us-east-2",
    "postgres",
    "db.r7g.2xlarge",
    "Multi-AZ",
    "1.913",
    "ZA9K2QRF8N93DUEX.JRTCKXETXF.6YS6EN2CT7",
  ), // was 1.912
  instanceHours(
    "us-east-2",
    "postgres",
    "db.r7g.4xlarge",
    "Multi-AZ",
    "3.825",
    "ZC3Z4A6QTX57P2NH.JRTCKXETXF.6YS6EN2CT7",
  ), // was 3.824
  instanceHours(
    "us-east-2",
    "postgres",
    "db.r7g.4xlarge",
    "Single-AZ",
    "1.913",
    "9BDXEZHZ34ADJ7KF.JRTCKXETXF.6YS6EN2CT7",
  ), // was 1.912
  instanceHours(
    "us-east-2",
    "postgres",
    "db.r7g.8xlarge",
    "Multi-AZ",
    "7.65",
    "V63YGK4686WXC9BS.JRTCKXETXF.6YS6EN2CT7",
  ), // was 7.648
  instanceHours(
    "us-east-2",
    "postgres",
    "db.r7g.8xlarge",
    "Single-AZ",
    "3.825",
    "QMJECCD3GMH82V73.JRTCKXETXF.6YS6EN2CT7",
  ), // was 3.824
  instanceHours(
    "us-east-2",
    "postgres",
    "db.t3.medium",
    "Multi-AZ",
    "0.145",
    "577G2XYFU24V9J9V.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.136
  instanceHours(
    "us-east-2",
    "postgres",
    "db.t3.medium",
    "Single-AZ",
    "0.072",
    "KR87NJE5UT83VBTV.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.068
  instanceHours(
    "us-east-2",
    "postgres",
    "db.t3.micro",
    "Multi-AZ",
    "0.036",
    "Y83SN4A55P8YHWBS.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.034
  instanceHours(
    "us-east-2",
    "postgres",
    "db.t3.micro",
    "Single-AZ",
    "0.018",
    "FGFQT92QQRRPUS26.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.017
  instanceHours(
    "us-east-2",
    "postgres",
    "db.t3.small",
    "Multi-AZ",
    "0.072",
    "9WN86AUMKEXXY6T7.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.068
  instanceHours(
    "us-east-2",
    "postgres",
    "db.t3.small",
    "Single-AZ",
    "0.036",
    "ZP2MSCQ8W7CXU897.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.034
  instanceHours(
    "us-east-2",
    "postgres",
    "db.t4g.medium",
    "Multi-AZ",
    "0.129",
    "TSD7ATBERYCKUUSA.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.130
  instanceHours(
    "us-east-2",
    "postgres",
    "db.t4g.small",
    "Multi-AZ",
    "0.065",
    "3ACZ8T48EMVC2JAD.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.064
  instanceHours(
    "us-east-2",
    "postgres",
    "db.t4g.xlarge",
    "Multi-AZ",
    "0.517",
    "SK45KKEU68NSGDQ7.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.516
  instanceHours(
    "us-west-2",
    "mysql",
    "db.m7g.large",
    "Multi-AZ",
    "0.337",
    "7VFWCAS9Y96S82XT.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.336
  instanceHours(
    "us-west-2",
    "mysql",
    "db.r6g.xlarge",
    "Multi-AZ",
    "0.859",
    "JGTDB7Z2793BGQ38.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.86
  instanceHours(
    "us-west-2",
    "mysql",
    "db.r7g.12xlarge",
    "Multi-AZ",
    "11.475",
    "HMG25Q7F9CRCUR5G.JRTCKXETXF.6YS6EN2CT7",
  ), // was 11.472
  instanceHours(
    "us-west-2",
    "mysql",
    "db.r7g.12xlarge",
    "Single-AZ",
    "5.738",
    "26DUGX4KX9CQQ7U7.JRTCKXETXF.6YS6EN2CT7",
  ), // was 5.736
  instanceHours(
    "us-west-2",
    "mysql",
    "db.r7g.16xlarge",
    "Multi-AZ",
    "15.3",
    "VK3QKP6VUHE69K3R.JRTCKXETXF.6YS6EN2CT7",
  ), // was 15.296
  instanceHours(
    "us-west-2",
    "mysql",
    "db.r7g.16xlarge",
    "Single-AZ",
    "7.65",
    "A8DWPDMJE9RNPX73.JRTCKXETXF.6YS6EN2CT7",
  ), // was 7.648
  instanceHours(
    "us-west-2",
    "mysql",
    "db.r7g.2xlarge",
    "Multi-AZ",
    "1.913",
    "S5VQX9UREDY9S8V9.JRTCKXETXF.6YS6EN2CT7",
  ), // was 1.912
  instanceHours(
    "us-west-2",
    "mysql",
    "db.r7g.4xlarge",
    "Multi-AZ",
    "3.825",
    "626T9637MAZQB2VW.JRTCKXETXF.6YS6EN2CT7",
  ), // was 3.824
  instanceHours(
    "us-west-2",
    "mysql",
    "db.r7g.4xlarge",
    "Single-AZ",
    "1.913",
    "QFXZ7GEPU9KJ8VUB.JRTCKXETXF.6YS6EN2CT7",
  ), // was 1.912
  instanceHours(
    "us-west-2",
    "mysql",
    "db.r7g.8xlarge",
    "Multi-AZ",
    "7.65",
    "C3DHGUN8HAE2NKYJ.JRTCKXETXF.6YS6EN2CT7",
  ), // was 7.648
  instanceHours(
    "us-west-2",
    "mysql",
    "db.r7g.8xlarge",
    "Single-AZ",
    "3.825",
    "TZYVEGMWF4PRK9UK.JRTCKXETXF.6YS6EN2CT7",
  ), // was 3.824
  instanceHours(
    "us-west-2",
    "mysql",
    "db.t4g.medium",
    "Multi-AZ",
    "0.129",
    "AFRCDTTWCHR5SCZ8.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.130
  instanceHours(
    "us-west-2",
    "mysql",
    "db.t4g.small",
    "Multi-AZ",
    "0.065",
    "4RJHQ74WSP7SEFF9.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.064
  instanceHours(
    "us-west-2",
    "mysql",
    "db.t4g.xlarge",
    "Multi-AZ",
    "0.517",
    "UVSRWBZ4NB4EJPSA.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.516
  instanceHours(
    "us-west-2",
    "postgres",
    "db.m5.large",
    "Multi-AZ",
    "0.356",
    "YW58VB69Y7WEWBE7.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.342
  instanceHours(
    "us-west-2",
    "postgres",
    "db.m5.large",
    "Single-AZ",
    "0.178",
    "MW5TTC4T7U3WAPTE.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.171
  instanceHours(
    "us-west-2",
    "postgres",
    "db.m6g.large",
    "Multi-AZ",
    "0.318",
    "F3WE4RKPYSZBU5BC.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.304
  instanceHours(
    "us-west-2",
    "postgres",
    "db.m6g.large",
    "Single-AZ",
    "0.159",
    "U83W4JXPWDSWZ252.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.152
  instanceHours(
    "us-west-2",
    "postgres",
    "db.m6g.xlarge",
    "Multi-AZ",
    "0.636",
    "F2A6SEKGPAB3YC53.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.608
  instanceHours(
    "us-west-2",
    "postgres",
    "db.m6g.xlarge",
    "Single-AZ",
    "0.318",
    "RQQ7PP5YEN45MHZJ.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.304
  instanceHours(
    "us-west-2",
    "postgres",
    "db.m6i.large",
    "Multi-AZ",
    "0.356",
    "G68F7WGTJRSJ4UF6.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.342
  instanceHours(
    "us-west-2",
    "postgres",
    "db.m6i.large",
    "Single-AZ",
    "0.178",
    "YHUHE4GR5JXQDMHX.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.171
  instanceHours(
    "us-west-2",
    "postgres",
    "db.m7g.large",
    "Multi-AZ",
    "0.337",
    "MY3E97TS95URTDBH.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.336
  instanceHours(
    "us-west-2",
    "postgres",
    "db.r5.large",
    "Multi-AZ",
    "0.5",
    "8X9HBJSUXGSF7TZA.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.48
  instanceHours(
    "us-west-2",
    "postgres",
    "db.r5.large",
    "Single-AZ",
    "0.25",
    "86JCZKFJT2SR6DG5.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.24
  instanceHours(
    "us-west-2",
    "postgres",
    "db.r6g.large",
    "Multi-AZ",
    "0.45",
    "D3ZAM7TPUY5D3KRD.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.430
  instanceHours(
    "us-west-2",
    "postgres",
    "db.r6g.large",
    "Single-AZ",
    "0.225",
    "WTEB5P9H63AXG5U3.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.215
  instanceHours(
    "us-west-2",
    "postgres",
    "db.r6g.xlarge",
    "Multi-AZ",
    "0.899",
    "NV3K4MTMXDD2VKD3.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.86
  instanceHours(
    "us-west-2",
    "postgres",
    "db.r6g.xlarge",
    "Single-AZ",
    "0.45",
    "HCY5FCZ8U58E9975.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.43
  instanceHours(
    "us-west-2",
    "postgres",
    "db.r6i.large",
    "Multi-AZ",
    "0.5",
    "8Q6Y2RKETW67KJ3E.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.48
  instanceHours(
    "us-west-2",
    "postgres",
    "db.r6i.large",
    "Single-AZ",
    "0.25",
    "3Z5CURV2VX2ZYQGH.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.24
  instanceHours(
    "us-west-2",
    "postgres",
    "db.r7g.12xlarge",
    "Multi-AZ",
    "11.475",
    "HUC3WAYUF3E6K7UR.JRTCKXETXF.6YS6EN2CT7",
  ), // was 11.472
  instanceHours(
    "us-west-2",
    "postgres",
    "db.r7g.12xlarge",
    "Single-AZ",
    "5.738",
    "B7NAGT86957AZE9S.JRTCKXETXF.6YS6EN2CT7",
  ), // was 5.736
  instanceHours(
    "us-west-2",
    "postgres",
    "db.r7g.16xlarge",
    "Multi-AZ",
    "15.3",
    "B93P5K9U5MK7FMTB.JRTCKXETXF.6YS6EN2CT7",
  ), // was 15.296
  instanceHours(
    "us-west-2",
    "postgres",
    "db.r7g.16xlarge",
    "Single-AZ",
    "7.65",
    "D53V9CNNJHBFWQEW.JRTCKXETXF.6YS6EN2CT7",
  ), // was 7.648
  instanceHours(
    "us-west-2",
    "postgres",
    "db.r7g.2xlarge",
    "Multi-AZ",
    "1.913",
    "XQARYKZKWG43V6MW.JRTCKXETXF.6YS6EN2CT7",
  ), // was 1.912
  instanceHours(
    "us-west-2",
    "postgres",
    "db.r7g.4xlarge",
    "Multi-AZ",
    "3.825",
    "82F7E28WK6FYBAWQ.JRTCKXETXF.6YS6EN2CT7",
  ), // was 3.824
  instanceHours(
    "us-west-2",
    "postgres",
    "db.r7g.4xlarge",
    "Single-AZ",
    "1.913",
    "C4SEPXD88KEAW6N3.JRTCKXETXF.6YS6EN2CT7",
  ), // was 1.912
  instanceHours(
    "us-west-2",
    "postgres",
    "db.r7g.8xlarge",
    "Multi-AZ",
    "7.65",
    "7XVYMQS9BSMXWEVR.JRTCKXETXF.6YS6EN2CT7",
  ), // was 7.648
  instanceHours(
    "us-west-2",
    "postgres",
    "db.r7g.8xlarge",
    "Single-AZ",
    "3.825",
    "ZZNEK896MNSVRSWU.JRTCKXETXF.6YS6EN2CT7",
  ), // was 3.824
  instanceHours(
    "us-west-2",
    "postgres",
    "db.t3.medium",
    "Multi-AZ",
    "0.145",
    "FX2XGGYTN4TJGDY4.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.136
  instanceHours(
    "us-west-2",
    "postgres",
    "db.t3.medium",
    "Single-AZ",
    "0.072",
    "H283MRRUH7R8ZF84.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.068
  instanceHours(
    "us-west-2",
    "postgres",
    "db.t3.micro",
    "Multi-AZ",
    "0.036",
    "S8AC9PNJ93VXGPS8.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.034
  instanceHours(
    "us-west-2",
    "postgres",
    "db.t3.micro",
    "Single-AZ",
    "0.018",
    "2P2W5CD7Q56T7E7K.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.017
  instanceHours(
    "us-west-2",
    "postgres",
    "db.t3.small",
    "Multi-AZ",
    "0.072",
    "XXF8PMDZNNTTMD5S.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.068
  instanceHours(
    "us-west-2",
    "postgres",
    "db.t3.small",
    "Single-AZ",
    "0.036",
    "MKP3D7XDVAPU4N4U.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.034
  instanceHours(
    "us-west-2",
    "postgres",
    "db.t4g.medium",
    "Multi-AZ",
    "0.129",
    "2FY9XF3JKXKM38Q7.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.130
  instanceHours(
    "us-west-2",
    "postgres",
    "db.t4g.small",
    "Multi-AZ",
    "0.065",
    "V4XSADU6YK5MB9CX.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.064
  instanceHours(
    "us-west-2",
    "postgres",
    "db.t4g.xlarge",
    "Multi-AZ",
    "0.517",
    "FPGPMBN3AF37K9MM.JRTCKXETXF.6YS6EN2CT7",
  ), // was 0.516
];
