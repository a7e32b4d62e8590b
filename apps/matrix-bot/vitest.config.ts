import { defineProjectConfig } from "@weerbaar/vitest-config";

// The end-to-end files mostly wait on their own Synapse: three at a time keeps two cores busy.
export default defineProjectConfig({ test: { maxWorkers: 3 } });
