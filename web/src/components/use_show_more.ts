import { useState } from 'react';
import { SHOW_MORE_STEP } from '../lib/limits';

/** Client-side paging for long lists: the first `step` items, then `step` more per click. */
export function useShowMore<T>(items: readonly T[], step = SHOW_MORE_STEP) {
  const [limit, setLimit] = useState(step);
  return {
    visible: items.slice(0, limit),
    hidden: Math.max(0, items.length - limit),
    showMore: () => setLimit((l) => l + step),
  };
}
