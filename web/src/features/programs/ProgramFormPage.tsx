import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Program, ProgramInput } from '../../api_types';
import { createProgram, getProgram, updateProgram } from '../../api';
import { useCurrentUser } from '../../auth/session';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { RestrictedPage } from '../../components/RestrictedPage';
import { queryKeys } from '../../lib/query_keys';
import { canManagePrograms } from '../../lib/roles';
import { useOrganisationName } from '../../lib/use_organisation_name';
import { draftFromProgram, EMPTY_PROGRAM } from './program_draft';
import { ProgramForm } from './ProgramForm';

/** /orgs/:org/programs/new and /orgs/:org/programs/:id/edit (coordinators and org admins). */
export function ProgramFormPage() {
  const { t } = useTranslation();
  const { org = '', id } = useParams();
  const user = useCurrentUser();
  const orgName = useOrganisationName(org);
  const navigate = useNavigate();
  const client = useQueryClient();
  const isEdit = Boolean(id);
  const listPath = `/orgs/${encodeURIComponent(org)}/programs`;

  const program = useQuery({
    queryKey: queryKeys.program(org, id ?? ''),
    queryFn: () => getProgram(org, id!),
    enabled: isEdit,
  });

  const mutation = useMutation({
    mutationFn: (input: ProgramInput) => (isEdit ? updateProgram(org, id!, input) : createProgram(org, input)),
    onSuccess: (saved: Program) => {
      client.setQueryData(queryKeys.program(org, saved.id), saved);
      void client.invalidateQueries({ queryKey: queryKeys.programs(org) });
      void navigate(`${listPath}/${encodeURIComponent(saved.id)}`);
    },
  });

  const allowed = canManagePrograms(user, org);
  const title = !isEdit
    ? t('programForm.newTitle')
    : allowed && program.data
      ? t('programForm.editNamed', { name: program.data.name })
      : t('programForm.editTitle');

  return (
    <RestrictedPage allowed={allowed} eyebrow={orgName} title={title} lead={t('programForm.lead')}>
      {isEdit && program.isPending ? (
        <LoadingState />
      ) : isEdit && program.isError ? (
        <ErrorState error={program.error} onRetry={() => void program.refetch()} />
      ) : (
        <ProgramForm
          key={program.data?.id ?? 'new'}
          initial={program.data ? draftFromProgram(program.data) : EMPTY_PROGRAM}
          submitLabel={isEdit ? t('programForm.save') : t('programForm.create')}
          cancelTo={isEdit ? `${listPath}/${encodeURIComponent(id!)}` : listPath}
          isPending={mutation.isPending}
          error={mutation.error}
          onSubmit={(input) => mutation.mutate(input)}
        />
      )}
    </RestrictedPage>
  );
}
