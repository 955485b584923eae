/** Commands of the rapporteur's record (see recommendations.ts). */
export const recommendationCommands = [] as const;
