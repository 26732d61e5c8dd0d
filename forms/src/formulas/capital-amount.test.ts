import Big from 'big.js';
import fc from 'fast-check';
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

/** Reads 金额大写 back into fen, as a person reading a cheque would, to hold the writer to its own rules. */
function fenOf(capitals: string): bigint {
  const DIGIT = '零壹贰叁肆伍陆柒捌玖';
  const PLACE: Record<string, bigint> = { 拾: 10n, 佰: 100n, 仟: 1000n };
  let sign = 1n;
  let yi = 0n;
  let wan = 0n;
  let section = 0n;
  let digit = 0n;
  let yuan = 0n;
  let fen = 0n;
  for (const character of capitals) {
    if (character === '负') sign = -1n;
    else if (DIGIT.includes(character)) digit = BigInt(DIGIT.indexOf(character));
    else if (PLACE[character]) {
      section += digit * PLACE[character]!;
      digit = 0n;
    } else if (character === '万') {
      wan += (section + digit) * 10_000n;
      section = digit = 0n;
    } else if (character === '亿') {
      yi = (yi + wan + section + digit) * 100_000_000n;
      wan = section = digit = 0n;
    } else if (character === '元') {
      yuan = yi + wan + section + digit;
      digit = 0n;
    } else if (character === '角') {
      fen += digit * 10n;
      digit = 0n;
    } else if (character === '分') {
      fen += digit;
      digit = 0n;
    } else if (character !== '整') throw new Error(`unexpected ${character} in ${capitals}`);
  }
  return sign * (yuan * 100n + fen);
}

describe('amountInCapitals on any amount', () => {
  it('reads back as the same amount to the fen, with 整 exactly when there are no fen and 零 never doubled', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 18n) + 1n, max: 10n ** 18n - 1n }), (fen) => {
        const text = amountInCapitals(new Big(fen.toString()).div(100));
        expect(fenOf(text)).toBe(fen);
        expect(text.endsWith('整')).toBe(fen % 10n === 0n);
        if (fen !== 0n) expect(text).not.toMatch(/零零|零[元万亿角分整]|^负?零/);
      }),
      { numRuns: 2000 },
    );
  });
});
