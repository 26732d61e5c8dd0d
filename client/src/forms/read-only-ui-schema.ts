import type { UiSchema } from '@rjsf/utils';
import { withoutRootTitle } from './without-root-title';

/**
 * The uiSchema for showing submitted data: the form's title hidden (the page
 * shows it) and no array buttons. rjsf still draws 添加 / 上移 / 下移 / 删除
 * on a read-only array, inviting edits that cannot happen.
 */
export function readOnlyUiSchema(uiSchema: UiSchema | undefined): UiSchema {
  return {
    ...withoutRootTitle(uiSchema),
    'ui:globalOptions': {
      ...uiSchema?.['ui:globalOptions'],
      addable: false,
      copyable: false,
      orderable: false,
      removable: false,
    },
  };
}
