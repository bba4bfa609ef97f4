export * from './organisations.ts';
export * from './users.ts';
export * from './locations.ts';
export * from './audit.ts';
export * from './roles.ts';
export * from './contacts.ts';
export * from './surveys.ts';
export * from './programmes.ts';
