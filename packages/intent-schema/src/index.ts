export * from "./schema/intent-schema.js";
export * from "./schema/enums.js";
export * from "./schema/regions.js";
export * from "./diagnostics/diagnostic.js";
