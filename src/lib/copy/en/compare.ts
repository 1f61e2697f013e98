/** Interface strings of the compare area (see ../en.ts). */
export const compare = {} as const;
