// The one way stored progress is read back: parse the JSON, lift old versions step by step,
// validate. Used by every kind of entry (exercises, questions, flashcards). Never throws.

export type Decoded<T> = { ok: true; value: T } | { ok: false; reason: 'json' | 'future' | 'invalid' };

/** MIGRATIONS[n] turns a version-n entry into version n+1. */
export type Migrations = Record<number, (old: Record<string, unknown>) => Record<string, unknown>>;

export interface VersionedFormat<T> {
  /** The version this code writes. */
  version: number;
  migrations: Migrations;
  /** The valid entry (defaults filled in), or null. */
  parse: (entry: Record<string, unknown>) => T | null;
}

export function decodeVersioned<T>(raw: string | null | undefined, format: VersionedFormat<T>): Decoded<T> | undefined {
  if (raw === null || raw === undefined) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'json' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, reason: 'invalid' };
  let entry = data as Record<string, unknown>;
  let version = typeof entry.v === 'number' ? entry.v : 0;
  if (version > format.version) return { ok: false, reason: 'future' };
  while (version < format.version) {
    const step = format.migrations[version];
    if (!step) return { ok: false, reason: 'invalid' };
    entry = step(entry);
    version++;
  }
  const parsed = format.parse(entry);
  return parsed === null ? { ok: false, reason: 'invalid' } : { ok: true, value: parsed };
}
