import { useState } from 'react';
import { slugify } from '../../core/common/slug.ts';

/**
 * A short name (slug) that follows the display name as it is typed, until the user edits
 * the slug itself (or, for an existing item, from the start).
 */
export function useSlugFollowsName(fixed: boolean, setSlug: (slug: string) => void) {
  const [edited, setEdited] = useState(fixed);
  return {
    nameChanged(name: string) {
      if (!edited) setSlug(slugify(name));
    },
    slugEdited() {
      setEdited(true);
    },
  };
}
