import { useCallback, useEffect, useRef, useState } from 'react';
import type { FormData } from '../api/types';

const PREFIX = 'tongban:draft:';
/** How long typing pauses before the draft is written. */
const SAVE_DELAY_MS = 500;

function read(key: string): { data: FormData; savedAt: string } | undefined {
  try {
    const raw = window.localStorage.getItem(PREFIX + key);
    if (!raw) return undefined;
    const parsed = JSON.parse(raw) as { data?: unknown; savedAt?: unknown };
    if (typeof parsed.data !== 'object' || parsed.data === null || typeof parsed.savedAt !== 'string') return undefined;
    return { data: parsed.data as FormData, savedAt: parsed.savedAt };
  } catch {
    return undefined;
  }
}

/**
 * A form's unsent data kept in this browser as one types (草稿), per user and
 * process, so a closed tab or a lost connection costs nothing; it is dropped
 * once the request is submitted or the user discards it. Storage can be full
 * or disabled (private windows): then drafts are simply not kept.
 */
export function useFormDraft(key: string) {
  const [restored] = useState(() => read(key));
  const timer = useRef<number | undefined>(undefined);

  const save = useCallback(
    (data: FormData) => {
      window.clearTimeout(timer.current);
      // The renderer reports its defaults on mount: an untouched form is no draft.
      const typed = Object.values(data).some((value) => value !== undefined && value !== '' && value !== null);
      if (!typed) return;
      timer.current = window.setTimeout(() => {
        try {
          window.localStorage.setItem(PREFIX + key, JSON.stringify({ data, savedAt: new Date().toISOString() }));
        } catch {
          // Full or disabled storage: no draft.
        }
      }, SAVE_DELAY_MS);
    },
    [key],
  );

  const discard = useCallback(() => {
    window.clearTimeout(timer.current);
    try {
      window.localStorage.removeItem(PREFIX + key);
    } catch {
      // Nothing to remove.
    }
  }, [key]);

  useEffect(() => () => window.clearTimeout(timer.current), []);
  return { restored, save, discard };
}
