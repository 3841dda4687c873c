import { tagsRoute } from '@/app/_routes/tags';

const route = tagsRoute('en');
export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
