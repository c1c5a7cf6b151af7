export { parseCitations } from './parseCitations';
export * from './schema';
export { DOCUMENT_TYPES } from './documentTypes';
