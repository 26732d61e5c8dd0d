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
  /** Typed and not yet written: written when typing pauses, or at once when the page goes away. */
  const pending = useRef<FormData | undefined>(undefined);

  const write = useCallback(() => {
    window.clearTimeout(timer.current);
    const data = pending.current;
    pending.current = undefined;
    if (!data) return;
    try {
      window.localStorage.setItem(PREFIX + key, JSON.stringify({ data, savedAt: new Date().toISOString() }));
    } catch {
      // Full or disabled storage: no draft.
    }
  }, [key]);

  const save = useCallback(
    (data: FormData) => {
      window.clearTimeout(timer.current);
      // The renderer reports its defaults on mount: an untouched form is no draft.
      const typed = Object.values(data).some((value) => value !== undefined && value !== '' && value !== null);
      if (!typed) return;
      pending.current = data;
      timer.current = window.setTimeout(write, SAVE_DELAY_MS);
    },
    [write],
  );

  const discard = useCallback(() => {
    window.clearTimeout(timer.current);
    pending.current = undefined;
    try {
      window.localStorage.removeItem(PREFIX + key);
    } catch {
      // Nothing to remove.
    }
  }, [key]);

  // A reload, a closed tab or a route left within the pause keeps the last keystrokes too.
  useEffect(() => {
    window.addEventListener('pagehide', write);
    return () => {
      window.removeEventListener('pagehide', write);
      write();
    };
  }, [write]);
  return { restored, save, discard };
}
