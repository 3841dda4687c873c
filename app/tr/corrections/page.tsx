import { correctionsRoute } from '@/app/_routes/corrections';

const route = correctionsRoute('tr');
export const generateMetadata = route.generateMetadata;
export default route.Page;
