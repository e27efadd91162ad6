/** The bot's sense of time, injected so that answers about call periods are testable. */
export interface Clock {
  now(): Date;
  /** The day of asking, YYYY-MM-DD, in the members' time zone. */
  today(): string;
}

/** Real time; "today" is the calendar day in Finland, not in UTC. */
export function systemClock(timeZone = 'Europe/Helsinki'): Clock {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  // Formatting in a time zone is slow for once a turn; the day is worked out again each minute.
  let minute = -1;
  let today = '';
  return {
    now: () => new Date(),
    today: () => {
      const now = Date.now();
      if (Math.floor(now / 60_000) !== minute) {
        minute = Math.floor(now / 60_000);
        today = day.format(new Date(now));
      }
      return today;
    },
  };
}
