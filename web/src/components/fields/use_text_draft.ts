import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A free-text field checked on submit: at most `max` characters, and not blank when `required`
 * (the message to show then). Its error appears on the first submit and follows the typing after
 * that; `reset` forgets both (a dialog that closes).
 */
export function useTextDraft({ max, required }: { max: number; required?: string }) {
  const { t } = useTranslation();
  const [value, setValue] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const problem = (text: string) =>
    required && !text.trim()
      ? required
      : text.length > max
        ? t('validation.maxLength', { max })
        : undefined;
  const error = submitted ? problem(value) : undefined;
  return {
    /** As typed; trim it for the request. */
    value,
    error,
    /** For TextInputField. */
    field: { value, onChange: setValue, error },
    /** On submit: shows the error, if any, and says whether the text may be sent. */
    check: () => {
      setSubmitted(true);
      return problem(value) === undefined;
    },
    reset: () => {
      setValue('');
      setSubmitted(false);
    },
  };
}
