import { useEffect, useState } from 'preact/hooks';

/** The time now, refreshed every `everyMs` while the component is shown (for countdowns). */
export function useNow(everyMs = 1000): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(t);
  }, [everyMs]);
  return now;
}
