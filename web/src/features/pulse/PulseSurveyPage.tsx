import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { answerPulseSurvey, getPulseSurvey, type PulseSurvey } from '../../api';
import { InlineError } from '../../components/ErrorAlert';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { TextInputField } from '../../components/fields/TextInputField';
import { queryKeys } from '../../lib/query_keys';

const RATINGS = [1, 2, 3, 4, 5] as const;
const MAX_COMMENT = 1000;

function Answered({ survey }: { survey: PulseSurvey }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-label={t('pulse.answeredLabel')}>
      <p role="status">{t('pulse.thanks')}</p>
      <p className="muted">{t('pulse.yourRating', { rating: survey.rating ?? 0 })}</p>
    </section>
  );
}

function SurveyForm({ org, survey }: { org: string; survey: PulseSurvey }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [rating, setRating] = useState<number | null>(null);
  const [met, setMet] = useState<boolean | null>(null);
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const answer = useMutation({
    mutationFn: () => answerPulseSurvey(org, survey.id, { rating: rating ?? 0, met_since: met ?? false, comment }),
    onSuccess: (s) => client.setQueryData(queryKeys.pulseSurvey(org, survey.id), s),
  });
  return (
    <form
      className="form card pulse-form"
      aria-label={t('pulse.formLabel')}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (rating === null || met === null) {
          setMissing(true);
          return;
        }
        setMissing(false);
        answer.mutate();
      }}
    >
      <fieldset className="pulse-form__choices">
        <legend>{t('pulse.rating', { name: survey.other_name })}</legend>
        {RATINGS.map((r) => (
          <label key={r} className="pulse-form__choice">
            <input type="radio" name="rating" value={r} checked={rating === r} onChange={() => setRating(r)} />{' '}
            {t(`pulse.ratings.${r}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="pulse-form__choices">
        <legend>{t('pulse.met')}</legend>
        {[true, false].map((v) => (
          <label key={String(v)} className="pulse-form__choice">
            <input type="radio" name="met" checked={met === v} onChange={() => setMet(v)} /> {v ? t('common.yes') : t('common.no')}
          </label>
        ))}
      </fieldset>
      <TextInputField
        label={t('pulse.comment')}
        description={t('pulse.commentShared')}
        value={comment}
        onChange={setComment}
        multiline
        rows={3}
        maxLength={MAX_COMMENT}
      />
      {missing && (
        <p className="field-error" role="alert">
          {t('pulse.missing')}
        </p>
      )}
      <InlineError error={answer.error} />
      <Button type="submit" className="button button--primary" isDisabled={answer.isPending}>
        {t('pulse.submit')}
      </Button>
    </form>
  );
}

/** A participant's short pulse survey about their relationship. */
export function PulseSurveyPage() {
  const { t } = useTranslation();
  const { org = '', survey: id = '' } = useParams();
  const survey = useQuery({ queryKey: queryKeys.pulseSurvey(org, id), queryFn: () => getPulseSurvey(org, id) });
  return (
    <>
      <PageHeader
        title={t('pulse.title')}
        lead={survey.data ? t('pulse.lead', { name: survey.data.other_name, program: survey.data.program_name }) : undefined}
      />
      {survey.isPending ? (
        <LoadingState />
      ) : survey.isError ? (
        <ErrorState error={survey.error} onRetry={() => void survey.refetch()} />
      ) : survey.data.answered_at ? (
        <Answered survey={survey.data} />
      ) : (
        <SurveyForm org={org} survey={survey.data} />
      )}
    </>
  );
}
