export * from './economics';
export * from './review';
export * from './rules';
