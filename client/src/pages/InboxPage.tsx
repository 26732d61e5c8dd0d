import { useQuery } from '@tanstack/react-query';
import { Card, Empty, Flex, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { taskCountsQuery, type InboxView } from '../api/tasks';
import { ExportButton } from '../components/ExportButton';
import { PageHeader } from '../components/PageHeader';
import { RequestList } from '../components/RequestTable';
import { TaskTable } from '../components/TaskTable';
import { countSuffix } from '../lib/list-total';

type InboxTab = InboxView | 'started';
const TABS: readonly InboxTab[] = ['open', 'done', 'cc', 'started'];

const STARTED_BY_ME = { started: 'me' } as const;

/** 我发起: requests the user filed, e.g. at the service window for an enterprise. */
function StartedByMe() {
  const { t } = useTranslation();
  return (
    <>
      <Flex justify="flex-end" style={{ marginBottom: 12 }}>
        <ExportButton path="/requests/export.xlsx" params={{ started: 'me' }} fallbackName="requests.xlsx" />
      </Flex>
      <RequestList filters={STARTED_BY_ME} empty={<Empty description={t('inbox.emptyStarted')} />} />
    </>
  );
}

/** 我的待办: tabs 待办 / 已办 / 抄送我 / 我发起; the tab is in the URL so back and reload keep it. */
export default function InboxPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const asked = params.get('tab') as InboxTab | null;
  const view: InboxTab = asked && TABS.includes(asked) ? asked : 'open';
  // The server's counts; an inbox event on the live stream refreshes them with the lists.
  const counts = useQuery(taskCountsQuery).data;

  return (
    <>
      <PageHeader title={t('inbox.title')} subtitle={t('inbox.subtitle')} />
      <Card styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          activeKey={view}
          onChange={(key) => setParams(key === 'open' ? {} : { tab: key }, { replace: true })}
          items={[
            {
              key: 'open',
              label: `${t('inbox.open')}${countSuffix(counts?.open)}`,
              children: <TaskTable view="open" />,
            },
            {
              key: 'done',
              label: `${t('inbox.done')}${countSuffix(counts?.done)}`,
              children: <TaskTable view="done" />,
            },
            { key: 'cc', label: `${t('inbox.cc')}${countSuffix(counts?.cc)}`, children: <TaskTable view="cc" /> },
            { key: 'started', label: t('inbox.started'), children: <StartedByMe /> },
          ]}
          destroyOnHidden
        />
      </Card>
    </>
  );
}
