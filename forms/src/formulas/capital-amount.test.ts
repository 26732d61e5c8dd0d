import Big from 'big.js';
import { amountInCapitals } from './capital-amount';
import { FormulaError } from './formula-error';

const capitals = (amount: string) => amountInCapitals(new Big(amount));

describe('amountInCapitals (金额大写)', () => {
  it.each([
    ['123456.78', '壹拾贰万叁仟肆佰伍拾陆元柒角捌分'],
    ['10005', '壹万零伍元整'],
    ['0', '零元整'],
    ['0.00', '零元整'],
    ['1', '壹元整'],
    ['10', '壹拾元整'],
    ['16', '壹拾陆元整'],
    ['100', '壹佰元整'],
    ['101', '壹佰零壹元整'],
    ['110', '壹佰壹拾元整'],
    ['1001', '壹仟零壹元整'],
    ['1010', '壹仟零壹拾元整'],
    ['120000', '壹拾贰万元整'],
    ['100000', '壹拾万元整'],
    ['1000000', '壹佰万元整'],
    ['6000000', '陆佰万元整'],
    ['1680.32', '壹仟陆佰捌拾元叁角贰分'],
    ['107000.53', '壹拾万零柒仟元伍角叁分'],
    ['16409.02', '壹万陆仟肆佰零玖元零贰分'],
    ['325.04', '叁佰贰拾伍元零肆分'],
    ['0.5', '伍角整'],
    ['0.05', '伍分'],
    ['0.15', '壹角伍分'],
    ['1.5', '壹元伍角整'],
    ['100000000', '壹亿元整'],
    ['100000001', '壹亿零壹元整'],
    ['100010000', '壹亿零壹万元整'],
    ['1000000000000', '壹万亿元整'],
    ['1234500000000', '壹万贰仟叁佰肆拾伍亿元整'],
    ['1000000010000', '壹万亿零壹万元整'],
    ['9999999999999999.99', '玖仟玖佰玖拾玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分'],
    ['-35.6', '负叁拾伍元陆角整'],
  ])('%s → %s', (amount, expected) => {
    expect(capitals(amount)).toBe(expected);
  });

  it('rounds half up to the fen first, and a negative amount that rounds to nothing has no 负', () => {
    expect(capitals('0.125')).toBe('壹角叁分');
    expect(capitals('0.994')).toBe('玖角玖分');
    expect(capitals('0.995')).toBe('壹元整');
    expect(capitals('-0.001')).toBe('零元整');
  });

  it('refuses an amount beyond 万亿', () => {
    expect(() => capitals('10000000000000000')).toThrow(FormulaError);
  });
});
