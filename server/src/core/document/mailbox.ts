// An address as the writer may give it in `email`: the bare address, or `Name <address>` (the
// form mail programs show; the name may be quoted). Read in one place for the rule, the preview,
// the mailto link and the .eml draft.

export interface ParsedMailbox {
  /** The display name, when the value carries one (`Dana Whitfield <dana@…>`). */
  name?: string;
  /** The address alone. */
  address: string;
}

/** `addr` or `Name <addr>` (`"Whitfield, Dana" <addr>` too) -> its parts, trimmed. */
export function parseMailbox(value: string): ParsedMailbox {
  const m = /^([^<>]*)<([^<>]*)>\s*$/.exec(value);
  if (!m) return { address: value.trim() };
  let name = m[1].trim();
  if (name.length >= 2 && name.startsWith('"') && name.endsWith('"')) name = name.slice(1, -1).replace(/\\(.)/g, '$1');
  return name ? { name, address: m[2].trim() } : { address: m[2].trim() };
}
