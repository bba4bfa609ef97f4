import { useId } from 'react';
import { CheckboxGroup } from '../../components/CheckboxGroup.tsx';
import { Select } from '../../components/Select.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { serviceLanguageOptions, tagLabel, themeOptions } from '../../lib/labels.ts';
import type { ContactTag } from '../../../shared/schemas/contacts.ts';
import type { Location } from '../../../shared/schemas/locations.ts';
import type { Reference } from '../../../shared/schemas/reference.ts';
import { CountStepper } from './CountStepper.tsx';
import { MAIN_LANGUAGES } from './labels.ts';
import { NO_LOCATION, type FrontDeskPrefs } from './prefs.ts';
import { ToggleGroup } from './ToggleGroup.tsx';

interface EntryOptionsProps {
  reference: Reference | null;
  locations: readonly Location[];
  tags: readonly ContactTag[];
  /** `locationId`: a place, NO_LOCATION, or '' while not chosen yet. */
  prefs: FrontDeskPrefs;
  onPrefs(changes: Partial<FrontDeskPrefs>): void;
  /** Several places and none chosen yet: the place is asked for. */
  locationAsked: boolean;
  locationError: string | undefined;
  count: string;
  onCount(count: string): void;
  countError: string | undefined;
  selectedTags: string[];
  onTags(tags: string[]): void;
}

/** What the next entry carries besides its type: theme, language, place, count, target groups. */
export function EntryOptions(props: EntryOptionsProps) {
  const { reference, locations, tags, prefs, onPrefs } = props;
  const { t, lang } = useI18n();
  const id = useId();
  const languages = serviceLanguageOptions(reference, lang);
  const main = languages.filter((option) =>
    (MAIN_LANGUAGES as readonly string[]).includes(option.value),
  );
  const others = languages.filter((option) => !main.includes(option));
  const otherValue = others.some((option) => option.value === prefs.language) ? prefs.language : '';

  return (
    <section className="front-desk__options card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('frontDesk.options')}</h2>
      <p className="field__hint">{t('frontDesk.remembered')}</p>
      <ToggleGroup
        id={`${id}-theme`}
        legend={t('frontDesk.theme')}
        options={[
          { value: '', label: t('frontDesk.theme.none') },
          ...themeOptions(reference, lang),
        ]}
        value={prefs.theme}
        onChange={(theme) => onPrefs({ theme })}
      />
      <ToggleGroup
        id={`${id}-language`}
        legend={t('frontDesk.language')}
        options={[{ value: '', label: t('frontDesk.language.none') }, ...main]}
        value={prefs.language}
        onChange={(language) => onPrefs({ language })}
      >
        <Select
          id={`${id}-language-other`}
          className="toggle-group__select"
          label={t('frontDesk.language.other')}
          emptyOption={t('frontDesk.language.other.choose')}
          options={others}
          value={otherValue}
          onChange={(language) => onPrefs({ language })}
        />
      </ToggleGroup>
      <div className="form-grid">
        {locations.length ? (
          <Select
            id={`${id}-location`}
            className="front-desk__location"
            label={t('frontDesk.location')}
            hint={props.locationAsked ? t('frontDesk.location.ask') : undefined}
            error={props.locationError}
            {...(props.locationAsked ? { emptyOption: t('frontDesk.location.choose') } : {})}
            options={[
              { value: NO_LOCATION, label: t('frontDesk.location.none') },
              ...locations.map((location) => ({ value: location.id, label: location.name })),
            ]}
            value={prefs.locationId}
            onChange={(locationId) => {
              if (locationId) onPrefs({ locationId });
            }}
          />
        ) : null}
        <CountStepper
          id={`${id}-count`}
          value={props.count}
          onChange={props.onCount}
          error={props.countError}
        />
      </div>
      {tags.length ? (
        <CheckboxGroup
          id={`${id}-tags`}
          legend={t('frontDesk.tags')}
          options={tags.map((tag) => ({ value: tag.slug, label: tagLabel(tag, lang) }))}
          value={props.selectedTags}
          onChange={props.onTags}
        />
      ) : null}
    </section>
  );
}
