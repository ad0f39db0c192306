import { useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { TaxonomyKind } from '../../api_types';
import { createTaxonomyTerm, deleteTaxonomyTerm, isApiError, listTaxonomy } from '../../api';
import { InlineError } from '../../components/ErrorAlert';
import { ListFooter } from '../../components/ListFooter';
import { TextInputField } from '../../components/fields/TextInputField';
import { QueryStates } from '../../components/QueryStates';
import { useErrorMessage } from '../../components/use_error_message';
import { queryKeys } from '../../lib/query_keys';
import { usePagedList } from '../../lib/use_paged_list';

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
    onError: (e) => setError(isApiError(e) ? (e.fieldError('label') ?? errorMessage(e)) : errorMessage(e)),
  });
  const remove = useMutation({
    mutationFn: (id: string) => deleteTaxonomyTerm(org, id),
    onSuccess: () => void client.invalidateQueries({ queryKey: key }),
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
              <Button
                className="button button--ghost button--danger button--small"
                isDisabled={remove.isPending}
                onPress={() => remove.mutate(term.id)}
                aria-label={t('taxonomy.deleteTerm', { label: term.label })}
              >
                {t('common.delete')}
              </Button>
            </li>
          ))}
        </ul>
      </QueryStates>
      <ListFooter list={list} />
      <InlineError error={remove.error} />
    </div>
  );
}
