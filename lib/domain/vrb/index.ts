export * from './economics';
export * from './review';
