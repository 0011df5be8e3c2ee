import { dataPipeline } from "./data-pipeline.js";
import { ecommercePlatform } from "./ecommerce-platform.js";
import { microservicesPlatform } from "./microservices-platform.js";
import { mlPlatform } from "./ml-platform.js";
import { serverlessApi } from "./serverless-api.js";
import { staticWebsite } from "./static-website.js";
import type { Template } from "./template.js";
import { threeTierWebApp } from "./three-tier-web-app.js";

export * from "./template.js";

/** The template catalog, in the order `idio templates list` shows it. */
export const TEMPLATES: readonly Template[] = [
  threeTierWebApp,
  serverlessApi,
  ecommercePlatform,
  dataPipeline,
  microservicesPlatform,
  mlPlatform,
  staticWebsite,
];

export function templateById(id: string): Template | undefined {
  return TEMPLATES.find((template) => template.id === id);
}
