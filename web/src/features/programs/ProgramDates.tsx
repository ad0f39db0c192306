import { useTranslation } from 'react-i18next';
import type { Program } from '../../api_types';
import { formatDate } from '../../lib/format';

export function ProgramDates({ program }: { program: Pick<Program, 'start_date' | 'end_date'> }) {
  const { t, i18n } = useTranslation();
  const f = (d: string) => formatDate(d, i18n.language);
  const { start_date: start, end_date: end } = program;
  const text =
    start && end
      ? t('programs.dates.range', { start: f(start), end: f(end) })
      : start
        ? t('programs.dates.from', { start: f(start) })
        : end
          ? t('programs.dates.until', { end: f(end) })
          : t('programs.dates.evergreen');
  return <p className="program-dates muted">{text}</p>;
}
