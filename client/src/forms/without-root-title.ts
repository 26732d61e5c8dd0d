import type { RJSFSchema, UiSchema } from '@rjsf/utils';

/**
 * The uiSchema with the form's own title hidden: pages show that title as
 * their card heading, where antd's layout expects it, instead of the theme's
 * right-aligned legend.
 */
export function withoutRootTitle(uiSchema: UiSchema | undefined): UiSchema {
  return { ...uiSchema, 'ui:title': '' };
}

/** The form's title (`续贷协调申请表`), if it has one. */
export function formTitle(schema: RJSFSchema): string | undefined {
  return typeof schema.title === 'string' && schema.title ? schema.title : undefined;
}
