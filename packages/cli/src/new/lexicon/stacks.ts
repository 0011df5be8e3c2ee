import type { Engine, LambdaRuntime } from "@idio-iac/intent-schema";
import { phrasePattern, type Recogniser } from "./recogniser.js";

/**
 * Application stacks and what they bring: the Lambda runtime their code runs
 * on (none when Lambda has no managed runtime for the language: such tiers
 * run in containers), the port their server listens on in a container, and
 * the relational database they are usually built on (Django, Rails, Spring,
 * Laravel), which adds a database tier when the template has none. A stack
 * alone ("a Django app") names a web application.
 */
export interface Stack {
  readonly title: string;
  readonly phrases: readonly string[];
  readonly runtime?: LambdaRuntime;
  readonly port: number;
  readonly database?: Engine;
}

export const STACKS = {
  django: {
    title: "Django",
    phrases: ["django"],
    runtime: "python3.12",
    port: 8000,
    database: "postgres",
  },
  flask: { title: "Flask", phrases: ["flask"], runtime: "python3.12", port: 5000 },
  fastapi: { title: "FastAPI", phrases: ["fastapi"], runtime: "python3.12", port: 8000 },
  python: { title: "Python", phrases: ["python"], runtime: "python3.12", port: 8000 },
  rails: {
    title: "Rails",
    phrases: ["rails", "ruby on rails", "ror"],
    port: 3000,
    database: "postgres",
  },
  spring: {
    title: "Spring",
    phrases: ["spring", "spring boot", "springboot", "java"],
    runtime: "java21",
    port: 8080,
    database: "postgres",
  },
  express: {
    title: "Express",
    phrases: [
      "express",
      "express.js",
      "expressjs",
      "node",
      "node.js",
      "nodejs",
      "nestjs",
      "next.js",
      "nextjs",
    ],
    runtime: "nodejs22.x",
    port: 3000,
  },
  laravel: { title: "Laravel", phrases: ["laravel", "php"], port: 8000, database: "mysql" },
  go: { title: "Go", phrases: ["golang", "go"], runtime: "provided.al2023", port: 8080 },
  dotnet: { title: ".NET", phrases: [".net", "asp.net", "dotnet", "c#"], port: 8080 },
} as const satisfies Record<string, Stack>;

export type StackId = keyof typeof STACKS;

export const STACK_RECOGNISERS: readonly Recogniser[] = Object.entries(STACKS).map(
  ([id, stack]): Recogniser => ({
    concept: "stack",
    pattern: phrasePattern(stack.phrases),
    // "node.js" is also a host name: the stack wins.
    priority: 1,
    read: () => ({ kind: "stack", stack: id as StackId }),
  }),
);
