import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import astro from "eslint-plugin-astro";
import globals from "globals";
import tseslint from "typescript-eslint";

export default defineConfig(
  {
    ignores: [
      "dist/",
      ".astro/",
      ".lighthouseci/",
      "node_modules/",
      "test-results/",
      "playwright-report/",
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
    },
  },
  {
    // CommonJS config files, such as lighthouserc.cjs, load their modules with require().
    files: ["**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // Tests and tooling share code through tools/helpers/; tests run no command-line tool's module.
    files: ["tests/**", "e2e/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: String.raw`^(\.\./)+tools/(?!helpers/)`,
              message:
                "Tests import no command-line tool from tools/; move shared code to tools/helpers/.",
            },
          ],
        },
      ],
    },
  },
  // Plain scripts that a layout embeds inline, byte for byte, and so are not bundled TypeScript.
  { files: ["src/client/**/*.js"], languageOptions: { globals: { ...globals.browser } } },
);
