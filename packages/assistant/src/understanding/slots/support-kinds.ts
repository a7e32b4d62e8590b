import type { SupportKind } from "@weerbaar/domain";
import { supportKinds } from "../vocabulary/support-kinds.ts";

/** The kinds of support a normalized text offers, in a fixed order. */
export function extractSupportKinds(normalized: string): SupportKind[] | undefined {
  const kinds = supportKinds.all(normalized);
  return kinds.length > 0 ? kinds : undefined;
}
