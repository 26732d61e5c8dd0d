import { DEFAULT_REGION_DEPTH, REGION_DEPTHS, type RegionDepth } from '@tongban/forms/designer';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';

/** How far down a 省/市/区县 field asks: the province, the city or the county. */
export function RegionDepthSelect(props: {
  id: string;
  value: RegionDepth | undefined;
  onChange(depth: RegionDepth): void;
}) {
  const { t } = useTranslation();
  return (
    <Select
      id={props.id}
      value={props.value ?? DEFAULT_REGION_DEPTH}
      options={REGION_DEPTHS.map((depth) => ({ value: depth, label: t(`designer.prop.regionDepths.${depth}`) }))}
      onChange={props.onChange}
    />
  );
}
