export * from './password';
export * from './setup-token';
export * from './user-rules';
