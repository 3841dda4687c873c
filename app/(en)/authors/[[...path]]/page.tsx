import { authorsRoute } from '@/app/_routes/authors';

const route = authorsRoute('en');
export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
