import { IntentCodes } from "../../diagnostics/codes.js";
import { asRecord } from "../loose.js";
import type { SemanticCheck } from "./check.js";

/**
 * Alert addresses equal but for case reach one mailbox (mail systems ignore
 * case in practice): the second is dropped at compile time, so say so here.
 */
export const checkAlertEmails: SemanticCheck = (document, report) => {
  const emails = asRecord(document.cost)?.alertEmails;
  if (!Array.isArray(emails)) return;
  const first = new Map<string, number>();
  emails.forEach((email: unknown, index) => {
    if (typeof email !== "string") return;
    const key = email.toLowerCase();
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, index);
      return;
    }
    if (emails[earlier] === email) return; // an exact repeat is the schema's (uniqueItems)
    report(
      IntentCodes.DuplicateAlertEmail,
      `/cost/alertEmails/${index}`,
      `"${email}" is the same address as alertEmails[${earlier}] ("${String(emails[earlier])}") except for case; it is notified once.`,
      `Remove alertEmails[${index}].`,
    );
  });
};
