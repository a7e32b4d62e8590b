// Plain JavaScript on purpose: vitest loads configs with Node, which cannot import .ts from node_modules.
import { defineConfig, mergeConfig } from "vitest/config";

/**
 * Shared vitest config: node environment, a JSON report in reports/ for the CI summary, no skips.
 * @param {import("vitest/config").ViteUserConfig} [overrides]
 * @returns {import("vitest/config").ViteUserConfig}
 */
export function defineProjectConfig(overrides = {}) {
  return mergeConfig(
    defineConfig({
      test: {
        environment: "node",
        include: ["src/**/*.test.ts", "test/**/*.test.ts"],
        reporters: ["default", ["json", { outputFile: "reports/vitest.json" }]],
        testTimeout: 20_000,
        hookTimeout: 60_000,
        passWithNoTests: false,
        unstubEnvs: true,
      },
    }),
    overrides,
  );
}
