/** Interface strings of the exports area (see ../en.ts). */
export const exports = {} as const;
