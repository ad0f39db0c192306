import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import i18n from '../i18n';
import { StatusBadge } from './StatusBadge';

describe('StatusBadge', () => {
  it('shows the words and tone of the status of its kind, in the reader’s language', async () => {
    await i18n.changeLanguage('es');
    try {
      render(
        <>
          <StatusBadge kind="enrollment" status="active" />
          <StatusBadge kind="relationship" status="active" />
          <StatusBadge kind="round" status="published" />
        </>,
      );
      // Spanish agrees with the record: an enrollment (inscripción) is "Activa", a match "Activo".
      expect(screen.getByText('Activa')).toHaveClass('badge', 'badge--success');
      expect(screen.getByText('Activo')).toHaveClass('badge', 'badge--success');
      expect(screen.getByText('Publicada')).toHaveClass('badge', 'badge--success');
    } finally {
      await i18n.changeLanguage('en');
    }
    render(<StatusBadge kind="delivery" status="failed" />);
    expect(screen.getByText('failed')).toHaveClass('badge', 'badge--danger');
  });
});
