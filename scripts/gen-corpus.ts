/**
 * `tsx scripts/gen-corpus.ts --n N --out DIR [--seed S]`: writes a synthetic but realistic content
 * folder (DIR/topics.yml and N briefs DIR/<slug>.md) that passes the content contract, for the
 * benchmark and for trying the site at scale. Deterministic: the same seed gives byte-identical
 * files, and a smaller N gives a prefix of a larger one. No network; only node and `yaml`.
 */
import { existsSync, mkdirSync, readdirSync, realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { slugify } from '../lib/content/slug';

export interface CorpusOptions {
  /** Number of articles to write. */
  readonly n: number;
  /** Folder to write into; created if missing, refused if not empty. */
  readonly out: string;
  /** PRNG seed (default `DEFAULT_SEED`). */
  readonly seed?: number;
}

export interface CorpusResult {
  readonly articles: number;
  readonly topics: number;
  /** Body words of the shortest and longest article. */
  readonly minWords: number;
  readonly maxWords: number;
}

export const DEFAULT_SEED = 20261128;

/** Body length bounds (readable words, as lib/markdown counts them). */
const MIN_BODY_WORDS = 600;
const MAX_BODY_WORDS = 1200;

// ------------------------------------------------------------------ random numbers

/** A seeded PRNG with the helpers the generator needs. */
interface Random {
  next(): number;
  int(lo: number, hi: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
  sample<T>(items: readonly T[], k: number): T[];
}

/** mulberry32: a tiny, fast, well-distributed 32-bit PRNG. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Wraps mulberry32 with integer, pick, chance and sample helpers. */
function createRandom(seed: number): Random {
  const next = mulberry32(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  };
  const sample = <T>(items: readonly T[], k: number): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      const a = copy[i];
      const b = copy[j];
      if (a === undefined || b === undefined) continue;
      copy[i] = b;
      copy[j] = a;
    }
    return copy.slice(0, k);
  };
  return { next, int, pick, chance: (p) => next() < p, sample };
}

// ------------------------------------------------------------------ vocabulary

interface TopicVocabulary {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly names?: Readonly<Record<string, string>>;
  /** Organisations that act in stories of this topic. */
  readonly actors: readonly string[];
  /** Things the stories are about (noun phrases, used after a verb). */
  readonly things: readonly string[];
  /** What the actors do, as headline verbs taking a thing. */
  readonly actions: readonly string[];
  /** People affected. */
  readonly groups: readonly string[];
  readonly risks: readonly string[];
  readonly tags: readonly string[];
}

const TOPICS: readonly TopicVocabulary[] = [
  {
    id: 'ethics-safety-regulation',
    name: 'Ethics, Safety & Regulation',
    description: 'How AI is built, governed and held to account — training-data ethics, copyright, safety and the rules regulators write.',
    names: { tr: 'Etik, Güvenlik ve Regülasyon' },
    actors: ['the European Commission', 'the UK AI Safety Institute', 'the Federal Trade Commission', 'Nimbus Labs', 'Parallax AI', 'a coalition of news publishers', 'the Council of Europe'],
    things: ['training-data disclosures', 'model evaluations', 'copyright licensing for AI training', 'watermarking of generated images', 'safety testing of frontier models', 'rules on general-purpose AI', 'audits of hiring algorithms', 'limits on facial recognition'],
    actions: ['opens an inquiry into', 'publishes draft rules on', 'faces a lawsuit over', 'pauses work on', 'calls for binding limits on', 'signs a voluntary pledge on', 'delays its decision on', 'sets a deadline for'],
    groups: ['authors and artists', 'smaller AI developers', 'job seekers', 'people in the training data', 'open-source maintainers', 'compliance teams'],
    risks: ['unlicensed reuse of creative work', 'opaque training chains', 'biased automated decisions', 'a patchwork of national rules', 'fines of up to 7 per cent of turnover'],
    tags: ['ai-policy', 'copyright', 'training-data', 'ai-safety', 'eu-ai-act', 'fair-use'],
  },
  {
    id: 'models-research',
    name: 'Models & Research',
    description: 'New AI models, the research behind them and what the benchmarks do and do not show.',
    actors: ['Nimbus Labs', 'Parallax AI', 'Helio Research', 'a team at ETH Zurich', 'Orchard Systems', 'the Allen Institute', 'Kestrel AI'],
    things: ['a smaller reasoning model', 'an open-weights language model', 'a model that runs on phones', 'a new benchmark for coding agents', 'long-context memory', 'a multilingual speech model', 'synthetic training data', 'a model for protein design'],
    actions: ['releases', 'unveils', 'shelves', 'open-sources', 'doubles down on', 'publishes results for', 'quietly updates', 'bets its roadmap on'],
    groups: ['developers', 'researchers', 'start-ups building on the API', 'teachers', 'translators', 'enterprise customers'],
    risks: ['benchmark contamination', 'hallucinated citations', 'rising inference costs', 'model collapse from synthetic data', 'results that do not replicate'],
    tags: ['language-models', 'open-source', 'benchmarks', 'ai-agents', 'research'],
  },
  {
    id: 'chips-infrastructure',
    name: 'Chips & Infrastructure',
    description: 'The semiconductors, data centres and power that AI runs on, and the supply chains behind them.',
    actors: ['Vantor Semiconductor', 'Helio Systems', 'the U.S. Commerce Department', 'a Taiwanese foundry', 'Stratus Cloud', 'Northbridge Energy', 'the Dutch government'],
    things: ['export controls on advanced chips', 'a new data-centre campus', 'high-bandwidth memory supply', 'liquid cooling for AI servers', 'a 2-nanometre production line', 'grid connections for data centres', 'custom inference chips', 'undersea cable capacity'],
    actions: ['expands', 'tightens', 'announces', 'cancels', 'races to secure', 'lobbies against', 'breaks ground on', 'warns of shortages in'],
    groups: ['cloud customers', 'local residents', 'chip designers', 'utilities', 'hardware start-ups', 'national laboratories'],
    risks: ['power shortages', 'water stress near data centres', 'a single point of failure in the supply chain', 'retaliatory export bans', 'stranded investment'],
    tags: ['semiconductors', 'data-centres', 'export-controls', 'energy', 'supply-chain'],
  },
  {
    id: 'business-markets',
    name: 'Business & Markets',
    description: 'Funding rounds, deals, earnings and the business models of the companies building AI.',
    actors: ['Parallax AI', 'Orchard Systems', 'Stratus Cloud', 'a consortium of pension funds', 'Kestrel AI', 'Meridian Capital', 'Lumen Bank'],
    things: ['a 4 billion dollar funding round', 'its enterprise subscription', 'a takeover of a robotics start-up', 'price cuts for its API', 'a listing on the stock market', 'a revenue-sharing deal with publishers', 'its advertising business', 'a joint venture in the Gulf'],
    actions: ['closes', 'launches', 'abandons', 'defends', 'reports record demand for', 'renegotiates', 'raises prices on', 'explores'],
    groups: ['investors', 'employees with stock options', 'small businesses', 'rival start-ups', 'corporate buyers', 'advertisers'],
    risks: ['a valuation that outruns revenue', 'customer concentration', 'antitrust scrutiny', 'a price war on tokens', 'dependence on a single cloud provider'],
    tags: ['funding', 'earnings', 'mergers', 'start-ups', 'big-tech'],
  },
  {
    id: 'climate-energy',
    name: 'Climate & Energy',
    description: 'The energy cost of computing, and how AI is used to model the climate and run the grid.',
    actors: ['Northbridge Energy', 'the International Energy Agency', 'a Nordic grid operator', 'Helio Systems', 'the Texas grid regulator', 'Verdant Analytics'],
    things: ['the electricity demand of AI', 'AI forecasting for wind farms', 'nuclear power deals for data centres', 'reporting of water use', 'carbon accounting for model training', 'heat reuse from server halls', 'battery storage contracts', 'weather models built on machine learning'],
    actions: ['revises its forecast for', 'signs a long-term contract for', 'publishes figures on', 'questions', 'invests in', 'pilots', 'sets targets for', 'warns about'],
    groups: ['households', 'grid planners', 'climate scientists', 'farmers', 'energy-intensive industries', 'municipal utilities'],
    risks: ['higher bills for households', 'delayed coal closures', 'greenwashing in emissions reports', 'local opposition to new plants', 'missed climate targets'],
    tags: ['energy', 'emissions', 'renewables', 'climate-policy', 'data-centres'],
  },
  {
    id: 'health-science',
    name: 'Health & Science',
    description: 'AI in hospitals, labs and clinical trials: what it finds, what it misses and who checks it.',
    actors: ['a hospital network in Lyon', 'the European Medicines Agency', 'Helio Research', 'a team at the University of Toronto', 'Kestrel AI', 'the NHS'],
    things: ['AI screening for breast cancer', 'a model that reads chest X-rays', 'drug discovery with generative models', 'clinical-trial matching', 'note-taking assistants for doctors', 'an AI tool for sepsis alerts', 'protein-structure predictions', 'mental-health chatbots'],
    actions: ['approves', 'trials', 'withdraws', 'reports mixed results for', 'expands the use of', 'sets standards for', 'publishes a study on', 'pauses'],
    groups: ['patients', 'radiologists', 'nurses', 'clinical researchers', 'hospital managers', 'insurers'],
    risks: ['missed diagnoses', 'over-reliance on automated alerts', 'leaks of patient data', 'bias against under-represented groups', 'unclear liability when the tool is wrong'],
    tags: ['healthcare', 'research', 'medical-ai', 'clinical-trials', 'privacy'],
  },
  {
    id: 'security-privacy',
    name: 'Security & Privacy',
    description: 'Attacks on and with AI systems, personal data in models, and the people defending both.',
    actors: ['a national cyber-security agency', 'Sentinel Labs', 'Parallax AI', 'the Irish Data Protection Commission', 'a group of security researchers', 'Stratus Cloud'],
    things: ['prompt-injection attacks', 'voice-cloning scams', 'personal data in training sets', 'a bug bounty for AI models', 'deepfake election content', 'leaked model weights', 'age checks for chatbots', 'encrypted on-device assistants'],
    actions: ['warns about', 'fines a company over', 'patches', 'investigates', 'publishes guidance on', 'discloses', 'launches', 'restricts'],
    groups: ['consumers', 'election officials', 'security teams', 'children and parents', 'banks', 'journalists'],
    risks: ['fraud at scale', 'stolen credentials', 'disinformation before elections', 'data that cannot be deleted from a model', 'attacks no filter catches'],
    tags: ['cybersecurity', 'privacy', 'deepfakes', 'gdpr', 'ai-safety'],
  },
];

/** Tags shared by every topic, so tag pages gather briefs from several clusters. */
const SHARED_TAGS = ['analysis', 'europe', 'united-states', 'asia', 'explainer', 'open-source'];

const AUTHORS = [
  'Brief Desk', 'Amara Okafor', 'Daniel Brennan', 'Lucía Fernández', 'Hiroshi Tanaka', 'Priya Raman',
  'Jonas Lindqvist', 'Elif Yıldız', 'Marcus Ellery', 'Chloé Martin', 'Samuel Adeyemi', 'Ingrid Novak',
];

const PLACES = ['Brussels', 'Washington', 'London', 'Paris', 'Berlin', 'Tokyo', 'Seoul', 'Singapore', 'Toronto', 'Istanbul', 'São Paulo', 'Nairobi', 'Bangalore', 'Dublin'];
const EXPERTS = [
  'a policy researcher at the University of Amsterdam', 'an analyst at Meridian Capital', 'a former regulator',
  'a professor of computer science at Ankara University', 'an economist at the OECD', 'a lawyer who advises technology firms',
  'the head of a digital-rights group', 'a senior engineer who asked not to be named', 'a researcher at the Ada Lovelace Institute',
];
/** Time phrases that stand on their own after a verb ("would continue …"). */
const PERIODS = ['within 12 months', 'by the end of the year', 'over the next two years', 'in the coming quarter', 'before the end of the decade', 'by next spring', 'this autumn', 'in the next budget cycle'];
const PUBLISHERS = ['The Ledger', 'Northwind Post', 'Policy Wire', 'Signal & Noise', 'Data Desk Weekly', 'Meridian Review', 'Circuit Journal', 'Harbour Times'];
const DOCUMENTS = ['the full report', 'the consultation paper', 'the court filing', 'the company statement', 'the technical paper', 'the regulator’s decision', 'the published data'];

// ------------------------------------------------------------------ text templates

/** The slots a sentence template may use, filled once per article (and re-picked per sentence where it helps variety). */
interface Slots {
  readonly actor: string;
  readonly actor2: string;
  readonly thing: string;
  readonly thing2: string;
  readonly group: string;
  readonly risk: string;
  readonly place: string;
  readonly expert: string;
  readonly period: string;
  readonly pct: number;
  readonly count: number;
  readonly year: number;
}

type Template = (s: Slots) => string;

const SENTENCES: readonly Template[] = [
  (s) => `${cap(s.actor)} said the work on ${s.thing} would continue ${s.period}.`,
  (s) => `Analysts estimate that spending on ${s.thing} could grow by ${s.pct} per cent ${s.period}.`,
  (s) => `The announcement follows months of talks between ${s.actor} and ${s.actor2}.`,
  (s) => `Critics argue that the plan leaves ${s.group} exposed to ${s.risk}.`,
  (s) => `In ${s.place}, ${s.group} have already started to adjust their plans.`,
  (s) => `Officials declined to say whether the rules on ${s.thing} would also apply to ${s.group}.`,
  (s) => `"We have been clear about the trade-offs from the start," said ${s.expert}.`,
  (s) => `According to people familiar with the matter, at least ${s.count} organisations have asked for more time.`,
  (s) => `The numbers are still small, but they have roughly doubled since ${s.year}.`,
  (s) => `${cap(s.actor2)} has not commented publicly, though its filings point in the same direction.`,
  (s) => `Much depends on the definition of ${s.thing2}, a question that remains open.`,
  (s) => `Supporters say the change is overdue and will make ${s.thing} easier to scrutinise.`,
  (s) => `Others worry that ${s.risk} will be the main result, at least in the short term.`,
  (s) => `A survey of ${s.count} ${s.group} found that most had heard of the change but few understood it.`,
  (s) => `The same debate played out in ${s.place} in ${s.year}, with mixed results.`,
  (s) => `That leaves ${s.actor} with little room for manoeuvre ${s.period}.`,
  (s) => `For ${s.group}, the practical question is what changes on Monday morning, and the honest answer is: not much yet.`,
  (s) => `Internal documents suggest the decision was made quickly and revisited several times.`,
  (s) => `Costs are expected to fall by around ${s.pct} per cent if the approach works at scale.`,
  (s) => `"This is a test of whether voluntary commitments mean anything," said ${s.expert}.`,
  (s) => `The timing is not an accident: pressure over ${s.thing2} has been building since ${s.year}.`,
  (s) => `None of the ${s.count} cases reviewed so far has reached a final ruling.`,
  (s) => `Several of the largest players in ${s.place} have signalled that they will follow.`,
  (s) => `The underlying data, however, are patchy and often self-reported.`,
  (s) => `Independent researchers have been asking for access to the underlying figures for years.`,
  (s) => `If the pattern holds, the market for ${s.thing} could look very different by ${s.year + 3}.`,
  (s) => `The move drew a cautious welcome from ${s.group}, who had lobbied for clearer rules.`,
  (s) => `It is the ${ordinal((s.count % 4) + 2)} time in ${(s.count % 5) + 3} years that the issue has reached this stage.`,
  (s) => `Lawyers for ${s.actor2} said they were studying the text and would respond in writing.`,
  (s) => `The first draft ran to ${s.count} pages; the final version is considerably shorter.`,
  (s) => `In a statement, ${s.actor} described the step as "proportionate and necessary".`,
  (s) => `Not everyone is convinced. ${cap(s.expert)} called the approach "a good headline in search of a mechanism".`,
  (s) => `Investors appear relaxed so far, and shares in the sector moved by less than ${(s.pct % 4) + 1} per cent.`,
  (s) => `The question now is whether ${s.actor2} will follow suit or wait for a court to force its hand.`,
  (s) => `Behind the technical language sits a simple trade-off between speed and accountability.`,
  (s) => `Earlier attempts to settle the matter collapsed over who should pay for compliance.`,
  (s) => `Some of the ${s.group} we spoke to said they had not been consulted at all.`,
  (s) => `One person involved in the negotiations described the mood as "tired but constructive".`,
  (s) => `The budget set aside for enforcement is ${s.pct} million euros, a figure critics call modest.`,
  (s) => `In ${s.place}, the local authorities have promised their own review ${s.period}.`,
  (s) => `A spokesperson for ${s.actor} said it "welcomes scrutiny" and would publish more detail ${s.period}.`,
  (s) => `The stakes are highest for ${s.group}, who have the least say in how ${s.thing} is run.`,
  (s) => `Comparable programmes elsewhere have taken between ${(s.pct % 3) + 2} and ${(s.pct % 3) + 5} years to show results.`,
  (s) => `None of this is new to people who have followed ${s.thing2} closely.`,
  (s) => `Still, the direction of travel is clear, even if the pace is not.`,
  (s) => `The record of similar promises is mixed: roughly ${s.pct} per cent were met on time, according to one tally.`,
  (s) => `What happens in ${s.place} is likely to be watched closely by regulators elsewhere.`,
  (s) => `For now, ${s.actor} says it will keep the current arrangements in place.`,
];

const DESCRIPTIONS: readonly Template[] = [
  (s) => `${cap(s.actor)} moves on ${s.thing}, and ${s.group} want to know what it means for them.`,
  (s) => `What the decision on ${s.thing} changes, who it affects and what comes next.`,
  (s) => `The fight over ${s.thing} reaches ${s.place}, with ${s.risk} at stake.`,
  (s) => `${cap(s.actor)} and ${s.actor2} disagree on ${s.thing}. Here is what is at stake.`,
  (s) => `A closer look at ${s.thing}: the numbers, the critics and the open questions.`,
];

const SUMMARY_POINTS: readonly (readonly Template[])[] = [
  [
    (s) => `${cap(s.actor)} has moved on ${s.thing}, a step it had resisted for months.`,
    (s) => `The decision on ${s.thing} was announced in ${s.place} and takes effect ${s.period}.`,
    (s) => `${cap(s.actor)} confirmed the change after pressure from ${s.actor2}.`,
  ],
  [
    (s) => `Supporters say it brings clarity; critics warn of ${s.risk}.`,
    (s) => `Around ${s.count} organisations are directly affected, most of them ${s.group}.`,
    (s) => `Early figures suggest a change of about ${s.pct} per cent, though the data are incomplete.`,
  ],
  [
    (s) => `The next test comes ${s.period}, when ${s.actor2} is expected to respond.`,
    (s) => `Similar efforts in ${s.place} stalled in ${s.year}, which is why observers remain cautious.`,
    (s) => `Much will depend on how strictly the rules on ${s.thing2} are enforced.`,
  ],
];

const WHY_IT_MATTERS: readonly Template[] = [
  (s) => `For ${s.group}, the change decides who carries the cost of ${s.risk}.`,
  (s) => `It sets a precedent others in ${s.place} are likely to copy.`,
  (s) => `How ${s.thing} is handled now shapes the market for years.`,
  (s) => `It shows how far voluntary commitments go before regulators step in.`,
  (s) => `Getting ${s.thing2} wrong would be expensive to undo.`,
];

const OPENING_HEADINGS: readonly Template[] = [
  () => 'What happened',
  () => 'The announcement',
  (s) => `What ${s.actor} decided`,
  () => 'The story so far',
];
const MIDDLE_HEADINGS: readonly Template[] = [
  () => 'The numbers behind it',
  () => 'What critics say',
  () => 'The legal picture',
  (s) => `How ${s.place} is responding`,
  (s) => `What it means for ${s.group}`,
  () => 'Why now',
  () => 'Who wins and who loses',
  () => 'The wider context',
];
const CLOSING_HEADINGS: readonly Template[] = [
  () => 'What comes next',
  () => 'Open questions',
  () => 'What to watch',
];

const LIST_ITEMS: readonly Template[] = [
  (s) => `**Scope:** the rules cover ${s.thing} but not ${s.thing2}.`,
  (s) => `**Timeline:** the first obligations apply ${s.period}.`,
  (s) => `**Who pays:** mostly ${s.group}, at least at first.`,
  (s) => `**Enforcement:** ${s.actor2} is responsible, with a budget critics call thin.`,
  (s) => `**Exemptions:** smaller firms get ${s.count % 12 + 6} extra months.`,
  (s) => `**The risk:** ${s.risk}.`,
  (s) => `**Where:** the change starts in ${s.place} before a wider roll-out.`,
  (s) => `**Scale:** about ${s.count} organisations are affected.`,
];

// ------------------------------------------------------------------ helpers

/** Capitalises the first letter. */
function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** English ordinal words for small numbers. */
function ordinal(n: number): string {
  return ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'][n] ?? `${n}th`;
}

/** Counts readable words the way lib/markdown does (runs of letters or digits), ignoring link URLs. */
export function countBodyWords(markdown: string): number {
  const visible = markdown.replace(/\]\([^)]*\)/g, ']').replace(/^\s*\d+\.\s/gm, '');
  return visible.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
}

/** Shortens text to at most `max` characters at a word boundary, ending with a full stop. */
function fit(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[,;:]$/, '')}.`;
}

/** Fresh slots for one article of `topic` published in `published` (earlier years refer back from there). */
function makeSlots(rnd: Random, topic: TopicVocabulary, published: number): Slots {
  const [actor = '', actor2 = ''] = rnd.sample(topic.actors, 2);
  const [thing = '', thing2 = ''] = rnd.sample(topic.things, 2);
  return {
    actor,
    actor2,
    thing,
    thing2,
    group: rnd.pick(topic.groups),
    risk: rnd.pick(topic.risks),
    place: rnd.pick(PLACES),
    expert: rnd.pick(EXPERTS),
    period: rnd.pick(PERIODS),
    pct: rnd.int(3, 60),
    count: rnd.int(12, 480),
    year: published - rnd.int(2, 4), // so a table of three years ends no later than the article
  };
}

/** The same article slots with the per-sentence ones re-drawn, so paragraphs do not repeat one number or place. */
function varySlots(rnd: Random, topic: TopicVocabulary, base: Slots): Slots {
  return {
    ...base,
    thing2: rnd.pick(topic.things),
    group: rnd.chance(0.5) ? base.group : rnd.pick(topic.groups),
    risk: rnd.pick(topic.risks),
    place: rnd.chance(0.6) ? base.place : rnd.pick(PLACES),
    expert: rnd.pick(EXPERTS),
    period: rnd.pick(PERIODS),
    pct: rnd.int(3, 60),
    count: rnd.int(12, 480),
  };
}

/** `YYYY-MM-DD` of a UTC day number (days since the epoch). */
function isoDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

// ------------------------------------------------------------------ articles

/** First day of the date range (2023-12-01) and its length (~3 years, up to 2026-11-28). */
const FIRST_DAY = Date.UTC(2023, 11, 1) / 86_400_000;
const DAYS = Date.UTC(2026, 10, 28) / 86_400_000 - FIRST_DAY;

/** Draws items in shuffled order, reshuffling when all have been used, so an article rarely repeats a sentence. */
function deck<T>(rnd: Random, items: readonly T[]): () => T {
  let queue: T[] = [];
  return () => {
    if (queue.length === 0) queue = rnd.sample(items, items.length);
    const item = queue.pop();
    if (item === undefined) throw new Error('deck of an empty list');
    return item;
  };
}

/** One paragraph of 3–5 sentences from `draw`, sometimes with a link or a bold sentence. */
function paragraph(rnd: Random, draw: () => Template, topic: TopicVocabulary, slots: Slots, slug: string): string {
  const sentences = Array.from({ length: rnd.int(3, 5) }, () => draw()(varySlots(rnd, topic, slots)));
  if (rnd.chance(0.3)) {
    const doc = rnd.pick(DOCUMENTS);
    const url = `https://example.org/${topic.id}/${slug}/${slugify(doc)}`;
    sentences.push(rnd.pick([`The details are in [${doc}](${url}).`, `You can read [${doc}](${url}) in full.`, `[${cap(doc)}](${url}) runs to several dozen pages.`]));
  }
  if (rnd.chance(0.25)) {
    const i = rnd.int(0, sentences.length - 1);
    const sentence = sentences[i];
    if (sentence !== undefined && !sentence.includes('[')) sentences[i] = `**${sentence}**`;
  }
  return sentences.join(' ');
}

/** A bullet or numbered list of 3–5 items. */
function list(rnd: Random, slots: Slots, numbered: boolean): string {
  const items = rnd.sample(LIST_ITEMS, rnd.int(3, 5)).map((item) => item(slots));
  return items.map((item, i) => `${numbered ? `${i + 1}.` : '-'} ${item}`).join('\n');
}

/** A small table of figures over the three years before the article. */
function table(rnd: Random, slots: Slots): string {
  const rows = [slots.year, slots.year + 1, slots.year + 2].map((year) => {
    const value = rnd.int(20, 400);
    return `| ${year} | ${value} | ${rnd.int(-15, 40)}% | ${rnd.int(1, 9)} |`;
  });
  return [`| Year | Cases reported | Change | Rulings |`, `|---|---:|---:|---:|`, ...rows].join('\n');
}

/** A quote from an expert, as a blockquote. */
function quote(slots: Slots): string {
  return `> "The question is not whether ${slots.thing} will be regulated, but by whom and how fast." — ${slots.expert}`;
}

/** Headings for `count` sections: an opener, distinct middles, a closer. */
function headings(rnd: Random, slots: Slots, count: number): string[] {
  const middles = rnd.sample(MIDDLE_HEADINGS, count - 2).map((h) => h(slots));
  return [rnd.pick(OPENING_HEADINGS)(slots), ...middles, rnd.pick(CLOSING_HEADINGS)(slots)];
}

/** The Markdown body: 3–5 `##` sections, paragraphs, some lists, links, bold, maybe a table; 600–1,200 words. */
function body(rnd: Random, topic: TopicVocabulary, slots: Slots, slug: string): { markdown: string; words: number } {
  const target = rnd.int(MIN_BODY_WORDS + 20, MAX_BODY_WORDS - 140);
  const titles = headings(rnd, slots, rnd.int(3, 5));
  const withTable = rnd.chance(0.15) ? rnd.int(1, titles.length - 1) : -1;
  const withList = rnd.int(0, titles.length - 1);
  const draw = deck(rnd, SENTENCES);
  const blocks: string[] = [];
  let words = 0;
  const add = (block: string) => {
    blocks.push(block);
    words += countBodyWords(block);
  };

  add(paragraph(rnd, draw, topic, slots, slug));
  titles.forEach((title, index) => {
    add(`## ${title}`);
    if (index === withTable) add(table(rnd, slots));
    if (index === withList || rnd.chance(0.2)) add(list(rnd, varySlots(rnd, topic, slots), rnd.chance(0.3)));
    if (rnd.chance(0.12)) add(quote(varySlots(rnd, topic, slots)));
    const sectionEnd = (target * (index + 1)) / titles.length;
    do add(paragraph(rnd, draw, topic, slots, slug));
    while (words < sectionEnd);
  });
  if (words < MIN_BODY_WORDS || words > MAX_BODY_WORDS) throw new Error(`generated a body of ${words} words for ${slug}`);
  return { markdown: `${blocks.join('\n\n')}\n`, words };
}

/** Sources: 1–3 example.org links with titles, most with a publisher. */
function sources(rnd: Random, slots: Slots, slug: string, year: number) {
  return Array.from({ length: rnd.int(1, 3) }, (_, i) => {
    const publisher = rnd.pick(PUBLISHERS);
    const title = cap(`${rnd.pick(DOCUMENTS).replace(/^the /, '')} on ${slots.thing}`);
    return {
      title,
      url: `https://example.org/${slugify(publisher)}/${year}/${slug}-${i + 1}`,
      ...(rnd.chance(0.8) ? { publisher } : {}),
    };
  });
}

/** A headline: actor, action, thing, often framed by a place, a group, a question or a context clause. */
function headline(rnd: Random, topic: TopicVocabulary, slots: Slots): string {
  const base = `${cap(slots.actor)} ${rnd.pick(topic.actions)} ${slots.thing}`;
  const roll = rnd.next();
  if (roll < 0.2) return `${base} in ${slots.place}`;
  if (roll < 0.3) return `${base} as ${slots.group} push back`;
  if (roll < 0.38) return `${base} after a year of delays`;
  if (roll < 0.46) return `Why ${slots.actor} ${rnd.pick(topic.actions)} ${slots.thing}`;
  if (roll < 0.56) return `${base}: what it means for ${slots.group}`;
  if (roll < 0.62) return `Explained: ${base}`;
  return base;
}

/** The file name slug, unique within the corpus. */
function uniqueSlug(title: string, used: Set<string>): string {
  const full = slugify(title);
  const base = full.length <= 80 ? full : full.slice(0, full.lastIndexOf('-', 80));
  let slug = base;
  for (let i = 2; used.has(slug); i++) slug = `${base}-${i}`;
  used.add(slug);
  return slug;
}

/** The date fields: a day in the ~3-year range, sometimes a date-time, sometimes an `updated` day. */
function dates(rnd: Random): { date: string; updated?: string; year: number } {
  const day = FIRST_DAY + rnd.int(0, DAYS);
  const iso = isoDay(day);
  const date = rnd.chance(0.1) ? `${iso}T${String(rnd.int(6, 21)).padStart(2, '0')}:${rnd.pick(['00', '15', '30', '45'])}:00Z` : iso;
  const updated = rnd.chance(0.25) ? isoDay(day + rnd.int(1, 45)) : undefined;
  return { date, year: Number(iso.slice(0, 4)), ...(updated === undefined ? {} : { updated }) };
}

/** One article: its slug, the file text and its body word count. */
function article(rnd: Random, used: Set<string>): { slug: string; text: string; words: number } {
  const topic = rnd.pick(TOPICS);
  const { date, updated, year } = dates(rnd);
  const slots = makeSlots(rnd, topic, year);
  const title = fit(headline(rnd, topic, slots), 160);
  const slug = uniqueSlug(title, used);
  const authors = rnd.chance(0.3) ? rnd.sample(AUTHORS, 2) : rnd.pick(AUTHORS);
  const tags = [...new Set([...rnd.sample(topic.tags, rnd.int(1, 3)), ...rnd.sample(SHARED_TAGS, rnd.int(0, 2))])];
  const frontMatter = {
    title,
    description: fit(rnd.pick(DESCRIPTIONS)(slots), 160),
    date,
    ...(updated === undefined ? {} : { updated }),
    author: authors,
    topic: topic.id,
    tags,
    summary: SUMMARY_POINTS.map((options) => fit(rnd.pick(options)(varySlots(rnd, topic, slots)), 200)),
    whyItMatters: rnd.sample(WHY_IT_MATTERS, rnd.int(1, 3)).map((t) => fit(t(slots), 200)),
    ...(rnd.chance(0.6) ? { relevance: rnd.pick(['short-term', 'long-term', 'evergreen']) } : {}),
    sources: sources(rnd, slots, slug, year),
  };
  const { markdown, words } = body(rnd, topic, slots, slug);
  return { slug, text: `---\n${stringify(frontMatter, { lineWidth: 0 })}---\n\n${markdown}`, words };
}

/** topics.yml for the generated topics. */
function topicsYaml(): string {
  const topics = TOPICS.map(({ id, name, description, names }) => ({ id, name, description, ...(names ? { names } : {}) }));
  return `# Topic clusters of a generated corpus (scripts/gen-corpus.ts).\n${stringify(topics, { lineWidth: 0 })}`;
}

/** Writes `n` articles and topics.yml into `out` (which must be new or empty). */
export function generateCorpus({ n, out, seed = DEFAULT_SEED }: CorpusOptions): CorpusResult {
  if (!Number.isInteger(n) || n < 1) throw new Error(`n must be a positive integer, got ${n}`);
  if (!Number.isInteger(seed)) throw new Error(`seed must be an integer, got ${seed}`);
  if (existsSync(out) && readdirSync(out).length > 0) throw new Error(`${out} is not empty; give a new or empty folder`);
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, 'topics.yml'), topicsYaml());

  const rnd = createRandom(seed);
  const used = new Set<string>();
  let minWords = Infinity;
  let maxWords = 0;
  for (let i = 0; i < n; i++) {
    const { slug, text, words } = article(rnd, used);
    writeFileSync(path.join(out, `${slug}.md`), text);
    minWords = Math.min(minWords, words);
    maxWords = Math.max(maxWords, words);
  }
  return { articles: n, topics: TOPICS.length, minWords, maxWords };
}

/** The command line: `--n N --out DIR [--seed S]`. */
function main(): void {
  const usage = 'usage: tsx scripts/gen-corpus.ts --n N --out DIR [--seed S]';
  let values: { n?: string; out?: string; seed?: string; help?: boolean };
  try {
    ({ values } = parseArgs({ options: { n: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (error) {
    console.error(`gen-corpus: ${error instanceof Error ? error.message : String(error)}\n${usage}`);
    process.exit(2);
  }
  if (values.help) {
    console.log(usage);
    return;
  }
  const n = Number(values.n);
  const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
  if (!values.out || !Number.isInteger(n) || n < 1 || !Number.isInteger(seed)) {
    console.error(`gen-corpus: --n must be a positive integer, --out is required, --seed must be an integer\n${usage}`);
    process.exit(2);
  }
  try {
    const result = generateCorpus({ n, out: values.out, seed });
    console.log(`gen-corpus: ${result.articles} articles (${result.minWords}–${result.maxWords} body words), ${result.topics} topics in ${values.out} (seed ${seed})`);
  } catch (error) {
    console.error(`gen-corpus: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

/** True when this file is the script node was started with (not imported). */
function isMain(): boolean {
  const entry = process.argv[1];
  if (entry === undefined) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(entry)).href;
  } catch {
    return false;
  }
}

if (isMain()) main();
