import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { TaxonomyTerm } from '../../api_types';
import { deleteTaxonomyTerm, getTaxonomyTermUsage } from '../../api';
import { FormDialog } from '../../components/FormDialog';
import { LoadingState } from '../../components/LoadingState';
import { InlineError } from '../../components/ErrorAlert';
import { queryKeys } from '../../lib/query_keys';

/** How many members' profiles use the term, asked when the confirmation opens. */
function TermUsageLine({ org, term }: { org: string; term: TaxonomyTerm }) {
  const { t } = useTranslation();
  const usage = useQuery({
    queryKey: queryKeys.termUsage(org, term.id),
    queryFn: () => getTaxonomyTermUsage(org, term.id),
    staleTime: 0,
  });
  if (usage.isPending) return <LoadingState />;
  if (usage.isError) return <InlineError error={usage.error} />;
  return (
    <p className="taxonomy-usage" role="status">
      {usage.data.profiles === 0
        ? t('taxonomy.usageNone')
        : t('taxonomy.usage', { count: usage.data.profiles })}
    </p>
  );
}

/** Org admin: deletes a term after a confirmation that says how many profiles use it. */
export function TermDeleteButton({ org, term }: { org: string; term: TaxonomyTerm }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const mutation = useMutation({
    mutationFn: () => deleteTaxonomyTerm(org, term.id),
    onSuccess: () => void client.invalidateQueries({ queryKey: queryKeys.taxonomy(org, term.kind) }),
  });
  return (
    <FormDialog
      role="alertdialog"
      size="small"
      opener={{
        label: t('common.delete'),
        accessibleLabel: t('taxonomy.deleteTerm', { label: term.label }),
        tone: 'danger',
        isDisabled: mutation.isPending,
      }}
      title={t('taxonomy.deleteTitle', { label: term.label })}
      description={t('taxonomy.deleteHelp')}
      submitLabel={t('taxonomy.deleteConfirm')}
      submitTone="danger"
      submission={mutation}
      onSubmit={(close) => mutation.mutate(undefined, { onSuccess: close })}
    >
      <TermUsageLine org={org} term={term} />
    </FormDialog>
  );
}
