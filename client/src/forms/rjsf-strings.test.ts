import { TranslatableString } from '@rjsf/utils';
import { rjsfTranslateString } from './rjsf-strings';

describe('rjsfTranslateString', () => {
  it('names the array buttons and a boolean’s choices in Chinese', () => {
    const zh = rjsfTranslateString('zh-CN');
    expect(zh(TranslatableString.RemoveButton)).toBe('删除');
    expect(zh(TranslatableString.AddItemButton)).toBe('添加一项');
    expect([zh(TranslatableString.YesLabel), zh(TranslatableString.NoLabel)]).toEqual(['是', '否']);
  });

  it('fills in the parameters', () => {
    expect(rjsfTranslateString('zh-CN')(TranslatableString.OptionPrefix, ['2'])).toBe('选项 2');
  });

  it('keeps rjsf’s own English, and English for a string it does not know', () => {
    expect(rjsfTranslateString('en')(TranslatableString.RemoveButton)).toBe('Remove');
    expect(rjsfTranslateString('zh-CN')(TranslatableString.UnsupportedField)).toBe('Unsupported field schema.');
  });
});
