import { useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { getProgramAgreement, publishAgreement, saveProgramNorms, type ProgramNormsInput } from '../../api';
import { InlineError } from '../../components/ErrorAlert';
import { QueryStates } from '../../components/QueryStates';
import { NativeInputField } from '../../components/fields/NativeInputField';
import { TextInputField } from '../../components/fields/TextInputField';
import { formatDateTime } from '../../lib/format';
import { queryKeys } from '../../lib/query_keys';

const NORM_FIELDS = ['expectations', 'meeting_frequency', 'confidentiality', 'ending'] as const;
const EMPTY: ProgramNormsInput = { expectations: '', meeting_frequency: '', confidentiality: '', ending: '' };
const MAX_NORM = 2000;
const MAX_TEXT = 20000;

/** Coordinators: the program's norms, publishing a new agreement version, and the version history. */
export function ProgramAgreementSection({ org, programId }: { org: string; programId: string }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const query = useQuery({
    queryKey: queryKeys.programAgreement(org, programId),
    queryFn: () => getProgramAgreement(org, programId),
  });
  const [norms, setNorms] = useState<ProgramNormsInput>(EMPTY);
  // Days between meetings (0: the audience's default), kept as typed until saved.
  const [cadence, setCadence] = useState('0');
  const [text, setText] = useState('');
  const loaded = query.data;
  useEffect(() => {
    if (!loaded) return;
    const { expectations, meeting_frequency, confidentiality, ending } = loaded.norms;
    setNorms({ expectations, meeting_frequency, confidentiality, ending });
    setCadence(String(loaded.norms.meeting_cadence_days));
  }, [loaded]);
  const refresh = () => void client.invalidateQueries({ queryKey: queryKeys.programAgreement(org, programId) });
  const save = useMutation({
    mutationFn: () => saveProgramNorms(org, programId, { ...norms, meeting_cadence_days: Number(cadence) || 0 }),
    onSuccess: refresh,
  });
  const publish = useMutation({
    mutationFn: () => publishAgreement(org, programId, text),
    onSuccess: () => {
      setText('');
      refresh();
    },
  });
  const versions = loaded?.versions ?? [];
  return (
    <section className="card" aria-labelledby="agreement-title">
      <h2 id="agreement-title" className="section-title">
        {t('agreements.sectionTitle')}
      </h2>
      <p className="muted">{t('agreements.sectionLead')}</p>
      <QueryStates query={query} isEmpty={false} emptyTitle="">
        <form
          className="form"
          aria-labelledby="norms-title"
          onSubmit={(e) => {
            e.preventDefault();
            save.mutate();
          }}
        >
          <h3 id="norms-title" className="subsection-title">
            {t('agreements.normsTitle')}
          </h3>
          {NORM_FIELDS.map((field) => (
            <TextInputField
              key={field}
              label={t(`agreements.norms.${field}`)}
              value={norms[field]}
              onChange={(value) => setNorms((n) => ({ ...n, [field]: value }))}
              multiline
              rows={3}
              maxLength={MAX_NORM}
            />
          ))}
          <NativeInputField
            label={t('agreements.cadence')}
            description={t('agreements.cadenceHelp')}
            type="number"
            min={0}
            max={365}
            value={cadence}
            onChange={setCadence}
          />
          <InlineError error={save.error} />
          {save.isSuccess && <p role="status">{t('agreements.normsSaved')}</p>}
          <Button type="submit" className="button button--primary" isDisabled={save.isPending}>
            {t('agreements.saveNorms')}
          </Button>
        </form>
        <form
          className="form"
          aria-labelledby="publish-title"
          onSubmit={(e) => {
            e.preventDefault();
            publish.mutate();
          }}
        >
          <h3 id="publish-title" className="subsection-title">
            {t('agreements.publishTitle')}
          </h3>
          <TextInputField
            label={t('agreements.text')}
            description={versions.length > 0 ? t('agreements.publishHelpNext') : t('agreements.publishHelpFirst')}
            value={text}
            onChange={setText}
            multiline
            rows={8}
            maxLength={MAX_TEXT}
          />
          <InlineError error={publish.error} />
          <Button type="submit" className="button button--primary" isDisabled={publish.isPending || text.trim() === ''}>
            {t('agreements.publish', { version: (versions[0]?.version ?? 0) + 1 })}
          </Button>
        </form>
        <h3 className="subsection-title">{t('agreements.historyTitle')}</h3>
        {versions.length === 0 ? (
          <p className="muted">{t('agreements.noVersions')}</p>
        ) : (
          <ul className="stack-list" aria-label={t('agreements.historyTitle')}>
            {versions.map((v) => (
              <li key={v.version} className="stack-list__item">
                <div className="stack-list__main">
                  <details className="disclosure">
                    <summary>
                      {t('agreements.versionLine', {
                        version: v.version,
                        date: formatDateTime(v.published_at, i18n.language),
                      })}
                    </summary>
                    <p className="agreement-text">{v.text}</p>
                  </details>
                </div>
              </li>
            ))}
          </ul>
        )}
      </QueryStates>
    </section>
  );
}
