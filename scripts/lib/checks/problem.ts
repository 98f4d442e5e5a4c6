/**
 * What the content checker reports, and the small helpers every check shares.
 */

export type Severity = 'error' | 'warning';

export interface Problem {
  /** Absolute path of the file. */
  file: string;
  /** 1-based line of the offending key; 1 for a problem with the whole file. */
  line: number;
  /** `field: "value" what is wrong; what to write`. */
  message: string;
  severity: Severity;
}

/** A problem inside a file that is not named yet: its line and message. */
export interface Finding {
  line: number;
  message: string;
}

export function problem(file: string, line: number, message: string, severity: Severity = 'error'): Problem {
  return { file, line, message, severity };
}

/** `"2026-02-30"`, `42`, `["a"]`, shortened to one readable line. */
export function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…${text.at(-1) === '"' ? '"' : ''}` : text;
}

/** True for a YAML mapping (`key: value` lines), the only shape front matter may have. */
export function isRecord(data: unknown): data is Record<string, unknown> {
  return data !== null && typeof data === 'object' && !Array.isArray(data);
}

/** `data` when it is a mapping, else an empty one: checks read fields without guarding each. */
export function record(data: unknown): Record<string, unknown> {
  return isRecord(data) ? data : {};
}

/** The texts of a list, ignoring anything else (the schema reports those). */
export function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((s): s is string => typeof s === 'string') : [];
}

/** The value at `p` in parsed YAML, or undefined when the path leads nowhere. */
export function valueAt(data: unknown, p: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const seg of p) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[seg];
  }
  return v;
}
