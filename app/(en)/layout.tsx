import { editionLayout, editionMetadata } from '@/app/_routes/layout';

export { viewport } from '@/app/_routes/layout';
export const metadata = editionMetadata('en');
export default editionLayout('en');
