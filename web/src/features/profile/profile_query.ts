export const PROFILE_KEY = ['me', 'profile'] as const;
