import { Button } from '../../components/Button.tsx';
import { CheckboxGroup } from '../../components/CheckboxGroup.tsx';
import { Form, FormActions } from '../../components/Form.tsx';
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
      <FormActions>
        <Button type="submit" variant="primary" pending={form.pending}>
          {t('action.save')}
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          {t('action.cancel')}
        </Button>
      </FormActions>
    </Form>
  );
}
