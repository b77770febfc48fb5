export { Avatar, getAvatarColor, getInitials, type AvatarProps } from './display/Avatar/Avatar.tsx';
export { MarkdownHtml, type MarkdownHtmlProps } from './display/MarkdownHtml/MarkdownHtml.tsx';
export { EmptyState, type EmptyStateProps } from './feedback/EmptyState/EmptyState.tsx';
export { ErrorNotice, type ErrorNoticeProps } from './feedback/ErrorNotice/ErrorNotice.tsx';
export { PageLoader, type PageLoaderProps } from './feedback/PageLoader/PageLoader.tsx';
export { PageHeader, type PageHeaderProps } from './layout/PageHeader/PageHeader.tsx';
export {
  LinkAdapterProvider,
  UiLink,
  useLinkAdapter,
  type LinkAdapter,
  type LinkAdapterProps,
  type UiLinkProps,
} from './navigation/UiLink/UiLink.tsx';
export { PersonCard, type PersonCardProps } from './people/PersonCard/PersonCard.tsx';
export { CommentItem, type CommentItemProps } from './post/CommentItem/CommentItem.tsx';
export { PostCard, type PostCardBadge, type PostCardProps } from './post/PostCard/PostCard.tsx';
export { ReactionBar, type ReactionBarProps, type ReactionOption } from './post/ReactionBar/ReactionBar.tsx';
export { ProjectPanel, type ProjectPanelItem, type ProjectPanelProps } from './space/ProjectPanel/ProjectPanel.tsx';
export { SpaceCard, type SpaceCardProps } from './space/SpaceCard/SpaceCard.tsx';
