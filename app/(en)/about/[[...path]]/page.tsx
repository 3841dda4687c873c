import { aboutRoute } from '@/app/_routes/about';

const route = aboutRoute('en');
export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
