import type { AnchorHTMLAttributes } from 'react';
import { withBase } from '@/lib/site/paths';

/**
 * A link to a page of the site: a plain `<a>` whose root-relative `href` gets BASE_PATH. Pages carry
 * no router (post-export removes it), so next/link would only add a client component to every render.
 */
export function Link({ href, ...rest }: Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { href: string }) {
  return <a {...rest} href={withBase(href)} />;
}
