import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { createMyCalendarFeed, getMyCalendarFeed, revokeMyCalendarFeed } from '../../api';
import { CopyButton } from '../../components/CopyButton';
import { InlineError } from '../../components/ErrorAlert';
import { queryKeys } from '../../lib/query_keys';
import { formatDateTime } from '../../lib/format';

/**
 * "Subscribe to my calendar": a private feed URL of all the person's meetings for Google
 * Calendar, Outlook or Apple Calendar. The URL is shown once, when made (the server keeps only a
 * hash); making a new one stops the old one; revoking stops it.
 */
export function CalendarFeedSection() {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const key = queryKeys.calendarFeed();
  const feed = useQuery({ queryKey: key, queryFn: getMyCalendarFeed });
  const [url, setUrl] = useState('');
  const create = useMutation({
    mutationFn: createMyCalendarFeed,
    onSuccess: (made) => {
      setUrl(made.url);
      void client.invalidateQueries({ queryKey: key });
    },
  });
  const revoke = useMutation({
    mutationFn: revokeMyCalendarFeed,
    onSuccess: () => {
      setUrl('');
      void client.invalidateQueries({ queryKey: key });
    },
  });
  const active = feed.data?.active ?? false;
  return (
    <section className="card" aria-labelledby="calendar-feed-title">
      <h2 id="calendar-feed-title" className="section-title">
        {t('calendarFeed.title')}
      </h2>
      <p>{t('calendarFeed.lead')}</p>
      {url && (
        <div className="field">
          <label className="field__label" htmlFor="calendar-feed-url">
            {t('calendarFeed.urlLabel')}
          </label>
          <input id="calendar-feed-url" className="input" readOnly value={url} onFocus={(e) => e.target.select()} />
          <p className="field__description">{t('calendarFeed.urlHelp')}</p>
          <div className="meeting-actions">
            <CopyButton text={url} fallbackInputId="calendar-feed-url" />
          </div>
        </div>
      )}
      {!url && active && feed.data?.created_at && (
        <p role="status">{t('calendarFeed.active', { when: formatDateTime(feed.data.created_at, i18n.language) })}</p>
      )}
      {!url && !active && feed.isSuccess && <p className="muted">{t('calendarFeed.none')}</p>}
      <InlineError error={feed.error ?? create.error ?? revoke.error} />
      <div className="meeting-actions">
        <Button className="button button--primary" isDisabled={create.isPending} onPress={() => create.mutate()}>
          {active ? t('calendarFeed.rotate') : t('calendarFeed.create')}
        </Button>
        {active && (
          <Button className="button button--danger" isDisabled={revoke.isPending} onPress={() => revoke.mutate()}>
            {t('calendarFeed.revoke')}
          </Button>
        )}
      </div>
    </section>
  );
}
