import { useEffect, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { getWatchWords, saveWatchWords } from '../../api';
import { InlineError } from '../../components/ErrorAlert';
import { TextInputField } from '../../components/fields/TextInputField';

const key = (org: string, program: string) => ['watch-words', org, program] as const;

/**
 * Staff of a youth program: the watch list, one word or phrase a line. A message holding one
 * (whole words, ignoring case and accents) is flagged for the coordinators.
 */
export function WatchWordsSection({ org, programId }: { org: string; programId: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const words = useQuery({ queryKey: key(org, programId), queryFn: () => getWatchWords(org, programId) });
  const [text, setText] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (text === undefined && words.data) setText(words.data.words.join('\n'));
  }, [words.data, text]);
  const save = useMutation({
    mutationFn: () => saveWatchWords(org, programId, (text ?? '').split('\n')),
    onSuccess: (saved) => {
      client.setQueryData(key(org, programId), saved);
      setText(saved.words.join('\n'));
    },
  });
  return (
    <section className="card" aria-labelledby="watch-words-title">
      <h2 id="watch-words-title" className="section-title">
        {t('watchWords.title')}
      </h2>
      <p className="muted">{t('watchWords.lead')}</p>
      <Form
        className="message-composer"
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <TextInputField
          label={t('watchWords.label')}
          description={t('watchWords.help')}
          value={text ?? ''}
          onChange={(v) => {
            setText(v);
            save.reset();
          }}
          multiline
          rows={5}
        />
        <Button type="submit" className="button button--secondary button--small" isDisabled={save.isPending || text === undefined}>
          {t('watchWords.save')}
        </Button>
        {save.isSuccess && <p role="status">{t('watchWords.saved')}</p>}
        <InlineError error={save.error ?? words.error} />
      </Form>
    </section>
  );
}
