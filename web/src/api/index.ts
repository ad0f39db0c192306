export * from './api_error';
export * from './admin';
export * from './auth';
export * from './client';
export * from './enrollments';
export * from './health';
export * from './invitations';
export * from './me';
export * from './members';
export * from './organisations';
export * from './paging';
export * from './programs';
export * from './taxonomy';
export * from './matching';
export * from './safeguarding';

export * from './audit';
export * from './agreements';
