/**
 * The site as a news organisation in JSON-LD: one `NewsMediaOrganization` node, `<origin>/#organization`,
 * shown on each edition's home page and standards pages, naming the policies whose pages that edition
 * has; every brief's `publisher` points to it by its `@id`. Pure.
 */
import type { StandardsName } from '../content/pages';
import { pathsFor } from '../site/paths';
import type { Locale } from '../site/config';
import type { Publisher } from './identity';

/** Each schema.org policy property, and the standards page that states it. (`diversityPolicy` and the like: no such page.) */
export const POLICY_PAGES = [
  ['publishingPrinciples', 'ethics'],
  ['ethicsPolicy', 'ethics'],
  ['correctionsPolicy', 'corrections-policy'],
  ['masthead', 'masthead'],
  ['actionableFeedbackPolicy', 'contact'],
] as const satisfies readonly (readonly [string, StandardsName])[];

/** The organisation's `@id`: the same node in every edition and on every page. */
export const organizationId = (publisher: Publisher): string => `${publisher.origin}/#organization`;

const logoOf = (publisher: Publisher) => ({ '@type': 'ImageObject', url: `${publisher.origin}${publisher.logo}` });

/**
 * The organisation as `locale`'s edition describes it: its policies are that edition's pages, never
 * the other edition's (a reader of one edition is not sent to a page in another language; the node's
 * `@id` is the same, so a reader of both editions' pages joins the two).
 */
export function newsMediaOrganization(publisher: Publisher, locale: Locale, standards: readonly StandardsName[]) {
  const paths = pathsFor(locale);
  const policies = POLICY_PAGES.flatMap(([property, page]) => (standards.includes(page) ? [[property, `${publisher.origin}${paths.about(page)}`] as const] : []));
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsMediaOrganization',
    '@id': organizationId(publisher),
    name: publisher.name,
    url: `${publisher.origin}/`,
    logo: logoOf(publisher),
    ...Object.fromEntries(policies),
  };
}

/** A brief's `publisher`: the organisation, by its `@id` (its policies are on the home page's node). */
export const publisherOf = (publisher: Publisher) => ({ '@type': 'NewsMediaOrganization', '@id': organizationId(publisher), name: publisher.name, logo: logoOf(publisher) });
