import { randomUUID } from "node:crypto";
import type { StaffMember } from "@weerbaar/domain";
import type { BookingInput, FileInput, Store } from "../src/index.ts";
import { console1 } from "./engines.ts";

/** Creates an advisor with a unique id. */
export async function anAdvisor(store: Store, name = "Anna de Vries"): Promise<StaffMember> {
  return store.staff.upsert({ id: `staff-${randomUUID()}`, displayName: name, role: "advisor" }, console1);
}

/** A booking of Leudal (GM1640) on 26 October 2023 13:30–14:30 Amsterdam, organised by `organizerId`. */
export function aBooking(organizerId: string, overrides: Partial<BookingInput> = {}): BookingInput {
  return {
    bodyCode: "GM1640",
    organizerId,
    start: new Date("2023-10-26T11:30:00.000Z"),
    end: new Date("2023-10-26T12:30:00.000Z"),
    location: "Gemeentehuis Leudal",
    ...overrides,
  };
}

/** `iso` plus `minutes`. */
export function plusMinutes(iso: string | Date, minutes: number): Date {
  return new Date(new Date(iso).getTime() + minutes * 60_000);
}

/** A chart-like file whose bytes are every value 0–255 (NUL, backslash, tab, high bytes), so a copy must be exact. */
export function aChartFile(overrides: Partial<FileInput> = {}): FileInput {
  return {
    fileName: "kaart-limburg.png",
    mimeType: "image/png",
    data: Uint8Array.from({ length: 512 }, (_, i) => i % 256),
    ...overrides,
  };
}
