/** Language versions: each original grouped with its translations (`translationOf`). Pure. */
import { LOCALES, type Locale } from '../site/config';
import type { Translation } from './models';

type Versioned = Translation & { readonly translationOf?: string | undefined };

/** `locale:slug`, the key of an article across editions. */
export const versionKey = (a: { readonly locale: Locale; readonly slug: string }): string => `${a.locale}:${a.slug}`;

/**
 * Maps `locale:slug` of every article that has a translation to all its versions (itself included),
 * in locale order. Pass published articles only, so no page links a draft; pairs are assumed checked
 * (`checkTranslations`), and a translation whose original is not passed is left alone.
 */
export function languageVersions(articles: readonly Versioned[]): Map<string, readonly Translation[]> {
  // Originals by slug: editions may share a slug, so a translation's original is the one in another language.
  const originals = new Map<string, Versioned[]>();
  for (const article of articles) {
    if (article.translationOf === undefined) originals.set(article.slug, [...(originals.get(article.slug) ?? []), article]);
  }
  const groups = new Map<string, Versioned[]>();
  for (const article of articles) {
    const target = article.translationOf;
    const original = target === undefined ? article : originals.get(target)?.find((o) => o.locale !== article.locale);
    if (!original) continue;
    groups.set(versionKey(original), [...(groups.get(versionKey(original)) ?? []), article]);
  }
  const versions = new Map<string, readonly Translation[]>();
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const list = members
      .map(({ locale, lang, slug, title }) => ({ locale, lang, slug, title }))
      .sort((a, b) => LOCALES.indexOf(a.locale) - LOCALES.indexOf(b.locale));
    for (const member of members) versions.set(versionKey(member), list);
  }
  return versions;
}
