// Lint for correctness; prettier owns style. src/domain stays pure: no IO, no clock.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules", "dist", "web/dist", "data", "test-results", "coverage", ".bench-cache"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/switch-exhaustiveness-check": ["error", { considerDefaultExhaustiveForUnions: true }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/domain/**/*.ts"],
    ignores: ["src/domain/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["node:*", "fs", "path", "http", "net", "child_process", "os"], message: "src/domain is pure: no IO." },
            { group: ["**/store/**", "**/server/**", "**/cli/**", "**/activities/**"], message: "src/domain imports only src/domain." },
            { group: ["kysely", "better-sqlite3", "pg", "fastify", "@fastify/*"], message: "src/domain is pure: no IO libraries." },
          ],
        },
      ],
      "no-restricted-syntax": [
        "error",
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: "src/domain takes the date as input." },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "src/domain takes the date as input." },
        { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: "src/domain is deterministic." },
      ],
    },
  },
);
