/** Wall-clock display in a given IANA zone. */
import { formatInTimeZone } from 'date-fns-tz';

export function clockTime(instant: number, zone: string, withSeconds = false): string {
  return formatInTimeZone(instant, zone, withSeconds ? 'HH:mm:ss' : 'HH:mm');
}
