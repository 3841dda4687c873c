import { searchRoute } from '@/app/_routes/search';

const route = searchRoute('tr');
export const metadata = route.metadata;
export default route.Page;
