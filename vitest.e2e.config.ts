// End-to-end tests: the built app in Debian's chromium against the real server (see test/e2e).
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/e2e/**/*.e2e.test.ts"],
    globalSetup: ["test/e2e/build-app.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    reporters: ["default", "json"],
    outputFile: { json: "test-results/vitest-e2e.json" },
  },
});
