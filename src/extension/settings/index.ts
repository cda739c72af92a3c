export * from './model.js';
export * from './resolve.js';
export * from './sites.js';
