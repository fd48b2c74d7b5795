export * from './economics';
export * from './review';
export * from './rules';
export * from './assessment';
export * from './workflow';
export * from './receivables-proposal';
export * from './snapshot-diff';
