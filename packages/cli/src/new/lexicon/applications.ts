import type { Recogniser } from "./recogniser.js";
import { phrasePattern } from "./recogniser.js";

/**
 * Application kinds: the seven templates of packages/catalog and the words
 * people use for them. A specific phrase (weight 3) outweighs a generic one
 * (weight 2: "api", "shop", "pipeline"); the template with the most weight
 * wins, the earliest mention breaking a tie. A stack ("Django") with no
 * application words names a web application (weight 1, see stacks.ts).
 */
const APPLICATIONS: readonly (readonly [string, number, readonly string[]])[] = [
  [
    "three-tier-web-app",
    3,
    [
      "web app",
      "web apps",
      "web application",
      "webapp",
      "three-tier",
      "3-tier",
      "three tier app",
      "saas",
      "saas app",
      "saas product",
      "crud app",
      "internal tool",
      "admin portal",
      "customer portal",
      "dashboard",
      "web portal",
      "booking system",
      "cms",
    ],
  ],
  ["three-tier-web-app", 2, ["app", "application", "portal"]],
  [
    "serverless-api",
    3,
    [
      "serverless api",
      "rest api",
      "restful api",
      "graphql api",
      "http api",
      "json api",
      "backend api",
      "mobile backend",
      "webhook handler",
      "webhooks",
      "lambda api",
    ],
  ],
  ["serverless-api", 2, ["api", "apis", "serverless", "backend"]],
  [
    "ecommerce-platform",
    3,
    [
      "e-commerce",
      "e-commerce platform",
      "e-commerce site",
      "online store",
      "online shop",
      "web shop",
      "webshop",
      "storefront",
      "marketplace",
      "checkout",
      "retail platform",
    ],
  ],
  ["ecommerce-platform", 2, ["shop", "store"]],
  [
    "data-pipeline",
    3,
    [
      "data pipeline",
      "etl",
      "etl pipeline",
      "elt",
      "ingestion pipeline",
      "event pipeline",
      "analytics pipeline",
      "clickstream",
      "data lake",
      "stream processing",
      "log processing",
      "data processing",
      "event processing",
    ],
  ],
  ["data-pipeline", 2, ["pipeline", "analytics"]],
  [
    "microservices-platform",
    3,
    [
      "microservices",
      "microservice",
      "microservices platform",
      "microservice architecture",
      "service-oriented",
      "several services",
      "multiple services",
    ],
  ],
  [
    "ml-platform",
    3,
    [
      "machine learning",
      "machine-learning",
      "ml platform",
      "ml pipeline",
      "mlops",
      "model training",
      "model serving",
      "inference api",
      "inference service",
      "recommendation engine",
      "ai platform",
      "deep learning",
    ],
  ],
  ["ml-platform", 2, ["ml", "ai", "inference", "llm"]],
  [
    "static-website",
    3,
    [
      "static site",
      "static website",
      "static web site",
      "landing page",
      "marketing site",
      "marketing website",
      "documentation site",
      "docs site",
      "portfolio site",
      "jamstack",
      "brochure site",
      "blog",
    ],
  ],
  ["static-website", 2, ["website", "site"]],
];

export const APPLICATION_RECOGNISERS: readonly Recogniser[] = APPLICATIONS.map(
  ([template, weight, phrases]) => ({
    concept: "application",
    pattern: phrasePattern(phrases),
    read: () => ({ kind: "application", template, weight }),
  }),
);
