export const webMessages = {} as const;
