// Waits said the way a person says them: "8 seconds", "2 minutes", "10 minutes", "1 hour 5
// minutes". Used for the API's Retry-After, so a ten-minute wait is never called "a minute".

const plural = (count: number, unit: string): string => `${count} ${unit}${count === 1 ? '' : 's'}`;

/** A wait of `ms` milliseconds in words, rounded up to the second (to the minute past an hour). */
export function formatWait(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  if (seconds < 60) return plural(seconds, 'second');
  if (seconds < 3600) {
    const minutes = Math.floor(seconds / 60);
    const rest = seconds % 60;
    return rest === 0
      ? plural(minutes, 'minute')
      : `${plural(minutes, 'minute')} ${plural(rest, 'second')}`;
  }
  const minutes = Math.ceil(seconds / 60);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? plural(hours, 'hour') : `${plural(hours, 'hour')} ${plural(rest, 'minute')}`;
}

/** The short form for a ticking countdown: "8 s", "1 min 30 s", "10 min". */
export function formatCountdown(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}
