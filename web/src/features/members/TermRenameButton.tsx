import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { TaxonomyTerm } from '../../api_types';
import { isApiError, renameTaxonomyTerm } from '../../api';
import { FormDialog } from '../../components/FormDialog';
import { TextInputField } from '../../components/fields/TextInputField';
import { useErrorMessage } from '../../components/use_error_message';
import { TAXONOMY_LABEL_MAX } from '../../lib/limits';
import { queryKeys } from '../../lib/query_keys';

/** Org admin: renames a term (profiles keep their own words; the list of suggestions changes). */
export function TermRenameButton({ org, term }: { org: string; term: TaxonomyTerm }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const errorMessage = useErrorMessage();
  const [label, setLabel] = useState(term.label);
  // The label the dialog was opened for: the list reloads with the new one while it is open.
  const [original, setOriginal] = useState(term.label);
  const [error, setError] = useState<string>();
  const mutation = useMutation({
    mutationFn: (value: string) => renameTaxonomyTerm(org, term.id, { label: value }),
    onSuccess: () => void client.invalidateQueries({ queryKey: queryKeys.taxonomy(org, term.kind) }),
    onError: (e, value) =>
      setError(
        isApiError(e) && e.status === 409
          ? t('taxonomy.duplicateNamed', { label: value })
          : isApiError(e) && e.fieldError('label')
            ? t('taxonomy.labelInvalid')
            : errorMessage(e),
      ),
  });

  return (
    <FormDialog
      opener={{
        label: t('taxonomy.rename'),
        accessibleLabel: t('taxonomy.renameTerm', { label: term.label }),
        tone: 'secondary',
      }}
      title={t('taxonomy.renameTitle', { label: original })}
      description={t('taxonomy.renameHelp')}
      submitLabel={t('taxonomy.renameSubmit')}
      submission={mutation}
      errorInField
      done={{ title: t('taxonomy.renamed') }}
      onSubmit={() => {
        const value = label.trim();
        if (!value) return setError(t('validation.required'));
        setError(undefined);
        mutation.mutate(value);
      }}
      onClosed={() => {
        setLabel(term.label);
        setOriginal(term.label);
        setError(undefined);
      }}
    >
      <TextInputField
        label={t('taxonomy.newLabel')}
        value={label}
        onChange={setLabel}
        error={error}
        isRequired
        maxLength={TAXONOMY_LABEL_MAX}
      />
    </FormDialog>
  );
}
