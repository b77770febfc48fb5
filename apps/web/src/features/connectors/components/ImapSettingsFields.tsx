import { Fieldset, NumberInput, PasswordInput, Stack, Switch, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface ImapDraft {
  host: string;
  port: number;
  secure: boolean;
  user: string;
  password: string;
  mailbox: string;
}

export const EMPTY_IMAP: ImapDraft = { host: '', port: 993, secure: true, user: '', password: '', mailbox: 'INBOX' };

/** The mailbox an IMAP connector watches. The password is sent once and never shown again. */
export const ImapSettingsFields = ({ value, onChange }: { value: ImapDraft; onChange: (next: ImapDraft) => void }) => {
  const { t } = useTranslation();
  const set = <K extends keyof ImapDraft>(key: K, next: ImapDraft[K]) => onChange({ ...value, [key]: next });
  return (
    <Fieldset legend={t('connectors.imap.title')}>
      <Stack gap="sm">
        <TextInput
          label={t('connectors.imap.host')}
          required
          value={value.host}
          onChange={(e) => set('host', e.currentTarget.value)}
          data-testid="imap-host"
        />
        <NumberInput
          label={t('connectors.imap.port')}
          min={1}
          max={65535}
          allowDecimal={false}
          value={value.port}
          onChange={(next) => set('port', typeof next === 'number' ? next : Number(next) || 0)}
        />
        <Switch label={t('connectors.imap.secure')} checked={value.secure} onChange={(e) => set('secure', e.currentTarget.checked)} />
        <TextInput
          label={t('connectors.imap.user')}
          required
          value={value.user}
          onChange={(e) => set('user', e.currentTarget.value)}
          data-testid="imap-user"
        />
        <PasswordInput
          label={t('connectors.imap.password')}
          required
          value={value.password}
          autoComplete="new-password"
          onChange={(e) => set('password', e.currentTarget.value)}
          data-testid="imap-password"
        />
        <TextInput label={t('connectors.imap.mailbox')} value={value.mailbox} onChange={(e) => set('mailbox', e.currentTarget.value)} />
      </Stack>
    </Fieldset>
  );
};
