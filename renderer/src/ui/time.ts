/**
 * Wall-clock display in a given IANA zone, 24-hour. One Intl formatter per
 * zone and precision, made once: lists of hundreds of rows format their
 * times without building a formatter each time.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string, withSeconds: boolean): Intl.DateTimeFormat {
  const key = `${zone}|${withSeconds}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', second: withSeconds ? '2-digit' : undefined, hourCycle: 'h23' });
    formatters.set(key, format);
  }
  return format;
}

export function clockTime(instant: number, zone: string, withSeconds = false): string {
  return formatter(zone, withSeconds).format(instant);
}
