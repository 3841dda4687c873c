/** Parsing `topics.yml`: the list of topic clusters. Pure. */
import type { ContentIssue } from './error';
import { repeatedIds, schemaIssues, yamlIssues, type IssueWording } from './issues';
import { EXPECTED, topicsFileSchema, type Topic } from './schema';
import { parseYaml } from './yaml';

/** How topics.yml's problems read: unknown keys listed together, a missing field as "found nothing". */
const WORDING: IssueWording = { schema: topicsFileSchema, expected: EXPECTED, whole: 'topics', unknownKeys: 'together', required: false, refinements: false };

/** Parses and validates `topics.yml`; returns the topics or every problem found. */
export function checkTopics(source: string, file: string): { topics: readonly Topic[]; issues: readonly ContentIssue[] } {
  const yaml = parseYaml(source);
  if (yaml.problems.length > 0) return { topics: [], issues: yamlIssues(yaml, file, 'topics') };
  const parsed = topicsFileSchema.safeParse(yaml.value, { reportInput: true });
  if (!parsed.success) return { topics: [], issues: schemaIssues(parsed.error.issues, file, yaml, WORDING) };
  const issues = repeatedIds(parsed.data, file, yaml);
  return { topics: issues.length > 0 ? [] : parsed.data, issues };
}
