import { Router } from 'express';
import { requireUser, signedIn } from '../auth/current-user';
import { requestLanguage } from '../http/language';
import { notificationListQuery, notificationParams } from '../http/notification-schemas';
import { parseInput } from '../http/parse-input';
import { parseParams } from '../http/route-params';
import { listNotifications, markAllNotificationsRead, markNotificationRead, unreadCount } from './notifications';

/** `/notifications`: each person's in-app notifications (站内通知). */
export function notificationRoutes(): Router {
  const router = Router();
  router.use(requireUser);

  router.get('/', async (req, res) => {
    const query = parseInput(notificationListQuery, req.query, req);
    res.json(await listNotifications(signedIn(req).user, query, requestLanguage(req)));
  });

  router.get('/unread-count', async (req, res) => {
    res.json({ unread: await unreadCount(signedIn(req).user) });
  });

  router.post('/read-all', async (req, res) => {
    res.json(await markAllNotificationsRead(signedIn(req).user));
  });

  router.post('/:id/read', async (req, res) => {
    const { id } = parseParams(notificationParams, req.params, 'NOTIFICATION_NOT_FOUND');
    await markNotificationRead(signedIn(req).user, id);
    res.status(204).end();
  });

  return router;
}
