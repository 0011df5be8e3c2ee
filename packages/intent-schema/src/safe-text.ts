// Escaping lives in core; re-exported for existing imports.
export {
  clipText,
  escapeForTerminal,
  escapeHtml,
  escapeMarkdown,
  escapeMermaidLabel,
  hasUnsafeCharacters,
  markdownCode,
} from "@idio-iac/core";
