import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import SourcesList from '../../src/components/article/SourcesList.astro';
import Provision from '../../src/components/explainer/Provision.astro';
import VerdictBadge from '../../src/components/explainer/VerdictBadge.astro';
import Cite from '../../src/components/mdx/Cite.astro';
import TimelineEvent from '../../src/components/timeline/TimelineEvent.astro';
import { parsePartialDate, type PartialDate } from '../../src/lib/dates';

// Components get their data as props; these tests hand them entries shaped like the collections'.
let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create({ astroConfig: { site: 'https://example.org' } });
});

/** Rendered HTML without the dev-only source annotations. */
async function render(component: Parameters<AstroContainer['renderToString']>[0], options = {}) {
  const html = await container.renderToString(component, options);
  return html.replace(/ data-astro-source-[a-z]+="[^"]*"/g, '');
}

function date(iso: string): PartialDate {
  const parsed = parsePartialDate(iso);
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed;
}

const source = (
  id: string,
  publisher: string,
  published: string | null,
  language = 'en',
  titleIsDescription = false,
) => ({
  id,
  collection: 'sources' as const,
  data: {
    id,
    title: `${publisher} report`,
    titleIsDescription,
    publisher,
    url: `https://example.org/${id}`,
    published: published === null ? null : date(published),
    language,
  },
});

const event = (id: string, iso: string, note?: string) => ({
  id,
  collection: 'timeline' as const,
  data: {
    id,
    date: date(iso),
    title: `Title of ${id}`,
    summary: 'What happened.',
    kind: 'ratification' as const,
    sources: [{ id: 'tass-1', collection: 'sources' }],
    tags: [],
    ...(note ? { note } : {}),
  },
});

describe('Cite', () => {
  it('renders a numbered link to the source in the article list', async () => {
    const html = await render(Cite, {
      props: { id: 'rbc-1' },
      locals: { citations: { file: 'a.mdx', order: ['tass-1', 'rbc-1'] } },
    });
    expect(html).toContain('href="#source-rbc-1"');
    expect(html).toContain('aria-label="Source 2"');
    expect(html).toContain('[2]');
  });

  it('fails for a source the article does not list', async () => {
    await expect(
      render(Cite, {
        props: { id: 'nope' },
        locals: { citations: { file: 'content/articles/a.mdx', order: ['tass-1'] } },
      }),
    ).rejects.toThrow(/content\/articles\/a.mdx: <Cite id="nope">/);
  });
});

describe('SourcesList', () => {
  it('numbers sources, anchors each, and marks language and missing dates', async () => {
    const html = await render(SourcesList, {
      props: {
        sources: [source('tass-1', 'TASS', '2025-12-02'), source('efinder', 'eFinder', null, 'ru')],
      },
    });
    expect(html).toMatch(/<ol[^>]*>\s*<li id="source-tass-1"/);
    expect(html).toContain('<time datetime="2025-12-02">2 December 2025</time>');
    expect(html).toContain('undated');
    expect(html).toContain('in Russian');
    expect(html).toContain('hreflang="ru"');
  });

  it('shows a description standing in for an unknown headline in square brackets, and a headline as it is', async () => {
    const html = await render(SourcesList, {
      props: {
        sources: [
          source('known', 'TASS', '2025-12-02'),
          source('described', 'RBC', '2025-12-02', 'en', true),
        ],
      },
    });
    expect(html).toMatch(/>\s*TASS report\s*<\/a>/);
    expect(html).toMatch(/>\s*\[RBC report\]\s*<\/a>/);
  });
});

describe('VerdictBadge', () => {
  it('carries the verdict as a word, with a decorative icon', async () => {
    const html = await render(VerdictBadge, { props: { verdict: 'separate arrangements' } });
    expect(html).toContain('data-verdict="separate arrangements"');
    expect(html).toMatch(/<\/svg>\s*Separate financial arrangements\s*<\/span>/);
    expect(html).toContain('aria-hidden="true"');
  });
});

describe('TimelineEvent', () => {
  const props = (overrides = {}) => ({
    event: event('2018-07-russian-draft', '2018-07'),
    sources: [source('tass-1', 'TASS', '2018-07')],
    articles: [],
    status: 'past',
    anchored: true,
    level: 3,
    ...overrides,
  });

  it('shows the date to its precision, the kind in words, and its anchor', async () => {
    const html = await render(TimelineEvent, { props: props() });
    expect(html).toMatch(/^<li id="2018-07-russian-draft"/);
    expect(html).toContain('<time datetime="2018-07">July 2018</time>');
    expect(html).toContain('Ratification');
    expect(html).toContain('<h3 class="timeline-title">Title of 2018-07-russian-draft</h3>');
    expect(html).toContain('href="#2018-07-russian-draft"');
    expect(html).not.toContain('Expected');
  });

  it('links to /timeline/ instead of carrying the anchor when embedded, and marks expected events', async () => {
    const html = await render(TimelineEvent, {
      props: props({ anchored: false, status: 'expected' }),
    });
    expect(html).not.toContain('id="2018-07-russian-draft"');
    expect(html).toMatch(/href="\/(?:[^"]*\/)?timeline\/#2018-07-russian-draft"/);
    expect(html).toContain('data-status="expected"');
    expect(html).toContain('Expected');
  });

  it('shows a note where sources disagree', async () => {
    const html = await render(TimelineEvent, {
      props: props({
        event: event('2025-12-10-fc', '2025-12-10', 'TASS says 10 December; PTI says 8 December.'),
      }),
    });
    expect(html).toContain(
      '<strong>Sources disagree:</strong> <span>TASS says 10 December; PTI says 8 December.</span>',
    );
  });
});

describe('Provision', () => {
  it('shows the verdict in words, the limits with separators and a permalink', async () => {
    const html = await render(Provision, {
      props: {
        provision: {
          id: 'personnel-at-one-time',
          collection: 'provisions',
          data: {
            id: 'personnel-at-one-time',
            domain: 'people',
            activity: 'Personnel at one time',
            verdict: 'limited',
            detail: 'At most 3,000.',
            limits: [{ value: 3000, unit: 'personnel', qualifier: 'at a time' }],
            sources: [{ id: 'k', collection: 'sources' }],
          },
        },
        sources: [source('k', 'Kommersant', '2025')],
        anchored: true,
        level: 3,
      },
    });
    expect(html).toMatch(/^<li id="personnel-at-one-time"/);
    expect(html).toContain('Limited');
    expect(html).toContain('<strong>3,000</strong> personnel');
    expect(html).toContain('href="#personnel-at-one-time"');
    expect(html).toContain('Kommersant');
  });
});
