import { NotFoundBody } from '@/app/_routes/not-found';

/** Shown for `notFound()` inside the edition (in `next dev`; the export's 404 files come from global-not-found and tr/404). */
export default function NotFound() {
  return <NotFoundBody locale="en" />;
}
