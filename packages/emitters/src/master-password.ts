import type { Ref } from "@idio-iac/graph";
import { terraformName } from "./names.js";

/**
 * The master password of a database whose password RDS does not manage
 * (Aurora global databases and instances with cross-region replicas cannot:
 * https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/rds-secrets-manager.html#rds-secrets-manager-limitations):
 * the `password` key of the generated secret, read where it is created.
 */
export function masterPasswordTerraform(secret: Ref): string {
  return `\${jsondecode(aws_secretsmanager_secret_version.${terraformName(secret.ref)}_version.secret_string).password}`;
}

/** The same in CloudFormation: a dynamic reference, resolved at deploy time and never shown. */
export function masterPasswordCloudFormation(secretArn: unknown): unknown {
  return { "Fn::Join": ["", ["{{resolve:secretsmanager:", secretArn, ":SecretString:password}}"]] };
}
