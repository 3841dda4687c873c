import { toTime } from '@/lib/dates';
import { site } from '@/lib/site';

const format = new Intl.DateTimeFormat(site.dateLocale, { dateStyle: 'long', timeZone: site.timeZone });

/** A date as `<time>`, formatted with the site's fixed locale and time zone so builds are deterministic. */
export function FormattedDate({ date }: { date: string }) {
  return <time dateTime={date}>{format.format(toTime(date))}</time>;
}
