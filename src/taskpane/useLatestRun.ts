import { useCallback, useEffect, useRef } from 'react';

/**
 * Guards the state of an asynchronous use case: `begin()` starts a run and returns whether that run is
 * still the latest one. A slow earlier run must not overwrite a newer result, and nothing may settle
 * after the pane unmounts.
 * @example const begin = useLatestRun(); const isLatest = begin(); await work(); if (isLatest()) setState(…);
 */
export function useLatestRun(): () => () => boolean {
  const latest = useRef(0);
  useEffect(
    () => () => {
      latest.current += 1;
    },
    [],
  );
  return useCallback(() => {
    const id = ++latest.current;
    return () => latest.current === id;
  }, []);
}
