import { PageHeader } from '../../components/PageHeader.tsx';
import { useT } from '../../lib/i18n.tsx';
import { KindsSection } from './KindsSection.tsx';
import { TagsSection } from './TagsSection.tsx';

/** Org admins name the target groups counted with contacts and choose the activity kinds. */
export function ContactSettingsPage() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('contactSettings.title')} intro={t('contactSettings.intro')} />
      <TagsSection />
      <KindsSection />
    </>
  );
}
