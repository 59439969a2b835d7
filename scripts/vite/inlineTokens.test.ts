import { tokens } from '@fluentui/react-components';
import { describe, expect, it } from 'vitest';
import { fluentTokenValues, inlineTokenReads } from './inlineTokens.ts';

const values = fluentTokenValues();
const STYLE_FILE = '/app/node_modules/@fluentui/react-badge/lib/components/Badge/useBadgeStyles.styles.js';

describe('fluentTokenValues', () => {
  it('holds every token of the object the app imports, with its value', () => {
    expect(Object.fromEntries(values)).toEqual(tokens);
    expect(values.get('colorNeutralForeground1')).toBe('var(--colorNeutralForeground1)');
  });
});

describe('inlineTokenReads', () => {
  it('replaces each read of a token by its value', () => {
    const code = [
      'import { tokens, typographyStyles } from "@fluentui/react-theme";',
      'const textPadding = tokens.spacingHorizontalXXS;',
      'const moz = `calc(${tokens.strokeWidthThin} + 0.25px)`;',
    ].join('\n');
    expect(inlineTokenReads(code, STYLE_FILE, values)).toBe(
      [
        'import { tokens, typographyStyles } from "@fluentui/react-theme";',
        'const textPadding = "var(--spacingHorizontalXXS)";',
        'const moz = `calc(${"var(--strokeWidthThin)"} + 0.25px)`;',
      ].join('\n'),
    );
  });

  it('follows a renamed import, and the tokens package importing its own file', () => {
    expect(
      inlineTokenReads(
        'import { tokens as t } from "@fluentui/react-components";\nexport const a = t.fontWeightSemibold;',
        '/app/src/a.tsx',
        values,
      ),
    ).toBe(
      'import { tokens as t } from "@fluentui/react-components";\nexport const a = "var(--fontWeightSemibold)";',
    );
    expect(
      inlineTokenReads(
        "import { tokens } from '../tokens';\nexport const b = { fontFamily: tokens.fontFamilyBase };",
        '/app/node_modules/@fluentui/tokens/lib/global/typographyStyles.js',
        values,
      ),
    ).toBe(
      'import { tokens } from \'../tokens\';\nexport const b = { fontFamily: "var(--fontFamilyBase)" };',
    );
  });

  it('leaves a module alone when it uses the name tokens in any other way', () => {
    const cases = [
      'import { tokens } from "@fluentui/react-theme";\nexport const all = tokens;\nconst a = tokens.colorNeutralForeground1;',
      'import { tokens } from "@fluentui/react-theme";\nconst a = tokens["colorNeutralForeground1"];',
      'import { tokens } from "@fluentui/react-theme";\nfunction f(tokens) { return tokens.colorNeutralForeground1; }',
      'import { tokens } from "@fluentui/react-theme";\nconst a = tokens.notAToken;',
      'import { tokens } from "@fluentui/react-theme";\ntokens.colorNeutralForeground1 = "red";',
      'import { tokens } from "@fluentui/react-theme";\nexport { tokens };\nconst a = tokens.colorNeutralForeground1;',
    ];
    for (const code of cases) expect(inlineTokenReads(code, STYLE_FILE, values)).toBeUndefined();
  });

  it('leaves other objects called tokens alone', () => {
    expect(
      inlineTokenReads(
        'import { tokens } from "./lexer";\nconst a = tokens.colorNeutralForeground1;',
        '/app/src/a.ts',
        values,
      ),
    ).toBeUndefined();
    expect(
      inlineTokenReads(
        'const tokens = lex();\nconst a = tokens.colorNeutralForeground1;',
        '/app/src/a.ts',
        values,
      ),
    ).toBeUndefined();
  });

  it('keeps names that are only property keys', () => {
    expect(
      inlineTokenReads(
        'import { tokens } from "@fluentui/react-theme";\nconst a = { tokens: 1, b: x.tokens, c: tokens.spacingVerticalM };',
        STYLE_FILE,
        values,
      ),
    ).toBe(
      'import { tokens } from "@fluentui/react-theme";\nconst a = { tokens: 1, b: x.tokens, c: "var(--spacingVerticalM)" };',
    );
  });
});
