import { Fragment } from 'react';

const URL = /(https?:\/\/[^\s<>"]+|\/(?:invite|reset-password)[^\s<>"]*)/g;

/** Plain text with its links (absolute, or the app's /invite and /reset-password paths) clickable. */
export function LinkifiedText({ text }: { text: string }) {
  const parts = text.split(URL);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <a key={i} href={part}>
            {part}
          </a>
        ) : (
          <Fragment key={i}>{part}</Fragment>
        ),
      )}
    </>
  );
}
