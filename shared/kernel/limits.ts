/** Sane upper bounds for every text and number a command may carry. */
export const LIMITS = {
  titleChars: 200,
  nameChars: 160,
  textChars: 4000,
  listItems: 50,
  segmentMaxMs: 12 * 60 * 60_000,
  speakerMaxMs: 4 * 60 * 60_000,
} as const;
