import { findBodyByCode } from "@weerbaar/domain";

/** A body code as stored ("gm1640" → "GM1640"); an unknown code stays as given, so a filter on it matches nothing. */
export function storedBodyCode(code: string): string {
  return findBodyByCode(code)?.code ?? code;
}
