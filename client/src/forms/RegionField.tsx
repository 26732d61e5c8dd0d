import type { FieldProps } from '@rjsf/utils';
import type { RegionNode } from '@tongban/forms/regions';
import { isRegionDepth, DEFAULT_REGION_DEPTH } from '@tongban/forms/designer';
import { Cascader, Flex, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isRegionValue, regionCodePath, regionFromCodePath, regionText } from './region-value';

/**
 * `ui:field: region`: a 省/市/区县 picker (`ui:options.depth`) over the GB/T
 * 2260 divisions, storing `{ code, names }`. The division table is some 200 KB:
 * it is loaded only when a form shows the picker to someone filling it in; a
 * read-only view shows the stored names and loads nothing.
 */
export function RegionField(props: FieldProps) {
  const { t } = useTranslation();
  const options = (props.uiSchema?.['ui:options'] ?? {}) as { depth?: unknown };
  const depth = isRegionDepth(options.depth) ? options.depth : DEFAULT_REGION_DEPTH;
  const editable = !props.readonly && !props.disabled;
  const [tree, setTree] = useState<RegionNode[] | undefined>(undefined);

  useEffect(() => {
    if (!editable) return;
    let current = true;
    void import('@tongban/forms/regions').then((regions) => {
      if (current) setTree(regions.regionTree(depth));
    });
    return () => {
      current = false;
    };
  }, [editable, depth]);

  const title = props.schema.title ? (
    <Typography.Text>
      {props.required ? <Typography.Text type="danger">* </Typography.Text> : null}
      {props.schema.title}
    </Typography.Text>
  ) : null;

  // rjsf fills an untouched object with `{}`: its missing code and names are one thing to fix, said once by the
  // field's title. They are the last check's errors: once a place is chosen they no longer hold.
  const incomplete =
    !isRegionValue(props.formData) &&
    ['code', 'names'].some((part) => (props.errorSchema?.[part]?.__errors?.length ?? 0) > 0);

  if (!editable)
    return (
      <Flex vertical gap={4} id={props.fieldPathId.$id} data-testid="region-value">
        {title}
        <Typography.Text type={props.formData ? undefined : 'secondary'}>
          {regionText(props.formData) || t('region.none')}
        </Typography.Text>
      </Flex>
    );

  return (
    <Flex vertical gap={4} style={{ width: '100%' }}>
      {title}
      <Cascader<RegionNode>
        status={incomplete ? 'error' : undefined}
        id={props.fieldPathId.$id}
        aria-label={typeof props.schema.title === 'string' ? props.schema.title : t('region.label')}
        loading={!tree}
        options={tree ?? []}
        fieldNames={{ value: 'code', label: 'name', children: 'children' }}
        value={tree ? regionCodePath(tree, props.formData) : []}
        placeholder={(props.uiSchema?.['ui:placeholder'] as string | undefined) || t(`region.placeholder.${depth}`)}
        showSearch
        style={{ width: '100%' }}
        displayRender={(labels) => labels.join(' / ')}
        onChange={(codes) =>
          props.onChange(
            tree && codes ? regionFromCodePath(tree, codes as string[]) : undefined,
            props.fieldPathId.path,
          )
        }
      />
      {incomplete ? (
        <Typography.Text type="danger">
          {t('region.incomplete', { title: props.schema.title ?? t('region.label') })}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}
