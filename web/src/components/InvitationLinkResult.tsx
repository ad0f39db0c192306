import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useMailMode } from '../features/outbox/use_mail_status';
import { absoluteLink } from '../lib/absolute_link';
import { CopyButton } from './CopyButton';

/** The link from POST …/invitations; the hint says whether it was also emailed. */
export function InvitationLinkResult({ email, link }: { email: string; link: string }) {
  const { t } = useTranslation();
  const inputId = useId();
  const hintId = useId();
  const url = absoluteLink(link);
  const mailMode = useMailMode();
  return (
    <div className="alert alert--success invitation-result" role="status">
      <p className="alert__title">{t('invite.created', { email })}</p>
      <label className="field__label" htmlFor={inputId}>
        {t('invite.linkLabel')}
      </label>
      <div className="input-with-action">
        <input
          id={inputId}
          className="input"
          readOnly
          value={url}
          aria-describedby={hintId}
          data-testid="invitation-link"
          onFocus={(e) => e.currentTarget.select()}
        />
        <CopyButton text={url} fallbackInputId={inputId} />
      </div>
      <p id={hintId} className="field__description">
        {mailMode === 'smtp' ? t('invite.linkHintSmtp', { email }) : t('invite.linkHintDev')}
      </p>
    </div>
  );
}
