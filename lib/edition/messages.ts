/**
 * UI strings: one typed catalog per locale of the site. Every catalog is a `Messages`, so a key
 * missing from any language fails the type check, and `messages` must name every locale.
 */
import type { FrontMatter, Kind, UpdateType } from '../content/schema';
import type { StandardsName } from '../content/pages';
import type { Locale } from '../site/config';

type Relevance = NonNullable<FrontMatter['relevance']>;

export interface Messages {
  /** The masthead's line and the site's description (home page meta, feeds). */
  readonly tagline: string;
  readonly siteDescription: string;
  /** The label of the language switch in the header. */
  readonly language: string;
  /** An article's link to its translation: the text before and after the other language's own name. */
  readonly readIn: readonly [before: string, after: string];
  readonly skipToContent: string;
  readonly primaryNav: string;
  readonly home: string;
  readonly topics: string;
  readonly latest: string;
  readonly summaryHeading: string;
  readonly whyItMattersHeading: string;
  readonly contents: string;
  readonly sources: string;
  readonly by: string;
  readonly published: string;
  readonly updated: string;
  readonly draft: string;
  readonly topicLabel: string;
  readonly tagsLabel: string;
  readonly noArticles: string;
  readonly notFoundTitle: string;
  readonly notFoundText: string;
  readonly backHome: string;
  readonly readingTime: (minutes: number) => string;
  readonly clusterSignal: (topic: string) => string;
  readonly relevanceSignal: Record<Relevance, string>;
  readonly readingSignal: (minutes: number) => string;
  readonly articleCount: (n: number) => string;
  readonly footer: string;
  /** The footer's links: the name of their navigation, and a feed's link text (`format`: RSS, Atom, JSON). */
  readonly footerNav: string;
  readonly feedLink: (format: string) => string;
  readonly pagination: string;
  readonly newer: string;
  readonly older: string;
  readonly pageOf: (page: number, count: number) => string;
  readonly pageTitle: (title: string, page: number) => string;
  readonly darkTheme: string;
  readonly share: string;
  readonly shareEmail: string;
  readonly copyLink: string;
  readonly linkCopied: string;
  readonly relevanceNoticeBefore: string;
  readonly relevanceNoticeAfter: string;
  readonly updatesHeading: string;
  readonly moreIn: (topic: string) => string;
  readonly related: string;
  readonly featured: string;
  readonly byTopic: string;
  readonly seeAllIn: (topic: string) => string;
  readonly tagTitle: (tag: string) => string;
  readonly allTags: string;
  /** The authors' index (heading, title) and the label above an author's name on their page. */
  readonly authors: string;
  readonly authorLabel: string;
  /** The hidden heading of an author's links (homepage, profiles), and the label of their homepage link. */
  readonly authorLinks: string;
  readonly website: string;
  /** The heading above an author's briefs. */
  readonly briefsBy: (name: string) => string;
  /** Site search: the page's heading and title, and the header's link to it on small screens. */
  readonly search: string;
  /** The label of every search field. */
  readonly searchLabel: string;
  readonly searchPlaceholder: string;
  readonly searchButton: string;
  readonly searchNoScript: string;
  /** Templates read by public/brief.js: `{n}` is the number of results, `{q}` the query. */
  readonly searchResultsOne: string;
  readonly searchResultsMany: string;
  /** Shown by public/brief.js when the index cannot be loaded. */
  readonly searchFailed: string;
  /**
   * `npm run dev` only: the panel at the address of a brief that cannot be shown (a mistake, or an
   * unfinished `npm run new` skeleton), and the home page's notice listing such briefs.
   */
  readonly problemsTitle: string;
  readonly unfinishedTitle: string;
  /** The text around the file's path, for a mistake and for an unfinished skeleton. */
  readonly problemsIn: readonly [before: string, after: string];
  readonly unfinishedIn: readonly [before: string, after: string];
  readonly problemLine: (line: number) => string;
  readonly stillToWrite: string;
  readonly siteProblems: string;
  readonly problemsNotice: (n: number) => string;
  readonly problemsHeading: string;
  // Corrections, clarifications and updates (issue 23): the notice under a brief's dek, its updates log, the corrections page, a translation's freshness.
  /** The word of each type of `updates` entry, before its note ("Correction, 3 December 2026: …"). */
  readonly changeType: Readonly<Record<UpdateType, string>>;
  /** The name of the box of corrections and clarifications under a brief's dek. */
  readonly noticesLabel: string;
  /** The corrections page: its title and heading, its introduction, and its text when there are none. */
  readonly corrections: string;
  readonly correctionsIntro: string;
  readonly noCorrections: string;
  /** A language's name in this edition's language ("English", "İngilizce"). */
  readonly languageName: Readonly<Record<Locale, string>>;
  /** The name of a translation's notice that its original changed since. */
  readonly translationNoticeLabel: string;
  /** That notice: the text before the link (the original, named by its language), between the link and the date, and after the date. */
  readonly originalAhead: (language: string, corrected: boolean) => { readonly before: string; readonly link: string; readonly beforeDate: string; readonly afterDate: string };
  /** Standards pages (lib/content/pages.ts): each one's short name (footer, lists), the footer's list, About's title and dek when the edition has no about.md, About's list of the others, "last updated". */
  readonly standardsNames: Readonly<Record<StandardsName, string>>;
  readonly standardsNav: string;
  readonly aboutTitle: string;
  readonly aboutDescription: string;
  readonly moreAbout: string;
  readonly lastUpdated: string;
  /** The type-of-work label beside a brief's topic, and the hidden word before it ("Type: Analysis"). */
  readonly kindLabel: string;
  readonly kinds: Record<Kind, string>;
  /** The disclosure at the top of sponsored content: its label and sentence naming the sponsor. */
  readonly sponsoredBy: (sponsor: string) => string;
  readonly sponsoredNote: string;
  /** "How we reported this" and the labels of its parts. */
  readonly backstoryHeading: string;
  readonly backstoryMethods: string;
  readonly backstoryContacted: string;
  readonly backstoryUnverified: string;
  /** An author page's expertise and languages (their headings), and a profile link's hidden words. */
  readonly expertiseHeading: string;
  readonly languagesHeading: string;
}

/** English UI strings. */
export const en: Messages = {
  tagline: 'The news, explained in three points.',
  siteDescription:
    'Brief explains the news that matters: a 3-point summary, why it matters, and the full story in a few minutes.',
  language: 'Language',
  readIn: ['Read in ', ''],
  skipToContent: 'Skip to content',
  primaryNav: 'Primary',
  home: 'Latest',
  topics: 'Topics',
  latest: 'Latest briefs',
  summaryHeading: '3-Point Summary',
  whyItMattersHeading: 'Why it matters',
  contents: 'In this brief',
  sources: 'Sources',
  by: 'By',
  published: 'Published',
  updated: 'Updated',
  draft: 'Draft',
  topicLabel: 'Topic',
  tagsLabel: 'Tags',
  noArticles: 'No briefs here yet.',
  notFoundTitle: 'Page not found',
  notFoundText: 'There is no brief at this address. It may have moved, or the link may be mistyped.',
  backHome: 'Back to the latest briefs',
  readingTime: (minutes) => `${minutes} min read`,
  clusterSignal: (topic) => `Directly affects the ${topic} topic cluster.`,
  relevanceSignal: {
    'short-term': 'Relevant for short-term AI monitoring.',
    'long-term': 'Relevant for long-term AI monitoring.',
    evergreen: 'Background that stays relevant.',
  },
  readingSignal: (minutes) => `A ${minutes}-minute read for a quick, decision-ready brief.`,
  articleCount: (n) => (n === 1 ? '1 brief' : `${n} briefs`),
  footer: 'Brief explains the news in three points. Static, fast, and free of trackers.',
  footerNav: 'Follow and browse',
  feedLink: (format) => `${format} feed`,
  pagination: 'Pages',
  newer: 'Newer briefs',
  older: 'Older briefs',
  pageOf: (page, count) => `Page ${page} of ${count}`,
  pageTitle: (title, page) => (page === 1 ? title : `${title}, page ${page}`),
  darkTheme: 'Dark theme',
  share: 'Share this brief',
  shareEmail: 'Email',
  copyLink: 'Copy link',
  linkCopied: 'Link copied',
  relevanceNoticeBefore: 'This brief describes the situation as of ',
  relevanceNoticeAfter: '. It was written for short-term monitoring, so events may have moved on since.',
  updatesHeading: 'Corrections and updates',
  moreIn: (topic) => `More in ${topic}`,
  related: 'Related briefs',
  featured: 'Top brief',
  byTopic: 'By topic',
  seeAllIn: (topic) => `All briefs in ${topic}`,
  tagTitle: (tag) => `Briefs tagged #${tag}`,
  allTags: 'All tags',
  authors: 'Authors',
  authorLabel: 'Author',
  authorLinks: 'Links',
  website: 'Website',
  briefsBy: (name) => `Briefs by ${name}`,
  search: 'Search',
  searchLabel: 'Search briefs',
  searchPlaceholder: 'Search briefs',
  searchButton: 'Search',
  searchNoScript: 'Search needs JavaScript, which is off in this browser. Every brief is listed on the home page and on its topic page.',
  searchResultsOne: '1 result for “{q}”',
  searchResultsMany: '{n} results for “{q}”',
  searchFailed: 'Search is not available right now. Please try again later.',
  problemsTitle: 'This brief cannot be shown yet',
  unfinishedTitle: 'This brief is not finished yet',
  problemsIn: ['Fix ', ' as below and save: this page updates by itself.'],
  unfinishedIn: ['Write what is left in ', ' and save: this page updates by itself.'],
  problemLine: (line) => `Line ${line}`,
  stillToWrite: 'Still to write:',
  siteProblems: 'Problems that affect every page',
  problemsNotice: (n) => (n === 1 ? '1 brief is not shown because of problems in its file:' : `${n} briefs are not shown because of problems in their files:`),
  problemsHeading: 'Content problems',
  changeType: { correction: 'Correction', clarification: 'Clarification', update: 'Update', typo: 'Minor fix' },
  noticesLabel: 'Corrections and clarifications',
  corrections: 'Corrections',
  correctionsIntro: 'Every correction and clarification made to a brief in this edition, newest first.',
  noCorrections: 'No brief in this edition has been corrected or clarified yet.',
  languageName: { en: 'English', tr: 'Turkish' },
  translationNoticeLabel: 'About this translation',
  originalAhead: (language, corrected) => ({
    before: 'The ',
    link: `${language} version`,
    beforeDate: ` was ${corrected ? 'corrected' : 'updated'} on `,
    afterDate: '. This translation does not include that change yet.',
  }),
  standardsNames: { about: 'About', ethics: 'Ethics and standards', 'corrections-policy': 'Corrections policy', masthead: 'Masthead', contact: 'Contact' },
  standardsNav: 'About Brief',
  aboutTitle: 'About Brief',
  aboutDescription: 'Who makes Brief, the standards it holds itself to and how to reach it.',
  moreAbout: 'More about Brief',
  lastUpdated: 'Last updated',
  kindLabel: 'Type of work',
  kinds: { explainer: 'Explainer', news: 'News', analysis: 'Analysis', opinion: 'Opinion', sponsored: 'Sponsored' },
  sponsoredBy: (sponsor) => `Sponsored by ${sponsor}.`,
  sponsoredNote: 'The sponsor paid for this content; it is not part of our independent reporting.',
  backstoryHeading: 'How we reported this',
  backstoryMethods: 'Methods',
  backstoryContacted: 'Who we contacted',
  backstoryUnverified: 'What we could not verify',
  expertiseHeading: 'Expertise',
  languagesHeading: 'Languages',
};

/** Turkish UI strings. */
export const tr: Messages = {
  tagline: 'Haberin özü, üç maddede.',
  siteDescription:
    'Brief önemli haberleri açıklar: 3 maddede özet, neden önemli olduğu ve birkaç dakikada haberin tamamı.',
  language: 'Dil',
  readIn: ['', ' sürümünü oku'],
  skipToContent: 'İçeriğe geç',
  primaryNav: 'Ana menü',
  home: 'Güncel',
  topics: 'Konular',
  latest: 'Son yazılar',
  summaryHeading: '3 Maddede Özet',
  whyItMattersHeading: 'Neden önemli',
  contents: 'Bu yazıda',
  sources: 'Kaynaklar',
  by: 'Yazan:',
  published: 'Yayımlanma tarihi',
  updated: 'Güncellendi:',
  draft: 'Taslak',
  topicLabel: 'Konu',
  tagsLabel: 'Etiketler',
  noArticles: 'Burada henüz yazı yok.',
  notFoundTitle: 'Sayfa bulunamadı',
  notFoundText: 'Bu adreste bir yazı yok. Taşınmış olabilir ya da bağlantı yanlış yazılmış olabilir.',
  backHome: 'Son yazılara dön',
  readingTime: (minutes) => `${minutes} dk okuma`,
  clusterSignal: (topic) => `${topic} konu kümesini doğrudan etkiler.`,
  relevanceSignal: {
    'short-term': 'Kısa vadeli yapay zekâ takibi için önemli.',
    'long-term': 'Uzun vadeli yapay zekâ takibi için önemli.',
    evergreen: 'Güncelliğini koruyan arka plan bilgisi.',
  },
  readingSignal: (minutes) => `Hızlı ve karara hazır bir özet için ${minutes} dakikalık okuma.`,
  // Turkish nouns stay singular after a number: "1 yazı", "3 yazı".
  articleCount: (n) => `${n} yazı`,
  footer: 'Brief haberleri üç maddede açıklar. Statik, hızlı ve izleyicisiz.',
  footerNav: 'Takip et ve göz at',
  feedLink: (format) => `${format} beslemesi`,
  pagination: 'Sayfalar',
  newer: 'Daha yeni yazılar',
  older: 'Daha eski yazılar',
  pageOf: (page, count) => `Sayfa ${page} / ${count}`,
  pageTitle: (title, page) => (page === 1 ? title : `${title}, sayfa ${page}`),
  darkTheme: 'Koyu tema',
  share: 'Bu yazıyı paylaş',
  shareEmail: 'E-posta',
  copyLink: 'Bağlantıyı kopyala',
  linkCopied: 'Bağlantı kopyalandı',
  relevanceNoticeBefore: 'Bu yazı durumu ',
  relevanceNoticeAfter: ' itibarıyla anlatıyor. Kısa vadeli takip için yazıldı; o günden bu yana gelişmeler olmuş olabilir.',
  updatesHeading: 'Düzeltmeler ve güncellemeler',
  moreIn: (topic) => `${topic}: daha fazlası`,
  related: 'İlgili yazılar',
  featured: 'Öne çıkan',
  byTopic: 'Konulara göre',
  seeAllIn: (topic) => `${topic} konusundaki tüm yazılar`,
  tagTitle: (tag) => `#${tag} etiketli yazılar`,
  allTags: 'Tüm etiketler',
  authors: 'Yazarlar',
  authorLabel: 'Yazar',
  authorLinks: 'Bağlantılar',
  website: 'Web sitesi',
  briefsBy: (name) => `${name} imzalı yazılar`,
  search: 'Ara',
  searchLabel: 'Yazılarda ara',
  searchPlaceholder: 'Yazılarda ara',
  searchButton: 'Ara',
  searchNoScript: 'Arama için JavaScript gerekir; bu tarayıcıda kapalı. Tüm yazılar ana sayfada ve konu sayfalarında listelenir.',
  searchResultsOne: '“{q}” için 1 sonuç',
  searchResultsMany: '“{q}” için {n} sonuç',
  searchFailed: 'Arama şu anda kullanılamıyor. Lütfen daha sonra yeniden deneyin.',
  problemsTitle: 'Bu yazı henüz gösterilemiyor',
  unfinishedTitle: 'Bu yazı henüz bitmedi',
  problemsIn: ['', ' dosyasını aşağıdaki gibi düzeltip kaydedin: bu sayfa kendiliğinden yenilenir.'],
  unfinishedIn: ['', ' dosyasında eksik kalanları yazıp kaydedin: bu sayfa kendiliğinden yenilenir.'],
  problemLine: (line) => `${line}. satır`,
  stillToWrite: 'Yazılması gerekenler:',
  siteProblems: 'Tüm sayfaları etkileyen sorunlar',
  problemsNotice: (n) => `${n} yazı, dosyasındaki sorunlar yüzünden gösterilmiyor:`,
  problemsHeading: 'İçerik sorunları',
  changeType: { correction: 'Düzeltme', clarification: 'Açıklama', update: 'Güncelleme', typo: 'Küçük düzeltme' },
  noticesLabel: 'Düzeltmeler ve açıklamalar',
  corrections: 'Düzeltmeler',
  correctionsIntro: 'Bu sürümdeki yazılarda yapılan tüm düzeltmeler ve açıklamalar, yeniden eskiye.',
  noCorrections: 'Bu sürümde henüz hiçbir yazıda düzeltme ya da açıklama yapılmadı.',
  languageName: { en: 'İngilizce', tr: 'Türkçe' },
  translationNoticeLabel: 'Bu çeviri hakkında',
  // "… tarihinde": a date followed by a suffix would need the year's vowel harmony ("2026'da", "2027'de").
  originalAhead: (language, corrected) => ({
    before: '',
    link: `${language} sürüm`,
    beforeDate: ' ',
    afterDate: ` tarihinde ${corrected ? 'düzeltildi' : 'güncellendi'}. Bu çeviri o değişikliği henüz içermiyor.`,
  }),
  standardsNames: { about: 'Hakkımızda', ethics: 'Etik ve yayın ilkeleri', 'corrections-policy': 'Düzeltme politikası', masthead: 'Künye', contact: 'İletişim' },
  standardsNav: 'Brief hakkında',
  aboutTitle: 'Brief hakkında',
  aboutDescription: 'Brief’i kimlerin hazırladığı, hangi ilkelere bağlı kaldığı ve bize nasıl ulaşabileceğiniz.',
  moreAbout: 'Brief hakkında daha fazlası',
  lastUpdated: 'Son güncelleme',
  kindLabel: 'Yazı türü',
  kinds: { explainer: 'Açıklayıcı', news: 'Haber', analysis: 'Analiz', opinion: 'Görüş', sponsored: 'Sponsorlu' },
  sponsoredBy: (sponsor) => `Bu içeriğin sponsoru: ${sponsor}.`,
  sponsoredNote: 'Bu içerik için sponsor ödeme yaptı; bağımsız habercilik çalışmalarımızın bir parçası değildir.',
  backstoryHeading: 'Bu haberi nasıl hazırladık',
  backstoryMethods: 'Yöntem',
  backstoryContacted: 'Kimlerle iletişime geçtik',
  backstoryUnverified: 'Doğrulayamadıklarımız',
  expertiseHeading: 'Uzmanlık alanları',
  languagesHeading: 'Diller',
};

/** Every locale's catalog: adding a locale to the site without its catalog fails the type check. */
export const messages: Readonly<Record<Locale, Messages>> = { en, tr };
