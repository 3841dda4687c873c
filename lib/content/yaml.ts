/** Safe YAML 1.2 parsing with source positions: no aliases bombs, no custom tags, no duplicate keys. */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';

/** Aliases beyond this count are refused: legitimate front matter never needs them; "billion laughs" does. */
const MAX_ALIAS_COUNT = 50;

export interface Position {
  readonly line: number;
  readonly column: number;
}

export interface YamlProblem extends Partial<Position> {
  readonly message: string;
}

export interface ParsedYaml {
  /** The parsed value, or `undefined` when the YAML could not be parsed. */
  readonly value: unknown;
  readonly problems: readonly YamlProblem[];
  /** Position of the value at `path` (or of its key, when `key` is true), in file coordinates. */
  locate(path: readonly PropertyKey[], key?: boolean): Position | undefined;
}

/** Parses `text`, whose first line is line `firstLine` of its file. Never throws. */
export function parseYaml(text: string, firstLine = 1): ParsedYaml {
  const lineCounter = new LineCounter();
  const toFile = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, version: '1.2' });
  } catch (error) {
    return { value: undefined, problems: [{ message: errorText(error) }], locate: () => undefined };
  }
  const locate = (path: readonly PropertyKey[], key = false): Position | undefined => {
    const node = nodeAt(doc.contents, path, key);
    return node?.range ? toFile(node.range[0]) : undefined;
  };
  if (doc.errors.length > 0) {
    const problems = doc.errors.map((error) => ({
      message: /call stack/i.test(error.message) ? 'the YAML is nested too deeply to read' : (error.message.split('\n')[0] ?? error.message),
      ...toFile(/Missing closing/.test(error.message) ? openingQuote(text, error.pos[0]) : error.pos[0]),
    }));
    return { value: undefined, problems, locate };
  }
  try {
    return { value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), problems: [], locate };
  } catch (error) {
    return { value: undefined, problems: [{ message: errorText(error) }], locate };
  }
}

/** An unclosed quote is reported where the text ends; point at the line that opened it instead. */
function openingQuote(text: string, end: number): number {
  let offset = 0;
  for (const line of text.slice(0, end).split('\n')) {
    const quote = /:\s*(["'])/.exec(line);
    if (quote?.[1] && line.split(quote[1]).length % 2 === 0) return offset + quote.index + quote[0].length - 1;
    offset += line.length + 1;
  }
  return end;
}

function errorText(error: unknown): string {
  if (error instanceof RangeError) return 'the YAML is nested too deeply to read';
  const message = error instanceof Error ? error.message : String(error);
  if (/alias/i.test(message)) return `too many YAML aliases (at most ${MAX_ALIAS_COUNT} are allowed)`;
  return message.split('\n')[0] ?? message;
}

function nodeAt(root: unknown, path: readonly PropertyKey[], key: boolean): YamlNode | undefined {
  let node: unknown = root;
  for (const [index, segment] of path.entries()) {
    const last = index === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === segment);
      if (!pair) return isMap(node) ? node : undefined;
      if (last && key && isScalar(pair.key)) return pair.key;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item: unknown = node.items[segment];
      if (item === undefined) return node;
      node = item;
    } else {
      break;
    }
  }
  return isMap(node) || isSeq(node) || isScalar(node) ? node : undefined;
}
