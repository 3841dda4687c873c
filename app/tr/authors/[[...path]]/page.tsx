import { authorsRoute } from '@/app/_routes/authors';

const route = authorsRoute('tr');
export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
