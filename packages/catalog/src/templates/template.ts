import type { IntentInput } from "@idio-iac/intent-schema";

/** One template parameter: what `--set name=value` may change. */
export type TemplateParameter =
  | {
      readonly name: string;
      readonly type: "string";
      readonly description: string;
      readonly default: string;
      /** Regular expression the value must match. */
      readonly pattern?: string;
      readonly values?: readonly string[];
    }
  | {
      readonly name: string;
      readonly type: "integer" | "number";
      readonly description: string;
      readonly default: number;
      readonly minimum: number;
      readonly maximum: number;
    }
  | {
      readonly name: string;
      readonly type: "boolean";
      readonly description: string;
      readonly default: boolean;
    };

export type TemplateValues = Readonly<Record<string, string | number | boolean>>;

/** A proven architecture as a parameterised intent. */
export interface Template {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  /** Monthly cost at the default parameters lies in this range (checked by a test against the estimate). */
  readonly monthlyCostUsd: { readonly min: number; readonly max: number };
  readonly parameters: readonly TemplateParameter[];
  /** The intent document for a full set of (validated) parameter values. */
  render(values: TemplateValues): IntentInput;
}

export interface TemplateProblem {
  readonly parameter: string;
  readonly message: string;
}

/** The parameters' JSON Schema (draft 2020-12), for `idio templates show` and editors. */
export function parameterSchema(template: Template): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const parameter of template.parameters) {
    const base = { description: parameter.description, default: parameter.default };
    if (parameter.type === "string")
      properties[parameter.name] = {
        type: "string",
        ...base,
        ...(parameter.pattern ? { pattern: parameter.pattern } : {}),
        ...(parameter.values ? { enum: parameter.values } : {}),
      };
    else if (parameter.type === "boolean")
      properties[parameter.name] = { type: "boolean", ...base };
    else
      properties[parameter.name] = {
        type: parameter.type,
        ...base,
        minimum: parameter.minimum,
        maximum: parameter.maximum,
      };
  }
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    title: `${template.title} parameters`,
    type: "object",
    additionalProperties: false,
    properties,
  };
}

/**
 * Applies `name=value` settings (strings, as typed on a command line) over
 * the defaults, converting and checking each. Pure; problems are returned.
 */
export function resolveParameters(
  template: Template,
  settings: readonly string[],
): { values?: TemplateValues; problems: TemplateProblem[] } {
  const values: Record<string, string | number | boolean> = Object.fromEntries(
    template.parameters.map((parameter) => [parameter.name, parameter.default]),
  );
  const problems: TemplateProblem[] = [];
  for (const setting of settings) {
    const equals = setting.indexOf("=");
    if (equals <= 0) {
      problems.push({
        parameter: setting,
        message: `expected name=value, got ${JSON.stringify(setting)}`,
      });
      continue;
    }
    const name = setting.slice(0, equals);
    const raw = setting.slice(equals + 1);
    const parameter = template.parameters.find((candidate) => candidate.name === name);
    if (!parameter) {
      problems.push({
        parameter: name,
        message: `${template.id} has no parameter ${JSON.stringify(name)}; it has ${template.parameters.map((p) => p.name).join(", ")}`,
      });
      continue;
    }
    const converted = convert(parameter, raw);
    if (typeof converted === "object")
      problems.push({ parameter: name, message: converted.problem });
    else values[name] = converted;
  }
  return problems.length > 0 ? { problems } : { values, problems };
}

function convert(
  parameter: TemplateParameter,
  raw: string,
): string | number | boolean | { problem: string } {
  switch (parameter.type) {
    case "boolean":
      if (raw === "true") return true;
      if (raw === "false") return false;
      return { problem: `${parameter.name} must be true or false, got ${JSON.stringify(raw)}` };
    case "integer":
    case "number": {
      const value = Number(raw);
      if (
        raw.trim() === "" ||
        !Number.isFinite(value) ||
        (parameter.type === "integer" && !Number.isInteger(value))
      )
        return {
          problem: `${parameter.name} must be ${parameter.type === "integer" ? "a whole number" : "a number"}, got ${JSON.stringify(raw)}`,
        };
      if (value < parameter.minimum || value > parameter.maximum)
        return {
          problem: `${parameter.name} must be between ${parameter.minimum} and ${parameter.maximum}, got ${value}`,
        };
      return value;
    }
    case "string":
      if (parameter.values && !parameter.values.includes(raw))
        return {
          problem: `${parameter.name} must be one of ${parameter.values.join(", ")}, got ${JSON.stringify(raw)}`,
        };
      if (parameter.pattern && !new RegExp(parameter.pattern).test(raw))
        return {
          problem: `${parameter.name} must match ${parameter.pattern}, got ${JSON.stringify(raw)}`,
        };
      return raw;
  }
}

/** Shared parameter definitions, so every template names them the same way. */
export const COMMON = {
  name: (fallback: string): TemplateParameter => ({
    name: "name",
    type: "string",
    description: "Application name (lowercase letters, digits, hyphens; 3-32 characters).",
    default: fallback,
    pattern: "^[a-z][a-z0-9-]{1,30}[a-z0-9]$",
  }),
  environment: (fallback: "production" | "staging" | "development"): TemplateParameter => ({
    name: "environment",
    type: "string",
    description: "Deployment stage.",
    default: fallback,
    values: ["production", "staging", "development"],
  }),
  region: (): TemplateParameter => ({
    name: "region",
    type: "string",
    description: "Primary AWS region.",
    default: "us-east-1",
    pattern: "^[a-z]{2}-[a-z]+-\\d$",
  }),
  domain: (fallback: string): TemplateParameter => ({
    name: "domain",
    type: "string",
    description: "Public DNS name; an ACM certificate is requested for it.",
    default: fallback,
    pattern: "^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$",
  }),
  budget: (fallback: number): TemplateParameter => ({
    name: "monthlyBudgetUsd",
    type: "number",
    description: "Monthly budget in US dollars; the estimate is checked against it.",
    default: fallback,
    minimum: 1,
    maximum: 10_000_000,
  }),
  alertEmail: (): TemplateParameter => ({
    name: "alertEmail",
    type: "string",
    description: "Who receives budget and alarm notifications.",
    default: "platform-team@example.com",
    pattern: "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$",
  }),
};

export function str(values: TemplateValues, name: string): string {
  return String(values[name]);
}
export function num(values: TemplateValues, name: string): number {
  return Number(values[name]);
}
export function bool(values: TemplateValues, name: string): boolean {
  return values[name] === true;
}
