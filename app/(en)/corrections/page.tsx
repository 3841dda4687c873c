import { correctionsRoute } from '@/app/_routes/corrections';

const route = correctionsRoute('en');
export const generateMetadata = route.generateMetadata;
export default route.Page;
