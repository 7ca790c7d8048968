/**
 * Synthetic articles for the build benchmark: MDX files that pass the real schema and look like
 * real ones (700–900 words under `##` headings, citations, a glossary term, and in some of them a
 * timeline, a "what it allows" table or the key figures). Each article is drawn from a PRNG seeded
 * by its number, so article k is the same in every run and in every N: the 1,000 set extends the
 * 200 set.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { ARTICLE_KINDS, DOMAINS, TAG_IDS } from '../src/schemas/vocabulary.ts';

/** Every synthetic id starts with this, so none can collide with a real article. */
export const SYNTHETIC_PREFIX = 'bench-';

/** mulberry32: a small, fast, seedable PRNG; the same seed gives the same article. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, list: readonly T[]): T =>
  list[Math.floor(random() * list.length)]!;
const int = (random: Random, min: number, max: number) =>
  min + Math.floor(random() * (max - min + 1));
function sample<T>(random: Random, list: readonly T[], count: number): T[] {
  const pool = [...list];
  const out: T[] = [];
  while (out.length < count && pool.length)
    out.push(pool.splice(Math.floor(random() * pool.length), 1)[0]!);
  return out;
}

/** The real ids an article may refer to, read from the project's data files. */
export interface ContentIds {
  sources: string[];
  events: string[];
  /** Glossary terms whose text is plain enough to sit inside MDX as is. */
  terms: { id: string; term: string }[];
  /** Domains that have at least one "what it allows" item (an empty selection fails the build). */
  domains: string[];
}

export function readContentIds(root: string): ContentIds {
  const load = (file: string) =>
    yaml.load(readFileSync(join(root, 'content', file), 'utf8'), {
      schema: yaml.JSON_SCHEMA,
    }) as Record<string, unknown>[];
  const ids = (file: string) => load(file).map((entry) => String(entry['id']));
  const usedDomains = new Set(load('provisions.yaml').map((p) => String(p['domain'])));
  return {
    sources: ids('sources.yaml'),
    events: ids('timeline.yaml'),
    terms: load('glossary.yaml')
      .map((g) => ({ id: String(g['id']), term: String(g['term']) }))
      .filter((g) => /^[A-Za-z0-9 –-]+$/.test(g.term)),
    domains: DOMAINS.filter((d) => usedDomains.has(d)),
  };
}

const SUBJECTS = [
  'The agreement',
  "India's defence ministry",
  "Russia's navy",
  'The State Duma',
  'Officials in New Delhi',
  'The Federation Council',
  'Analysts in both capitals',
  'The two governments',
  'Naval planners',
  'The logistics pact',
  'Port authorities',
  'The Indian Air Force',
  'The explanatory note',
  'The ratification law',
  'Russian officials',
  'Diplomats on both sides',
];
const VERBS = [
  'sets out',
  'describes',
  'limits',
  'allows',
  'leaves open',
  'requires notice for',
  'changes the rules on',
  'clarifies',
  'does not settle',
  'puts a cap on',
  'says little about',
  'was drafted around',
];
const OBJECTS = [
  'the number of warships in port at one time',
  'the notice period before a port call',
  'refuelling and repair for visiting aircraft',
  'payment for fuel, food and supplies',
  'joint exercises and training',
  'humanitarian aid and disaster relief',
  'the use of airfields by military transport aircraft',
  'housing for visiting personnel',
  'the guarding of equipment while it is abroad',
  'navigation data given free of charge',
  'the exchange of formal instruments',
  'how long a unit may stay',
  'what happens when one side gives notice',
  'the share of costs each side carries',
  'air-traffic services for military flights',
];
const TAILS = [
  'according to the reports we checked',
  'under the text ratified in December 2025',
  'as the explanatory note puts it',
  'though no official text confirms it',
  'in the draft approved in 2024',
  'in the version reported by Russian agencies',
  'as Indian outlets describe it',
  'unless the two sides agree otherwise',
  'for now',
];
const OPENERS = [
  'However, ',
  'In practice, ',
  'By contrast, ',
  'For now, ',
  'Meanwhile, ',
  'As a result, ',
  'On paper, ',
  'In the same week, ',
];
const HEADINGS = [
  'Background',
  'What the text says',
  'How port calls work',
  'The numbers',
  'What is not known',
  'Reactions in New Delhi',
  'The Russian side',
  'Costs and payment',
  'Next steps',
  'Why it matters',
  'The legal route',
  'Earlier agreements',
  'Aircraft and airfields',
  'People on the ground',
];
const TITLE_TOPICS = [
  'Port calls under RELOS',
  'The warship cap',
  'Airfield access',
  'Who pays for fuel',
  'The ratification steps',
  'The 14-day notice',
  'India and its logistics pacts',
  'The Duma debate',
  'Exercises and training',
  'Disaster relief under RELOS',
];
const TITLE_ANGLES = [
  'what changes',
  'what the text says',
  'what is still unclear',
  'a short guide',
  'the open questions',
  'how it would work',
  'what both sides said',
];

const PLURAL_SUBJECTS = new Set([
  'Officials in New Delhi',
  'Analysts in both capitals',
  'The two governments',
  'Naval planners',
  'Port authorities',
  'Russian officials',
  'Diplomats on both sides',
]);

/** A verb phrase agreeing with its subject: VERBS are written for a singular one. */
function agree(verb: string, subject: string): string {
  if (!PLURAL_SUBJECTS.has(subject)) return verb;
  const [first, ...rest] = verb.split(' ');
  const plural =
    first === 'does'
      ? 'do'
      : first === 'was'
        ? 'were'
        : first!.replace(/ies$/, 'y').replace(/s$/, '');
  return [plural, ...rest].join(' ');
}

/** A subject as it reads inside a sentence: lower-cased unless it starts with a proper noun. */
const midSentence = (subject: string) =>
  /^(India|Russia)/.test(subject) ? subject : subject.charAt(0).toLowerCase() + subject.slice(1);

/** One sentence of roughly 12–25 words. */
function sentence(random: Random): string {
  const opener = random() < 0.3 ? pick(random, OPENERS) : '';
  const subject = pick(random, SUBJECTS);
  const verb = agree(pick(random, VERBS), subject);
  const extra = random() < 0.4 ? ` and ${pick(random, OBJECTS)}` : '';
  const tail = random() < 0.7 ? `, ${pick(random, TAILS)}` : '';
  return `${opener}${opener ? midSentence(subject) : subject} ${verb} ${pick(random, OBJECTS)}${extra}${tail}.`;
}

const words = (text: string) =>
  text.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w) && !w.startsWith('<')).length;

/** Lengthens a sentence with clauses until it is `min`–`max` characters; undefined if it cannot. */
function textBetween(random: Random, start: string, min: number, max: number): string | undefined {
  let text = start;
  for (let tries = 0; text.length < min && tries < 50; tries++) {
    const next = `${text.replace(/\.$/, '')}, and ${pick(random, OBJECTS)}.`;
    if (next.length <= max) text = next;
  }
  return text.length >= min && text.length <= max ? text : undefined;
}

/** A dek within the schema's 120–160 characters. */
function dek(random: Random, number: string): string {
  for (;;) {
    const subject = pick(random, SUBJECTS);
    const start = `Note ${number}: ${midSentence(subject)} ${agree(pick(random, VERBS), subject)} ${pick(random, OBJECTS)}.`;
    const text = textBetween(random, start, 120, 160);
    if (text) return text;
  }
}

export interface SyntheticArticle {
  slug: string;
  source: string;
}

/** Article number `index` (0-based), the same in every run. */
export function syntheticArticle(index: number, ids: ContentIds): SyntheticArticle {
  const random = prng(0x5eed0000 + index);
  const number = String(index + 1).padStart(4, '0');
  const topic = pick(random, TITLE_TOPICS);
  const slug = `${SYNTHETIC_PREFIX}${number}-${topic
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/-+$/, '')}`;
  // The number keeps titles unique, so each article has its own share image, as real ones do.
  const title = `${topic}: ${pick(random, TITLE_ANGLES)} (${number})`.slice(0, 70);
  const description = dek(random, number);
  // A fixed start keeps every date in the past whenever the bench runs.
  const pubDate = new Date(Date.UTC(2020, 0, 1) + (index % 1800) * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const sources = sample(random, ids.sources, int(random, 3, 8));
  const events = random() < 0.6 ? sample(random, ids.events, int(random, 1, 4)) : [];
  const tags = sample(random, TAG_IDS, int(random, 1, 3));
  const keyPoints = Array.from({ length: int(random, 2, 5) }, () => sentence(random));
  const term = pick(random, ids.terms);

  // Cite every listed source once, in list order, before citing at random, as real articles do.
  let nextSource = 0;
  const cite = () => {
    const id = nextSource < sources.length ? sources[nextSource++]! : pick(random, sources);
    return `<Cite id="${id}" />`;
  };
  const paragraph = () =>
    Array.from({ length: int(random, 3, 5) }, () => {
      const s = sentence(random);
      return random() < 0.45 ? s + cite() : s;
    }).join(' ');

  const target = int(random, 700, 900);
  const blocks: string[] = [
    `The <Term id="${term.id}">${term.term}</Term> comes up often in this story. ${paragraph()}`,
    paragraph(),
  ];
  const headings = sample(random, HEADINGS, HEADINGS.length);
  const components: string[] = [];
  if (index % 3 === 0) {
    const timelineIds = events.length ? events : sample(random, ids.events, 2);
    components.push(
      `<Timeline ids={[${timelineIds.map((id) => JSON.stringify(id)).join(', ')}]} />`,
    );
  }
  if (index % 5 === 1)
    components.push(`<WhatItAllows domains={[${JSON.stringify(pick(random, ids.domains))}]} />`);
  if (index % 7 === 2) components.push('<KeyFigures />');

  let count = words(blocks.join(' '));
  for (let section = 0; count < target; section++) {
    blocks.push(`## ${headings[section % headings.length]!}`);
    for (let p = int(random, 1, 3); p > 0 && count < target; p--) {
      const text = paragraph();
      blocks.push(text);
      count += words(text);
    }
    const component = components.shift();
    if (component) blocks.push(component);
  }
  blocks.push(...components);
  // Sources never reached by the loop above still get cited, so the list matches the markers.
  while (nextSource < sources.length) blocks.push(`${sentence(random)}${cite()}`);

  const frontmatter = [
    '---',
    `title: ${JSON.stringify(title)}`,
    `description: ${JSON.stringify(description)}`,
    `pubDate: ${pubDate}`,
    `kind: ${pick(random, ARTICLE_KINDS)}`,
    `tags: [${tags.join(', ')}]`,
    'keyPoints:',
    ...keyPoints.map((p) => `  - ${JSON.stringify(p)}`),
    'sources:',
    ...sources.map((id) => `  - ${id}`),
    ...(events.length ? ['events:', ...events.map((id) => `  - ${id}`)] : []),
    '---',
  ];
  return { slug, source: `${frontmatter.join('\n')}\n\n${blocks.join('\n\n')}\n` };
}

/** Writes articles 0…count−1 into `<root>/content/articles`. */
export function writeSyntheticArticles(root: string, count: number): void {
  const ids = readContentIds(root);
  for (let i = 0; i < count; i++) {
    const { slug, source } = syntheticArticle(i, ids);
    writeFileSync(join(root, 'content', 'articles', `${slug}.mdx`), source);
  }
}

/**
 * Edits one article as an editor would: a new dek (so its share image must be redrawn) and an
 * added paragraph. Only a single-line `description:` is rewritten.
 */
export function editArticle(file: string): void {
  const source = readFileSync(file, 'utf8');
  const description =
    "Edited for the build benchmark: a new dek of the right length, so that this article's share image, and only this one, is drawn again.";
  if (!/^description: .*$/m.test(source))
    throw new Error(`${file}: no single-line description to edit`);
  const edited = source.replace(
    /^description: .*$/m,
    `description: ${JSON.stringify(description)}`,
  );
  writeFileSync(
    file,
    `${edited.trimEnd()}\n\nThis paragraph was added by the benchmark, to edit one article.\n`,
  );
}

/**
 * Article number `index` as a post of the official Astro blog starter (`examples/blog`, whose
 * schema is title, description and pubDate): the same title, dek, date and text as
 * {@link syntheticArticle}, in Markdown, without the site's components (citations and glossary
 * terms become plain text, timelines and tables are left out).
 */
export function starterPost(index: number, ids: ContentIds): SyntheticArticle {
  const { slug, source } = syntheticArticle(index, ids);
  const [, frontmatter = '', body = ''] = source.split(/^---$/m);
  const data = yaml.load(frontmatter, { schema: yaml.JSON_SCHEMA }) as Record<string, string>;
  const text = body
    .replace(/<Cite [^>]*\/>/g, '')
    .replace(/<Term [^>]*>([^<]*)<\/Term>/g, '$1')
    .replace(/^<[A-Z][^\n]*\/>$/gm, '')
    .replace(/\n{3,}/g, '\n\n');
  return {
    slug,
    source: [
      '---',
      `title: ${JSON.stringify(data['title'])}`,
      `description: ${JSON.stringify(data['description'])}`,
      `pubDate: ${data['pubDate']}`,
      '---',
      text.trim(),
      '',
    ].join('\n'),
  };
}

/** Writes starter posts 0…count−1 into `<starter>/src/content/blog`, with ids from `root`. */
export function writeStarterPosts(root: string, starter: string, count: number): void {
  const ids = readContentIds(root);
  for (let i = 0; i < count; i++) {
    const { slug, source } = starterPost(i, ids);
    writeFileSync(join(starter, 'src', 'content', 'blog', `${slug}.md`), source);
  }
}
