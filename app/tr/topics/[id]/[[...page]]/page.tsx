import { topicRoute } from '@/app/_routes/topic';

const route = topicRoute('tr');
export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
