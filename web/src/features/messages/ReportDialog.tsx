import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { reportInThread, type Message } from '../../api';
import type { Relationship } from '../../api_types';
import { FormDialog } from '../../components/FormDialog';
import { SelectField } from '../../components/fields/SelectField';
import { TextInputField } from '../../components/fields/TextInputField';

export const REPORT_REASONS = ['inappropriate', 'contact_outside', 'harassment', 'unsafe', 'spam', 'other'] as const;
type Reason = (typeof REPORT_REASONS)[number];

/** Report a message of the thread, or (without `message`) a concern about the match. */
export function ReportDialog({ relationship: r, message }: { relationship: Relationship; message?: Message }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState<Reason>('inappropriate');
  const [text, setText] = useState('');
  const report = useMutation({
    mutationFn: () =>
      reportInThread(r.organisation_id, r.id, {
        kind: message ? 'message' : 'concern',
        ...(message ? { message_id: message.id } : {}),
        reason,
        text,
      }),
  });
  return (
    <FormDialog
      opener={{
        label: message ? t('messages.report') : t('messages.reportConcern'),
        accessibleLabel: message ? t('messages.reportNamed', { time: message.created_at }) : undefined,
        tone: 'secondary',
        size: 'small',
      }}
      title={message ? t('messages.reportTitle') : t('messages.reportConcernTitle')}
      description={t('messages.reportHelp')}
      submitLabel={t('messages.sendReport')}
      submission={report}
      done={{ title: t('messages.reportSent'), message: t('messages.reportSentHelp') }}
      onSubmit={() => report.mutate()}
      onClosed={() => {
        setReason('inappropriate');
        setText('');
      }}
    >
      <SelectField
        label={t('messages.reason')}
        value={reason}
        onChange={(v) => setReason(v as Reason)}
        options={REPORT_REASONS.map((value) => ({ value, label: t(`messages.reasons.${value}`) }))}
      />
      <TextInputField label={t('messages.reportText')} value={text} onChange={setText} multiline rows={3} maxLength={2000} />
    </FormDialog>
  );
}
