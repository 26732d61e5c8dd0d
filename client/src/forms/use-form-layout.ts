import { Grid } from 'antd';

/**
 * The antd theme's layout options (rjsf `formContext`): two columns of short
 * fields on wide screens, long text across; one column on phones.
 */
export function useFormLayout() {
  const screens = Grid.useBreakpoint();
  const wide = screens.md ?? true;
  return {
    // A custom field is looked up by its `ui:field` name before its type: the 省/市/区县 picker is one short field.
    colSpan: wide
      ? { string: 12, number: 12, integer: 12, boolean: 24, textarea: 24, object: 24, array: 24, region: 12 }
      : 24,
    rowGutter: 24,
  };
}
