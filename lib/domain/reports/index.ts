export * from './matrix';
export * from './movement';
export * from './rates';
