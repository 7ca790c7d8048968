/** The Hindi interface strings: every key of en.ts (Dictionary), written for Hindi readers. */
import type { Dictionary } from './index';
import { plural } from '../plural';

/** A count with Indian digit grouping (1,23,456), in Western digits. */
const NUMBER = new Intl.NumberFormat('hi-IN', { numberingSystem: 'latn' });
const num = (n: number): string => NUMBER.format(n);

/** The Hindi form for a count (one: 0 and 1; other): "1 परिणाम मिला", "2 परिणाम मिले". */
const forms = plural('hi-IN');

export const hi: Dictionary = {
  site: {
    title: 'RELOS Explained',
    tagline: 'भारत-रूस सैन्य लॉजिस्टिक्स समझौता: स्रोतों के आधार पर पूरी जानकारी',
    description:
      'RELOS पर एक स्वतंत्र व्याख्या: भारत और रूस के बीच पारस्परिक लॉजिस्टिक्स सहायता का यह समझौता कैसे हुआ, इसका अनुसमर्थन कैसे हुआ, यह क्या अनुमति देता है और क्या नहीं।',
    author: 'RELOS Explained संपादकीय टीम',
    homeHeading: 'RELOS Explained: भारत-रूस लॉजिस्टिक्स समझौता, स्रोतों के आधार पर',
  },
  pages: {
    home: {
      title: 'RELOS Explained',
      description:
        'RELOS पर एक स्वतंत्र व्याख्या: भारत और रूस के बीच पारस्परिक लॉजिस्टिक्स सहायता का यह समझौता कैसे हुआ, इसका अनुसमर्थन कैसे हुआ, यह क्या अनुमति देता है और क्या नहीं।',
      kicker: 'भारत-रूस लॉजिस्टिक्स समझौता',
    },
    status: {
      title: 'RELOS की मौजूदा स्थिति',
      description:
        'हस्ताक्षर से लागू होने तक रूस और भारत का हर चरण: क्या पूरा हुआ, किसकी पुष्टि नहीं हुई, और हर चरण को हमने आख़िरी बार कब जाँचा।',
      kicker: 'स्थिति',
    },
    updates: {
      title: 'अपडेट और सुधार',
      description:
        'RELOS Explained पर हर घटनाक्रम, सुधार और स्पष्टीकरण, सबसे नया पहले; हर एक के साथ तारीख़ और जो बदला उसका लिंक। फ़ीड के रूप में भी उपलब्ध।',
      kicker: 'अपडेट',
    },
    timeline: {
      title: 'समयरेखा',
      description:
        'RELOS की कहानी का हर तारीख़वार चरण, 2000 की रणनीतिक साझेदारी से लेकर रूस के 2025 के अनुसमर्थन क़ानून तक, हर एक अपने स्रोतों के साथ।',
      kicker: 'समयरेखा',
    },
    whatItAllows: {
      title: 'RELOS क्या अनुमति देता है',
      description:
        'बिंदुवार: लागू होने के बाद भारत-रूस समझौता किस बात की अनुमति देता है या उसे सीमित करता है, क्या अलग वित्तीय व्यवस्थाओं पर छोड़ता है, और किसका कोई आधार नहीं मिलता।',
      kicker: 'व्याख्या',
    },
    glossary: {
      title: 'शब्दावली',
      description:
        'RELOS Explained पर इस्तेमाल होने वाले शब्द, सरल भाषा में: RELOS, LEMOA, राज्य ड्यूमा, फ़ेडरेशन काउंसिल, अनुसमर्थन-पत्र और बहुत कुछ।',
      kicker: 'संदर्भ',
    },
    about: {
      title: 'हमारे बारे में',
      description:
        'RELOS Explained कौन बनाता है, हर तथ्य को किसी नामित स्रोत से कैसे जाँचा जाता है, और किसी ग़लती की सूचना हमें कैसे दें।',
      kicker: 'परिचय',
    },
    subscribe: {
      title: 'सब्सक्राइब करें',
      description:
        'किसी भी फ़ीड रीडर में RELOS Explained को फ़ॉलो करें: हर नया लेख और हर अपडेट पूरा पहुँचता है, बिना किसी अकाउंट और बिना ट्रैकिंग के।',
      kicker: 'सब्सक्राइब',
    },
    tags: {
      title: 'विषय',
      description:
        'RELOS Explained के सभी विषय, अनुसमर्थन और संधि क़ानून से लेकर नौसेनाओं, शिखर सम्मेलनों और भारत की दूसरी साझेदारियों तक, हर विषय के लेखों के साथ।',
      kicker: 'विषय',
    },
    search: {
      title: 'खोजें',
      description:
        'भारत-रूस लॉजिस्टिक्स समझौते की व्याख्या करने वाली साइट RELOS Explained पर हर लेख, समयरेखा की हर घटना और शब्दावली का हर शब्द खोजें।',
      kicker: 'खोज',
    },
    data: {
      title: 'खुला डेटा',
      description:
        'RELOS Explained की समयरेखा, स्थिति के चरण, प्रावधान, समझौते, शब्दावली और स्रोत CSV और JSON में, Frictionless डेटा पैकेज के साथ, दोबारा इस्तेमाल के लिए मुक्त।',
      kicker: 'डेटा',
    },
    republish: {
      title: 'हमारी सामग्री दोबारा प्रकाशित करें',
      description:
        'क्रिएटिव कॉमन्स एट्रिब्यूशन 4.0 के तहत RELOS Explained के पाठ, एम्बेड और डेटा का दोबारा इस्तेमाल कैसे करें: श्रेय की पंक्ति, मूल पेज का लिंक और क्या हमारा नहीं है।',
      kicker: 'लाइसेंस',
    },
    notFound: {
      title: 'पेज नहीं मिला',
      description:
        'इस पते पर कोई पेज नहीं है। भारत-रूस RELOS समझौते पर हमारे सबसे नए लेख यहाँ पढ़ें, या मुखपृष्ठ से आगे बढ़ें।',
      kicker: 'त्रुटि 404',
    },
  },
  nav: {
    label: 'खंड',
    latest: 'ताज़ा',
    status: 'स्थिति',
    updates: 'अपडेट',
    timeline: 'समयरेखा',
    whatItAllows: 'क्या अनुमति है',
    glossary: 'शब्दावली',
    search: 'खोजें',
    about: 'हमारे बारे में',
  },
  chrome: {
    skipToContent: 'मुख्य सामग्री पर जाएँ',
    darkTheme: 'डार्क थीम',
    footerAbout:
      '{site} एक स्वतंत्र व्याख्यात्मक साइट है, जिसका किसी सरकार से कोई संबंध नहीं है। हम जो भी तथ्य बताते हैं, उसके साथ उसके स्रोत का लिंक होता है; कम विश्वसनीय वेबसाइटों के दावों का ज़िक्र हम सिर्फ़ यह बताने के लिए करते हैं कि उनकी पुष्टि नहीं हुई है, और उनका लिंक नहीं देते।',
    footerLinks: {
      about: 'हमारे बारे में और सुधार',
      latest: 'ताज़ा लेख',
      updates: 'अपडेट और सुधार',
      subscribe: 'RSS से सब्सक्राइब करें',
      glossary: 'शब्दावली',
    },
    licence: {
      before: 'हमारे पाठ और डेटा का दोबारा इस्तेमाल ',
      after: ' लाइसेंस के तहत, श्रेय देकर, किया जा सकता है।',
      republish: 'दोबारा प्रकाशित कैसे करें',
      data: 'खुला डेटा',
    },
  },
  editions: {
    label: 'भाषा',
    untranslated: 'वह पेज अभी हिन्दी में अनूदित नहीं हुआ है: यह हिन्दी संस्करण का मुखपृष्ठ है।',
    inEnglish: 'अंग्रेज़ी में',
    pageInEnglish: 'यह पेज अभी हिन्दी में अनूदित नहीं हुआ है, इसलिए यहाँ अंग्रेज़ी में दिया गया है।',
    partsInEnglish: 'इस पेज के कुछ हिस्से अभी हिन्दी में अनूदित नहीं हुए हैं, इसलिए अंग्रेज़ी में दिए गए हैं।',
    translationOf: (date: string) => `${date} के अंग्रेज़ी संस्करण से अनूदित।`,
    englishUpdated: (date: string) => `अंग्रेज़ी संस्करण ${date} को अपडेट किया गया।`,
    readEnglish: 'अंग्रेज़ी संस्करण पढ़ें',
    translatedQuote: 'हमारा अनुवाद',
    reached: 'इन संस्करणों में: {editions}',
    reachedNotAll: 'इन संस्करणों में: {editions} (अभी इनमें नहीं: {pending})',
  },
  dates: {
    notKnown: 'तारीख़ ज्ञात नहीं',
    notKnownLower: 'तारीख़ ज्ञात नहीं',
    dayNotKnown: ' (दिन ज्ञात नहीं)',
    monthNotKnown: ' (महीना ज्ञात नहीं)',
    undated: 'बिना तारीख़',
  },
  status: {
    countries: { russia: 'रूस', india: 'भारत', both: 'दोनों देश' },
    states: {
      done: 'पूरा',
      reported: 'ख़बर है, तारीख़ नहीं',
      expected: 'अपेक्षित',
      unknown: 'पुष्टि नहीं',
    },
    checked: (date: string) => `${date} को जाँचा गया।`,
    latestConfirmed: (date: string) => `जिस आख़िरी चरण की हम पुष्टि कर सके, उसकी तारीख़: ${date}।`,
    noneConfirmed: 'अभी तक किसी चरण की पुष्टि नहीं हो सकी है।',
    boxHeading: 'RELOS की मौजूदा स्थिति',
    stepsLabel: 'हस्ताक्षर से लागू होने तक के चरण',
    datesDisagree: 'तारीख़ पर स्रोतों में मतभेद है',
    possibility: 'एक संभावना, पुष्ट तथ्य नहीं:',
    possibilitySources: 'यह संभावना किस पर आधारित है',
    onTimeline: 'समयरेखा पर:',
    lastChecked: 'आख़िरी बार जाँचा गया',
    more: 'हर चरण, उसके स्रोतों और जाँच की तारीख़ के साथ',
    shareTitle: (step: string) => `${step}: RELOS की मौजूदा स्थिति`,
  },
  sources: {
    label: 'स्रोत',
    heading: 'स्रोत',
    inLanguage: (language: string) => `${language} में`,
  },
  share: {
    label: 'शेयर करें',
    email: 'ईमेल',
    newTab: '(नए टैब में खुलेगा)',
    copy: 'लिंक कॉपी करें',
    copied: 'लिंक कॉपी हो गया',
    copyFailed: 'लिंक कॉपी नहीं हो सका',
    native: 'शेयर करें…',
    group: {
      article: 'यह लेख शेयर करें',
      page: 'यह पेज शेयर करें',
      item: 'यह बिंदु शेयर करें',
      step: 'यह चरण शेयर करें',
      event: 'यह घटना शेयर करें',
      update: 'यह अपडेट शेयर करें',
      term: 'यह शब्द शेयर करें',
    },
    link: {
      article: 'इस लेख का लिंक',
      page: 'इस पेज का लिंक',
      item: 'इस बिंदु का लिंक',
      step: 'इस चरण का लिंक',
      event: 'इस घटना का लिंक',
      update: 'इस अपडेट का लिंक',
      term: 'इस शब्द का लिंक',
    },
    /** After "शेयर करें": Hindi puts the object first, so it goes in brackets. */
    menuHidden: {
      article: ' (यह लेख)',
      page: ' (यह पेज)',
      item: ' (यह बिंदु)',
      step: ' (यह चरण)',
      event: ' (यह घटना)',
      update: ' (यह अपडेट)',
      term: ' (यह शब्द)',
    },
    subscribeTitle: 'RSS के ज़रिए RELOS Explained को फ़ॉलो करें',
  },
  article: {
    kinds: {
      news: 'समाचार',
      explainer: 'व्याख्या',
      analysis: 'विश्लेषण',
      timeline: 'समयरेखा',
      context: 'पृष्ठभूमि',
      comparison: 'तुलना',
    },
    tags: {
      ratification: 'अनुसमर्थन',
      'treaty-law': 'संधि क़ानून',
      logistics: 'सैन्य लॉजिस्टिक्स',
      navy: 'नौसेना और बंदरगाह',
      'air-power': 'वायुसेना और हवाई क्षेत्र',
      summit: 'शिखर सम्मेलन',
      diplomacy: 'कूटनीति',
      'defence-trade': 'रक्षा व्यापार',
      partnerships: 'भारत की साझेदारियाँ',
      history: 'इतिहास',
    },
    by: 'लेखक:',
    published: 'प्रकाशित',
    updated: 'अपडेट',
    factsChecked: 'तथ्यों की जाँच',
    factsCheckedOn: (date: string) => `तथ्यों की जाँच ${date} को की गई।`,
    minutes: (n: number) => `पढ़ने में ${n} मिनट`,
    keyPoints: 'मुख्य बातें',
    contents: 'विषय-सूची',
    topics: 'विषय',
    related: 'संबंधित',
    moreArticles: 'और लेख',
    older: 'पुराने',
    newer: 'नए',
    updates: 'अपडेट',
    headingAnchor: 'इस खंड का लिंक',
    source: (n: number) => `स्रोत ${n}`,
    shareImageAlt: (kind: string, title: string) => `${kind}: ${title}`,
  },
  home: {
    fullAccount: 'पूरा ब्योरा',
    inBrief: 'संक्षेप में',
    readFull: 'पूरा ब्योरा पढ़ें',
    latestArticles: 'ताज़ा लेख',
    latestUpdates: 'अपडेट और सुधार',
    allUpdates: (n: number) => `सभी ${num(n)} अपडेट`,
    timelineCount: (n: number) => `2000 से अब तक तारीख़ के साथ ${num(n)} चरण। सबसे ताज़ा:`,
    allowsCount: (n: number) => `समझौते से जुड़े ${num(n)} सवाल, हर एक पर निष्कर्ष और उसके स्रोत।`,
    wholeTimeline: 'पूरी समयरेखा देखें',
    readExplainer: 'व्याख्या पढ़ें',
  },
  timeline: {
    heading: 'RELOS कैसे अस्तित्व में आया',
    intro: (count: number, from: string, to: string) =>
      `${from} से ${to} तक, तारीख़ के साथ ${num(count)} चरण। जहाँ सिर्फ़ महीना या साल ज्ञात है, वहाँ केवल वही दिखाया गया है। हर चरण के साथ उसके स्रोतों के लिंक हैं।`,
    label: 'समयरेखा',
    years: 'वर्ष',
    eventsIn: (year: number) => `${year} की घटनाएँ`,
    expected: 'अपेक्षित',
    sourcesDisagree: 'स्रोतों में मतभेद:',
    coveredIn: 'इन लेखों में:',
    kinds: {
      proposal: 'प्रस्ताव',
      negotiation: 'बातचीत',
      approval: 'मंज़ूरी',
      signing: 'हस्ताक्षर',
      ratification: 'अनुसमर्थन',
      law: 'क़ानून',
      summit: 'शिखर सम्मेलन',
      'in-force': 'लागू',
      other: 'पृष्ठभूमि',
    },
  },
  allows: {
    heading: 'RELOS क्या अनुमति देता है, और क्या नहीं',
    intro:
      '25 नवंबर 2026 तक हमने समझौते का पाठ नहीं देखा था। नीचे हर बिंदु आधिकारिक रूसी विवरणों (सरकार के व्याख्यात्मक नोट और ड्यूमा में हुई बहस), ड्यूमा के सामने रखी गई शर्तों पर कोमेरसांत की 2 दिसंबर 2025 की रिपोर्ट, या जून 2024 के मसौदे और जुलाई 2020 में मंज़ूर हुए पुराने मसौदे से जुड़ी रिपोर्टों पर आधारित है, और हर बिंदु बताता है कि वह किस पर आधारित है। समझौते के प्रावधान उसके लागू होने के बाद ही प्रभावी होते हैं।',
    verdictKey: 'निष्कर्षों को कैसे पढ़ें',
    domains: {
      purposes: 'सेनाएँ किन उद्देश्यों से भेजी जा सकती हैं',
      sea: 'समुद्र में और बंदरगाहों पर',
      air: 'हवा में और सैन्य हवाई अड्डों पर',
      land: 'ज़मीन पर',
      people: 'सैन्यकर्मी',
      money: 'पैसा और भुगतान',
      process: 'लागू होना और उसकी अवधि',
      law: 'क़ानूनी प्रतिबद्धताएँ',
    },
    verdicts: {
      allowed: 'अनुमति है',
      limited: 'सीमित',
      'procedure set': 'प्रक्रिया तय',
      'separate arrangements': 'अलग वित्तीय व्यवस्था',
      'not covered': 'शामिल नहीं',
      unclear: 'अस्पष्ट',
    },
    meanings: {
      allowed: 'आधिकारिक विवरण या रिपोर्टों के अनुसार समझौते में इसका प्रावधान है।',
      limited: 'प्रावधान है, लेकिन तय सीमा या शर्त के भीतर।',
      'procedure set':
        'समझौता इसके लिए प्रक्रिया या नियम तय करता है; ब्योरे में बताया गया है कि इसके बारे में कितनी जानकारी सामने आई है।',
      'separate arrangements':
        'कोमेरसांत के शब्दों में (हमारा अनुवाद), यह “अलग वित्तीय व्यवस्थाओं के तहत” मिलेगा; इन व्यवस्थाओं की शर्तें सामने नहीं आई हैं।',
      'not covered': 'समझौते में इसका प्रावधान नहीं है।',
      unclear: 'ऐसा दावा किया गया है या सवाल उठा है, लेकिन किसी आधिकारिक विवरण से इसकी पुष्टि नहीं होती।',
    },
    notEstablished: 'यह क्या तय नहीं करता, या क्या ज्ञात नहीं है',
    notEstablishedIntro:
      'ये दावे चल रहे हैं, या सवाल वाजिब है, लेकिन समझौते का कोई आधिकारिक विवरण इनकी पुष्टि नहीं करता। 25 नवंबर 2026 तक हमने इसका पाठ नहीं देखा था।',
    keyFiguresLabel: 'मुख्य आँकड़े: एक समय में अधिकतम सीमा',
    keyFiguresNote:
      'समझौता लागू होने के बाद: एक देश की ओर से दूसरे देश की ज़मीन पर एक समय में अधिकतम इतनी संख्या, जब तक दोनों देश कुछ और तय न करें।',
    shareTitle: (item: string) => `${item}: RELOS क्या अनुमति देता है`,
  },
  comparison: {
    caption:
      'यहाँ तुलना किए गए भारत के सैन्य लॉजिस्टिक्स समझौते, हस्ताक्षर के क्रम में (जिस समझौते का सिर्फ़ महीना या साल ज्ञात है, उसे उस अवधि के तारीख़ वाले समझौतों के बाद रखा गया है)',
    partner: 'साझेदार',
    agreement: 'समझौता',
    signed: 'हस्ताक्षर',
    scope: 'दायरा',
  },
  glossary: {
    intro: (n: number) => `हमारी कवरेज में इस्तेमाल हुए ${num(n)} शब्द, सरल भाषा में।`,
    english: 'अंग्रेज़ी',
  },
  updates: {
    kinds: {
      development: 'घटनाक्रम',
      correction: 'सुधार',
      clarification: 'स्पष्टीकरण',
      'new-article': 'नया लेख',
    },
    follow: 'इन्हें किसी फ़ीड रीडर में फ़ॉलो करें: {rss} या {json}; {howTo}।',
    howToSubscribe: 'सब्सक्राइब कैसे करें',
    listLabel: 'अपडेट, सबसे नए पहले',
    changed: 'बदलाव:',
    touched: {
      status: 'स्थिति',
      timeline: 'समयरेखा',
      whatItAllows: 'क्या अनुमति है',
      frontPage: 'मुखपृष्ठ',
    },
  },
  visit: {
    new: 'नया',
    forget: 'मेरी पिछली विज़िट भूल जाएँ',
    forgotten: 'आपकी पिछली विज़िट भुला दी गई है: अब कुछ भी नया चिह्नित नहीं है।',
    since: (count: number, when: string) =>
      `${when} को आपकी पिछली विज़िट के बाद से ${num(count)} अपडेट`,
  },
  search: {
    label: 'लेख, समयरेखा की घटनाएँ और शब्दावली के शब्द खोजें',
    button: 'खोजें',
    everyArticle: 'सभी लेख',
    alsoBrowse: 'ये भी देखें: {timeline}, {glossary} और {topics}।',
    timeline: 'समयरेखा',
    glossary: 'शब्दावली',
    topics: 'विषय',
    noResults: (q: string) => `“${q}” के लिए कोई परिणाम नहीं मिला।`,
    results: (n: number, q: string) =>
      `“${q}” के लिए ${num(n)} परिणाम ${forms(n, { one: 'मिला', other: 'मिले' })}।`,
  },
  notFound: {
    heading: 'पेज नहीं मिला',
    body: 'इस पते पर कोई पेज नहीं है। हो सकता है पता ग़लत टाइप हुआ हो, या जिस लिंक से आप यहाँ पहुँचे, वह ग़लत हो।',
    try: 'इनमें से कोई आज़माएँ',
    frontPage: 'मुखपृष्ठ',
    aboutSite: 'इस साइट के बारे में',
    otherEdition: 'हिन्दी संस्करण',
    otherLanguages: 'दूसरी भाषाओं में',
  },
  topics: {
    articles: (n: number) => `${num(n)} लेख`,
    title: (topic: string) => `${topic}: लेख`,
    description: (topic: string, n: number) =>
      `RELOS Explained पर ${topic} से जुड़े लेख, सबसे नए पहले: कुल ${num(n)}, हर दावा अपने स्रोत के साथ।`,
    newestFirst: (n: number) => `${num(n)} लेख, सबसे नए पहले।`,
  },
  cite: {
    summary: { article: 'इस लेख का हवाला दें', page: 'इस पेज का हवाला दें' },
    intro: (date: string) =>
      `तथ्य ${date} को जाँचे गए। हवाला कॉपी करें, या अपने रेफ़रेंस मैनेजर के लिए डाउनलोड करें।`,
    styles: {
      apa: 'APA (7वाँ संस्करण)',
      mla: 'MLA (9वाँ संस्करण)',
      chicago: 'शिकागो (18वाँ संस्करण, ग्रंथसूची)',
    },
    copy: 'कॉपी करें',
    copyLabel: (style: string) => `${style} हवाला कॉपी करें`,
    copied: 'हवाला कॉपी हो गया',
    downloads: 'डाउनलोड:',
    formats: {
      bib: 'BibTeX',
      ris: 'RIS (EndNote, Zotero, Mendeley)',
      json: 'CSL-JSON',
    },
    checkedNote: (day: string) => `तथ्य जाँचे गए: ${day}`,
  },
  openData: {
    heading: 'खुला डेटा: तालिकाओं में पूरी ख़बर',
    intro:
      'यह साइट जो कुछ भी डेटा के रूप में बताती है, वह सब यहाँ तालिकाओं में है, जिन्हें आप स्प्रेडशीट या किसी प्रोग्राम में खोल सकते हैं। साइट के हर बिल्ड के साथ ये फ़ाइलें हमारी सामग्री से नए सिरे से बनती हैं, इसलिए वे हमेशा पेजों से मेल खाती हैं। इस संस्करण की फ़ाइलों का पाठ हिन्दी में है; अंग्रेज़ी और रूसी संस्करणों में यही फ़ाइलें, उन्हीं आईडी के साथ, उनकी भाषाओं में हैं।',
    checked: (date: string) => `तथ्य ${date} को जाँचे गए।`,
    licenceBefore: 'श्रेय देकर ',
    licenceAfter: ' के तहत दोबारा इस्तेमाल के लिए मुक्त; देखें:',
    howToRepublish: 'दोबारा प्रकाशित कैसे करें',
    licenceEnd: '।',
    package:
      'हर फ़ाइल का ब्योरा एक Frictionless डेटा पैकेज में है: उसके कॉलम, उनके प्रकार और अर्थ, और तालिकाएँ आपस में कैसे जुड़ती हैं।',
    packageLink: 'datapackage.json',
    tablesHeading: 'तालिकाएँ',
    rows: (n: number) => `${num(n)} ${n === 1 ? 'पंक्ति' : 'पंक्तियाँ'}`,
    files: 'फ़ाइलें:',
    formatsHeading: 'फ़ाइलों के बारे में',
    csv: 'CSV फ़ाइलें RFC 4180 के अनुसार हैं: UTF-8, बिना बाइट-ऑर्डर मार्क के; पहली पंक्ति में कॉलमों के नाम, और जहाँ कोई मान नहीं, वहाँ ख़ाली सेल। Excel में खोलने के लिए Data › From Text/CSV चुनें और UTF-8 (Unicode) चुनें, वरना हिन्दी और रूसी पाठ ठीक से नहीं दिखेगा।',
    json: 'हर JSON फ़ाइल में वही पंक्तियाँ हैं जो उसकी CSV फ़ाइल में हैं, उन्हीं फ़ील्ड वाले ऑब्जेक्ट की सूची के रूप में।',
    codes:
      'कोड वाले कॉलम ({columns}) हर संस्करण में एक जैसे अंग्रेज़ी कोड रखते हैं; पैकेज में हर कॉलम के कोड दिए गए हैं।',
    links:
      'जहाँ किसी प्रविष्टि के कई स्रोत हैं, वहाँ हर स्रोत {suffix} वाली तालिका में अलग पंक्ति है, जो आईडी के ज़रिए प्रविष्टि को स्रोतों की तालिका से जोड़ती है।',
    resources: {
      timeline: {
        title: 'समयरेखा',
        description: 'RELOS की कहानी की हर तारीख़वार घटना, तारीख़ के क्रम में।',
      },
      'timeline-sources': {
        title: 'समयरेखा: स्रोत',
        description: 'समयरेखा की हर घटना के स्रोत।',
      },
      status: {
        title: 'स्थिति के चरण',
        description:
          'हस्ताक्षर से लागू होने तक रूस, भारत और दोनों देशों का हर चरण, उसकी स्थिति और उसे जाँचने की तारीख़ के साथ।',
      },
      'status-sources': {
        title: 'स्थिति के चरण: स्रोत',
        description: 'हर चरण के स्रोत, और उसमें बताई गई संभावना के स्रोत।',
      },
      provisions: {
        title: 'क्या अनुमति है',
        description: 'व्याख्या का हर बिंदु: एक गतिविधि, और समझौता उसके बारे में क्या तय करता है।',
      },
      'provision-limits': {
        title: 'क्या अनुमति है: सीमाएँ',
        description: 'जिन बिंदुओं में संख्या की सीमा है, उनकी सीमाएँ।',
      },
      'provision-sources': {
        title: 'क्या अनुमति है: स्रोत',
        description: 'व्याख्या के हर बिंदु के स्रोत।',
      },
      agreements: {
        title: 'समझौतों की तुलना',
        description: 'भारत के सैन्य लॉजिस्टिक्स समझौते, जैसे तुलना-तालिका उन्हें दिखाती है।',
      },
      'agreement-sources': {
        title: 'समझौते: स्रोत',
        description: 'तुलना में शामिल हर समझौते के स्रोत।',
      },
      glossary: {
        title: 'शब्दावली',
        description: 'साइट पर इस्तेमाल होने वाले शब्द, उनकी परिभाषाओं के साथ।',
      },
      'glossary-sources': {
        title: 'शब्दावली: स्रोत',
        description: 'जिन परिभाषाओं का आधार कोई स्रोत है, उनके स्रोत।',
      },
      sources: {
        title: 'स्रोत',
        description:
          'साइट जिन स्रोतों का हवाला देती है, वे सब: अपनी भाषा में शीर्षक, प्रकाशक, पता, तारीख़ और भाषा। शीर्षक उनके प्रकाशकों के हैं, हमारे नहीं।',
      },
    },
    fields: {
      id: 'स्थायी पहचान; पेज पर प्रविष्टि का एंकर भी यही है।',
      position: 'अपनी सूची में क्रम, 1 से।',
      source: 'एक स्रोत, स्रोतों की तालिका में उसकी आईडी से।',
      date: 'कब हुआ, जितनी सटीकता से ज्ञात है: YYYY-MM-DD, YYYY-MM या YYYY।',
      date_precision: 'तारीख़ कितनी सटीक है: day (दिन), month (महीना) या year (साल)।',
      title: 'शीर्षक।',
      note: 'टिप्पणी: जहाँ स्रोतों में मतभेद है, या उसके बारे में क्या ज्ञात है।',
      'timeline.summary': 'क्या हुआ और यह क्यों मायने रखता है।',
      'timeline.kind': 'यह किस तरह का चरण था (अंग्रेज़ी कोड)।',
      'timeline.tags': 'विषय (अंग्रेज़ी कोड), स्पेस से अलग।',
      'timeline-sources.event': 'घटना, समयरेखा की तालिका में उसकी आईडी से।',
      'status.title': 'चरण, कुछ शब्दों में।',
      'status.country': 'यह चरण किसका है: russia (रूस), india (भारत) या both (दोनों)।',
      'status.state':
        'चरण कहाँ तक पहुँचा: done (पूरा), reported (ख़बर है, तारीख़ नहीं), expected (अपेक्षित) या unknown (पुष्टि नहीं)।',
      'status.event': 'यह चरण समयरेखा की जो घटना है, उसकी आईडी, जहाँ ऐसी घटना है।',
      'status.possibility': 'स्रोतों के आधार पर एक संभावना, पुष्ट तथ्य नहीं।',
      'status.checked': 'जिस दिन हमने इस चरण की ख़बर आख़िरी बार देखी।',
      'status-sources.step': 'चरण, स्थिति की तालिका में उसकी आईडी से।',
      'status-sources.supports': 'स्रोत किसका आधार है: step (चरण) या possibility (संभावना)।',
      'provisions.domain': 'यह बिंदु किस क्षेत्र का है (अंग्रेज़ी कोड)।',
      'provisions.activity': 'गतिविधि, कुछ शब्दों में।',
      'provisions.verdict': 'समझौता इसके बारे में क्या तय करता है (अंग्रेज़ी कोड)।',
      'provisions.detail': 'सरल शब्दों में ब्योरा, जिसमें यह भी है कि क्या ज्ञात नहीं है।',
      'provision-limits.provision': 'बिंदु, प्रावधानों की तालिका में उसकी आईडी से।',
      'provision-limits.value': 'संख्या।',
      'provision-limits.unit': 'क्या गिना जाता है।',
      'provision-limits.qualifier': 'सीमा कब लागू होती है।',
      'provision-sources.provision': 'बिंदु, प्रावधानों की तालिका में उसकी आईडी से।',
      'agreements.partner': 'साझेदार देश।',
      'agreements.name': 'समझौते का नाम, जैसा स्रोतों में है।',
      'agreements.short_name': 'उसका छोटा नाम, अगर है।',
      'agreements.signed': 'हस्ताक्षर कब हुए, जितनी सटीकता से ज्ञात है; कोई स्रोत तारीख़ न दे तो ख़ाली।',
      'agreements.signed_precision': 'हस्ताक्षर की तारीख़ कितनी सटीक है: day, month या year।',
      'agreements.scope': 'यह किन बातों पर लागू होता है।',
      'agreement-sources.agreement': 'समझौता, समझौतों की तालिका में उसकी आईडी से।',
      'glossary.term': 'शब्द, जैसा लिखा जाता है।',
      'glossary.expansion': 'संक्षिप्त रूप का पूरा नाम।',
      'glossary.definition': 'सरल शब्दों में परिभाषा।',
      'glossary-sources.term': 'शब्द, शब्दावली की तालिका में उसकी आईडी से।',
      'sources.title': 'अपनी भाषा में उसका शीर्षक (उसके प्रकाशक का, हमारा नहीं)।',
      'sources.title_english': 'अंग्रेज़ी शीर्षक, जब स्रोत अंग्रेज़ी में नहीं है।',
      'sources.title_is_description':
        'true तब, जब स्रोत की अपनी सुर्ख़ी की पुष्टि नहीं हो सकी और शीर्षक उसका वर्णन है।',
      'sources.publisher': 'प्रकाशक।',
      'sources.url': 'इसे कहाँ पढ़ें।',
      'sources.published':
        'कब प्रकाशित हुआ, जितनी सटीकता से ज्ञात है; जो प्रति देखी गई उसमें तारीख़ न हो तो ख़ाली।',
      'sources.published_precision': 'प्रकाशन की तारीख़ कितनी सटीक है: day, month या year।',
      'sources.language': 'उसकी भाषा (ISO 639-1 कोड)।',
    },
    packageTitle: 'RELOS Explained: खुला डेटा (हिन्दी)',
    packageDescription:
      'भारत-रूस RELOS समझौता डेटा के रूप में: समयरेखा, स्थिति के चरण, प्रावधान, समझौतों की तुलना, शब्दावली और स्रोत, RELOS Explained से।',
  },
  republish: {
    credit: (title: string, url: string, date: string) =>
      `स्रोत: “${title}”, RELOS Explained (${url}), तथ्य ${date} को जाँचे गए। CC BY 4.0 लाइसेंस के तहत।`,
    creditHeading: 'श्रेय की पंक्ति',
    example: 'उदाहरण के लिए, हमारे स्थिति वाले पेज के लिए:',
    template: 'पेज का शीर्षक, उसका पता और उसके तथ्य जाँचने की तारीख़ भरें:',
    placeholders: { title: 'शीर्षक', url: 'पता', date: 'तारीख़' },
  },
  feeds: {
    articles: 'लेख',
    updates: 'अपडेट और सुधार',
    rss: 'RSS',
    jsonFeed: 'JSON Feed',
    whatChanged: 'इससे क्या बदला:',
    addressLabel: (feed: string, url: string) => `${feed} का पता: ${url}। पता कॉपी करें`,
    page: {
      kicker: 'RSS फ़ीड',
      intro:
        'यह एक वेब फ़ीड है। इसका पता किसी फ़ीड रीडर में डालें, यानी ऐसे ऐप में जो आपकी चुनी हुई साइटों से नए लेख जुटाता है। हर नया लेख और हर अपडेट वहाँ पूरा पहुँचेगा। न खाता, न ई-मेल, न ट्रैकिंग।',
      address: 'फ़ीड का पता:',
      website: 'वेबसाइट पर जाएँ',
      inFeed: 'इस फ़ीड में',
    },
  },
  embed: {
    name: (site: string, title: string) => `${site}: ${title}`,
    from: 'स्रोत:',
    summary: {
      status: 'स्थिति-सूची अपनी साइट पर लगाएँ',
      step: 'यह चरण अपनी साइट पर लगाएँ',
      timeline: 'घटनाक्रम अपनी साइट पर लगाएँ',
      year: 'इस वर्ष की घटनाएँ अपनी साइट पर लगाएँ',
      event: 'यह घटना अपनी साइट पर लगाएँ',
      'key-figures': 'मुख्य आँकड़े अपनी साइट पर लगाएँ',
      provision: 'यह बिंदु अपनी साइट पर लगाएँ',
    },
    code: 'अपने पेज में चिपकाने के लिए कोड',
    copy: 'कोड कॉपी करें',
    copied: 'कोड कॉपी हो गया',
    copyFailed: 'कोड कॉपी नहीं हो सका: उसे चुनकर ख़ुद कॉपी करें',
    howItWorks: (height: number) =>
      `फ़्रेम की शुरुआती ऊँचाई ${height.toLocaleString('hi-IN')} पिक्सेल है। उसके बाद की स्क्रिप्ट ज़रूरी नहीं है: वह फ़्रेम को उतना ऊँचा कर देती है जितनी उसकी सामग्री है। पाठ, लिंक और तथ्यों की जाँच की तारीख़ अपने-आप अद्यतन रहते हैं।`,
    preview: 'झलक',
  },
};
