/**
 * The English interface strings: every word the site's chrome shows, and the reference for the
 * Hindi and Russian dictionaries (`hi.ts`, `ru.ts`), which must have every key (`npm run check`
 * fails otherwise). Sentences that hold a number or a date are functions, so each language can
 * order the words and choose the plural form itself. Dates come in already formatted.
 */
import { SITE } from '../../site';
import { plural } from '../plural';

/** The English form for a count: 1 article, 2 articles. */
const forms = plural('en-GB');

export const en = {
  site: {
    title: SITE.title,
    tagline: SITE.tagline,
    description: SITE.description,
    author: SITE.author,
    /** The front page's hidden headline. */
    homeHeading: 'RELOS Explained: the India–Russia logistics pact, from the sources',
  },
  pages: {
    home: {
      title: SITE.title,
      description: SITE.description,
      kicker: 'India–Russia logistics pact',
    },
    status: {
      title: 'Where RELOS stands',
      description:
        'Every step from signature to entry into force, for Russia and for India: what is done, what is not confirmed, and the day we last checked each.',
      kicker: 'Status',
    },
    updates: {
      title: 'Updates and corrections',
      description:
        'Every development, correction and clarification on RELOS Explained, newest first, each dated and linked to what it changed. Also as a feed.',
      kicker: 'Updates',
    },
    timeline: {
      title: 'Timeline',
      description:
        "Every dated step in the story of RELOS, from the 2000 strategic partnership to Russia's 2025 ratification law, each with its sources.",
      kicker: 'Timeline',
    },
    whatItAllows: {
      title: 'What RELOS allows',
      description:
        'Item by item, what the India–Russia agreement is to allow or limit once in force, what it leaves to separate financial arrangements, and what lacks support.',
      kicker: 'Explainer',
    },
    glossary: {
      title: 'Glossary',
      description:
        'The terms used on RELOS Explained, in plain words: RELOS, LEMOA, the State Duma, the Federation Council, instruments of ratification and more.',
      kicker: 'Reference',
    },
    about: {
      title: 'About',
      description:
        'Who makes RELOS Explained, how every fact is checked against a named source, and how to report an error.',
      kicker: 'About',
    },
    subscribe: {
      title: 'Subscribe',
      description:
        'Follow RELOS Explained in any feed reader: every new article and every update arrives in full, with no account and no tracking.',
      kicker: 'Subscribe',
    },
    tags: {
      title: 'Topics',
      description:
        "Every topic RELOS Explained covers, from ratification and treaty law to navies, summits and India's other partnerships, with its articles.",
      kicker: 'Topics',
    },
    search: {
      title: 'Search',
      description:
        'Search every article, timeline event and glossary term on RELOS Explained, the explainer of the India–Russia logistics agreement.',
      kicker: 'Search',
    },
    data: {
      title: 'Open data',
      description:
        'The timeline, status steps, provisions, agreements, glossary and sources of RELOS Explained as CSV and JSON, with a Frictionless Data Package, free to reuse.',
      kicker: 'Data',
    },
    republish: {
      title: 'Republish our work',
      description:
        'How to reuse the text, embeds and data of RELOS Explained under Creative Commons Attribution 4.0: the credit line, the link back and what is not ours.',
      kicker: 'Licence',
    },
    notFound: {
      title: 'Page not found',
      description:
        'There is no page at this address. Here are the latest articles on the India–Russia RELOS agreement.',
      kicker: 'Error 404',
    },
  },
  nav: {
    label: 'Sections',
    latest: 'Latest',
    status: 'Status',
    updates: 'Updates',
    timeline: 'Timeline',
    whatItAllows: 'What it allows',
    glossary: 'Glossary',
    search: 'Search',
    about: 'About',
  },
  chrome: {
    skipToContent: 'Skip to content',
    darkTheme: 'Dark theme',
    /** The footer's line about the site: `{site}` is its name. */
    footerAbout:
      '{site} is an independent explainer. It is not affiliated with any government. Every fact we state links to its source; claims from low-authority websites, which we mention only to say they are unconfirmed, are not linked.',
    footerLinks: {
      about: 'About and corrections',
      latest: 'Latest articles',
      updates: 'Updates and corrections',
      subscribe: 'Subscribe by RSS',
      glossary: 'Glossary',
    },
    /** The footer's licence line: "<before>CC BY 4.0<after> <republish link>". */
    licence: {
      before: 'Our text and data may be reused under ',
      after: ', with credit.',
      republish: 'How to republish',
      data: 'Open data',
    },
  },
  editions: {
    /** The language switcher's accessible name. */
    label: 'Language',
    /** Shown on an edition's front page when the reader came from a page it does not have. */
    untranslated:
      'That page is not translated into English yet: here is the front page of the English edition.',
    /** Beside an article or link that is only in English. */
    inEnglish: 'in English',
    /** Atop a fixed page whose text this edition has not translated yet: it is shown in English. */
    pageInEnglish: 'This page is not translated yet: here it is in English.',
    /** Atop a page whose entries (status, timeline…) this edition has not translated yet. */
    partsInEnglish: 'Parts of this page are not translated yet and are shown in English.',
    /** On a translated page: what it translates. */
    translationOf: (date: string) => `Translated from the English version of ${date}.`,
    /** When the English changed after the translation. */
    englishUpdated: (date: string) => `The English version was updated on ${date}.`,
    readEnglish: 'Read the English version',
    /** A quote known only in translation. */
    translatedQuote: 'our translation',
    /** The updates log: which editions carry an update (`{editions}`: their names). */
    reached: 'In the editions: {editions}',
    /** The same, when some editions do not yet carry it (`{pending}`). */
    reachedNotAll: 'In the editions: {editions} (not yet in {pending})',
  },
  dates: {
    notKnown: 'Date not known',
    notKnownLower: 'date not known',
    dayNotKnown: ' (day not known)',
    monthNotKnown: ' (month not known)',
    undated: 'undated',
  },
  status: {
    countries: { russia: 'Russia', india: 'India', both: 'Both countries' },
    states: {
      done: 'Done',
      reported: 'Reported, not dated',
      expected: 'Expected',
      unknown: 'Not confirmed',
    },
    checked: (date: string) => `Checked ${date}.`,
    latestConfirmed: (date: string) => `The latest step we could confirm is dated ${date}.`,
    noneConfirmed: 'No step could be confirmed yet.',
    boxHeading: 'Where RELOS stands',
    stepsLabel: 'Steps from signature to entry into force',
    datesDisagree: 'sources disagree on the date',
    possibility: 'A possibility, not a confirmed fact:',
    possibilitySources: 'What this possibility rests on',
    onTimeline: 'On the timeline:',
    lastChecked: 'Last checked',
    more: 'Every step, with its sources and the day it was checked',
    shareTitle: (step: string) => `${step}: where RELOS stands`,
  },
  sources: {
    label: 'Sources',
    heading: 'Sources',
    /** "in Russian": the language of a source. */
    inLanguage: (language: string) => `in ${language}`,
  },
  share: {
    label: 'Share',
    email: 'Email',
    newTab: '(opens in a new tab)',
    copy: 'Copy link',
    copied: 'Link copied',
    copyFailed: 'Could not copy the link',
    native: 'Share…',
    /** The share bar's accessible name, by what is shared. */
    group: {
      article: 'Share this article',
      page: 'Share this page',
      item: 'Share this item',
      step: 'Share this step',
      event: 'Share this event',
      update: 'Share this update',
      term: 'Share this term',
    },
    /** A permalink's visible words, by what it links to. */
    link: {
      article: 'Link to this article',
      page: 'Link to this page',
      item: 'Link to this item',
      step: 'Link to this step',
      event: 'Link to this event',
      update: 'Link to this update',
      term: 'Link to this term',
    },
    /** The share menu's hidden words after "Share", by what it shares. */
    menuHidden: {
      article: ' this article',
      page: ' this page',
      item: ' this item',
      step: ' this step',
      event: ' this event',
      update: ' this update',
      term: ' this term',
    },
    subscribeTitle: 'Follow RELOS Explained by RSS',
  },
  article: {
    kinds: {
      news: 'News',
      explainer: 'Explainer',
      analysis: 'Analysis',
      timeline: 'Timeline',
      context: 'Context',
      comparison: 'Comparison',
    },
    tags: {
      ratification: 'Ratification',
      'treaty-law': 'Treaty law',
      logistics: 'Military logistics',
      navy: 'Navies and ports',
      'air-power': 'Air forces and airspace',
      summit: 'Summits',
      diplomacy: 'Diplomacy',
      'defence-trade': 'Defence trade',
      partnerships: "India's partnerships",
      history: 'History',
    },
    by: 'By',
    published: 'Published',
    updated: 'Updated',
    factsChecked: 'Facts checked',
    /** The sentence a feed item opens with. */
    factsCheckedOn: (date: string) => `Facts checked ${date}.`,
    minutes: (n: number) => `${n} min read`,
    keyPoints: 'Key points',
    contents: 'Contents',
    topics: 'Topics',
    related: 'Related',
    moreArticles: 'More articles',
    older: 'Older',
    newer: 'Newer',
    updates: 'Updates',
    headingAnchor: 'Link to this section',
    source: (n: number) => `Source ${n}`,
    shareImageAlt: (kind: string, title: string) => `${kind}: ${title}`,
  },
  home: {
    fullAccount: 'The full account',
    inBrief: 'In brief',
    readFull: 'Read the full account',
    latestArticles: 'Latest articles',
    latestUpdates: 'Updates and corrections',
    allUpdates: (n: number) => `All ${n} ${forms(n, { one: 'update', other: 'updates' })}`,
    timelineCount: (n: number) =>
      `${n} dated ${forms(n, { one: 'step', other: 'steps' })} since 2000. The latest:`,
    wholeTimeline: 'See the whole timeline',
    allowsCount: (n: number) =>
      `${n} ${forms(n, { one: 'question', other: 'questions' })} about the pact, each with a verdict and its sources.`,
    readExplainer: 'Read the explainer',
  },
  timeline: {
    heading: 'How RELOS came about',
    intro: (count: number, from: string, to: string) =>
      `${count} dated ${forms(count, { one: 'step', other: 'steps' })}, from ${from} to ${to}. Where only the month or the year is known, only that is shown. Each step links to its sources.`,
    label: 'Timeline',
    years: 'Years',
    eventsIn: (year: number) => `Events in ${year}`,
    expected: 'Expected',
    sourcesDisagree: 'Sources disagree:',
    coveredIn: 'Covered in:',
    kinds: {
      proposal: 'Proposal',
      negotiation: 'Negotiation',
      approval: 'Approval',
      signing: 'Signing',
      ratification: 'Ratification',
      law: 'Law',
      summit: 'Summit',
      'in-force': 'In force',
      other: 'Background',
    },
  },
  allows: {
    heading: 'What RELOS allows, and what it does not',
    intro:
      "As of 25 November 2026 we had not seen the agreement's text. Each item below rests on official Russian descriptions (the cabinet's explanatory note and the Duma debate), on Kommersant's report of 2 December 2025 on the terms put to the Duma, or on reports of the June 2024 draft and of the earlier draft approved in July 2020, and says which. What it provides applies once the agreement is in force.",
    verdictKey: 'How to read the verdicts',
    domains: {
      purposes: 'What forces may be sent for',
      sea: 'At sea and in port',
      air: 'In the air and at airfields',
      land: 'On land',
      people: 'People',
      money: 'Money',
      process: 'Taking effect and how long it lasts',
      law: 'Legal commitments',
    },
    verdicts: {
      allowed: 'Allowed',
      limited: 'Limited',
      'procedure set': 'Procedure set',
      'separate arrangements': 'Separate financial arrangements',
      'not covered': 'Not covered',
      unclear: 'Unclear',
    },
    meanings: {
      allowed: 'The agreement provides for it, as officially described or reported.',
      limited: 'Provided for, within a stated cap or condition.',
      'procedure set':
        'The agreement sets a procedure or rule for it; the detail says how much of it is reported.',
      'separate arrangements':
        'Provided "under separate financial arrangements", in Kommersant\'s words (our translation); their terms are not reported.',
      'not covered': 'The agreement does not provide for it.',
      unclear: 'Claimed or asked about, but no official description supports it.',
    },
    notEstablished: 'What it does not establish, or what is not known',
    notEstablishedIntro:
      'These claims circulate, or the question is fair, but no official description of the agreement supports them. As of 25 November 2026, we had not seen the text.',
    keyFiguresLabel: 'Key figures: the caps at any one time',
    keyFiguresNote:
      "Once the agreement is in force: at most, from one country on the other's territory at any one time, unless both agree otherwise.",
    shareTitle: (item: string) => `${item}: what RELOS allows`,
  },
  comparison: {
    caption:
      "India's military logistics agreements compared here, in order of signing (a date known only to the month or year goes after that period's dated ones)",
    partner: 'Partner',
    agreement: 'Agreement',
    signed: 'Signed',
    scope: 'Scope',
  },
  glossary: {
    intro: (n: number) =>
      `${n} ${forms(n, { one: 'term', other: 'terms' })} used in our coverage, in plain words.`,
    /** Beside a translated term: the English one. */
    english: 'English',
  },
  updates: {
    kinds: {
      development: 'Development',
      correction: 'Correction',
      clarification: 'Clarification',
      'new-article': 'New article',
    },
    /** Under the updates page's headline: `{rss}`, `{json}` and `{howTo}` are links. */
    follow: 'Follow them in a feed reader: {rss} or {json}; {howTo}.',
    howToSubscribe: 'how to subscribe',
    listLabel: 'Updates, newest first',
    changed: 'Changed:',
    touched: {
      status: 'Status',
      timeline: 'Timeline',
      whatItAllows: 'What it allows',
      frontPage: 'Front page',
    },
  },
  visit: {
    new: 'New',
    forget: 'Forget my last visit',
    forgotten: 'Your last visit is forgotten: nothing is marked as new.',
    /** "2 updates since your last visit on 20 November". */
    since: (count: number, when: string) =>
      `${count} ${forms(count, { one: 'update', other: 'updates' })} since your last visit on ${when}`,
  },
  search: {
    label: 'Search articles, timeline events and glossary terms',
    button: 'Search',
    everyArticle: 'Every article',
    /** Above the list of every article: `{timeline}`, `{glossary}` and `{topics}` are links. */
    alsoBrowse: 'Also browse the {timeline}, {glossary} and {topics}.',
    timeline: 'timeline',
    glossary: 'glossary',
    topics: 'topics',
    noResults: (q: string) => `No results for “${q}”.`,
    results: (n: number, q: string) =>
      `${n} ${forms(n, { one: 'result', other: 'results' })} for “${q}”.`,
  },
  notFound: {
    heading: 'Page not found',
    body: 'There is no page at this address. It may have been mistyped, or the link that brought you here may be wrong.',
    try: 'Try one of these',
    frontPage: 'The front page',
    aboutSite: 'About this site',
    /** One line in this language on the 404 page, for a reader of this edition. */
    otherEdition: 'The English edition',
    /** Above the lines in the other editions' languages. */
    otherLanguages: 'In other languages',
  },
  topics: {
    /** Beside a topic on /tags/. */
    articles: (n: number) => `${n} ${forms(n, { one: 'article', other: 'articles' })}`,
    /** A topic page's title ("Ratification: articles"); the topic is its name (`article.tags`). */
    title: (topic: string) => `${topic}: articles`,
    /** A topic page's description, for search results and share previews. */
    description: (topic: string, n: number) =>
      `Articles on ${SITE.title} about ${topic.toLowerCase()}, newest first: ${n} in all, each sourced claim by claim.`,
    /** Under a topic page's headline. */
    newestFirst: (n: number) =>
      `${n} ${forms(n, { one: 'article', other: 'articles' })}, newest first.`,
  },
  cite: {
    /** The Cite box's summary, by what is cited. */
    summary: { article: 'Cite this article', page: 'Cite this page' },
    intro: (date: string) =>
      `Facts checked ${date}. Copy a citation, or download it for your reference manager.`,
    /** Each style's name as the box shows it. */
    styles: {
      apa: 'APA (7th edition)',
      mla: 'MLA (9th edition)',
      chicago: 'Chicago (18th edition, bibliography)',
    },
    copy: 'Copy',
    copyLabel: (style: string) => `Copy the ${style} citation`,
    copied: 'Citation copied',
    downloads: 'Download:',
    /** Each download's words after its format's name. */
    formats: {
      bib: 'BibTeX',
      ris: 'RIS (EndNote, Zotero, Mendeley)',
      json: 'CSL-JSON',
    },
    /** The note every download carries: the day facts were checked, as YYYY-MM-DD. */
    checkedNote: (day: string) => `Facts checked ${day}`,
  },
  openData: {
    heading: 'Open data: the story in tables',
    intro:
      'Everything this site states as data, in tables you can open in a spreadsheet or a program. The files are made afresh from our content with every build of the site, so they always match the pages. This edition’s files have their text in English; the Hindi and Russian editions have the same files, with the same ids, in their languages.',
    checked: (date: string) => `Facts checked ${date}.`,
    licenceBefore: 'Free to reuse under ',
    licenceAfter: ', with credit: see',
    howToRepublish: 'how to republish',
    licenceEnd: '.',
    package:
      'A Frictionless Data Package describes every file: its columns, their types and meaning, and how the tables join.',
    packageLink: 'datapackage.json',
    tablesHeading: 'The tables',
    rows: (n: number) => `${n} ${n === 1 ? 'row' : 'rows'}`,
    files: 'Files:',
    formatsHeading: 'About the files',
    csv: 'CSV files follow RFC 4180: UTF-8 without a byte-order mark, a header row of column names, an empty cell where there is no value. To open one in Excel, use Data › From Text/CSV and choose UTF-8 (Unicode), or Hindi and Russian text will not show correctly.',
    json: 'Each JSON file holds the same rows as its CSV file, as a list of objects with the same fields.',
    codes:
      'Coded columns ({columns}) hold the same English codes in every edition; the package lists each column’s codes.',
    links:
      'Where an entry cites several sources, each link is a row of its own in a {suffix} table, which joins the entry to the sources table by id.',
    resources: {
      timeline: {
        title: 'Timeline',
        description: 'Every dated event in the story of RELOS, in date order.',
      },
      'timeline-sources': {
        title: 'Timeline: sources',
        description: 'The sources of each timeline event.',
      },
      status: {
        title: 'Status steps',
        description:
          'Each step from signature to entry into force, for Russia, India and both, with its state and the day it was checked.',
      },
      'status-sources': {
        title: 'Status steps: sources',
        description: 'The sources of each status step, and of the possibility it notes.',
      },
      provisions: {
        title: 'What it allows',
        description: 'Each item of the explainer: an activity and what the agreement does with it.',
      },
      'provision-limits': {
        title: 'What it allows: limits',
        description: 'The numeric caps of the items that have them.',
      },
      'provision-sources': {
        title: 'What it allows: sources',
        description: 'The sources of each item of the explainer.',
      },
      agreements: {
        title: 'Agreements compared',
        description: 'India’s military logistics agreements, as the comparison table shows them.',
      },
      'agreement-sources': {
        title: 'Agreements: sources',
        description: 'The sources of each agreement in the comparison.',
      },
      glossary: {
        title: 'Glossary',
        description: 'The terms the site uses, with their definitions.',
      },
      'glossary-sources': {
        title: 'Glossary: sources',
        description: 'The sources of the definitions that rest on one.',
      },
      sources: {
        title: 'Sources',
        description:
          'Every source the site cites: title in its own language, publisher, address, date and language. The titles are their publishers’, not ours.',
      },
    },
    /** Column descriptions: `table.column`, or a column's name alone where it means the same in every table. */
    fields: {
      id: 'Stable identifier; also the anchor of the entry on its page.',
      position: 'Place in its list, from 1.',
      source: 'A source, by its id in the sources table.',
      date: 'When it happened, as precisely as known: YYYY-MM-DD, YYYY-MM or YYYY.',
      date_precision: 'How precise the date is: day, month or year.',
      title: 'Title.',
      note: 'A note: where sources disagree, or what is known of it.',
      'timeline.summary': 'What happened and why it matters.',
      'timeline.kind': 'What sort of step it was (English code).',
      'timeline.tags': 'Topics (English codes), separated by spaces.',
      'timeline-sources.event': 'The event, by its id in the timeline table.',
      'status.title': 'The step in a few words.',
      'status.country': 'Whose step it is: russia, india or both.',
      'status.state':
        'How far it has got: done, reported (not dated), expected or unknown (not confirmed).',
      'status.event': 'The timeline event the step is, by id, where there is one.',
      'status.possibility': 'A possibility the sources allow, not a confirmed fact.',
      'status.checked': 'The day we last looked for news of this step.',
      'status-sources.step': 'The step, by its id in the status table.',
      'status-sources.supports': 'What the source supports: the step, or the possibility.',
      'provisions.domain': 'The area it belongs to (English code).',
      'provisions.activity': 'The activity in a few words.',
      'provisions.verdict': 'What the agreement does with it (English code).',
      'provisions.detail': 'The detail in plain words, including what is not known.',
      'provision-limits.provision': 'The item, by its id in the provisions table.',
      'provision-limits.value': 'The number.',
      'provision-limits.unit': 'What is counted.',
      'provision-limits.qualifier': 'When the cap applies.',
      'provision-sources.provision': 'The item, by its id in the provisions table.',
      'agreements.partner': 'The partner country.',
      'agreements.name': 'The agreement’s name as the sources use it.',
      'agreements.short_name': 'Its short name, if it has one.',
      'agreements.signed':
        'When it was signed, as precisely as known; empty when no source dates it.',
      'agreements.signed_precision': 'How precise the signing date is: day, month or year.',
      'agreements.scope': 'What it covers.',
      'agreement-sources.agreement': 'The agreement, by its id in the agreements table.',
      'glossary.term': 'The term as written.',
      'glossary.expansion': 'What an abbreviation stands for.',
      'glossary.definition': 'The definition in plain words.',
      'glossary-sources.term': 'The term, by its id in the glossary table.',
      'sources.title': 'Its title in its own language (its publisher’s, not ours).',
      'sources.title_english': 'An English title, when the source is not in English.',
      'sources.title_is_description':
        'True when the source’s own headline could not be confirmed and the title describes it.',
      'sources.publisher': 'Who published it.',
      'sources.url': 'Where to read it.',
      'sources.published':
        'When it was published, as precisely as known; empty when the copy seen shows no date.',
      'sources.published_precision': 'How precise the publication date is: day, month or year.',
      'sources.language': 'Its language (ISO 639-1 code).',
    },
    packageTitle: 'RELOS Explained: open data (English)',
    packageDescription:
      'The India–Russia RELOS agreement as data: timeline, status steps, provisions, agreements compared, glossary and sources, from RELOS Explained.',
  },
  republish: {
    /** The credit line: what a republisher writes under reused text, data or a chart. */
    credit: (title: string, url: string, date: string) =>
      `Source: “${title}”, RELOS Explained (${url}), facts checked ${date}. Licensed under CC BY 4.0.`,
    creditHeading: 'The credit line',
    example: 'For example, for our status page:',
    template: 'Fill in the page’s title, its address and the day its facts were checked:',
    placeholders: { title: 'title', url: 'address', date: 'day the facts were checked' },
  },
  feeds: {
    articles: 'articles',
    updates: 'updates and corrections',
    rss: 'RSS',
    jsonFeed: 'JSON Feed',
    whatChanged: 'What it changed:',
    /** A feed address's accessible name (its visible text is the address): copies it on click. */
    addressLabel: (feed: string, url: string) => `${feed} address: ${url}. Copy it`,
    /** The page a browser shows for an RSS feed (its stylesheet, `/rss.xsl`). */
    page: {
      kicker: 'RSS feed',
      intro:
        'This is a web feed. Paste its address into a feed reader, an app that collects new articles from the sites you follow, and every new article and update will arrive there in full. No account, no e-mail, no tracking.',
      address: 'Feed address:',
      website: 'Go to the website',
      inFeed: 'In this feed',
    },
  },
  /** Embeds: pages other sites frame, and the "Embed this" box that gives their code. */
  embed: {
    /** A frame's accessible name and its credit line's link: "RELOS Explained: Where RELOS stands". */
    name: (site: string, title: string) => `${site}: ${title}`,
    /** The credit line's words before its link. */
    from: 'From',
    /** The "Embed this" box's summary, by what it embeds. */
    summary: {
      status: 'Embed the status tracker',
      step: 'Embed this step',
      timeline: 'Embed the timeline',
      year: 'Embed this year',
      event: 'Embed this event',
      'key-figures': 'Embed the key figures',
      provision: 'Embed this item',
    },
    code: 'Code to paste into your page',
    copy: 'Copy the code',
    copied: 'Code copied',
    copyFailed: 'Could not copy the code: select it and copy it yourself',
    /** How the snippet sizes its frame, from its height in pixels. */
    howItWorks: (height: number) =>
      `The frame starts ${height.toLocaleString('en-GB')} pixels tall. The script after it, which you may leave out, lets the frame take the height of what it shows. The text, the links and the day the facts were checked stay up to date.`,
    preview: 'Preview',
  },
};
