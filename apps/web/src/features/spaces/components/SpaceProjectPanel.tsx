import { ProjectPanel, type ProjectPanelItem } from '@chantier/ui';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate, formatMoney } from 'src/app/i18n/format';
import { PROJECT_STATUS_COLOR } from 'src/features/spaces/labels';
import { type FragmentType, getFragmentData, graphql } from 'src/gql';

export const SpaceProjectPanelFragment = graphql(`
  fragment SpaceProjectPanel_space on Space {
    id
    project {
      id
      externalKey
      customer
      status
      goal
      targetValue
      currency
      outcomeValue
      startDate
      endDate
    }
  }
`);

export const SpaceProjectPanel = ({ space: spaceRef }: { space: FragmentType<typeof SpaceProjectPanelFragment> }) => {
  const { t, i18n } = useTranslation();
  const { project } = getFragmentData(SpaceProjectPanelFragment, spaceRef);
  if (!project) return null;
  const locale = i18n.language;
  const empty = t('spaces.project.notSet');

  const items: ProjectPanelItem[] = [
    { key: 'customer', label: t('spaces.project.customer'), value: project.customer || empty },
    {
      key: 'target',
      label: t('spaces.project.targetValue'),
      value: project.targetValue == null ? empty : formatMoney(project.targetValue, project.currency, locale),
    },
    {
      key: 'outcome',
      label: t('spaces.project.outcomeValue'),
      value: project.outcomeValue == null ? empty : formatMoney(project.outcomeValue, project.currency, locale),
    },
    {
      key: 'start',
      label: t('spaces.project.startDate'),
      value: project.startDate ? formatCalendarDate(project.startDate, locale) : empty,
    },
    {
      key: 'end',
      label: t('spaces.project.endDate'),
      value: project.endDate ? formatCalendarDate(project.endDate, locale) : empty,
    },
  ];

  return (
    <ProjectPanel
      title={t('spaces.project.title')}
      status={{ label: t(`spaces.project.status.${project.status}`), color: PROJECT_STATUS_COLOR[project.status] }}
      externalKey={project.externalKey}
      goal={project.goal ? { label: t('spaces.project.goal'), text: project.goal } : null}
      items={items}
    />
  );
};
