/** Where Terraform keeps state; fields left out of an s3 backend come from `terraform init -backend-config`. */
export interface TerraformBackend {
  readonly type: "local" | "s3";
  readonly bucket?: string;
  readonly key?: string;
  readonly region?: string;
  readonly dynamodbTable?: string;
}

/** The `terraform.backend` block, written by hand: cdktf's default local backend writes an absolute path. */
export function backendBlock(backend: TerraformBackend, stateRegion: string): object {
  if (backend.type === "local") return { local: { path: "terraform.tfstate" } };
  return {
    s3: {
      ...(backend.bucket ? { bucket: backend.bucket } : {}),
      ...(backend.key ? { key: backend.key } : {}),
      region: backend.region ?? stateRegion,
      ...(backend.dynamodbTable ? { dynamodb_table: backend.dynamodbTable } : {}),
      encrypt: true,
    },
  };
}
