/** An edition of the site: one locale's strings, paths, date format and topic names, looked up once. */
import { toTime } from '../content/dates';
import { authorNameIn } from '../content/authors';
import { messages, type Messages } from './messages';
import { pathsFor, type Paths } from '../site/paths';
import type { Author, Topic } from '../content/schema';
import { LOCALES, locales, site, type Locale, type LocaleConfig } from '../site/config';

export interface Edition extends LocaleConfig {
  readonly locale: Locale;
  readonly t: Messages;
  readonly paths: Paths;
  /** A front-matter date in the edition's long form: "28 November 2026", "28 Kasım 2026". */
  readonly formatDate: (date: string) => string;
  /** A topic's name and description in this language, or in the default one when the topic has no translation. */
  readonly topicName: (topic: Topic) => string;
  readonly topicDescription: (topic: Topic) => string;
  /** Whether the topic's name / description shown by this edition is a translation (else it is in the default language). */
  readonly hasTopicName: (topic: Topic) => boolean;
  readonly hasTopicDescription: (topic: Topic) => boolean;
  /** An author's name, role and bio in this language, or in the default one when authors.yml gives no translation. */
  readonly authorName: (author: Author) => string;
  readonly authorRole: (author: Author) => string;
  readonly authorBio: (author: Author) => string;
  /** Whether the role / bio shown by this edition is a translation (else it is in the default language). */
  readonly hasAuthorRole: (author: Author) => boolean;
  readonly hasAuthorBio: (author: Author) => boolean;
}

function makeEdition(locale: Locale): Edition {
  const config = locales[locale];
  const dates = new Intl.DateTimeFormat(config.dateLocale, { dateStyle: 'long', timeZone: site.timeZone });
  const isDefault = locale === site.defaultLocale;
  const name = (topic: Topic) => (isDefault ? undefined : topic.names?.[locale]);
  const description = (topic: Topic) => (isDefault ? undefined : topic.descriptions?.[locale]);
  const role = (author: Author) => (isDefault ? undefined : author.roles?.[locale]);
  const bio = (author: Author) => (isDefault ? undefined : author.bios?.[locale]);
  return {
    ...config,
    locale,
    t: messages[locale],
    paths: pathsFor(locale),
    formatDate: (date) => dates.format(toTime(date)),
    topicName: (topic) => name(topic) ?? topic.name,
    topicDescription: (topic) => description(topic) ?? topic.description,
    hasTopicName: (topic) => isDefault || name(topic) !== undefined,
    hasTopicDescription: (topic) => isDefault || description(topic) !== undefined,
    authorName: (author) => authorNameIn(author, locale),
    authorRole: (author) => role(author) ?? author.role,
    authorBio: (author) => bio(author) ?? author.bio,
    hasAuthorRole: (author) => isDefault || role(author) !== undefined,
    hasAuthorBio: (author) => isDefault || bio(author) !== undefined,
  };
}

const editions = new Map<Locale, Edition>(LOCALES.map((locale) => [locale, makeEdition(locale)]));

/** The edition of `locale`. */
export function edition(locale: Locale): Edition {
  const found = editions.get(locale);
  if (!found) throw new Error(`no edition for locale ${locale}`);
  return found;
}

/** Every edition, the default first. */
export const allEditions = (): readonly Edition[] => [site.defaultLocale, ...LOCALES.filter((l) => l !== site.defaultLocale)].map(edition);
