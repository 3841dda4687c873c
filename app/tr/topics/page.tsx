import { topicsRoute } from '@/app/_routes/topics';

const route = topicsRoute('tr');
export const generateMetadata = route.generateMetadata;
export default route.Page;
