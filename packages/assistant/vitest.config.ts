import { defineProjectConfig } from "@weerbaar/vitest-config";

// The time-understanding tests run a second time with the server in New York: Amsterdam times must not move.
const WHEN_TESTS = "src/understanding/when/**/*.test.ts";

const base = defineProjectConfig();
// Reporters stay at the root (one JSON report for both projects); each project takes the rest of the shared settings.
const { reporters, ...sharedTest } = base.test ?? {};

export default defineProjectConfig({
  test: {
    projects: [
      { test: { ...sharedTest, name: "assistant", env: { TZ: "UTC" } } },
      {
        test: {
          ...sharedTest,
          name: "when-new-york",
          include: [WHEN_TESTS],
          env: { TZ: "America/New_York" },
        },
      },
    ],
  },
});
