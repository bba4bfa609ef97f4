// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

/** no-restricted-imports patterns that enforce the layer rules of ARCHITECTURE.md. */
const layer = (message, ...regexes) => regexes.map((regex) => ({ regex, message }));

const NOT_CORE = layer(
  'src/core is pure: it imports only src/core (no I/O, fastify, drizzle, react or process.env).',
  '(^|/)(shared|db|services|api|cli|web)(/|$)',
  '^(fastify|@fastify/|drizzle-orm|react|pg$|@electric-sql/|node:(fs|net|http|https|child_process)|fs$|zod)',
);
const NOT_SHARED = layer(
  'src/shared imports only src/core, zod and the i18n formatter.',
  '(^|/)(db|services|api|cli|web)(/|$)',
  '^(fastify|@fastify/|drizzle-orm|react|pg$|@electric-sql/|node:)',
);
const NOT_WEB = layer(
  'src/web never imports the server side (api, services, db, cli).',
  '(^|/)(api|services|db|cli)(/|$)',
  '^(fastify|@fastify/|drizzle-orm|pg$|@electric-sql/|node:)',
);
const NOT_FEATURE_TO_FEATURE = layer(
  'One web feature never imports another: share through src/web/components or src/web/lib.',
  '^\\.\\./(?!\\.)[^/]+/',
);
const NOT_SERVER_TO_UI = layer(
  'The server side never imports the web app or the CLI.',
  '(^|/)(web|cli)(/|$)',
);
const NOT_DB_UP = layer(
  'src/db never imports services, api, cli or web.',
  '(^|/)(services|api|cli|web)(/|$)',
);

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'data', 'drizzle', 'coverage', '.test-data'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: NOT_CORE }],
      'no-restricted-globals': ['error', 'process'],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: NOT_SHARED }] },
  },
  {
    files: ['src/db/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: NOT_DB_UP }] },
  },
  {
    files: ['src/services/**/*.ts', 'src/api/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: NOT_SERVER_TO_UI }] },
  },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: NOT_WEB }],
    },
  },
  {
    files: ['src/web/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...NOT_WEB, ...NOT_FEATURE_TO_FEATURE] }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/api/config.ts', 'src/**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: 'Read configuration through src/api/config.ts only.',
        },
      ],
    },
  },
);
