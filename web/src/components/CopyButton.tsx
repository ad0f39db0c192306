import { useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Copies `text`; says so in a live region. Falls back to selecting `fallbackInputId`. */
export function CopyButton({ text, fallbackInputId }: { text: string; fallbackInputId?: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    if (state === 'idle') return;
    const id = window.setTimeout(() => setState('idle'), 4000);
    return () => window.clearTimeout(id);
  }, [state]);

  const onPress = async () => {
    const ok = await copyText(text);
    if (!ok && fallbackInputId) {
      const input = document.getElementById(fallbackInputId);
      if (input instanceof HTMLInputElement) input.select();
    }
    setState(ok ? 'copied' : 'failed');
  };

  return (
    <>
      <Button className="button button--secondary" onPress={() => void onPress()}>
        {t('common.copy')}
      </Button>
      <span className="copy-status" role="status">
        {state === 'copied' ? t('common.copied') : state === 'failed' ? t('common.copyFailed') : ''}
      </span>
    </>
  );
}
