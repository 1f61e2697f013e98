/** The MNR's numbering as settings carry it: domains 1–6, capabilities 1–21 (as strings, like URLs). */
export const DOMAIN_IDS = ['1', '2', '3', '4', '5', '6'] as const;
export const CAPABILITY_IDS = Array.from({ length: 21 }, (_, i) => String(i + 1));

export const isDomainId = (v: string): boolean => (DOMAIN_IDS as readonly string[]).includes(v);
export const isCapabilityId = (v: string): boolean => CAPABILITY_IDS.includes(v);
