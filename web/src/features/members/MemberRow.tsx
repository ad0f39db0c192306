import { useState } from 'react';
import { Button, CheckboxGroup, Label } from 'react-aria-components';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Member, Role } from '../../api_types';
import { ROLES } from '../../api_types';
import { removeMember, setMemberRoles } from '../../api';
import { ConfirmButton } from '../../components/ConfirmButton';
import { SESSION_KEY, useCurrentUser } from '../../auth/session';
import { InlineError } from '../../components/ErrorAlert';
import { RoleBadges } from '../../components/RoleBadges';
import { CheckboxField } from '../../components/fields/CheckboxField';
import { queryKeys } from '../../lib/query_keys';

/** One member; "Edit roles" turns the badges into checkboxes. */
export function MemberRow({ org, member }: { org: string; member: Member }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const user = useCurrentUser();
  const [editing, setEditing] = useState(false);
  const [roles, setRoles] = useState<Role[]>(member.roles);
  const isSelf = member.person_id === user.id;

  const mutation = useMutation({
    mutationFn: () => setMemberRoles(org, member.person_id, ROLES.filter((r) => roles.includes(r))),
    onSuccess: () => {
      setEditing(false);
      void client.invalidateQueries({ queryKey: queryKeys.membersOf(org) });
      if (isSelf) void client.invalidateQueries({ queryKey: SESSION_KEY });
    },
  });

  const removal = useMutation({
    mutationFn: () => removeMember(org, member.person_id),
    onSuccess: () => void client.invalidateQueries({ queryKey: queryKeys.membersOf(org) }),
  });

  const startEditing = () => {
    setRoles(member.roles);
    mutation.reset();
    setEditing(true);
  };

  return (
    <tr>
      <td data-label={t('members.person')}>
        <span className="cell-title">
          {member.name}
          {isSelf && <span className="muted"> ({t('members.you')})</span>}
        </span>
        <span className="cell-sub">{member.email}</span>
      </td>
      <td data-label={t('roles.label')}>
        {editing ? (
          <CheckboxGroup className="checkbox-group" value={roles} onChange={(v) => setRoles(v as Role[])}>
            <Label className="visually-hidden">{t('members.rolesFor', { name: member.name })}</Label>
            {ROLES.map((r) => (
              <CheckboxField
                key={r}
                value={r}
                label={t(`roles.${r}`)}
                isDisabled={isSelf && r === 'org_admin'}
              />
            ))}
          </CheckboxGroup>
        ) : (
          <RoleBadges roles={member.roles} />
        )}
        <InlineError error={mutation.error} />
        <InlineError error={removal.error} />
      </td>
      <td data-label={t('participants.actions')}>
        {editing ? (
          <div className="button-row">
            <Button className="button button--primary button--small" isDisabled={mutation.isPending} onPress={() => mutation.mutate()}>
              {t('common.save')}
            </Button>
            <Button className="button button--ghost button--small" onPress={() => setEditing(false)}>
              {t('common.cancel')}
            </Button>
          </div>
        ) : (
          <div className="button-row">
            <Button
              className="button button--secondary button--small"
              onPress={startEditing}
              aria-label={t('members.editRolesFor', { name: member.name })}
            >
              {t('members.editRoles')}
            </Button>
            {!isSelf && (
              <ConfirmButton
                label={t('members.remove')}
                accessibleLabel={t('members.removeFor', { name: member.name })}
                title={t('members.removeTitle', { name: member.name })}
                body={t('members.removeBody', { name: member.name })}
                confirmLabel={t('members.remove')}
                isPending={removal.isPending}
                onConfirm={() => removal.mutate()}
              />
            )}
          </div>
        )}
      </td>
    </tr>
  );
}
