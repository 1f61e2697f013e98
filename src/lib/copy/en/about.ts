/** Interface strings of the about area (see ../en.ts). */
export const about = {} as const;
