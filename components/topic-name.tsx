import { edition } from '@/lib/edition/i18n';
import type { Topic } from '@/lib/content/schema';
import { locales, site, type Locale } from '@/lib/site/config';

const defaultLang = locales[site.defaultLocale].lang;

/** A topic's name in the edition's language; a name with no translation keeps the default language's `lang`. */
export function TopicName({ topic, locale }: { topic: Topic; locale: Locale }) {
  const e = edition(locale);
  const name = e.topicName(topic);
  return e.hasTopicName(topic) ? <>{name}</> : <span lang={defaultLang}>{name}</span>;
}

/** A topic's description as a paragraph, in the edition's language or, marked as such, the default one. */
export function TopicDescription({ topic, locale, className }: { topic: Topic; locale: Locale; className: string }) {
  const e = edition(locale);
  return (
    <p lang={e.hasTopicDescription(topic) ? undefined : defaultLang} className={className}>
      {e.topicDescription(topic)}
    </p>
  );
}
