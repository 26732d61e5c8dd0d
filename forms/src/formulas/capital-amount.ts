import Big from 'big.js';
import { FormulaError } from './formula-error';

const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const PLACES = ['', '拾', '佰', '仟'];
/** Units of each group of four digits, from the right: 元 group, 万, 亿, then 万 again (万亿). */
const GROUPS = ['', '万', '亿', '万'];
/** 9999,9999,9999,9999.99: the largest amount the four groups can write. */
const LARGEST = new Big('9999999999999999.99');

/**
 * An amount in yuan written in Chinese capital numerals (金额大写), as
 * cheques, contracts and vouchers require it (中国人民银行《正确填写票据和
 * 结算凭证的基本规定》): rounded half up to the fen first; 壹拾 for a leading
 * ten; one 零 for a run of zeros between digits and for a group of four
 * that starts with zeros (壹万零伍元整, 壹亿零壹万元整); 零 between 元 and
 * 分 when there are no jiao (壹元零伍分); 整 after 元 or 角 when there are no
 * fen (壹拾元整, 伍角整); 零元整 for nothing; 负 before a negative amount.
 *
 * @throws FormulaError `FORMULA_OUT_OF_RANGE` beyond 万亿 (16 integer digits)
 */
export function amountInCapitals(amount: Big): string {
  const fen = amount.abs().round(2, Big.roundHalfUp);
  if (fen.gt(LARGEST))
    throw new FormulaError(
      'FORMULA_OUT_OF_RANGE',
      '金额过大，无法写成大写（不超过一万亿）',
      'the amount is too large to write in capitals (under 10 quadrillion)',
    );
  const [whole = '0', fraction = ''] = fen.toFixed(2).split('.');
  const jiao = Number(fraction[0] ?? '0');
  const cents = Number(fraction[1] ?? '0');
  const yuan = wholeYuan(whole);
  const sign = amount.lt(0) && !fen.eq(0) ? '负' : '';

  if (jiao === 0 && cents === 0) return `${sign}${yuan || '零'}元整`;
  const head = yuan ? `${yuan}元` : '';
  if (cents === 0) return `${sign}${head}${DIGITS[jiao]}角整`;
  if (jiao === 0) return `${sign}${head ? `${head}零` : ''}${DIGITS[cents]}分`;
  return `${sign}${head}${DIGITS[jiao]}角${DIGITS[cents]}分`;
}

/** The integer part in capitals, without 元; empty for zero. */
function wholeYuan(digits: string): string {
  let written = '';
  let zeroPending = false;
  const length = digits.length;
  for (let index = 0; index < length; index++) {
    const digit = Number(digits[index]);
    const position = length - 1 - index;
    if (digit === 0) {
      if (written) zeroPending = true;
    } else {
      if (zeroPending) written += '零';
      zeroPending = false;
      written += DIGITS[digit]! + PLACES[position % 4]!;
    }
    if (position % 4 === 0 && position > 0) {
      const group = digits.slice(Math.max(0, index - 3), index + 1);
      // 壹万亿元: the 亿 still follows a 万 above it when its own four digits are zeros.
      const higherYi = position === 8 && /[1-9]/.test(digits.slice(0, Math.max(0, index - 3)));
      if (/[1-9]/.test(group) || higherYi) written += GROUPS[position / 4]!;
    }
  }
  return written;
}
