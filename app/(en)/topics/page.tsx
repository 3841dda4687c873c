import { topicsRoute } from '@/app/_routes/topics';

const route = topicsRoute('en');
export const generateMetadata = route.generateMetadata;
export default route.Page;
