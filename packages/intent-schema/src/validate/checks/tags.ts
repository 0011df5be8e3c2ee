import { AWS_LIMITS } from "@idio-iac/core";
import { IntentCodes } from "../../diagnostics/codes.js";
import { childPointer } from "../../parse/json-pointer.js";
import { asRecord } from "../loose.js";
import type { SemanticCheck } from "./check.js";

/** AWS tag limits (core's AWS_LIMITS.tags) and how many of the 50 per resource the user gets. */
export const TAG_LIMITS = {
  maxKeyLength: AWS_LIMITS.tags.maxKeyLength,
  maxValueLength: AWS_LIMITS.tags.maxValueLength,
  /** 50 per resource, less the tags IDIO adds itself (idio:* and Name). */
  maxUserTags: AWS_LIMITS.tags.maxPerResource - 10,
} as const;

const TAG_CHARACTERS = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;

/** Tags must be accepted by every AWS service IDIO tags. */
export const checkTags: SemanticCheck = (document, report) => {
  const tags = asRecord(document.tags);
  if (tags === undefined) return;
  const entries = Object.entries(tags);
  if (entries.length > TAG_LIMITS.maxUserTags) {
    report(
      IntentCodes.TooManyTags,
      "/tags",
      `${entries.length} tags given; at most ${TAG_LIMITS.maxUserTags} fit next to the tags IDIO adds (AWS allows 50 per resource).`,
      "Keep the tags your cost allocation and ownership reports use.",
    );
  }
  for (const [key, value] of entries) {
    const pointer = childPointer("/tags", key);
    const keyProblem = tagKeyProblem(key);
    if (keyProblem !== undefined) {
      report(
        IntentCodes.BadTagKey,
        pointer,
        `Tag key "${truncate(key)}" ${keyProblem}.`,
        keyHint(key),
        { atKey: true },
      );
    }
    if (typeof value !== "string") continue; // the schema reports the type
    if ([...value].length > TAG_LIMITS.maxValueLength) {
      report(
        IntentCodes.BadTagValue,
        pointer,
        `The value of tag "${truncate(key)}" is ${[...value].length} characters; AWS allows ${TAG_LIMITS.maxValueLength}.`,
        "Shorten the value.",
      );
    } else if (!TAG_CHARACTERS.test(value)) {
      report(
        IntentCodes.BadTagValue,
        pointer,
        `The value of tag "${truncate(key)}" contains characters AWS does not allow in tags.`,
        "Use letters, digits, spaces and _ . : / = + - @ only.",
      );
    }
  }
};

function tagKeyProblem(key: string): string | undefined {
  const length = [...key].length;
  if (length === 0) return "is empty";
  if (length > TAG_LIMITS.maxKeyLength)
    return `is ${length} characters; AWS allows ${TAG_LIMITS.maxKeyLength}`;
  if (/^aws:/i.test(key)) return 'starts with "aws:", which AWS reserves';
  if (/^idio:/i.test(key)) return 'starts with "idio:", which IDIO reserves for its own tags';
  if (isIntrinsicName(key))
    return "is a CloudFormation intrinsic function name, which CloudFormation would evaluate instead of keeping it as a tag";
  if (!TAG_CHARACTERS.test(key)) return "contains characters AWS does not allow in tags";
  return undefined;
}

/** `Ref`, `Condition` and `Fn::…`: as a map key, CloudFormation reads them as a function call. */
function isIntrinsicName(key: string): boolean {
  return key === "Ref" || key === "Condition" || /^Fn::/i.test(key);
}

function keyHint(key: string): string {
  if (isIntrinsicName(key))
    return `Rename it, e.g. "${key.replace(/^Fn::/i, "").toLowerCase() || "tag"}-tag".`;
  if (/^(aws|idio):/i.test(key)) return `Rename it, e.g. "${key.replace(/^(aws|idio):/i, "")}".`;
  return "Use 1-128 letters, digits, spaces and _ . : / = + - @.";
}

function truncate(text: string): string {
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
