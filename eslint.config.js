import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'lib/**', 'node_modules/**', 'coverage/**', 'tests/fixtures/**/dist/**', 'demo/dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    // The engine runs the same everywhere: no DOM, no browser API, no Node API.
    files: ['src/engine/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['node:*', 'fs', 'path', 'webextension-polyfill', 'preact', 'preact/*'], message: 'The engine is pure: no Node, DOM or browser imports.' }] }],
      'no-restricted-globals': ['error', 'window', 'document', 'chrome', 'browser', 'navigator', 'process', 'localStorage', 'fetch'],
    },
  },
  {
    // Pack and page text is untrusted: it is rendered as text, never parsed as HTML. This also keeps
    // Preact's innerHTML path dead code, which scripts/lint-firefox.mjs allows for that reason.
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text, never HTML.' },
        { selector: "AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]", message: 'Set textContent, never HTML.' },
        { selector: "CallExpression[callee.property.name=/^(insertAdjacentHTML|createContextualFragment|setHTMLUnsafe|parseHTMLUnsafe)$/]", message: 'Build nodes, never parse HTML.' },
      ],
    },
  },
  {
    files: ['src/extension/**/*.{ts,tsx}', 'tests/fixtures/**/*.{ts,tsx,js}', 'demo/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, chrome: 'readonly' } },
  },
);
