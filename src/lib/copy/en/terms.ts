/** Interface strings of the terms area (see ../en.ts). */
export const terms = {} as const;
