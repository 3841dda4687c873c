import { topicsRoute } from '@/app/_routes/topics';

const route = topicsRoute('tr');
export const metadata = route.metadata;
export default route.Page;
