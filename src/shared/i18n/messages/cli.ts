export const cliMessages = {} as const;
