import { useTranslation } from 'react-i18next';

/** What an active match's two people do next, worded for the reader's side. */
export function NextSteps({ side, name, program }: { side: 'mentor' | 'mentee'; name: string; program: string }) {
  const { t } = useTranslation();
  return (
    <p className="next-steps">
      <strong>{t('nextSteps.title')}:</strong> {t(`nextSteps.${side}`, { name, program })}
    </p>
  );
}
