export * from './bid-price';
export * from './competitor-name';
export * from './consortium';
export * from './deadlines';
export * from './key-account';
export * from './competitor-record';
export * from './process-steps';
export * from './qa-match';
