/** Interface strings of the check area (see ../en.ts). */
export const check = {} as const;
