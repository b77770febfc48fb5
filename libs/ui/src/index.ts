export { Avatar, type AvatarProps, getAvatarColor, getInitials } from './display/Avatar/Avatar';
export { MarkdownHtml, type MarkdownHtmlProps } from './display/MarkdownHtml/MarkdownHtml';
export { EmptyState, type EmptyStateProps } from './feedback/EmptyState/EmptyState';
export { ErrorNotice, type ErrorNoticeProps } from './feedback/ErrorNotice/ErrorNotice';
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
export { PersonCard, type PersonCardProps } from './people/PersonCard/PersonCard';
export { CommentItem, type CommentItemProps } from './post/CommentItem/CommentItem';
export { PostCard, type PostCardBadge, type PostCardProps } from './post/PostCard/PostCard';
export { ReactionBar, type ReactionBarProps, type ReactionOption } from './post/ReactionBar/ReactionBar';
export { ProjectPanel, type ProjectPanelItem, type ProjectPanelProps } from './space/ProjectPanel/ProjectPanel';
export { SpaceCard, type SpaceCardProps } from './space/SpaceCard/SpaceCard';
