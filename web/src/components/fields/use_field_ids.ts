import { useId } from 'react';

/** Ids for a native control, its description and its error, and the aria-describedby joining them. */
export function useFieldIds(hasDescription: boolean, hasError: boolean) {
  const base = useId();
  const inputId = `${base}-input`;
  const descriptionId = `${base}-description`;
  const errorId = `${base}-error`;
  const describedBy = [hasDescription ? descriptionId : '', hasError ? errorId : ''].filter(Boolean).join(' ');
  return { inputId, descriptionId, errorId, describedBy: describedBy || undefined };
}
