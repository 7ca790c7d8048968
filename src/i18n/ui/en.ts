/**
 * The English interface strings: every word the site's chrome shows, and the reference for the
 * Hindi and Russian dictionaries (`hi.ts`, `ru.ts`), which must have every key (`npm run check`
 * fails otherwise). Sentences that hold a number or a date are functions, so each language can
 * order the words and choose the plural form itself. Dates come in already formatted.
 */
import { SITE } from '../../site';

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
    footerAbout:
      'is an independent explainer. It is not affiliated with any government. Every fact we state links to its source; claims from low-authority websites, which we mention only to say they are unconfirmed, are not linked.',
    footerLinks: {
      about: 'About and corrections',
      latest: 'Latest articles',
      updates: 'Updates and corrections',
      subscribe: 'Subscribe by RSS',
      glossary: 'Glossary',
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
    /** On a translated page: what it translates. */
    translationOf: (date: string) => `Translated from the English version of ${date}.`,
    /** When the English changed after the translation. */
    englishUpdated: (date: string) => `The English version was updated on ${date}.`,
    readEnglish: 'Read the English version',
    /** A quote known only in translation. */
    translatedQuote: 'our translation',
    /** The updates log: which editions carry an update. */
    reached: 'In the editions',
    notYetIn: 'not yet in',
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
    allUpdates: (n: number) => `All ${n} updates`,
    timelineCount: (n: number) => `${n} dated steps since 2000. The latest:`,
    wholeTimeline: 'See the whole timeline',
    allowsCount: (n: number) =>
      `${n} questions about the pact, each with a verdict and its sources.`,
    readExplainer: 'Read the explainer',
  },
  timeline: {
    heading: 'How RELOS came about',
    intro: (count: number, from: string, to: string) =>
      `${count} dated steps, from ${from} to ${to}. Where only the month or the year is known, only that is shown. Each step links to its sources.`,
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
    intro: (n: number) => `${n} terms used in our coverage, in plain words.`,
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
    follow: 'Follow them in a feed reader:',
    or: 'or',
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
      `${count} update${count === 1 ? '' : 's'} since your last visit on ${when}`,
  },
  search: {
    label: 'Search articles, timeline events and glossary terms',
    button: 'Search',
    everyArticle: 'Every article',
    alsoBrowse: 'Also browse the',
    timeline: 'timeline',
    glossary: 'glossary',
    and: 'and',
    topics: 'topics',
    noResults: (q: string) => `No results for “${q}”.`,
    results: (n: number, q: string) => `${n} result${n === 1 ? '' : 's'} for “${q}”.`,
  },
  notFound: {
    heading: 'Page not found',
    body: 'There is no page at this address. It may have been mistyped, or the link that brought you here may be wrong.',
    try: 'Try one of these',
    frontPage: 'The front page',
    aboutSite: 'About this site',
    /** One line in this language on the 404 page, for a reader of this edition. */
    otherEdition: 'The English edition',
  },
  topics: {
    articles: (n: number) => `${n} article${n === 1 ? '' : 's'}`,
  },
  feeds: {
    articles: 'articles',
    updates: 'updates and corrections',
    rss: 'RSS',
    jsonFeed: 'JSON Feed',
    whatChanged: 'What it changed:',
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
