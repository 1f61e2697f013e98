/** Interface strings of the capabilities area (see ../en.ts). */
export const capabilities = {} as const;
