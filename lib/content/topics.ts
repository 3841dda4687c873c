/** Parsing `topics.yml`: the list of topic clusters. Pure. */
import type { ContentIssue } from './error';
import { describeValue } from './describe';
import { EXPECTED, topicsFileSchema, type Topic } from './schema';
import { LOCALES } from '../site/config';
import { parseYaml } from './yaml';

/** Parses and validates `topics.yml`; returns the topics or every problem found. */
export function checkTopics(source: string, file: string): { topics: readonly Topic[]; issues: readonly ContentIssue[] } {
  const yaml = parseYaml(source);
  if (yaml.problems.length > 0) {
    return {
      topics: [],
      issues: yaml.problems.map((p) => ({ file, field: 'topics', message: `invalid YAML: ${p.message}`, ...(p.line ? { line: p.line, column: p.column ?? 1 } : {}) })),
    };
  }
  const parsed = topicsFileSchema.safeParse(yaml.value, { reportInput: true });
  if (!parsed.success) {
    return {
      topics: [],
      issues: parsed.error.issues.map((issue) => {
        const key = issue.path.map((seg) => (typeof seg === 'number' ? '[]' : `.${String(seg)}`)).join('').replace(/^\./, '');
        const field = issue.path.map((seg) => (typeof seg === 'number' ? `[${seg}]` : `.${String(seg)}`)).join('').replace(/^\./, '') || 'topics';
        const found = 'input' in issue ? issue.input : undefined;
        const inMapping = issue.path.length === 2;
        const expected =
          issue.code === 'unrecognized_keys'
            ? inMapping
              ? `only the site's languages (${LOCALES.join(', ')}) as keys (unknown: ${issue.keys.join(', ')})`
              : `only id, name, description, names, descriptions (unknown: ${issue.keys.join(', ')})`
            : (EXPECTED[key] ?? 'a valid value');
        return { file, field, message: `expected ${expected}, found ${describeValue(found)}`, ...yaml.locate(issue.path) };
      }),
    };
  }
  const seen = new Set<string>();
  const issues: ContentIssue[] = [];
  parsed.data.forEach((topic, index) => {
    if (seen.has(topic.id)) {
      issues.push({ file, field: `[${index}].id`, message: `expected a unique id, found ${JSON.stringify(topic.id)} a second time`, ...yaml.locate([index, 'id']) });
    }
    seen.add(topic.id);
  });
  return { topics: issues.length > 0 ? [] : parsed.data, issues };
}
