export * from './tiers';
export * from './horizon';
export * from './requirements';
export * from './transition';
export * from './time-in-tier';
export * from './stall';
export * from './review';
export * from './board-codec';
