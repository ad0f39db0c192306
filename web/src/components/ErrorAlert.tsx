import { Alert } from './Alert';
import { useErrorMessage } from './use_error_message';

/** Why an action failed, as an alert above a form (nothing while `error` is null). */
export function ErrorAlert({ error, title }: { error: unknown; title?: string }) {
  const errorMessage = useErrorMessage();
  if (error == null) return null;
  return (
    <Alert tone="error" title={title}>
      <p>{errorMessage(error)}</p>
    </Alert>
  );
}

/** Why an action on one row failed, as a line under it (nothing while `error` is null). */
export function InlineError({ error }: { error: unknown }) {
  const errorMessage = useErrorMessage();
  if (error == null) return null;
  return (
    <p className="field__error" role="alert">
      {errorMessage(error)}
    </p>
  );
}
