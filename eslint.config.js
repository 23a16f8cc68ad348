// ESLint 9 flat config: JavaScript and TypeScript recommended rules, the two
// classic React hooks rules, and little else (Prettier-style formatting is not
// linted). `npm run lint` runs with --max-warnings=0, so a warning fails CI too.
// Why these rules and not more: docs/decisions/0007-tests-and-ci.md.
import js from "@eslint/js";
import globals from "globals";
import reactHooks from "eslint-plugin-react-hooks";
import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";

export default defineConfig(
  {
    ignores: [
      "build/",
      ".data/",
      "node_modules/",
      "public/build/",
      ".cache/",
      "playwright-report*/",
      "test-results*/",
      "blob-report/",
      "bench/results/",
      "coverage/",
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: "module",
      globals: { ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      // `_`-prefixed names say "unused on purpose" (loader args, destructuring to omit a key).
      "@typescript-eslint/no-unused-vars": [
        "error",
        { args: "after-used", argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
      // `form.requestSubmit ? form.requestSubmit() : submit(form)` and `cb && cb()` are fine.
      "@typescript-eslint/no-unused-expressions": ["error", { allowShortCircuit: true, allowTernary: true, allowTaggedTemplates: true }],
      "no-console": "off",
      eqeqeq: ["error", "always", { null: "ignore" }],
      // `let server; onSignal(() => server?.close()); server = await start()` is fine.
      "prefer-const": ["error", { ignoreReadBeforeAssign: true }],
    },
  },
  {
    // The browser half of the app (components and routes run in both).
    files: ["app/**/*.{ts,tsx,js,jsx}"],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
    },
  },
  {
    files: ["**/*.cjs"],
    languageOptions: { sourceType: "commonjs" },
  },
  {
    // Playwright specs: browser code runs inside page.evaluate().
    files: ["e2e/**/*.ts"],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
);
