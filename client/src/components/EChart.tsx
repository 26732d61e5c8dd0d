import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Only the charts and parts the dashboards draw, so the chunk stays small.
echarts.use([BarChart, PieChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

/** What a click on a chart's item (a slice, a bar) says: its series and position, and the data item. */
export interface ChartItemClick {
  seriesIndex?: number;
  dataIndex: number;
  data?: unknown;
}

/**
 * An ECharts chart that follows its container's width; `label` names it for screen readers.
 * `onItemClick`: a click on a slice or a bar (the dashboard opens the requests it counts).
 */
export function EChart({
  option,
  height = 280,
  label,
  onItemClick,
}: {
  option: echarts.EChartsCoreOption;
  height?: number;
  label: string;
  onItemClick?: (item: ChartItemClick) => void;
}) {
  const clicked = useRef(onItemClick);
  clicked.current = onItemClick;
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    if (!element.current) return undefined;
    chart.current = echarts.init(element.current, undefined, { renderer: 'canvas' });
    chart.current.on('click', (item) => clicked.current?.(item as ChartItemClick));
    const observer = new ResizeObserver(() => chart.current?.resize());
    observer.observe(element.current);
    return () => {
      observer.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, true);
  }, [option]);

  return (
    <div
      ref={element}
      role="img"
      aria-label={label}
      style={{ width: '100%', height, cursor: onItemClick ? 'pointer' : undefined }}
    />
  );
}
