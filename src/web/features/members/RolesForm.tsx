import { CheckboxGroup } from '../../components/CheckboxGroup.tsx';
import { Form, SubmitCancel } from '../../components/Form.tsx';
import { api } from '../../lib/api.ts';
import { useForm } from '../../lib/form.ts';
import { useT } from '../../lib/i18n.tsx';
import { roleOptions } from '../../lib/options.ts';
import type { Member } from '../../../shared/schemas/organisations.ts';

/** Changes a member's roles; the server refuses to remove the last administrator (LAST_ADMIN). */
export function RolesForm({
  member,
  onSaved,
  onCancel,
}: {
  member: Member;
  onSaved(member: Member): void;
  onCancel(): void;
}) {
  const t = useT();
  const form = useForm({ roles: [...member.roles] as string[] }, { required: ['roles'] });
  return (
    <Form
      form={form}
      onSubmit={async (values) => {
        onSaved(await api.patch<Member>(`/api/members/${member.userId}`, { roles: values.roles }));
      }}
    >
      <CheckboxGroup
        {...form.field('roles')}
        legend={t('members.field.roles')}
        options={roleOptions(t)}
        required
      />
      <SubmitCancel label={t('action.save')} pending={form.pending} onCancel={onCancel} />
    </Form>
  );
}
