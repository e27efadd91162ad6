/** Day arithmetic on ISO dates (YYYY-MM-DD), in UTC so that time zones never shift a day. */

export function dayNumber(iso: string): number {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
}

/** "2024-05-10" → "10.5.2024"; "2024-05" → "5/2024"; "2022" → "2022" (Finnish style). */
export function formatDate(date: string): string {
  const [y, m, d] = date.split('-');
  if (d !== undefined && m !== undefined) return `${Number(d)}.${Number(m)}.${y ?? ''}`;
  if (m !== undefined) return `${Number(m)}/${y ?? ''}`;
  return y ?? date;
}

/** The last day a document date of any precision can mean: "2022" → "2022-12-31". */
export function latestDay(date: string): string {
  const [y, m, d] = date.split('-');
  if (d !== undefined) return date;
  if (m !== undefined) {
    const last = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
    return `${y ?? ''}-${m}-${String(last).padStart(2, '0')}`;
  }
  return `${y ?? ''}-12-31`;
}

/** Whole years between two ISO days (0 if `to` is earlier). */
export function wholeYears(from: string, to: string): number {
  return Math.max(0, Math.floor((dayNumber(to) - dayNumber(from)) / 365.25));
}

/** Today in Finland as YYYY-MM-DD. */
export function todayInFinland(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
