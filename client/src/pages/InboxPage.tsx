import { Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { InboxView } from '../api/tasks';
import { PageHeader } from '../components/PageHeader';
import { TaskTable } from '../components/TaskTable';

/** 我的待办: tabs 待办 / 已办; the tab is in the URL so back and reload keep it. */
export default function InboxPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const view: InboxView = params.get('tab') === 'done' ? 'done' : 'open';

  return (
    <>
      <PageHeader title={t('inbox.title')} subtitle={t('inbox.subtitle')} />
      <Card styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          activeKey={view}
          onChange={(key) => setParams(key === 'done' ? { tab: 'done' } : {}, { replace: true })}
          items={[
            { key: 'open', label: t('inbox.open'), children: <TaskTable view="open" /> },
            { key: 'done', label: t('inbox.done'), children: <TaskTable view="done" /> },
          ]}
          destroyOnHidden
        />
      </Card>
    </>
  );
}
