import { edition } from '@/lib/i18n';
import type { Topic } from '@/lib/schema';
import { locales, site, type Locale } from '@/lib/site';

/** A topic's name in the edition's language; a name with no translation keeps the default language's `lang`. */
export function TopicName({ topic, locale }: { topic: Topic; locale: Locale }) {
  const e = edition(locale);
  const name = e.topicName(topic);
  return e.hasTopicName(topic) ? <>{name}</> : <span lang={locales[site.defaultLocale].lang}>{name}</span>;
}
