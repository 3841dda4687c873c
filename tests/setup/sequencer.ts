/**
 * The order files start in: the longest series first (the build project's, then the type check),
 * the site's files last, so that its builds (started by tests/setup/build-site.ts) are over before a
 * site file takes a worker to wait for them. Within a project, vitest's order (longest last time first).
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const ORDER = ['build', 'typecheck', 'cms', 'slow', 'unit', 'site'];
const rank = (spec: TestSpecification) => {
  const index = ORDER.indexOf(spec.project.name);
  return index === -1 ? ORDER.length : index;
};

export default class ProjectOrder extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    return sorted.map((spec, index) => ({ spec, index })).sort((a, b) => rank(a.spec) - rank(b.spec) || a.index - b.index).map(({ spec }) => spec);
  }
}
