import { useId } from 'react';
import { Button } from '../../components/Button.tsx';
import { Form, FormActions } from '../../components/Form.tsx';
import { TextField } from '../../components/TextField.tsx';
import { api } from '../../lib/api.ts';
import { useForm } from '../../lib/form.ts';
import { useT } from '../../lib/i18n.tsx';
import type { ApiToken } from '../../../shared/schemas/auth.ts';

interface TokenFormProps {
  organisation: string;
  onCreated(result: { token: string; info: ApiToken }): void;
}

export function TokenForm({ organisation, onCreated }: TokenFormProps) {
  const t = useT();
  const headingId = useId();
  const form = useForm({ name: '', expiresInDays: '90' }, { required: ['name'] });
  return (
    <div className="subsection">
      <h3 id={headingId}>{t('tokens.new')}</h3>
      <Form
        form={form}
        labelledBy={headingId}
        onSubmit={async (values) => {
          const days = values.expiresInDays.trim();
          const result = await api.post<{ token: string; info: ApiToken }>('/api/me/tokens', {
            name: values.name,
            expiresInDays: days === '' ? null : Number(days),
          });
          form.setValues({ name: '', expiresInDays: '90' });
          onCreated(result);
        }}
      >
        <div className="form-grid">
          <TextField
            {...form.field('name')}
            label={t('tokens.field.name')}
            hint={t('tokens.field.name.hint', { organisation })}
            required
            autoComplete="off"
          />
          <TextField
            {...form.field('expiresInDays')}
            label={t('tokens.field.expiresInDays')}
            hint={t('tokens.field.expiresInDays.hint')}
            type="number"
            inputMode="numeric"
            min={1}
            max={3650}
          />
        </div>
        <FormActions>
          <Button type="submit" variant="primary" pending={form.pending}>
            {t('tokens.create')}
          </Button>
        </FormActions>
      </Form>
    </div>
  );
}
