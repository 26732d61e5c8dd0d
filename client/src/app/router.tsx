import { lazy, Suspense } from 'react';
import { createBrowserRouter } from 'react-router';
import { HomeRedirect } from '../auth/HomeRedirect';
import { RequireSession } from '../auth/RequireSession';
import { PageLoading } from '../components/PageLoading';
import { AppLayout } from '../layout/AppLayout';

// Each page is its own chunk: the login page loads without antd's table or the form renderer,
// and an applicant never downloads the inbox.
const LoginPage = lazy(() => import('../pages/LoginPage'));
const CataloguePage = lazy(() => import('../pages/CataloguePage'));
const ApplyPage = lazy(() => import('../pages/ApplyPage'));
const MyRequestsPage = lazy(() => import('../pages/MyRequestsPage'));
const RequestPage = lazy(() => import('../pages/RequestPage'));
const InboxPage = lazy(() => import('../pages/InboxPage'));
const TaskPage = lazy(() => import('../pages/TaskPage'));
const FormDesignerPage = lazy(() => import('../pages/FormDesignerPage'));
const ProcessDesignerPage = lazy(() => import('../pages/ProcessDesignerPage'));
const DashboardPage = lazy(() => import('../pages/DashboardPage'));
const RequestSearchPage = lazy(() => import('../pages/RequestSearchPage'));
const AuditPage = lazy(() => import('../pages/AuditPage'));
const RequestPrintPage = lazy(() => import('../pages/RequestPrintPage'));
const OrganisationsPage = lazy(() => import('../pages/OrganisationsPage'));
const UsersPage = lazy(() => import('../pages/UsersPage'));
const DictionariesPage = lazy(() => import('../pages/DictionariesPage'));
const SubstitutePage = lazy(() => import('../pages/SubstitutePage'));
const FormListPage = lazy(() => import('../pages/DefinitionListPage').then((m) => ({ default: m.FormListPage })));
const ProcessListPage = lazy(() => import('../pages/DefinitionListPage').then((m) => ({ default: m.ProcessListPage })));
const NotFoundPage = lazy(() => import('../pages/NotFoundPage'));

/** The client's routes; every path but /login needs a session. */
export const router = createBrowserRouter([
  {
    path: '/login',
    element: (
      <Suspense fallback={<PageLoading fullScreen />}>
        <LoginPage />
      </Suspense>
    ),
  },
  {
    // The printed 办件单 stands alone: no menu or header on the sheet.
    path: '/requests/:requestId/print',
    element: (
      <RequireSession>
        <Suspense fallback={<PageLoading fullScreen />}>
          <RequestPrintPage />
        </Suspense>
      </RequireSession>
    ),
  },
  {
    element: (
      <RequireSession>
        <AppLayout />
      </RequireSession>
    ),
    children: [
      { index: true, element: <HomeRedirect /> },
      { path: 'catalogue', element: <CataloguePage /> },
      { path: 'apply/:processKey', element: <ApplyPage /> },
      { path: 'requests', element: <MyRequestsPage /> },
      { path: 'requests/search', element: <RequestSearchPage /> },
      { path: 'requests/filed', element: <MyRequestsPage filed /> },
      { path: 'requests/:requestId', element: <RequestPage /> },
      { path: 'inbox', element: <InboxPage /> },
      { path: 'tasks/:taskId', element: <TaskPage /> },
      { path: 'dashboard', element: <DashboardPage /> },
      { path: 'audit', element: <AuditPage /> },
      { path: 'admin/organisations', element: <OrganisationsPage /> },
      { path: 'admin/users', element: <UsersPage /> },
      { path: 'settings/substitute', element: <SubstitutePage /> },
      { path: 'admin/forms', element: <FormListPage /> },
      { path: 'admin/forms/new', element: <FormDesignerPage /> },
      { path: 'admin/forms/:key/versions/:version', element: <FormDesignerPage /> },
      { path: 'admin/processes', element: <ProcessListPage /> },
      { path: 'admin/dictionaries', element: <DictionariesPage /> },
      { path: 'admin/processes/new', element: <ProcessDesignerPage /> },
      { path: 'admin/processes/:key/versions/:version', element: <ProcessDesignerPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
