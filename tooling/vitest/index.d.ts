import type { ViteUserConfig } from "vitest/config";

/** Shared vitest config: node environment, a JSON report in reports/ for the CI summary, no skips. */
export declare function defineProjectConfig(overrides?: ViteUserConfig): ViteUserConfig;
