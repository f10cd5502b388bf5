// Lint with typescript-eslint's type-checked presets (as rollup, knip and typescript-eslint do).
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '**/*.js', '**/*.mjs', '**/*.cjs', 'bench/out/**'] },
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Numbers and booleans in template strings are how messages are written here.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      // Non-null assertions after explicit bounds checks are idiomatic in the index-heavy graph code.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // tsconfig does not use noUncheckedIndexedAccess, so guards on array and map reads look
      // "unnecessary" to this rule while they are real: keep the guards, not the rule.
      '@typescript-eslint/no-unnecessary-condition': 'off',
    },
  },
  {
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-floating-promises': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // Tests read parsed JSON (SARIF, reports) loosely on purpose.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
);
