import type {
  AvailabilityTarget,
  ComplianceFramework,
  ComputeChoice,
  Engine,
  Environment,
  TrafficPattern,
} from "@idio-iac/intent-schema";
import type { StackId } from "./lexicon/stacks.js";

/** A part of the application a sentence can ask for ("a Redis cache", "background workers"). */
export type Component =
  "database" | "cache" | "nosql" | "storage" | "queue" | "worker" | "stream" | "assets";

/** What a phrase means, before it is applied to a template. */
export type Meaning =
  | { readonly kind: "application"; readonly template: string; readonly weight: number }
  | { readonly kind: "name"; readonly name: string }
  | { readonly kind: "environment"; readonly environment: Environment }
  | {
      readonly kind: "availability";
      readonly target: AvailabilityTarget;
      /** The percentage as stated, when it is not itself a target (99.5 → 99.9). */
      readonly stated?: string;
    }
  | { readonly kind: "budget"; readonly usd: number }
  | { readonly kind: "compliance"; readonly framework: ComplianceFramework }
  | { readonly kind: "region"; readonly region: string }
  | { readonly kind: "multi-region" }
  | { readonly kind: "rto"; readonly minutes: number }
  | { readonly kind: "rpo"; readonly minutes: number }
  | { readonly kind: "backup-days"; readonly days: number }
  | { readonly kind: "stack"; readonly stack: StackId }
  | { readonly kind: "component"; readonly component: Component; readonly engine?: Engine }
  | { readonly kind: "traffic"; readonly pattern: TrafficPattern }
  | { readonly kind: "rps"; readonly rps: number }
  | { readonly kind: "scaling"; readonly min: number; readonly max: number }
  | { readonly kind: "compute"; readonly compute: Exclude<ComputeChoice, "auto"> }
  | { readonly kind: "data-size"; readonly gb: number }
  | { readonly kind: "domain"; readonly domain: string }
  | { readonly kind: "email"; readonly email: string }
  | { readonly kind: "waf" }
  | { readonly kind: "network-isolation" };

/** A phrase of the sentence and what it means: `words` is exactly the text at [start, end). */
export interface Fact {
  readonly meaning: Meaning;
  readonly words: string;
  readonly start: number;
  readonly end: number;
}

/** A stretch of the sentence that set nothing, and why (when it was understood but not applied). */
export interface UnusedWords {
  readonly words: string;
  readonly start: number;
  readonly end: number;
  readonly reason?: string;
}
