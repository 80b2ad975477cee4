import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateStyles, markers } from '../scripts/styles/theme.mjs';
import { expectGeneratedFile } from './support/generated';

const path = join(process.cwd(), 'src/styles.css');

describe('src/styles.css and its table (scripts/styles/theme.mjs)', () => {
  it('holds the palette and icons the table generates (UPDATE_STYLES=1 rewrites them)', () => {
    expectGeneratedFile(path, generateStyles(readFileSync(path, 'utf8')), 'UPDATE_STYLES');
  });

  it('has no colour or image outside the generated block, so the table is the only source', () => {
    const css = readFileSync(path, 'utf8');
    const outside = css.slice(0, css.indexOf(markers.begin)) + css.slice(css.indexOf(markers.end));
    expect(outside.match(/#[0-9a-f]{3,8}\b|rgba?\(|hsla?\(|url\(/gi) ?? []).toEqual([]);
  });

  it('refuses to generate without its markers, once each', () => {
    expect(() => generateStyles('a {}')).toThrow(/generated:begin palette/);
    const twice = `${markers.begin}\n${markers.end}\n${markers.begin}\n${markers.end}\n`;
    expect(() => generateStyles(twice)).toThrow(/once/);
    expect(generateStyles(`x\n${markers.begin}\nold\n${markers.end}\ny`)).toMatch(
      /^x\n\/\* generated:begin palette[^\n]*\n\/\* Light[\s\S]*\n\}\n\/\* generated:end palette \*\/\ny$/,
    );
  });
});
