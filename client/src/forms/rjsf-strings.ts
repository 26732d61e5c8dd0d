import { englishStringTranslator, replaceStringParameters, TranslatableString } from '@rjsf/utils';
import type { Language } from '../i18n/language';

/**
 * The words react-jsonschema-form draws itself (array buttons, yes/no of a
 * boolean, date picker labels), in Chinese: without them a zh-CN form shows
 * “Remove”, “Add Item” and “Yes / No” to people who read no English. A string
 * not listed stays English, as rjsf ships it.
 */
const ZH: Partial<Record<TranslatableString, string>> = {
  [TranslatableString.ArrayItemTitle]: '项',
  [TranslatableString.MissingItems]: '缺少数组项定义',
  [TranslatableString.EmptyArray]: '暂无内容，请点击下方按钮添加',
  [TranslatableString.YesLabel]: '是',
  [TranslatableString.NoLabel]: '否',
  [TranslatableString.CloseLabel]: '关闭',
  [TranslatableString.ErrorsLabel]: '错误',
  [TranslatableString.NewStringDefault]: '新值',
  [TranslatableString.AddButton]: '添加',
  [TranslatableString.AddItemButton]: '添加一项',
  [TranslatableString.CopyButton]: '复制',
  [TranslatableString.MoveDownButton]: '下移',
  [TranslatableString.MoveUpButton]: '上移',
  [TranslatableString.RemoveButton]: '删除',
  [TranslatableString.NowLabel]: '现在',
  [TranslatableString.ClearLabel]: '清除',
  [TranslatableString.AriaDateLabel]: '选择日期',
  [TranslatableString.PreviewLabel]: '预览',
  [TranslatableString.DecrementAriaLabel]: '减 1',
  [TranslatableString.IncrementAriaLabel]: '加 1',
  [TranslatableString.OptionalObjectAdd]: '填写此项',
  [TranslatableString.OptionalObjectRemove]: '清空此项',
  [TranslatableString.OptionalObjectEmptyMsg]: '此项未填写',
  [TranslatableString.ClearButton]: '清空输入',
  [TranslatableString.OptionPrefix]: '选项 %1',
  [TranslatableString.TitleOptionPrefix]: '%1 选项 %2',
};

function chineseStringTranslator(string: TranslatableString, params?: string[]): string {
  return replaceStringParameters(ZH[string] ?? string, params);
}

/** rjsf's `translateString` for the UI language. */
export function rjsfTranslateString(language: Language): (string: TranslatableString, params?: string[]) => string {
  return language === 'en' ? englishStringTranslator : chineseStringTranslator;
}
