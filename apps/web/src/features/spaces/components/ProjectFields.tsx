import { Fieldset, NativeSelect, NumberInput, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PROJECT_STATUSES } from 'src/features/spaces/labels';
import type { ProjectStatus } from 'src/gql/graphql';

export interface ProjectDraft {
  externalKey: string;
  customer: string;
  status: ProjectStatus;
  goal: string;
  targetValue: number | '';
  currency: string;
  outcomeValue: number | '';
  startDate: string;
  endDate: string;
}

export const EMPTY_PROJECT: ProjectDraft = {
  externalKey: '',
  customer: '',
  status: 'PLANNED',
  goal: '',
  targetValue: '',
  currency: 'EUR',
  outcomeValue: '',
  startDate: '',
  endDate: '',
};

export interface ProjectFieldsProps {
  value: ProjectDraft;
  onChange: (next: ProjectDraft) => void;
}

/** The business project behind a PROJECT space (DESIGN §3), edited as a draft. */
export const ProjectFields = ({ value, onChange }: ProjectFieldsProps) => {
  const { t } = useTranslation();
  const set = <K extends keyof ProjectDraft>(key: K, next: ProjectDraft[K]) => onChange({ ...value, [key]: next });
  const toNumber = (input: string | number): number | '' => (typeof input === 'number' ? input : '');

  return (
    <Fieldset legend={t('spaces.project.title')} data-testid="project-fields">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          label={t('spaces.project.externalKey')}
          description={t('spaces.project.externalKeyHint')}
          value={value.externalKey}
          onChange={(event) => set('externalKey', event.currentTarget.value)}
          data-testid="project-external-key"
        />
        <TextInput
          label={t('spaces.project.customer')}
          value={value.customer}
          onChange={(event) => set('customer', event.currentTarget.value)}
          data-testid="project-customer"
        />
        <NativeSelect
          label={t('spaces.project.statusLabel')}
          value={value.status}
          onChange={(event) => set('status', event.currentTarget.value as ProjectStatus)}
          data={PROJECT_STATUSES.map((status) => ({ value: status, label: t(`spaces.project.status.${status}`) }))}
          data-testid="project-status-select"
        />
        <TextInput
          label={t('spaces.project.currency')}
          description={t('spaces.project.currencyHint')}
          value={value.currency}
          maxLength={3}
          onChange={(event) => set('currency', event.currentTarget.value.toUpperCase())}
          data-testid="project-currency"
        />
        <NumberInput
          label={t('spaces.project.targetValue')}
          value={value.targetValue}
          min={0}
          thousandSeparator=" "
          onChange={(next) => set('targetValue', toNumber(next))}
          data-testid="project-target-value"
        />
        <NumberInput
          label={t('spaces.project.outcomeValue')}
          value={value.outcomeValue}
          min={0}
          thousandSeparator=" "
          onChange={(next) => set('outcomeValue', toNumber(next))}
          data-testid="project-outcome-value"
        />
        <TextInput
          type="date"
          label={t('spaces.project.startDate')}
          value={value.startDate}
          onChange={(event) => set('startDate', event.currentTarget.value)}
          data-testid="project-start-date"
        />
        <TextInput
          type="date"
          label={t('spaces.project.endDate')}
          value={value.endDate}
          min={value.startDate || undefined}
          onChange={(event) => set('endDate', event.currentTarget.value)}
          data-testid="project-end-date"
        />
      </SimpleGrid>
      <Textarea
        mt="sm"
        label={t('spaces.project.goal')}
        value={value.goal}
        autosize
        minRows={2}
        onChange={(event) => set('goal', event.currentTarget.value)}
        data-testid="project-goal"
      />
    </Fieldset>
  );
};

/** Blank fields are left out rather than sent as empty strings. */
export const toProjectInput = (draft: ProjectDraft) => ({
  status: draft.status,
  ...(draft.externalKey.trim() ? { externalKey: draft.externalKey.trim() } : {}),
  ...(draft.customer.trim() ? { customer: draft.customer.trim() } : {}),
  ...(draft.goal.trim() ? { goal: draft.goal.trim() } : {}),
  ...(draft.targetValue !== '' ? { targetValue: draft.targetValue } : {}),
  ...(draft.outcomeValue !== '' ? { outcomeValue: draft.outcomeValue } : {}),
  ...(draft.currency.trim() ? { currency: draft.currency.trim() } : {}),
  ...(draft.startDate ? { startDate: draft.startDate } : {}),
  ...(draft.endDate ? { endDate: draft.endDate } : {}),
});
