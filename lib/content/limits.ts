/**
 * The budget of one brief: a cheap pass over its text, before remark runs, that refuses what would
 * make the parser slow, greedy or crash (micromark matches emphasis in quadratic time, and recurses
 * once per nested quote or list). Counts are over-estimates from the raw lines (code spans and
 * escapes included), so a limit is never passed by a trick of the syntax; every limit is far above
 * what a real brief uses. The measurements behind each limit are in the docs (performance). Pure: text
 * in, problems out.
 */

/** Caps an editor never meets by accident: a real brief uses a small fraction of each. */
export const LIMITS = {
  /** Bytes of one paragraph (blank-line separated block): one very long line costs memory in proportion; a real paragraph is a few KB. */
  paragraphBytes: 64 * 1024,
  /** Block quotes and list items inside one another (markdown-it stops at 100; a brief needs 3 or 4). */
  depth: 20,
  /**
   * Lines inside nested quotes and lists, each weighed by its depth past the first (a line at depth 3
   * weighs 2): micromark slows down with the square of them. This allows
   * 500 lines of a list in a list, or 55 at depth 10.
   */
  nestedWeight: 500,
  /** Runs of `*`, `_` or `~` in one paragraph (blank-line separated block): matching them costs their square. */
  delimitersPerBlock: 1_000,
  /** …and in the whole brief. */
  delimiters: 2_000,
  /** `[` in one block, and in the whole brief: each opens a possible link the parser keeps in memory. */
  bracketsPerBlock: 1_000,
  brackets: 2_000,
  /**
   * Openers the parser may follow to the end of their paragraph when nothing closes them, once each:
   * `<` (an unclosed `<!--`), backtick runs (unclosed runs of different lengths) and `](` (a link
   * title left open).
   */
  anglesPerBlock: 500,
  backtickRunsPerBlock: 500,
  linksPerBlock: 300,
  /**
   * …and over the brief, the sum of each paragraph's openers times its length in bytes: the time and
   * memory of those rescans rise with it. Real paragraphs are a few KB with a few openers; 2 M is a
   * 20 KB paragraph with 100 of them.
   */
  rescans: 2_000_000,
  /** Links: `](`, reference definitions, `<scheme:…>` and bare web addresses. */
  links: 500,
  /**
   * List items, quoted lines and line breaks (a line ending in two spaces or `\`): each has a cost to
   * render, which adds up over thousands of them.
   */
  lineMarks: 3_000,
  /** Headings: each becomes a section with an anchor. */
  headings: 150,
  /** Table cells, counted as the pipes of table lines. */
  tableCells: 2_000,
  /** Other inline markup: code-span backticks, `<`, `&` and `\`. */
  inlineMarks: 5_000,
} as const;

/** A limit the text passes, with the 1-based line (in the text given) where it is passed. */
export interface BudgetProblem {
  readonly line: number;
  readonly message: string;
}

/** The line of the first NUL byte of `text` (1-based), or `undefined` when it has none. */
export function nulLine(text: string): number | undefined {
  const at = text.indexOf('\u0000');
  return at < 0 ? undefined : text.slice(0, at).split('\n').length;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const LIST_MARKER = /^(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)/;
const HEADING = /^#{1,6}(?:[ \t]|$)/;
const SETEXT = /^(?:=+|-+)[ \t]*$/;
const LINK = /\]\(|\]:|<[a-z][a-z0-9+.-]{1,31}:|(?:^|[\s*_~])(?:https?:\/\/|www\.)/gi;

const count = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;

const [STAR, UNDERSCORE, TILDE, BRACKET, PIPE, LESS, AMPERSAND, BACKSLASH, BACKTICK] = [...'*_~[|<&\\`'].map((c) => c.charCodeAt(0));

/** Marks of one line, in one pass: runs of `*`, `_`, `~`; `[`; `|`; code-span backtick runs, `<`, `&`, `\` (and the first two alone). */
function marksOf(text: string): { delimiters: number; brackets: number; pipes: number; inline: number; angles: number; backtickRuns: number } {
  const marks = { delimiters: 0, brackets: 0, pipes: 0, inline: 0, angles: 0, backtickRuns: 0 };
  let previous = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === STAR || code === UNDERSCORE || code === TILDE) {
      if (code !== previous) marks.delimiters += 1;
    } else if (code === BRACKET) marks.brackets += 1;
    else if (code === PIPE) marks.pipes += 1;
    else if (code === LESS || code === AMPERSAND || code === BACKSLASH || (code === BACKTICK && previous !== BACKTICK)) {
      marks.inline += 1;
      if (code === LESS) marks.angles += 1;
      if (code === BACKTICK) marks.backtickRuns += 1;
    }
    previous = code;
  }
  return marks;
}
const n = (value: number) => value.toLocaleString('en');

/** Width of leading spaces and tabs (a tab to the next multiple of 4), and where the text after them starts. */
function indentOf(line: string): { width: number; end: number } {
  let width = 0;
  let end = 0;
  for (; end < line.length; end++) {
    if (line[end] === ' ') width += 1;
    else if (line[end] === '\t') width += 4 - (width % 4);
    else break;
  }
  return { width, end };
}

/** How much of each limit a body uses (the largest block and the deepest line for the per-block and depth limits). */
export type BudgetUsage = Record<keyof typeof LIMITS, number>;

/** The limits of one paragraph (blank-line separated block), what each counts, and what to do. */
const PER_BLOCK = [
  { limit: 'delimitersPerBlock', what: 'runs of *, _ or ~', advice: 'escape the characters as \\* and \\_' },
  { limit: 'bracketsPerBlock', what: '[ brackets', advice: 'escape them as \\[' },
  { limit: 'anglesPerBlock', what: '< (inline HTML and <autolinks>)', advice: 'escape them as \\< or write &lt;' },
  { limit: 'backtickRunsPerBlock', what: 'runs of ` (code spans)', advice: 'put the code in a fenced code block (```)' },
  { limit: 'linksPerBlock', what: 'links', advice: 'make a list with a blank line between items' },
] as const;
type BlockLimit = (typeof PER_BLOCK)[number]['limit'];

/**
 * Checks `body` (the Markdown below the front matter) against `LIMITS`; returns the first problem of
 * each kind, with its line. Fenced code at the top level is code to the parser too, and is skipped.
 */
export function checkBudget(body: string): BudgetProblem[] {
  return scan(body).problems;
}

/** What `body` uses of each limit, to measure real briefs against them (`scripts/bench/hostile-briefs.ts --usage`). */
export function budgetUsage(body: string): BudgetUsage {
  return scan(body).usage;
}

function scan(body: string): { problems: BudgetProblem[]; usage: BudgetUsage } {
  const problems = new Map<string, BudgetProblem>();
  const fail = (kind: string, line: number, message: string) => {
    if (!problems.has(kind)) problems.set(kind, { line, message });
  };
  const totals = { rescans: 0, lineMarks: 0, nestedWeight: 0, delimiters: 0, brackets: 0, links: 0, headings: 0, tableCells: 0, inlineMarks: 0 };
  const empty = (start: number) => ({ start, bytes: 0, openers: 0, delimitersPerBlock: 0, bracketsPerBlock: 0, anglesPerBlock: 0, backtickRunsPerBlock: 0, linksPerBlock: 0 });
  let block: Record<BlockLimit, number> & { start: number; bytes: number; openers: number } = empty(1);
  /** Ends the paragraph: what the parser may read again of it is counted, and said with its first line. */
  const endBlock = (next: number) => {
    most.paragraphBytes = Math.max(most.paragraphBytes, block.bytes);
    if (block.bytes > LIMITS.paragraphBytes) {
      fail('paragraphBytes', block.start, `a paragraph, from this line, of ${n(Math.ceil(block.bytes / 1024))} KB (the limit of one paragraph, list or table is ${LIMITS.paragraphBytes / 1024} KB); split it with blank lines`);
    }
    totals.rescans += block.openers * block.bytes;
    // A paragraph already refused for its own size or marks is not named again.
    const refused = [...PER_BLOCK.map(({ limit }) => limit), 'paragraphBytes'].some((kind) => problems.get(kind)?.line === block.start);
    if (totals.rescans > LIMITS.rescans && !refused) {
      fail('rescans', block.start, `a paragraph, from this line, of ${n(Math.ceil(block.bytes / 1024))} KB with ${n(block.openers)} code spans, < or links, which the parser may each read to the paragraph's end: more than the brief's limit (${n(LIMITS.rescans)} bytes read, summed over its paragraphs); split long paragraphs with blank lines`);
    }
    block = empty(next);
  };
  const most = { paragraphBytes: 0, depth: 0, delimitersPerBlock: 0, bracketsPerBlock: 0, anglesPerBlock: 0, backtickRunsPerBlock: 0, linksPerBlock: 0 };
  let fence: { char: string; length: number } | undefined;
  let lists: number[] = []; // content columns of the list items open around the current line
  let previousText = false;
  const lines = body.split('\n');
  lines.forEach((line, index) => {
    const number = index + 1;
    if (fence) {
      const closing = FENCE.exec(line)?.[1];
      if (closing && closing[0] === fence.char && closing.length >= fence.length && line.trim() === closing) fence = undefined;
      return;
    }
    const opening = FENCE.exec(line)?.[1];
    if (opening && (opening[0] === '~' || !line.slice(line.indexOf(opening) + opening.length).includes('`'))) {
      fence = { char: opening[0] ?? '`', length: opening.length };
      lists = [];
      previousText = false;
      endBlock(number + 1);
      return;
    }
    if (line.trim() === '') {
      endBlock(number + 1);
      previousText = false;
      return;
    }

    // Nesting: the list items this line's indentation keeps open, then the quote and list markers it starts with.
    const indent = indentOf(line);
    while (lists.length > 0 && indent.width < (lists.at(-1) ?? 0)) lists.pop();
    let depth = lists.length;
    const enclosing = depth;
    let rest = line.slice(indent.end);
    let column = indent.width;
    for (;;) {
      if (rest.startsWith('>')) {
        depth += 1;
        rest = rest.slice(1);
        column += 1;
      } else {
        const marker = LIST_MARKER.exec(rest)?.[0];
        if (marker === undefined) break;
        depth += 1;
        column += marker.length + 1;
        lists.push(column);
        rest = rest.slice(marker.length);
      }
      const space = indentOf(rest);
      rest = rest.slice(space.end);
      column += space.width;
      if (depth > LIMITS.depth) break;
    }
    if (depth > LIMITS.depth) {
      fail('depth', number, `block quotes and lists are nested more than ${LIMITS.depth} deep here (the limit of one brief); flatten them`);
    }
    totals.nestedWeight += Math.max(0, depth - 1);
    totals.lineMarks += depth - enclosing + (/(?: {2,}|\\)$/.test(rest) ? 1 : 0);
    most.depth = Math.max(most.depth, depth);

    if (HEADING.test(rest) || (previousText && SETEXT.test(rest))) totals.headings += 1;
    previousText = rest !== '' && !SETEXT.test(rest);
    const { delimiters, brackets, pipes, inline, angles, backtickRuns } = marksOf(rest);
    if (pipes > 0) totals.tableCells += pipes + 1;
    const links = rest.includes('](') || rest.includes(']:') || rest.includes('<') || rest.includes('http') || rest.includes('www.') ? count(rest, LINK) : 0;
    totals.links += links;
    totals.inlineMarks += inline;
    totals.delimiters += delimiters;
    totals.brackets += brackets;
    block.delimitersPerBlock += delimiters;
    block.bracketsPerBlock += brackets;
    block.anglesPerBlock += angles;
    block.backtickRunsPerBlock += backtickRuns;
    block.linksPerBlock += links;
    block.bytes += line.length + 1;
    block.openers += angles + backtickRuns + links;
    for (const { limit, what, advice } of PER_BLOCK) {
      most[limit] = Math.max(most[limit], block[limit]);
      if (block[limit] > LIMITS[limit]) fail(limit, block.start, `a paragraph, from this line, with more than ${n(LIMITS[limit])} ${what} (the limit of one paragraph); split it with blank lines, or ${advice}`);
    }
    const over = (kind: keyof typeof totals, what: string, advice: string) => {
      // A paragraph over its own limit is the one to fix: the brief's total is not said as well.
      if (totals[kind] > LIMITS[kind] && !problems.has(`${kind}PerBlock`)) fail(kind, number, `more than ${n(LIMITS[kind])} ${what} (the limit of one brief) by this line; ${advice}`);
    };
    over('lineMarks', 'list items, quoted lines and line breaks', 'split the brief, or make a long list a table or a paragraph');
    over('nestedWeight', 'lines of nested lists and quotes (a line weighs its depth past the first)', 'flatten the lists: one level of bullets, or headings instead of outer levels');
    over('delimiters', 'runs of *, _ or ~', 'split the brief, or escape the characters as \\* and \\_');
    over('brackets', '[ brackets', 'split the brief, or escape them as \\[');
    over('links', 'links', 'split the brief into several');
    over('headings', 'headings', 'split the brief into several');
    over('tableCells', 'table cells', 'split the table, or link to the data instead');
    over('inlineMarks', 'code spans, <, & and \\ marks', 'put long code in a fenced code block (```), or split the brief');
  });
  endBlock(lines.length + 1);
  return { problems: [...problems.values()], usage: { ...totals, ...most } };
}
