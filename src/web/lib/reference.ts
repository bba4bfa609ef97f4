import { useEffect, useState } from 'react';
import type { Reference } from '../../shared/schemas/reference.ts';
import { api } from './api.ts';

let cached: Promise<Reference> | null = null;

/** GET /api/reference once per page load (municipalities, kinds, roles with their labels). */
export function useReference(): Reference | null {
  const [reference, setReference] = useState<Reference | null>(null);
  useEffect(() => {
    let cancelled = false;
    cached ??= api.get<Reference>('/api/reference');
    cached.then(
      (data) => !cancelled && setReference(data),
      () => {
        cached = null;
      },
    );
    return () => {
      cancelled = true;
    };
  }, []);
  return reference;
}
