export { Avatar, type AvatarProps, getAvatarColor, getInitials } from './display/Avatar/Avatar';
export { CopyableValue, type CopyableValueProps } from './display/CopyableValue/CopyableValue';
export { MarkdownHtml, type MarkdownHtmlProps, type ReferenceLinks, ReferenceLinksProvider } from './display/MarkdownHtml/MarkdownHtml';
export { linkifyReferences, normaliseHashtag, normaliseMention, type ReferenceHrefs } from './display/MarkdownHtml/references';
export { EmptyState, type EmptyStateProps } from './feedback/EmptyState/EmptyState';
export { ErrorNotice, type ErrorNoticeProps } from './feedback/ErrorNotice/ErrorNotice';
export { NewItemsBanner, type NewItemsBannerProps } from './feedback/NewItemsBanner/NewItemsBanner';
export { PageLoader, type PageLoaderProps } from './feedback/PageLoader/PageLoader';
export { Icon, type IconProps } from './icons/Icon/Icon';
export { ICON_PATHS, type IconName } from './icons/Icon/icon-paths';
export { PageHeader, type PageHeaderProps } from './layout/PageHeader/PageHeader';
export {
  type LinkAdapter,
  type LinkAdapterProps,
  LinkAdapterProvider,
  UiLink,
  type UiLinkProps,
  useLinkAdapter,
} from './navigation/UiLink/UiLink';
export { NotificationBellButton, type NotificationBellButtonProps } from './notification/NotificationBellButton/NotificationBellButton';
export { NotificationItem, type NotificationItemProps } from './notification/NotificationItem/NotificationItem';
export { PersonCard, type PersonCardProps } from './people/PersonCard/PersonCard';
export { CommentItem, type CommentItemProps } from './post/CommentItem/CommentItem';
export {
  type MentionOption,
  mentionOptionId,
  MentionSuggestions,
  type MentionSuggestionsProps,
} from './post/MentionSuggestions/MentionSuggestions';
export { PostCard, type PostCardBadge, type PostCardProps } from './post/PostCard/PostCard';
export { ReactionBar, type ReactionBarProps, type ReactionOption } from './post/ReactionBar/ReactionBar';
export { SearchResult, type SearchResultProps } from './search/SearchResult/SearchResult';
export { ProjectPanel, type ProjectPanelItem, type ProjectPanelProps } from './space/ProjectPanel/ProjectPanel';
export { SpaceCard, type SpaceCardProps } from './space/SpaceCard/SpaceCard';
