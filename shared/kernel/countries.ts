/**
 * The five countries of the Dialogue, plus international partners and
 * others: the delegations speakers come from and speaking time is counted by.
 */
export const COUNTRIES = ['KZ', 'KG', 'TJ', 'TM', 'UZ', 'INT', 'OTHER'] as const;
export type Country = (typeof COUNTRIES)[number];
export const COUNTRY_NAMES: Record<Country, string> = {
  KZ: 'Kazakhstan',
  KG: 'Kyrgyzstan',
  TJ: 'Tajikistan',
  TM: 'Turkmenistan',
  UZ: 'Uzbekistan',
  INT: 'International',
  OTHER: 'Other',
};
