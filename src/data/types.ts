/**
 * The conference document: the one JSON format every widget reads.
 * `schema/conference.schema.json` describes the same format; keep both in step.
 */

/** A language tag such as `en`, `fr` or `pt-BR`. */
export type LanguageTag = string;
/** The language tags the format accepts (the JSON Schema's pattern): a language, then subtags. */
export const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

/** A JSON object: not null, not a list. */
export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Human-readable text: a plain string (in the document's `language`) or one text per language,
 * `{"en": "Station F", "fr": "Station F"}`.
 */
export type LocalizedText = string | {readonly [lang: LanguageTag]: string};

/**
 * Localized text that may carry light markup: paragraphs (blank line), line breaks, `**bold**`,
 * `*italic*`, `[links](https://…)` and `- ` lists. Rendered as text nodes, never as HTML.
 */
export type RichText = LocalizedText;

/**
 * A local date-time in the event's time zone (`2025-05-07T11:10`) or an instant with an offset
 * (`2025-05-07T09:10:00Z`, `2025-05-07T11:10+02:00`).
 */
export type DateTimeString = string;

/** A calendar date, `2025-05-06`. */
export type DateString = string;

/** A partial date for dated entries: `2014`, `2014-03` or `2014-03-21`. */
export type PartialDateString = string;

/** An http(s) or mailto URL, or a URL relative to the page that shows the widget. */
export type UrlString = string;

export interface ConferenceDocument {
  /** The schema this document follows. */
  readonly $schema?: string;
  /** Language of every plain-string text in the document; `en` when absent. */
  readonly language?: LanguageTag;
  readonly event: ConferenceEvent;
  readonly tracks?: readonly Track[];
  readonly rooms?: readonly Room[];
  readonly sessions?: readonly Session[];
  readonly speakers?: readonly Speaker[];
  /** Who the content comes from, shown as a small credit line. */
  readonly credits?: readonly Credit[];
}

export interface ConferenceEvent {
  readonly id: string;
  readonly name: LocalizedText;
  /** First day. Absent only where the source has no dates (a speakers-only export). */
  readonly start?: DateString;
  /** Last day (inclusive). */
  readonly end?: DateString;
  /** IANA time zone of the event, `Europe/Paris`; local session times are read in it. */
  readonly timeZone: string;
  readonly venue?: Venue;
  readonly theme?: LocalizedText;
  readonly description?: RichText;
  readonly url?: UrlString;
  readonly logo?: Image;
}

export interface Venue {
  readonly name: LocalizedText;
  readonly address?: LocalizedText;
  readonly city?: LocalizedText;
  readonly country?: LocalizedText;
  readonly url?: UrlString;
}

export interface Track {
  readonly id: string;
  readonly name: LocalizedText;
  readonly tagline?: LocalizedText;
  readonly description?: RichText;
  /** A CSS colour, `#3b5bdb`. */
  readonly color?: string;
}

export interface Room {
  readonly id: string;
  readonly name: LocalizedText;
  readonly description?: RichText;
}

export const sessionKinds = ['talk', 'keynote', 'workshop', 'panel', 'lightning', 'break', 'other'] as const;
export type SessionKind = (typeof sessionKinds)[number];

export interface Session {
  readonly id: string;
  /**
   * Other ids this item is known by in its source: frab's numeric id and slug. `session-id`
   * matches the id first, then an alias that only one item has.
   */
  readonly aliases?: readonly string[];
  readonly title: LocalizedText;
  /** `talk` when absent; `break` marks breaks and service slots, kept out of lists. */
  readonly kind?: SessionKind;
  /** Absent while the session is not scheduled. */
  readonly start?: DateTimeString;
  readonly end?: DateTimeString;
  /** A track id. */
  readonly track?: string;
  /** A room id. */
  readonly room?: string;
  /** Speaker ids, in billing order. */
  readonly speakers?: readonly string[];
  readonly abstract?: RichText;
  readonly description?: RichText;
  /** The language the session is given in. */
  readonly language?: LanguageTag;
  readonly hostIntro?: HostIntro;
  readonly url?: UrlString;
}

/** What the host says before the talk. */
export interface HostIntro {
  /** Who introduces; "Host" when unknown. */
  readonly host?: LocalizedText;
  /** Stage direction before the words, "With upbeat energy". */
  readonly direction?: LocalizedText;
  /** The words to say. */
  readonly text: RichText;
  /** Stage direction after the words, "Lead applause, transition smoothly." */
  readonly closingDirection?: LocalizedText;
}

export interface Image {
  readonly src: UrlString;
  readonly alt?: LocalizedText;
  readonly caption?: LocalizedText;
  readonly credit?: Link;
}

export interface Link {
  readonly name: LocalizedText;
  readonly url?: UrlString;
}

export interface Position {
  readonly title: LocalizedText;
  readonly organization?: LocalizedText;
  readonly url?: UrlString;
}

export interface Education {
  readonly title: LocalizedText;
  readonly institution?: LocalizedText;
  readonly date?: PartialDateString;
}

/** One dated line of a career timeline. */
export interface TimelineEntry {
  readonly date: PartialDateString;
  readonly text: RichText;
}

/** A dated item with an optional link: a publication, award, media appearance, video or blog post. */
export interface Work {
  readonly date?: PartialDateString;
  readonly title: LocalizedText;
  /** Where it appeared or who gave it: a journal, a conference, a foundation. */
  readonly source?: LocalizedText;
  readonly description?: RichText;
  readonly url?: UrlString;
}

export const socialNetworks = [
  'x', 'twitter', 'linkedin', 'github', 'gitlab', 'mastodon', 'bluesky', 'youtube', 'facebook',
  'instagram', 'website', 'blog', 'email', 'other',
] as const;
export type SocialNetwork = (typeof socialNetworks)[number];

export interface SocialProfile {
  readonly network: SocialNetwork;
  readonly url: UrlString;
  /** The handle or page name as shown, `@JJitsev`. */
  readonly label?: string;
}

export interface Speaker {
  readonly id: string;
  /**
   * Other ids this item is known by in its source: frab's numeric person id, pretalx's code.
   * `speaker-id` matches the id first, then an alias that only one item has.
   */
  readonly aliases?: readonly string[];
  readonly name: LocalizedText;
  readonly photo?: Image;
  readonly positions?: readonly Position[];
  readonly education?: readonly Education[];
  readonly location?: LocalizedText;
  /** A short biography, as pretalx and Sessionize give it. */
  readonly bio?: RichText;
  /** What the speaker does, in a paragraph. */
  readonly role?: RichText;
  readonly timeline?: readonly TimelineEntry[];
  readonly publications?: readonly Work[];
  readonly awards?: readonly Work[];
  readonly media?: readonly Work[];
  readonly videos?: readonly Work[];
  readonly posts?: readonly Work[];
  readonly social?: readonly SocialProfile[];
  readonly influence?: RichText;
  readonly insights?: RichText;
  readonly images?: readonly Image[];
  /** A closing statement about the speaker. */
  readonly conclusion?: RichText;
  /** Sources of the biography, shown as a numbered list. */
  readonly sources?: readonly Link[];
}

export interface Credit {
  /** What is credited, "Content source". */
  readonly role?: LocalizedText;
  readonly name: LocalizedText;
  readonly url?: UrlString;
  readonly logo?: Image;
}
