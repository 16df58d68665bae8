// Writing a front-matter value: plain when YAML reads it back as the same string, else
// double-quoted (a JSON string is a valid YAML scalar). Dependency-free, so the client can use it.
export function yamlScalar(v: string): string {
  const plain =
    /^[\p{L}\p{N}][\p{L}\p{M}\p{N} .,'’&()/@+_:-]*$/u.test(v) &&
    !/:(\s|$)/.test(v) &&
    !/\s$/.test(v) &&
    !/^[-+]?(\d[\d_]*)?(\.\d+)?([eE][-+]?\d+)?$/.test(v) &&
    !/^(true|false|null|yes|no|on|off|~)$/i.test(v);
  return plain ? v : JSON.stringify(v);
}
