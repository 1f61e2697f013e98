/** Interface strings of the data area (see ../en.ts). */
export const data = {} as const;
