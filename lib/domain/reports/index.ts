export * from './matrix';
export * from './movement';
export * from './rates';
export * from './csv';
