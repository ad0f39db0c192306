import { useState } from 'react';

/** Client-side paging for long lists: the first `step` items, then `step` more per click. */
export function useShowMore<T>(items: readonly T[], step = 25) {
  const [limit, setLimit] = useState(step);
  return {
    visible: items.slice(0, limit),
    hidden: Math.max(0, items.length - limit),
    showMore: () => setLimit((l) => l + step),
  };
}
