import { useState } from 'react';
import { Form, SubmitCancel } from '../../components/Form.tsx';
import { TextArea } from '../../components/TextArea.tsx';
import { TextField } from '../../components/TextField.tsx';
import { api, ApiError, isApiError, type FieldIssue } from '../../lib/api.ts';
import { useForm } from '../../lib/form.ts';
import { useI18n } from '../../lib/i18n.tsx';
import type { Programme, ProgrammeSummary } from '../../../shared/schemas/programmes.ts';
import { FundersEditor } from './FundersEditor.tsx';
import { PartnerPicker } from './PartnerPicker.tsx';
import {
  initialFunders,
  initialValues,
  placeIssues,
  REQUIRED,
  splitFunderIssues,
  toProgrammeBody,
  type FunderDraft,
  type ProgrammeFormValues,
} from './programme-form.ts';

interface ProgrammeFormProps {
  programme: Programme | null;
  candidates: readonly ProgrammeSummary['owner'][];
  onSaved(programme: Programme): void;
  onCancel(): void;
}

/** Create or change a programme: name, description, period, budget, partners and funders. */
export function ProgrammeForm({ programme, candidates, onSaved, onCancel }: ProgrammeFormProps) {
  const { t, tDynamic } = useI18n();
  const form = useForm<ProgrammeFormValues>(initialValues(programme), { required: REQUIRED });
  const [funders, setFunders] = useState<FunderDraft[]>(() => initialFunders(programme));
  const [funderIssues, setFunderIssues] = useState<FieldIssue[]>([]);
  // Partners of the programme stay choosable even if the candidates no longer list them.
  const known = new Set(candidates.map((org) => org.id));
  const choices = [...candidates, ...(programme?.partners ?? []).filter((p) => !known.has(p.id))];

  const fail = (issues: readonly FieldIssue[], error?: ApiError): never => {
    const split = splitFunderIssues(placeIssues(issues));
    setFunderIssues(split.funders);
    throw new ApiError(
      error?.status ?? 0,
      error?.code ?? 'VALIDATION_FAILED',
      error?.params,
      split.rest,
      error?.requestId,
    );
  };

  const submit = async (values: ProgrammeFormValues) => {
    setFunderIssues([]);
    const result = toProgrammeBody(values, funders);
    if ('issues' in result) return fail(result.issues);
    try {
      const saved = programme
        ? await api.patch<Programme>(`/api/programmes/${programme.id}`, result.body)
        : await api.post<Programme>('/api/programmes', result.body);
      onSaved(saved);
    } catch (caught) {
      if (!isApiError(caught)) throw caught;
      fail(caught.issues, caught);
    }
  };

  const issueAt = (path: string) => {
    const issue = funderIssues.find((candidate) => candidate.path === path);
    return issue
      ? tDynamic(`issue.${issue.code}`, issue.params, t('form.invalidField'))
      : undefined;
  };
  const partners = form.field('partnerIds');

  return (
    <Form form={form} onSubmit={submit}>
      <TextField {...form.field('name')} label={t('programmes.field.name')} required />
      <TextArea {...form.field('description')} label={t('programmes.field.description')} rows={4} />
      <div className="form-grid">
        <TextField
          {...form.field('periodStart')}
          label={t('programmes.field.periodStart')}
          type="date"
          required
        />
        <TextField
          {...form.field('periodEnd')}
          label={t('programmes.field.periodEnd')}
          type="date"
          required
        />
        <TextField
          {...form.field('budget')}
          label={t('programmes.field.budget')}
          hint={t('programmes.field.budget.hint')}
          inputMode="decimal"
          autoComplete="off"
        />
      </div>
      <PartnerPicker
        id={partners.id}
        candidates={choices}
        value={partners.value}
        onChange={partners.onChange}
        error={partners.error}
      />
      <FundersEditor
        id={`${form.formId}-funders`}
        funders={funders}
        issueAt={issueAt}
        onChange={(next, path) => {
          setFunders(next);
          setFunderIssues((current) =>
            path ? current.filter((issue) => issue.path !== path) : [],
          );
        }}
      />
      <SubmitCancel
        label={programme ? t('action.save') : t('programmes.create')}
        pending={form.pending}
        onCancel={onCancel}
      />
    </Form>
  );
}
