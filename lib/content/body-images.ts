/**
 * Body images of the Markdown pipeline (a remark plugin): each `![alt](src "title")` or `![alt][ref]`
 * is checked by the content folder's resolver and becomes the same `<picture>` as a brief's photo;
 * one alone in its paragraph with a title becomes a `<figure>` with that title as its caption. An
 * image that cannot be published (remote, missing, unsafe, no alt text) is a problem with its line,
 * and is shown as its alt text.
 */
import type { Definition, Image, ImageReference, Nodes, Paragraph, Root } from 'mdast';
import { pictureElement } from '../media/hast';
import type { Image as ImageFile } from '../media/schema';

/** Checks an image an editor names (`images/x.jpg`) and measures it; reads the content folder. */
export type ImageResolver = (written: string) => Promise<{ readonly image: ImageFile } | { readonly problem: string }>;

export interface ImageProblem {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/** What the plugin found: the image files shown (each once, in order) and the problems. */
export interface BodyImages {
  readonly images: Map<string, ImageFile>;
  readonly problems: ImageProblem[];
}

interface Found {
  readonly image: Image | ImageReference;
  readonly url: string;
  readonly title?: string;
  /** The paragraph, when the image is all it holds. */
  readonly paragraph?: Paragraph;
}

/** The remark plugin; `found` collects what it publishes and refuses. */
export function bodyImages(resolve: ImageResolver | undefined, basePath: string, found: BodyImages) {
  return () => async (tree: Root) => {
    const definitions = new Map<string, Definition>();
    const images: Found[] = [];
    const define = (node: Nodes): void => {
      if (node.type === 'definition' && !definitions.has(node.identifier)) definitions.set(node.identifier, node);
      if ('children' in node) node.children.forEach(define);
    };
    const collect = (node: Nodes): void => {
      const only = node.type === 'paragraph' ? onlyImage(node) : undefined;
      const image = only ?? (node.type === 'image' || node.type === 'imageReference' ? node : undefined);
      if (image) {
        const target = image.type === 'image' ? image : definitions.get(image.identifier);
        images.push({ image, url: target?.url ?? '', ...(target?.title ? { title: target.title } : {}), ...(only && node.type === 'paragraph' ? { paragraph: node } : {}) });
        if (only) return;
      }
      if ('children' in node) node.children.forEach(collect);
    };
    define(tree);
    collect(tree);
    for (const { image, url, title, paragraph } of images) {
      const at = { line: image.position?.start.line ?? 1, column: image.position?.start.column ?? 1 };
      const resolved = resolve ? await resolve(url) : { problem: 'expected an image the build can check, found no content folder to read it from' };
      const alt = (image.alt ?? '').trim();
      if ('problem' in resolved) found.problems.push({ ...at, message: `image ${JSON.stringify(url)}: ${resolved.problem}` });
      else if (alt === '') found.problems.push({ ...at, message: `image ${JSON.stringify(url)}: expected alt text saying what it shows (![what it shows](${url})), found none` });
      if ('problem' in resolved || alt === '') {
        altTextOnly(image);
        continue;
      }
      found.images.set(resolved.image.id, resolved.image);
      const caption = title?.trim();
      const picture = pictureElement(resolved.image, alt, basePath, paragraph ? undefined : caption);
      if (paragraph && caption) {
        paragraph.data = { ...paragraph.data, hName: 'figure', hChildren: [picture, { type: 'element', tagName: 'figcaption', properties: {}, children: [{ type: 'text', value: caption }] }] };
      } else {
        // mdast's image properties (src, alt, title) would land on the <picture>: they are cleared.
        image.data = { ...image.data, hName: 'picture', hProperties: { src: undefined, alt: undefined, title: undefined }, hChildren: picture.children };
      }
    }
  };
}

/** The image of a paragraph holding one image and nothing else but white space. */
function onlyImage(paragraph: Paragraph): Image | ImageReference | undefined {
  const visible = paragraph.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  const [first] = visible;
  return visible.length === 1 && (first?.type === 'image' || first?.type === 'imageReference') ? first : undefined;
}

/** An image that cannot be published is shown as its alt text (the build fails on it; `next dev` shows the text). */
function altTextOnly(image: Image | ImageReference): void {
  image.data = { ...image.data, hName: 'span', hProperties: { src: undefined, alt: undefined, title: undefined }, hChildren: [{ type: 'text', value: image.alt ?? '' }] };
}
