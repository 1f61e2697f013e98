/** Interface strings of the map area (see ../en.ts). */
export const map = {} as const;
