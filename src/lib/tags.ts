import { TAG_IDS, type Tag } from '../schemas/vocabulary';

export { TAG_IDS, type Tag };

/** The fixed list of topics an article may be tagged with, and how each is shown. */
export const TAGS = {
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
} as const satisfies Record<Tag, string>;

/** The label a reader sees for a tag. */
export function tagLabel(tag: Tag): string {
  return TAGS[tag];
}
