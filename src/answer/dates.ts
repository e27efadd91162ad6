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

/**
 * Whole years between two ISO days, as an age is counted: a year is complete on its anniversary
 * day (2024-06-18 → 2025-06-18 is 1). A 29 February counts its anniversary on 1 March in common
 * years. 0 if `to` is earlier. Calendar arithmetic, not days / 365.25, which falls a day short.
 */
export function wholeYears(from: string, to: string): number {
  const [fy = 0, fm = 0, fd = 0] = from.split('-').map(Number);
  const [ty = 0, tm = 0, td = 0] = to.split('-').map(Number);
  const beforeAnniversary = tm < fm || (tm === fm && td < fd);
  return Math.max(0, ty - fy - (beforeAnniversary ? 1 : 0));
}

/** Today in Finland as YYYY-MM-DD. */
export function todayInFinland(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
