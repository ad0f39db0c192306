import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy* / waitFor give up after 1 s by default, which a busy 2-core machine can exceed while
// rendering a form; waiting longer changes no assertion.
configure({ asyncUtilTimeout: 15000 });

afterEach(() => {
  cleanup();
});
