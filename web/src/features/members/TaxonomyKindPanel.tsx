import { useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { TaxonomyKind } from '../../api_types';
import { createTaxonomyTerm, isApiError, listTaxonomy } from '../../api';
import { ListFooter } from '../../components/ListFooter';
import { TextInputField } from '../../components/fields/TextInputField';
import { QueryStates } from '../../components/QueryStates';
import { useErrorMessage } from '../../components/use_error_message';
import { queryKeys } from '../../lib/query_keys';
import { usePagedList } from '../../lib/use_paged_list';
import { TermDeleteButton } from './TermDeleteButton';
import { TermRenameButton } from './TermRenameButton';

export function TaxonomyKindPanel({ org, kind }: { org: string; kind: TaxonomyKind }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const errorMessage = useErrorMessage();
  const [label, setLabel] = useState('');
  const [error, setError] = useState<string>();
  const key = queryKeys.taxonomy(org, kind);
  const list = usePagedList({ queryKey: key, load: (page) => listTaxonomy(org, kind, page) });
  const terms = list.items.filter((term) => term.kind === kind);

  const add = useMutation({
    mutationFn: () => createTaxonomyTerm(org, { kind, label: label.trim() }),
    onSuccess: () => {
      setLabel('');
      void client.invalidateQueries({ queryKey: key });
    },
    // A duplicate on a page not loaded yet: the server's 409, said in the reader's language.
    onError: (e) =>
      setError(
        isApiError(e) && e.status === 409
          ? t('taxonomy.duplicateNamed', { label: label.trim() })
          : isApiError(e) && e.fieldError('label')
            ? t('taxonomy.labelInvalid')
            : errorMessage(e),
      ),
  });

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const value = label.trim();
    if (!value) return setError(t('validation.required'));
    // Of the terms loaded; the server refuses a duplicate on any page (a label field error).
    if (terms.some((term) => term.label.toLowerCase() === value.toLowerCase()))
      return setError(t('taxonomy.duplicate'));
    setError(undefined);
    add.mutate();
  };

  return (
    <div className="taxonomy-panel">
      <h3 className="subsection-title">{t(`taxonomy.kind.${kind}`)}</h3>
      <form className="form form--inline" onSubmit={onSubmit} noValidate>
        <TextInputField
          className="form--inline__grow"
          label={t(`taxonomy.add.${kind}`)}
          value={label}
          onChange={setLabel}
          error={error}
        />
        <Button type="submit" className="button button--secondary" isDisabled={add.isPending}>
          {t('common.add')}
        </Button>
      </form>
      <QueryStates query={list} isEmpty={terms.length === 0} emptyTitle={t(`taxonomy.empty.${kind}`)}>
        <ul className="term-list" aria-label={t(`taxonomy.kind.${kind}`)}>
          {terms.map((term) => (
            <li key={term.id} className="term-list__item">
              <span>{term.label}</span>
              <span className="term-list__actions">
                <TermRenameButton org={org} term={term} />
                <TermDeleteButton org={org} term={term} />
              </span>
            </li>
          ))}
        </ul>
      </QueryStates>
      <ListFooter list={list} />
    </div>
  );
}
