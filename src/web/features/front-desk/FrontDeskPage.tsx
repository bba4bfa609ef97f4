import { useRef, useState } from 'react';
import type { ContactType } from '../../../core/contacts/model.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { api } from '../../lib/api.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { serviceLanguageOptions, tagLabel, themeOptions } from '../../lib/labels.ts';
import { useReference } from '../../lib/reference.ts';
import { useRequiredSession } from '../../lib/session.tsx';
import type { Contact } from '../../../shared/schemas/contacts.ts';
import { parseCount } from './CountStepper.tsx';
import { useEntryChoices, useFrontDeskData } from './data.ts';
import { EntryError } from './EntryError.tsx';
import { EntryOptions } from './EntryOptions.tsx';
import { describeEntry } from './labels.ts';
import { NO_LOCATION, resolveLocation, useFrontDeskPrefs } from './prefs.ts';
import { RecentEntries } from './RecentEntries.tsx';
import { TodayTally } from './TodayTally.tsx';
import { TypeButtons } from './TypeButtons.tsx';
import './front-desk.css';

/**
 * Front-desk quick entry: an anonymous walk-in contact in at most three interactions
 * (theme, language, type) by touch or keys 1–5, today's tally and the counsellor's undo list.
 */
export function FrontDeskPage() {
  const { t, lang, format } = useI18n();
  const session = useRequiredSession();
  const organisation = session.currentOrganisation;
  const timeZone = organisation?.timeZone ?? 'Europe/Brussels';
  const reference = useReference();
  const { prefs, update } = useFrontDeskPrefs(session.user.id, organisation?.id ?? 'none');
  const choices = useEntryChoices();
  const data = useFrontDeskData(timeZone);
  const [count, setCount] = useState('1');
  const [countError, setCountError] = useState<string | undefined>();
  const [locationError, setLocationError] = useState<string | undefined>();
  // Entries recorded on this page: the confirmation numbers them, so a repeat is visibly new.
  const entries = useRef(0);
  const [tags, setTags] = useState<string[]>([]);
  const [status, setStatus] = useState<{ text: string; seq: number } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [pendingType, setPendingType] = useState<ContactType | null>(null);
  const [undoing, setUndoing] = useState<string | null>(null);

  const themes = themeOptions(reference, lang);
  const languages = serviceLanguageOptions(reference, lang);
  const tagNames = new Map(choices.tags.map((tag) => [tag.slug, tagLabel(tag, lang)]));
  const describe = (contact: Contact) =>
    describeEntry(t, contact, themes, languages, (slug) => tagNames.get(slug) ?? slug);
  const lastUsed =
    data.recent.data?.items.find((contact) => contact.locationId)?.locationId ?? null;
  const location = resolveLocation(prefs.locationId, choices.locations, lastUsed);
  const locationId = location.id;
  // A new key makes screen readers announce the message even when its text repeats.
  const announce = (text: string) => setStatus((last) => ({ text, seq: (last?.seq ?? 0) + 1 }));

  const record = async (type: ContactType) => {
    if (!location.resolved) {
      // Asked once: the place is remembered on this device from then on.
      setLocationError(t('frontDesk.location.required'));
      document.querySelector<HTMLSelectElement>('.front-desk__location select')?.focus();
      return;
    }
    const people = parseCount(count);
    if (people === null) {
      setCountError(t('issue.not_whole_number'));
      document.querySelector<HTMLInputElement>('.stepper__input')?.focus();
      return;
    }
    const chosenTags = tags;
    setError(null);
    setPendingType(type);
    // Ready for the next visitor at once (a quick second press must not reuse the count).
    setCount('1');
    setTags([]);
    try {
      const created = await api.post<Contact>('/api/contacts', {
        type,
        theme: prefs.theme || null,
        language: prefs.language || null,
        channel: 'walk_in',
        locationId: locationId || null,
        count: people,
        tags: chosenTags,
      });
      entries.current += 1;
      announce(
        t('frontDesk.recorded', {
          n: entries.current,
          time: format.time(created.recordedAt, timeZone),
          summary: describe(created),
          count: created.count,
        }),
      );
      data.refresh();
    } catch (caught) {
      setError(caught);
      setCount(String(people));
      setTags(chosenTags);
    } finally {
      setPendingType(null);
    }
  };

  const undo = async (contact: Contact) => {
    setError(null);
    setUndoing(contact.id);
    try {
      await api.delete(`/api/contacts/${contact.id}`);
      announce(t('frontDesk.undone', { summary: describe(contact), count: contact.count }));
      return true;
    } catch (caught) {
      setError(caught);
      return false;
    } finally {
      setUndoing(null);
      data.refresh();
    }
  };

  return (
    <div className="front-desk">
      <PageHeader title={t('frontDesk.title')} intro={t('frontDesk.intro')} />
      <EntryError error={error ?? choices.error ?? data.tally.error ?? data.recent.error} />
      <div className="front-desk__layout">
        <div className="front-desk__entry">
          <EntryOptions
            reference={reference}
            locations={choices.locations}
            tags={choices.tags}
            prefs={{
              ...prefs,
              locationId: location.resolved ? locationId || NO_LOCATION : '',
            }}
            locationAsked={!location.resolved}
            locationError={locationError}
            onPrefs={(changes) => {
              if (changes.locationId !== undefined) setLocationError(undefined);
              update(changes);
            }}
            count={count}
            onCount={(value) => {
              setCount(value);
              setCountError(undefined);
            }}
            countError={countError}
            selectedTags={tags}
            onTags={setTags}
          />
          <TypeButtons onRecord={(type) => void record(type)} pending={pendingType} />
          <div
            className={`front-desk__status ${status ? 'alert alert--success' : ''}`}
            role="status"
          >
            {status ? <p key={status.seq}>{status.text}</p> : null}
          </div>
        </div>
        <div className="front-desk__side">
          <TodayTally today={data.today} stats={data.tally.data} busy={data.tally.loading} />
          <RecentEntries
            page={data.recent.data}
            timeZone={timeZone}
            describe={describe}
            onUndo={undo}
            pendingId={undoing}
          />
        </div>
      </div>
    </div>
  );
}
