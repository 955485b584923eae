/** The ready-made messages to the speaker (the console's and the phone's), sent in the session's language: the speaker reads them. */
export const PRESET_MESSAGES = ['conclude', 'oneMinute', 'timeUp', 'microphone'] as const;
