import { useEffect, useRef, useState } from 'react';
import type { UiLanguage } from '../../../core/common/languages.ts';
import type { Narratives, ReportSection } from '../../../shared/schemas/reports.ts';
import { Button } from '../../components/Button.tsx';
import { Form, SubmitCancel } from '../../components/Form.tsx';
import { TextArea } from '../../components/TextArea.tsx';
import { api } from '../../lib/api.ts';
import { useForm } from '../../lib/form.ts';
import { useI18n } from '../../lib/i18n.tsx';

/** What every section's narrative needs: the edition, the texts, and who may edit. */
export interface NarrativeStore {
  year: number;
  lang: UiLanguage;
  canEdit: boolean;
  body(section: ReportSection): string;
  /** Keeps a saved text for the page (the server has it already). */
  saved(section: ReportSection, body: string): void;
}

/** The text as paragraphs: a blank line starts a new one, a single line break stays. */
function Paragraphs({ body }: { body: string }) {
  const paragraphs = body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return (
    <div className="report-narrative__text">
      {paragraphs.map((paragraph, i) => (
        <p key={i}>{paragraph}</p>
      ))}
    </div>
  );
}

/** The inline editor: a text area in the report's language, saved with PUT …/narratives. */
function Editor({
  section,
  title,
  store,
  onDone,
}: {
  section: ReportSection;
  title: string;
  store: NarrativeStore;
  onDone(saved: string | null): void;
}) {
  const { t } = useI18n();
  const form = useForm({ body: store.body(section) });
  const field = form.field('body');
  useEffect(() => document.getElementById(field.id)?.focus(), [field.id]);
  const save = async ({ body }: { body: string }) => {
    const answer = await api.put<Narratives>('/api/reports/annual/narratives', {
      year: store.year,
      section,
      language: store.lang,
      body: body.trim() === '' ? '' : body,
    });
    // The edition's texts as the server now has them.
    const text =
      answer.items.find((item) => item.section === section && item.language === store.lang)?.body ??
      '';
    store.saved(section, text);
    onDone(text);
  };
  return (
    <Form form={form} onSubmit={save} className="report-narrative__form no-print">
      <TextArea
        {...field}
        label={t('reports.narrative.label', {
          section: title,
          language: t(`language.${store.lang}`),
          year: store.year,
        })}
        hint={t('reports.narrative.hint')}
        rows={8}
        lang={store.lang}
      />
      <SubmitCancel
        label={t('reports.narrative.save')}
        pending={form.pending}
        onCancel={() => onDone(null)}
      />
    </Form>
  );
}

/**
 * A section's narrative text in the report's language; with `reports.edit` an Edit button
 * opens an inline editor (focus moves into it, and back to the button afterwards). A
 * success is announced in a polite live region; field errors show at the field.
 */
export function Narrative({ section, store }: { section: ReportSection; store: NarrativeStore }) {
  const { t, lang } = useI18n();
  // The controls speak the UI's language, section name included (the heading is the report's).
  const title = t(`reports.section.${section}`);
  const [editing, setEditing] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const controls = useRef<HTMLDivElement>(null);
  const [returnFocus, setReturnFocus] = useState(0);
  useEffect(() => {
    if (returnFocus) controls.current?.querySelector('button')?.focus();
  }, [returnFocus]);
  const body = store.body(section);

  const done = (saved: string | null) => {
    setEditing(false);
    setReturnFocus((n) => n + 1);
    if (saved === null) return;
    setAnnouncement(
      t(saved ? 'reports.narrative.saved' : 'reports.narrative.removed', { section: title }),
    );
  };

  return (
    <div className="report-narrative">
      {body && !editing ? <Paragraphs body={body} /> : null}
      {store.canEdit ? (
        <div ref={controls} lang={lang} className="no-print">
          {editing ? (
            <Editor section={section} title={title} store={store} onDone={done} />
          ) : (
            <Button
              size="small"
              variant="ghost"
              onClick={() => {
                setAnnouncement('');
                setEditing(true);
              }}
            >
              {t(body ? 'reports.narrative.edit' : 'reports.narrative.write')}
              <span className="visually-hidden"> ({title})</span>
            </Button>
          )}
          <p role="status" className="visually-hidden">
            {announcement}
          </p>
        </div>
      ) : null}
    </div>
  );
}
