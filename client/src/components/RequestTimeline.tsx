import { Empty, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RequestStep, TimelineEntry } from '../api/types';
import { formatDateTime } from '../lib/format-date-time';
import { timelineColour } from '../lib/status-colours';
import { timelineLabel } from '../lib/timeline-label';

/** 办理记录: who did what at which step, when, and what they said. Oldest first, like a case file. */
export function RequestTimeline({
  entries,
  steps = [],
}: {
  entries: readonly TimelineEntry[];
  steps?: readonly RequestStep[];
}) {
  const { t } = useTranslation();
  if (entries.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('detail.noTimeline')} />;
  const label = (entry: TimelineEntry) => {
    const { key, values } = timelineLabel(entry, steps);
    return t(key, { ...values, defaultValue: entry.action });
  };
  const items = entries.map((entry, index) => ({
    key: entry.seq ?? index,
    color: timelineColour(entry.action),
    content: (
      <div data-testid="timeline-entry">
        <Typography.Text strong>{label(entry)}</Typography.Text>
        {entry.stepName ? <Typography.Text type="secondary"> · {entry.stepName}</Typography.Text> : null}
        {entry.internal && entry.comment ? (
          <Tag color="orange" style={{ marginInlineStart: 8 }}>
            {t('detail.internalOpinion')}
          </Tag>
        ) : null}
        <div>
          <Typography.Text>
            {entry.actor
              ? t('detail.actor', { name: entry.actor.displayName, org: entry.actor.orgName })
              : t('detail.system')}
          </Typography.Text>
        </div>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
        </Typography.Text>
        {entry.comment ? (
          <Typography.Paragraph
            style={{
              margin: '6px 0 0',
              padding: '6px 10px',
              background: 'rgba(0,0,0,0.03)',
              borderRadius: 6,
              whiteSpace: 'pre-wrap',
            }}
          >
            {entry.comment}
          </Typography.Paragraph>
        ) : null}
      </div>
    ),
  }));
  return <Timeline items={items} />;
}
