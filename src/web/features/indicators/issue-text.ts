import { useI18n } from '../../lib/i18n.tsx';
import type { DraftIssue } from './builder-model.ts';

/** Translates a builder issue (`issue.<code>`), or gives undefined when there is none. */
export function useIssueText() {
  const { t, tDynamic } = useI18n();
  return (issue: DraftIssue | undefined) =>
    issue ? tDynamic(`issue.${issue.code}`, issue.params, t('form.invalidField')) : undefined;
}
