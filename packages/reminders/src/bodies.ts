import { findBodyByCode } from "@weerbaar/domain";

/** The display name of a body, or its code when unknown. */
export function bodyName(code: string): string {
  return findBodyByCode(code)?.name ?? code;
}
