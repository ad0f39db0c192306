import { useNavigate } from 'react-router';
import { Button, Dialog, DialogTrigger, Heading, Popover } from 'react-aria-components';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Notification } from '../api_types';
import { listNotifications, markNotificationRead } from '../api';
import { formatDateTime } from '../lib/format';
import { NOTIFICATIONS_PAGE } from '../lib/limits';
import { queryKeys } from '../lib/query_keys';
import { usePagedList } from '../lib/use_paged_list';
import { notificationText } from '../features/notifications/notification_text';
import { ListFooter } from './ListFooter';

/**
 * The bell in the header: unread count (of the loaded pages, newest first); opening the list marks
 * what it shows as read.
 */
export function NotificationsMenu() {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const navigate = useNavigate();
  const list = usePagedList({
    queryKey: queryKeys.notifications(),
    load: listNotifications,
    limit: NOTIFICATIONS_PAGE,
    refetchInterval: 60_000,
  });
  const items = list.items;
  const unread = items.filter((n) => !n.read);

  const markRead = async (list: Notification[]) => {
    if (list.length === 0) return;
    await Promise.allSettled(list.map((n) => markNotificationRead(n.id)));
    void client.invalidateQueries({ queryKey: queryKeys.notifications() });
  };

  return (
    <DialogTrigger
      onOpenChange={(open) => {
        // Read once seen: mark on close, so the list still shows which ones were new.
        if (!open) void markRead(unread);
      }}
    >
      <Button
        className="button button--ghost button--small bell"
        aria-label={
          unread.length > 0 ? t('notifications.openUnread', { count: unread.length }) : t('notifications.open')
        }
      >
        <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false" className="bell__icon">
          <path
            d="M10 2.5a5 5 0 0 0-5 5v3l-1.5 3h13L15 10.5v-3a5 5 0 0 0-5-5zM8 16a2 2 0 0 0 4 0"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.7"
            strokeLinejoin="round"
          />
        </svg>
        {unread.length > 0 && (
          <span className="count-badge" aria-hidden="true">
            {unread.length > 99 ? '99+' : unread.length}
          </span>
        )}
      </Button>
      <Popover className="popover notifications" placement="bottom end">
        <Dialog className="notifications__dialog" aria-labelledby="notifications-title">
          {({ close }) => (
            <>
              <Heading id="notifications-title" className="notifications__title" level={2}>
                {t('notifications.title')}
              </Heading>
              {list.isError ? (
                <p className="muted">{t('errors.loadTitle')}</p>
              ) : items.length === 0 ? (
                <p className="muted">{t('notifications.empty')}</p>
              ) : (
                <>
                  <ul className="notifications__list">
                    {items.map((n) => (
                      <li key={n.id}>
                        <button
                          type="button"
                          className={`notifications__item ${n.read ? '' : 'is-unread'}`}
                          onClick={() => {
                            void markRead(n.read ? [] : [n]);
                            close();
                            if (n.link) void navigate(n.link);
                          }}
                        >
                          <span className="notifications__text">
                            {!n.read && <span className="visually-hidden">{t('notifications.unread')} </span>}
                            {notificationText(n, t)}
                          </span>
                          <span className="notifications__date">{formatDateTime(n.created_at, i18n.language)}</span>
                        </button>
                      </li>
                    ))}
                  </ul>
                  <ListFooter list={list} />
                </>
              )}
            </>
          )}
        </Dialog>
      </Popover>
    </DialogTrigger>
  );
}
