import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import '../i18n';
import { ApiError } from '../api';
import { ConfirmButton } from './ConfirmButton';
import { TextInputField } from './fields/TextInputField';
import { useTextDraft } from './fields/use_text_draft';
import { FormDialog, type FormDialogProps, type Submission } from './FormDialog';

const submission = (state: Partial<Submission> = {}): Submission => ({
  isPending: false,
  isSuccess: false,
  error: null,
  reset: vi.fn(),
  ...state,
});

/** A dialog like the app's: a note of at most 5 characters, required. */
function NoteDialog({ onSend, onClosed, ...props }: Partial<FormDialogProps> & { onSend?: (note: string) => void }) {
  const note = useTextDraft({ max: 5, required: 'Write a note.' });
  return (
    <FormDialog
      opener={{ label: 'Add note', accessibleLabel: 'Add a note for Ana', tone: 'secondary' }}
      title="A note for Ana"
      description="Ana reads it."
      submitLabel="Send note"
      onSubmit={() => {
        if (note.check()) onSend?.(note.value);
      }}
      {...props}
      onClosed={() => {
        note.reset();
        onClosed?.();
      }}
    >
      <TextInputField label="Note" {...note.field} />
    </FormDialog>
  );
}

async function open(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Add a note for Ana' }));
  return screen.findByRole('dialog', { name: 'A note for Ana' });
}

describe('FormDialog', () => {
  it('opens from its button, named by its title and described by its description', async () => {
    const user = userEvent.setup();
    render(<NoteDialog />);
    const dialog = await open(user);
    expect(dialog).toHaveAccessibleDescription('Ana reads it.');
    expect(screen.getByRole('heading', { name: 'A note for Ana' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Send note' })).toBeEnabled();
  });

  it('hands the submission to the dialog (button or Enter) and stays open until told to close', async () => {
    const user = userEvent.setup();
    const onSend = vi.fn();
    render(<NoteDialog onSend={onSend} />);
    await open(user);
    await user.type(screen.getByRole('textbox', { name: 'Note' }), 'Hi');
    await user.click(screen.getByRole('button', { name: 'Send note' }));
    await user.type(screen.getByRole('textbox', { name: 'Note' }), '!{Enter}');
    expect(onSend.mock.calls).toEqual([['Hi'], ['Hi!']]);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('checks the text on submit, then as it is typed', async () => {
    const user = userEvent.setup();
    const onSend = vi.fn();
    render(<NoteDialog onSend={onSend} />);
    await open(user);
    const field = screen.getByRole('textbox', { name: 'Note' });
    expect(field).not.toHaveAttribute('aria-invalid');
    await user.click(screen.getByRole('button', { name: 'Send note' }));
    expect(field).toHaveAccessibleDescription('Write a note.');
    await user.type(field, 'Too long');
    expect(field).toHaveAccessibleDescription('Use at most 5 characters.');
    await user.clear(field);
    await user.type(field, 'Fine');
    expect(field).not.toHaveAttribute('aria-invalid');
    expect(onSend).not.toHaveBeenCalled();
  });

  it('disables submit while the submission is pending, not Cancel', async () => {
    const user = userEvent.setup();
    render(<NoteDialog submission={submission({ isPending: true })} />);
    await open(user);
    expect(screen.getByRole('button', { name: 'Send note' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeEnabled();
  });

  it('shows why the submission failed above the fields, with its title', async () => {
    const user = userEvent.setup();
    const error = new ApiError(409, { title: 'Conflict', detail: 'Ana has no room left.' });
    const { rerender } = render(<NoteDialog submission={submission({ error })} errorTitle="Could not send" />);
    const dialog = await open(user);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Could not send');
    expect(alert).toHaveTextContent('Ana has no room left.');
    expect(dialog).toContainElement(screen.getByRole('textbox', { name: 'Note' }));

    // A field that shows the error itself takes the alert's place.
    rerender(<NoteDialog submission={submission({ error })} errorTitle="Could not send" errorInField />);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('closes on Cancel and on Escape, forgets what was typed, and gives focus back to its button', async () => {
    const user = userEvent.setup();
    const onClosed = vi.fn();
    const sent = submission();
    render(<NoteDialog onClosed={onClosed} submission={sent} />);
    await open(user);
    await user.type(screen.getByRole('textbox', { name: 'Note' }), 'Hi');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(onClosed).toHaveBeenCalledTimes(1);
    expect(sent.reset).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Add a note for Ana' })).toHaveFocus());

    await open(user);
    expect(screen.getByRole('textbox', { name: 'Note' })).toHaveValue('');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(onClosed).toHaveBeenCalledTimes(2);
    expect(sent.reset).toHaveBeenCalledTimes(2);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Add a note for Ana' })).toHaveFocus());
  });

  it('once done: the success message in place of the fields, and only Close', async () => {
    const user = userEvent.setup();
    const onSend = vi.fn();
    const done = { title: 'Note sent', message: 'Ana will read it soon.' };
    const { rerender } = render(<NoteDialog onSend={onSend} submission={submission()} done={done} />);
    const dialog = await open(user);
    expect(screen.queryByText('Note sent')).not.toBeInTheDocument();
    rerender(<NoteDialog onSend={onSend} submission={submission({ isSuccess: true })} done={done} />);
    expect(screen.getByRole('status')).toHaveTextContent('Note sentAna will read it soon.');
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(dialog).not.toHaveAccessibleDescription();
    expect(screen.queryByRole('button', { name: 'Send note' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(onSend).not.toHaveBeenCalled();
  });
});

describe('ConfirmButton (a FormDialog without fields)', () => {
  it('asks in an alertdialog with focus on Cancel, and confirms once', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn();
    render(
      <ConfirmButton
        label="Remove"
        accessibleLabel="Remove Ana"
        title="Remove Ana?"
        body="She leaves the organisation."
        confirmLabel="Remove her"
        onConfirm={onConfirm}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Remove Ana' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Remove Ana?' });
    expect(dialog).toHaveAccessibleDescription('She leaves the organisation.');
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Remove her' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });

  it('cannot be opened while its action is pending', () => {
    render(
      <ConfirmButton label="Remove" title="Remove?" body="Gone." confirmLabel="Remove" isPending onConfirm={vi.fn()} />,
    );
    expect(screen.getByRole('button', { name: 'Remove' })).toBeDisabled();
  });
});
