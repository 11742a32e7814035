import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

export default tseslint.config(
  // .react-size-*/: the apps scripts/react-size.js writes, which npm test may build while lint runs (TEST_JOBS).
  {
    ignores: [
      'dist/',
      'cdn/',
      'site/',
      'node_modules/',
      'custom-elements.json',
      'bench/results/',
      'test-screenshots/',
      '.test-results/',
      '.tmp/',
      '.react-size-*/',
    ],
  },
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/best-practice'],
  {
    settings: { wc: { elementBaseClasses: ['LitElement', 'SupportElement'] } },
    rules: {
      // Every element extends LitElement, which implements all lifecycle callbacks.
      'wc/guard-super-call': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name='innerHTML']", message: 'Never parse text as HTML: build nodes or use Lit templates.' },
        { selector: "MemberExpression[property.name='outerHTML']", message: 'Never parse text as HTML.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Never parse text as HTML.' },
        { selector: "ImportSpecifier[imported.name='unsafeHTML']", message: 'unsafeHTML is not allowed: render text or the safe format.' },
        { selector: "ImportSpecifier[imported.name='styleMap']", message: 'styleMap writes inline styles, which break a strict CSP.' },
        // The browser reads an options dictionary through the prototype chain: a polluted Object.prototype would
        // add members to a plain `{ … }` (issue 13, F3). Requests go through request(), options through dict().
        { selector: "CallExpression[callee.name='fetch']", message: 'Use request() from internal/dict.ts: its init has no prototype.' },
        {
          selector:
            ":matches(NewExpression[callee.object.name='Intl'], NewExpression[callee.name=/^(Blob|File|Event|CustomEvent|Request|Headers|Response)$/], CallExpression[callee.name='structuredClone'], CallExpression[callee.property.name=/^(addEventListener|removeEventListener|scrollIntoView|scrollTo|scrollBy|focus|attachShadow|observe|animate|postMessage|toLocaleString|toLocaleDateString|toLocaleTimeString|localeCompare)$/], CallExpression[callee.type='Super'], VariableDeclarator[id.typeAnnotation.typeAnnotation.typeName.name=/(Init|Options)$/]) > :matches(ObjectExpression, ConditionalExpression, LogicalExpression)",
          message: 'Options the browser reads through the prototype chain: build them with dict() from internal/dict.ts.',
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts', 'test/**/*.js', 'scripts/**/*.js', 'bench/**/*.js', '*.config.js'],
    rules: {
      'no-restricted-syntax': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
      'wc/no-constructor-attributes': 'off',
    },
  },
);
