/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation UpdateMyLocale($locale: String!) {\n    updateMe(input: { locale: $locale }) {\n      id\n      locale\n    }\n  }\n": typeof types.UpdateMyLocaleDocument,
    "\n  query LiveSpaceFollow($id: ID!) {\n    space(id: $id) {\n      id\n      viewerRole\n      viewerFollows\n    }\n  }\n": typeof types.LiveSpaceFollowDocument,
    "\n  query LiveAuthorFollow($id: ID!) {\n    user(id: $id) {\n      id\n      viewerFollows\n    }\n  }\n": typeof types.LiveAuthorFollowDocument,
    "\n  fragment LivePost_viewer on Post {\n    id\n    viewerReaction\n    viewerCanEdit\n    viewerCanPin\n  }\n": typeof types.LivePost_ViewerFragmentDoc,
    "\n  fragment LiveComment_viewer on Comment {\n    id\n    viewerReaction\n  }\n": typeof types.LiveComment_ViewerFragmentDoc,
    "\n  fragment LiveSpace_moderation on Space {\n    id\n    viewerCanModerate\n  }\n": typeof types.LiveSpace_ModerationFragmentDoc,
    "\n  fragment Viewer_user on User {\n    id\n    handle\n    email\n    displayName\n    title\n    role\n    locale\n    department {\n      id\n      name\n    }\n  }\n": typeof types.Viewer_UserFragmentDoc,
    "\n  query Me {\n    me {\n      id\n      ...Viewer_user\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        ...Viewer_user\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  fragment ConnectorCard_connector on Connector {\n    id\n    kind\n    name\n    hookUrl\n    settings\n    active\n    createdAt\n    previousSecretExpiresAt\n    mailbox {\n      mailbox\n      lastUid\n      lastConnectedAt\n      lastError\n      lastErrorAt\n    }\n    routes {\n      key\n      space {\n        id\n        name\n        slug\n      }\n    }\n  }\n": typeof types.ConnectorCard_ConnectorFragmentDoc,
    "\n  query Connectors {\n    connectors {\n      id\n      ...ConnectorCard_connector\n    }\n  }\n": typeof types.ConnectorsDocument,
    "\n  query ConnectorName($id: ID!) {\n    connector(id: $id) {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.ConnectorNameDocument,
    "\n  mutation CreateConnector($input: CreateConnectorInput!) {\n    createConnector(input: $input) {\n      id\n      secret\n      hookUrl\n      ...ConnectorCard_connector\n    }\n  }\n": typeof types.CreateConnectorDocument,
    "\n  mutation RotateConnectorSecret($id: ID!, $secret: String) {\n    rotateConnectorSecret(id: $id, secret: $secret) {\n      id\n      secret\n      ...ConnectorCard_connector\n    }\n  }\n": typeof types.RotateConnectorSecretDocument,
    "\n  mutation AddConnectorRoute($connectorId: ID!, $key: String!, $spaceId: ID!) {\n    addConnectorRoute(connectorId: $connectorId, key: $key, spaceId: $spaceId) {\n      id\n      ...ConnectorCard_connector\n    }\n  }\n": typeof types.AddConnectorRouteDocument,
    "\n  mutation RemoveConnectorRoute($connectorId: ID!, $key: String!) {\n    removeConnectorRoute(connectorId: $connectorId, key: $key) {\n      id\n      ...ConnectorCard_connector\n    }\n  }\n": typeof types.RemoveConnectorRouteDocument,
    "\n  query RouteSpaceOptions($query: String) {\n    spaces(filter: { query: $query }, first: 20) {\n      edges {\n        node {\n          id\n          name\n          kind\n          visibility\n        }\n      }\n    }\n  }\n": typeof types.RouteSpaceOptionsDocument,
    "\n  fragment InboundEventRow_event on InboundEvent {\n    id\n    source\n    externalId\n    status\n    reason\n    error\n    attempts\n    routingKey\n    receivedAt\n    processedAt\n    rawPayload\n    rawTruncated\n    rawSize\n    headers\n    payloadHidden\n    space {\n      id\n      name\n      slug\n    }\n    post {\n      id\n    }\n    comment {\n      id\n    }\n  }\n": typeof types.InboundEventRow_EventFragmentDoc,
    "\n  query InboundEvents($connectorId: ID, $status: InboundEventStatus, $first: Int!, $after: String) {\n    inboundEvents(connectorId: $connectorId, status: $status, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...InboundEventRow_event\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.InboundEventsDocument,
    "\n  mutation ReplayInboundEvent($id: ID!) {\n    replayInboundEvent(id: $id) {\n      id\n      ...InboundEventRow_event\n    }\n  }\n": typeof types.ReplayInboundEventDocument,
    "\n  query HomeFeed($first: Int!, $after: String, $mode: FeedMode!) {\n    homeFeed(first: $first, after: $after, mode: $mode) {\n      edges {\n        cursor\n        node {\n          id\n          ...PostCard_post\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.HomeFeedDocument,
    "\n  query SpaceFeed($spaceId: ID!, $first: Int!, $after: String) {\n    spaceFeed(spaceId: $spaceId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...PostCard_post\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.SpaceFeedDocument,
    "\n  query UserFeed($userId: ID!, $first: Int!, $after: String) {\n    userFeed(userId: $userId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...PostCard_post\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.UserFeedDocument,
    "\n  mutation Follow($targetId: ID!) {\n    follow(targetId: $targetId)\n  }\n": typeof types.FollowDocument,
    "\n  mutation Unfollow($targetId: ID!) {\n    unfollow(targetId: $targetId)\n  }\n": typeof types.UnfollowDocument,
    "\n  query Hashtag($tag: String!) {\n    hashtag(tag: $tag) {\n      tag\n      postCount\n    }\n  }\n": typeof types.HashtagDocument,
    "\n  query HashtagFeed($tag: String!, $first: Int!, $after: String) {\n    hashtagFeed(tag: $tag, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...PostCard_post\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.HashtagFeedDocument,
    "\n  query MentionCandidates($query: String!, $spaceId: ID, $first: Int!) {\n    mentionCandidates(query: $query, spaceId: $spaceId, first: $first) {\n      id\n      handle\n      displayName\n      title\n    }\n  }\n": typeof types.MentionCandidatesDocument,
    "\n  fragment NotificationEntry_notification on Notification {\n    id\n    kind\n    count\n    read\n    createdAt\n    updatedAt\n    commentId\n    excerpt\n    actor {\n      id\n      displayName\n      handle\n    }\n    post {\n      id\n      kind\n    }\n    space {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.NotificationEntry_NotificationFragmentDoc,
    "\n  query NotificationBell($first: Int!) {\n    unreadNotificationCount\n    notifications(first: $first) {\n      edges {\n        cursor\n        node {\n          id\n          read\n          ...NotificationEntry_notification\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.NotificationBellDocument,
    "\n  query NotificationsPage($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          read\n          ...NotificationEntry_notification\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.NotificationsPageDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      emailDigest\n      inApp {\n        kind\n        enabled\n      }\n    }\n  }\n": typeof types.NotificationPreferencesDocument,
    "\n  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      emailDigest\n      inApp {\n        kind\n        enabled\n      }\n    }\n  }\n": typeof types.UpdateNotificationPreferencesDocument,
    "\n  fragment NotificationReadFlag_notification on Notification {\n    id\n    read\n  }\n": typeof types.NotificationReadFlag_NotificationFragmentDoc,
    "\n  fragment PersonCardItem_user on User {\n    id\n    handle\n    displayName\n    title\n    department {\n      id\n      name\n    }\n  }\n": typeof types.PersonCardItem_UserFragmentDoc,
    "\n  query PeopleDirectory($query: String, $first: Int!, $after: String) {\n    users(query: $query, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...PersonCardItem_user\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.PeopleDirectoryDocument,
    "\n  query ProfilePage($handle: String!) {\n    user(handle: $handle) {\n      id\n      handle\n      displayName\n      email\n      title\n      viewerFollows\n      department {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ProfilePageDocument,
    "\n  mutation UpdateMe($input: UpdateMeInput!) {\n    updateMe(input: $input) {\n      id\n      ...Viewer_user\n    }\n  }\n": typeof types.UpdateMeDocument,
    "\n  fragment CommentItem_comment on Comment {\n    id\n    html\n    createdAt\n    editedAt\n    parentId\n    viewerReaction\n    author {\n      id\n      displayName\n      handle\n    }\n    reactionCounts {\n      type\n      count\n    }\n  }\n": typeof types.CommentItem_CommentFragmentDoc,
    "\n  fragment PostCard_post on Post {\n    id\n    body\n    html\n    kind\n    pinned\n    createdAt\n    editedAt\n    commentCount\n    viewerReaction\n    viewerCanEdit\n    viewerCanPin\n    author {\n      id\n      displayName\n      handle\n      title\n    }\n    space {\n      id\n      slug\n      name\n    }\n    reactionCounts {\n      type\n      count\n    }\n    source {\n      kind\n      externalUrl\n    }\n  }\n": typeof types.PostCard_PostFragmentDoc,
    "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n      space {\n        id\n      }\n      author {\n        id\n      }\n      ...PostCard_post\n    }\n  }\n": typeof types.CreatePostDocument,
    "\n  mutation EditPost($id: ID!, $body: String!) {\n    editPost(id: $id, body: $body) {\n      id\n      body\n      html\n      editedAt\n    }\n  }\n": typeof types.EditPostDocument,
    "\n  mutation DeletePost($id: ID!) {\n    deletePost(id: $id)\n  }\n": typeof types.DeletePostDocument,
    "\n  mutation PinPost($id: ID!, $pinned: Boolean!) {\n    pinPost(id: $id, pinned: $pinned) {\n      id\n      pinned\n    }\n  }\n": typeof types.PinPostDocument,
    "\n  mutation AddComment($postId: ID!, $body: String!, $parentId: ID) {\n    addComment(postId: $postId, body: $body, parentId: $parentId) {\n      id\n      parentId\n      ...CommentItem_comment\n    }\n  }\n": typeof types.AddCommentDocument,
    "\n  query PostPage($id: ID!) {\n    post(id: $id) {\n      id\n      ...PostCard_post\n    }\n  }\n": typeof types.PostPageDocument,
    "\n  query PostComments($postId: ID!, $first: Int!, $after: String) {\n    post(id: $postId) {\n      id\n      commentCount\n      comments(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            parentId\n            ...CommentItem_comment\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.PostCommentsDocument,
    "\n  query RenderMarkdown($body: String!) {\n    renderMarkdown(body: $body)\n  }\n": typeof types.RenderMarkdownDocument,
    "\n  query ComposerSpaces {\n    spaces(filter: { mine: true }, first: 100) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          viewerCanPost\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ComposerSpacesDocument,
    "\n  mutation React($targetId: ID!, $type: ReactionType!) {\n    react(targetId: $targetId, type: $type) {\n      targetId\n      viewerReaction\n      reactionCounts {\n        type\n        count\n      }\n    }\n  }\n": typeof types.ReactDocument,
    "\n  mutation Unreact($targetId: ID!) {\n    unreact(targetId: $targetId) {\n      targetId\n      viewerReaction\n      reactionCounts {\n        type\n        count\n      }\n    }\n  }\n": typeof types.UnreactDocument,
    "\n  fragment SearchResultItem_result on SearchResult {\n    __typename\n    ... on Post {\n      id\n      createdAt\n      author {\n        id\n        displayName\n      }\n      space {\n        id\n        slug\n        name\n      }\n    }\n    ... on Comment {\n      id\n      postId\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n    ... on Space {\n      id\n      slug\n      name\n      kind\n      description\n      memberCount\n    }\n    ... on User {\n      id\n      handle\n      displayName\n      title\n      department {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SearchResultItem_ResultFragmentDoc,
    "\n  query Search($query: String!, $first: Int!, $after: String, $filter: SearchFilter) {\n    search(query: $query, first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        snippet\n        rank\n        node {\n          __typename\n          ...SearchResultItem_result\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  fragment SpaceCardItem_space on Space {\n    id\n    slug\n    name\n    kind\n    visibility\n    description\n    memberCount\n    viewerRole\n  }\n": typeof types.SpaceCardItem_SpaceFragmentDoc,
    "\n  fragment SpaceHeader_space on Space {\n    id\n    slug\n    name\n    kind\n    visibility\n    description\n    memberCount\n    viewerRole\n    viewerFollows\n  }\n": typeof types.SpaceHeader_SpaceFragmentDoc,
    "\n  fragment SpaceProjectPanel_space on Space {\n    id\n    project {\n      id\n      externalKey\n      customer\n      status\n      goal\n      targetValue\n      currency\n      outcomeValue\n      startDate\n      endDate\n    }\n  }\n": typeof types.SpaceProjectPanel_SpaceFragmentDoc,
    "\n  mutation JoinSpace($spaceId: ID!) {\n    joinSpace(spaceId: $spaceId) {\n      id\n      viewerRole\n      viewerCanPost\n      viewerFollows\n      memberCount\n    }\n  }\n": typeof types.JoinSpaceDocument,
    "\n  mutation LeaveSpace($spaceId: ID!) {\n    leaveSpace(spaceId: $spaceId)\n  }\n": typeof types.LeaveSpaceDocument,
    "\n  mutation CreateSpace($input: CreateSpaceInput!) {\n    createSpace(input: $input) {\n      id\n      slug\n    }\n  }\n": typeof types.CreateSpaceDocument,
    "\n  query SpacesDirectory($filter: SpaceFilter, $first: Int!, $after: String) {\n    spaces(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...SpaceCardItem_space\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.SpacesDirectoryDocument,
    "\n  query SpacePage($slug: String!) {\n    space(slug: $slug) {\n      id\n      kind\n      visibility\n      viewerRole\n      viewerCanPost\n      viewerCanModerate\n      ...SpaceHeader_space\n      ...SpaceProjectPanel_space\n    }\n  }\n": typeof types.SpacePageDocument,
    "\n  query SpaceMembers($slug: String!, $first: Int!, $after: String) {\n    space(slug: $slug) {\n      id\n      memberCount\n      members(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            role\n            user {\n              id\n              handle\n              displayName\n              title\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.SpaceMembersDocument,
};
const documents: Documents = {
    "\n  mutation UpdateMyLocale($locale: String!) {\n    updateMe(input: { locale: $locale }) {\n      id\n      locale\n    }\n  }\n": types.UpdateMyLocaleDocument,
    "\n  query LiveSpaceFollow($id: ID!) {\n    space(id: $id) {\n      id\n      viewerRole\n      viewerFollows\n    }\n  }\n": types.LiveSpaceFollowDocument,
    "\n  query LiveAuthorFollow($id: ID!) {\n    user(id: $id) {\n      id\n      viewerFollows\n    }\n  }\n": types.LiveAuthorFollowDocument,
    "\n  fragment LivePost_viewer on Post {\n    id\n    viewerReaction\n    viewerCanEdit\n    viewerCanPin\n  }\n": types.LivePost_ViewerFragmentDoc,
    "\n  fragment LiveComment_viewer on Comment {\n    id\n    viewerReaction\n  }\n": types.LiveComment_ViewerFragmentDoc,
    "\n  fragment LiveSpace_moderation on Space {\n    id\n    viewerCanModerate\n  }\n": types.LiveSpace_ModerationFragmentDoc,
    "\n  fragment Viewer_user on User {\n    id\n    handle\n    email\n    displayName\n    title\n    role\n    locale\n    department {\n      id\n      name\n    }\n  }\n": types.Viewer_UserFragmentDoc,
    "\n  query Me {\n    me {\n      id\n      ...Viewer_user\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        ...Viewer_user\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  fragment ConnectorCard_connector on Connector {\n    id\n    kind\n    name\n    hookUrl\n    settings\n    active\n    createdAt\n    previousSecretExpiresAt\n    mailbox {\n      mailbox\n      lastUid\n      lastConnectedAt\n      lastError\n      lastErrorAt\n    }\n    routes {\n      key\n      space {\n        id\n        name\n        slug\n      }\n    }\n  }\n": types.ConnectorCard_ConnectorFragmentDoc,
    "\n  query Connectors {\n    connectors {\n      id\n      ...ConnectorCard_connector\n    }\n  }\n": types.ConnectorsDocument,
    "\n  query ConnectorName($id: ID!) {\n    connector(id: $id) {\n      id\n      name\n      kind\n    }\n  }\n": types.ConnectorNameDocument,
    "\n  mutation CreateConnector($input: CreateConnectorInput!) {\n    createConnector(input: $input) {\n      id\n      secret\n      hookUrl\n      ...ConnectorCard_connector\n    }\n  }\n": types.CreateConnectorDocument,
    "\n  mutation RotateConnectorSecret($id: ID!, $secret: String) {\n    rotateConnectorSecret(id: $id, secret: $secret) {\n      id\n      secret\n      ...ConnectorCard_connector\n    }\n  }\n": types.RotateConnectorSecretDocument,
    "\n  mutation AddConnectorRoute($connectorId: ID!, $key: String!, $spaceId: ID!) {\n    addConnectorRoute(connectorId: $connectorId, key: $key, spaceId: $spaceId) {\n      id\n      ...ConnectorCard_connector\n    }\n  }\n": types.AddConnectorRouteDocument,
    "\n  mutation RemoveConnectorRoute($connectorId: ID!, $key: String!) {\n    removeConnectorRoute(connectorId: $connectorId, key: $key) {\n      id\n      ...ConnectorCard_connector\n    }\n  }\n": types.RemoveConnectorRouteDocument,
    "\n  query RouteSpaceOptions($query: String) {\n    spaces(filter: { query: $query }, first: 20) {\n      edges {\n        node {\n          id\n          name\n          kind\n          visibility\n        }\n      }\n    }\n  }\n": types.RouteSpaceOptionsDocument,
    "\n  fragment InboundEventRow_event on InboundEvent {\n    id\n    source\n    externalId\n    status\n    reason\n    error\n    attempts\n    routingKey\n    receivedAt\n    processedAt\n    rawPayload\n    rawTruncated\n    rawSize\n    headers\n    payloadHidden\n    space {\n      id\n      name\n      slug\n    }\n    post {\n      id\n    }\n    comment {\n      id\n    }\n  }\n": types.InboundEventRow_EventFragmentDoc,
    "\n  query InboundEvents($connectorId: ID, $status: InboundEventStatus, $first: Int!, $after: String) {\n    inboundEvents(connectorId: $connectorId, status: $status, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...InboundEventRow_event\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.InboundEventsDocument,
    "\n  mutation ReplayInboundEvent($id: ID!) {\n    replayInboundEvent(id: $id) {\n      id\n      ...InboundEventRow_event\n    }\n  }\n": types.ReplayInboundEventDocument,
    "\n  query HomeFeed($first: Int!, $after: String, $mode: FeedMode!) {\n    homeFeed(first: $first, after: $after, mode: $mode) {\n      edges {\n        cursor\n        node {\n          id\n          ...PostCard_post\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.HomeFeedDocument,
    "\n  query SpaceFeed($spaceId: ID!, $first: Int!, $after: String) {\n    spaceFeed(spaceId: $spaceId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...PostCard_post\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.SpaceFeedDocument,
    "\n  query UserFeed($userId: ID!, $first: Int!, $after: String) {\n    userFeed(userId: $userId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...PostCard_post\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.UserFeedDocument,
    "\n  mutation Follow($targetId: ID!) {\n    follow(targetId: $targetId)\n  }\n": types.FollowDocument,
    "\n  mutation Unfollow($targetId: ID!) {\n    unfollow(targetId: $targetId)\n  }\n": types.UnfollowDocument,
    "\n  query Hashtag($tag: String!) {\n    hashtag(tag: $tag) {\n      tag\n      postCount\n    }\n  }\n": types.HashtagDocument,
    "\n  query HashtagFeed($tag: String!, $first: Int!, $after: String) {\n    hashtagFeed(tag: $tag, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...PostCard_post\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.HashtagFeedDocument,
    "\n  query MentionCandidates($query: String!, $spaceId: ID, $first: Int!) {\n    mentionCandidates(query: $query, spaceId: $spaceId, first: $first) {\n      id\n      handle\n      displayName\n      title\n    }\n  }\n": types.MentionCandidatesDocument,
    "\n  fragment NotificationEntry_notification on Notification {\n    id\n    kind\n    count\n    read\n    createdAt\n    updatedAt\n    commentId\n    excerpt\n    actor {\n      id\n      displayName\n      handle\n    }\n    post {\n      id\n      kind\n    }\n    space {\n      id\n      slug\n      name\n    }\n  }\n": types.NotificationEntry_NotificationFragmentDoc,
    "\n  query NotificationBell($first: Int!) {\n    unreadNotificationCount\n    notifications(first: $first) {\n      edges {\n        cursor\n        node {\n          id\n          read\n          ...NotificationEntry_notification\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.NotificationBellDocument,
    "\n  query NotificationsPage($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          read\n          ...NotificationEntry_notification\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.NotificationsPageDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      emailDigest\n      inApp {\n        kind\n        enabled\n      }\n    }\n  }\n": types.NotificationPreferencesDocument,
    "\n  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      emailDigest\n      inApp {\n        kind\n        enabled\n      }\n    }\n  }\n": types.UpdateNotificationPreferencesDocument,
    "\n  fragment NotificationReadFlag_notification on Notification {\n    id\n    read\n  }\n": types.NotificationReadFlag_NotificationFragmentDoc,
    "\n  fragment PersonCardItem_user on User {\n    id\n    handle\n    displayName\n    title\n    department {\n      id\n      name\n    }\n  }\n": types.PersonCardItem_UserFragmentDoc,
    "\n  query PeopleDirectory($query: String, $first: Int!, $after: String) {\n    users(query: $query, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...PersonCardItem_user\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.PeopleDirectoryDocument,
    "\n  query ProfilePage($handle: String!) {\n    user(handle: $handle) {\n      id\n      handle\n      displayName\n      email\n      title\n      viewerFollows\n      department {\n        id\n        name\n      }\n    }\n  }\n": types.ProfilePageDocument,
    "\n  mutation UpdateMe($input: UpdateMeInput!) {\n    updateMe(input: $input) {\n      id\n      ...Viewer_user\n    }\n  }\n": types.UpdateMeDocument,
    "\n  fragment CommentItem_comment on Comment {\n    id\n    html\n    createdAt\n    editedAt\n    parentId\n    viewerReaction\n    author {\n      id\n      displayName\n      handle\n    }\n    reactionCounts {\n      type\n      count\n    }\n  }\n": types.CommentItem_CommentFragmentDoc,
    "\n  fragment PostCard_post on Post {\n    id\n    body\n    html\n    kind\n    pinned\n    createdAt\n    editedAt\n    commentCount\n    viewerReaction\n    viewerCanEdit\n    viewerCanPin\n    author {\n      id\n      displayName\n      handle\n      title\n    }\n    space {\n      id\n      slug\n      name\n    }\n    reactionCounts {\n      type\n      count\n    }\n    source {\n      kind\n      externalUrl\n    }\n  }\n": types.PostCard_PostFragmentDoc,
    "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n      space {\n        id\n      }\n      author {\n        id\n      }\n      ...PostCard_post\n    }\n  }\n": types.CreatePostDocument,
    "\n  mutation EditPost($id: ID!, $body: String!) {\n    editPost(id: $id, body: $body) {\n      id\n      body\n      html\n      editedAt\n    }\n  }\n": types.EditPostDocument,
    "\n  mutation DeletePost($id: ID!) {\n    deletePost(id: $id)\n  }\n": types.DeletePostDocument,
    "\n  mutation PinPost($id: ID!, $pinned: Boolean!) {\n    pinPost(id: $id, pinned: $pinned) {\n      id\n      pinned\n    }\n  }\n": types.PinPostDocument,
    "\n  mutation AddComment($postId: ID!, $body: String!, $parentId: ID) {\n    addComment(postId: $postId, body: $body, parentId: $parentId) {\n      id\n      parentId\n      ...CommentItem_comment\n    }\n  }\n": types.AddCommentDocument,
    "\n  query PostPage($id: ID!) {\n    post(id: $id) {\n      id\n      ...PostCard_post\n    }\n  }\n": types.PostPageDocument,
    "\n  query PostComments($postId: ID!, $first: Int!, $after: String) {\n    post(id: $postId) {\n      id\n      commentCount\n      comments(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            parentId\n            ...CommentItem_comment\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.PostCommentsDocument,
    "\n  query RenderMarkdown($body: String!) {\n    renderMarkdown(body: $body)\n  }\n": types.RenderMarkdownDocument,
    "\n  query ComposerSpaces {\n    spaces(filter: { mine: true }, first: 100) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          viewerCanPost\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ComposerSpacesDocument,
    "\n  mutation React($targetId: ID!, $type: ReactionType!) {\n    react(targetId: $targetId, type: $type) {\n      targetId\n      viewerReaction\n      reactionCounts {\n        type\n        count\n      }\n    }\n  }\n": types.ReactDocument,
    "\n  mutation Unreact($targetId: ID!) {\n    unreact(targetId: $targetId) {\n      targetId\n      viewerReaction\n      reactionCounts {\n        type\n        count\n      }\n    }\n  }\n": types.UnreactDocument,
    "\n  fragment SearchResultItem_result on SearchResult {\n    __typename\n    ... on Post {\n      id\n      createdAt\n      author {\n        id\n        displayName\n      }\n      space {\n        id\n        slug\n        name\n      }\n    }\n    ... on Comment {\n      id\n      postId\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n    ... on Space {\n      id\n      slug\n      name\n      kind\n      description\n      memberCount\n    }\n    ... on User {\n      id\n      handle\n      displayName\n      title\n      department {\n        id\n        name\n      }\n    }\n  }\n": types.SearchResultItem_ResultFragmentDoc,
    "\n  query Search($query: String!, $first: Int!, $after: String, $filter: SearchFilter) {\n    search(query: $query, first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        snippet\n        rank\n        node {\n          __typename\n          ...SearchResultItem_result\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.SearchDocument,
    "\n  fragment SpaceCardItem_space on Space {\n    id\n    slug\n    name\n    kind\n    visibility\n    description\n    memberCount\n    viewerRole\n  }\n": types.SpaceCardItem_SpaceFragmentDoc,
    "\n  fragment SpaceHeader_space on Space {\n    id\n    slug\n    name\n    kind\n    visibility\n    description\n    memberCount\n    viewerRole\n    viewerFollows\n  }\n": types.SpaceHeader_SpaceFragmentDoc,
    "\n  fragment SpaceProjectPanel_space on Space {\n    id\n    project {\n      id\n      externalKey\n      customer\n      status\n      goal\n      targetValue\n      currency\n      outcomeValue\n      startDate\n      endDate\n    }\n  }\n": types.SpaceProjectPanel_SpaceFragmentDoc,
    "\n  mutation JoinSpace($spaceId: ID!) {\n    joinSpace(spaceId: $spaceId) {\n      id\n      viewerRole\n      viewerCanPost\n      viewerFollows\n      memberCount\n    }\n  }\n": types.JoinSpaceDocument,
    "\n  mutation LeaveSpace($spaceId: ID!) {\n    leaveSpace(spaceId: $spaceId)\n  }\n": types.LeaveSpaceDocument,
    "\n  mutation CreateSpace($input: CreateSpaceInput!) {\n    createSpace(input: $input) {\n      id\n      slug\n    }\n  }\n": types.CreateSpaceDocument,
    "\n  query SpacesDirectory($filter: SpaceFilter, $first: Int!, $after: String) {\n    spaces(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...SpaceCardItem_space\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.SpacesDirectoryDocument,
    "\n  query SpacePage($slug: String!) {\n    space(slug: $slug) {\n      id\n      kind\n      visibility\n      viewerRole\n      viewerCanPost\n      viewerCanModerate\n      ...SpaceHeader_space\n      ...SpaceProjectPanel_space\n    }\n  }\n": types.SpacePageDocument,
    "\n  query SpaceMembers($slug: String!, $first: Int!, $after: String) {\n    space(slug: $slug) {\n      id\n      memberCount\n      members(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            role\n            user {\n              id\n              handle\n              displayName\n              title\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.SpaceMembersDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyLocale($locale: String!) {\n    updateMe(input: { locale: $locale }) {\n      id\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyLocale($locale: String!) {\n    updateMe(input: { locale: $locale }) {\n      id\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveSpaceFollow($id: ID!) {\n    space(id: $id) {\n      id\n      viewerRole\n      viewerFollows\n    }\n  }\n"): (typeof documents)["\n  query LiveSpaceFollow($id: ID!) {\n    space(id: $id) {\n      id\n      viewerRole\n      viewerFollows\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveAuthorFollow($id: ID!) {\n    user(id: $id) {\n      id\n      viewerFollows\n    }\n  }\n"): (typeof documents)["\n  query LiveAuthorFollow($id: ID!) {\n    user(id: $id) {\n      id\n      viewerFollows\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LivePost_viewer on Post {\n    id\n    viewerReaction\n    viewerCanEdit\n    viewerCanPin\n  }\n"): (typeof documents)["\n  fragment LivePost_viewer on Post {\n    id\n    viewerReaction\n    viewerCanEdit\n    viewerCanPin\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LiveComment_viewer on Comment {\n    id\n    viewerReaction\n  }\n"): (typeof documents)["\n  fragment LiveComment_viewer on Comment {\n    id\n    viewerReaction\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LiveSpace_moderation on Space {\n    id\n    viewerCanModerate\n  }\n"): (typeof documents)["\n  fragment LiveSpace_moderation on Space {\n    id\n    viewerCanModerate\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Viewer_user on User {\n    id\n    handle\n    email\n    displayName\n    title\n    role\n    locale\n    department {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment Viewer_user on User {\n    id\n    handle\n    email\n    displayName\n    title\n    role\n    locale\n    department {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      ...Viewer_user\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      ...Viewer_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        ...Viewer_user\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        ...Viewer_user\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConnectorCard_connector on Connector {\n    id\n    kind\n    name\n    hookUrl\n    settings\n    active\n    createdAt\n    previousSecretExpiresAt\n    mailbox {\n      mailbox\n      lastUid\n      lastConnectedAt\n      lastError\n      lastErrorAt\n    }\n    routes {\n      key\n      space {\n        id\n        name\n        slug\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ConnectorCard_connector on Connector {\n    id\n    kind\n    name\n    hookUrl\n    settings\n    active\n    createdAt\n    previousSecretExpiresAt\n    mailbox {\n      mailbox\n      lastUid\n      lastConnectedAt\n      lastError\n      lastErrorAt\n    }\n    routes {\n      key\n      space {\n        id\n        name\n        slug\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Connectors {\n    connectors {\n      id\n      ...ConnectorCard_connector\n    }\n  }\n"): (typeof documents)["\n  query Connectors {\n    connectors {\n      id\n      ...ConnectorCard_connector\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConnectorName($id: ID!) {\n    connector(id: $id) {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  query ConnectorName($id: ID!) {\n    connector(id: $id) {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateConnector($input: CreateConnectorInput!) {\n    createConnector(input: $input) {\n      id\n      secret\n      hookUrl\n      ...ConnectorCard_connector\n    }\n  }\n"): (typeof documents)["\n  mutation CreateConnector($input: CreateConnectorInput!) {\n    createConnector(input: $input) {\n      id\n      secret\n      hookUrl\n      ...ConnectorCard_connector\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateConnectorSecret($id: ID!, $secret: String) {\n    rotateConnectorSecret(id: $id, secret: $secret) {\n      id\n      secret\n      ...ConnectorCard_connector\n    }\n  }\n"): (typeof documents)["\n  mutation RotateConnectorSecret($id: ID!, $secret: String) {\n    rotateConnectorSecret(id: $id, secret: $secret) {\n      id\n      secret\n      ...ConnectorCard_connector\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddConnectorRoute($connectorId: ID!, $key: String!, $spaceId: ID!) {\n    addConnectorRoute(connectorId: $connectorId, key: $key, spaceId: $spaceId) {\n      id\n      ...ConnectorCard_connector\n    }\n  }\n"): (typeof documents)["\n  mutation AddConnectorRoute($connectorId: ID!, $key: String!, $spaceId: ID!) {\n    addConnectorRoute(connectorId: $connectorId, key: $key, spaceId: $spaceId) {\n      id\n      ...ConnectorCard_connector\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveConnectorRoute($connectorId: ID!, $key: String!) {\n    removeConnectorRoute(connectorId: $connectorId, key: $key) {\n      id\n      ...ConnectorCard_connector\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveConnectorRoute($connectorId: ID!, $key: String!) {\n    removeConnectorRoute(connectorId: $connectorId, key: $key) {\n      id\n      ...ConnectorCard_connector\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RouteSpaceOptions($query: String) {\n    spaces(filter: { query: $query }, first: 20) {\n      edges {\n        node {\n          id\n          name\n          kind\n          visibility\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RouteSpaceOptions($query: String) {\n    spaces(filter: { query: $query }, first: 20) {\n      edges {\n        node {\n          id\n          name\n          kind\n          visibility\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InboundEventRow_event on InboundEvent {\n    id\n    source\n    externalId\n    status\n    reason\n    error\n    attempts\n    routingKey\n    receivedAt\n    processedAt\n    rawPayload\n    rawTruncated\n    rawSize\n    headers\n    payloadHidden\n    space {\n      id\n      name\n      slug\n    }\n    post {\n      id\n    }\n    comment {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment InboundEventRow_event on InboundEvent {\n    id\n    source\n    externalId\n    status\n    reason\n    error\n    attempts\n    routingKey\n    receivedAt\n    processedAt\n    rawPayload\n    rawTruncated\n    rawSize\n    headers\n    payloadHidden\n    space {\n      id\n      name\n      slug\n    }\n    post {\n      id\n    }\n    comment {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InboundEvents($connectorId: ID, $status: InboundEventStatus, $first: Int!, $after: String) {\n    inboundEvents(connectorId: $connectorId, status: $status, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...InboundEventRow_event\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query InboundEvents($connectorId: ID, $status: InboundEventStatus, $first: Int!, $after: String) {\n    inboundEvents(connectorId: $connectorId, status: $status, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...InboundEventRow_event\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplayInboundEvent($id: ID!) {\n    replayInboundEvent(id: $id) {\n      id\n      ...InboundEventRow_event\n    }\n  }\n"): (typeof documents)["\n  mutation ReplayInboundEvent($id: ID!) {\n    replayInboundEvent(id: $id) {\n      id\n      ...InboundEventRow_event\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeFeed($first: Int!, $after: String, $mode: FeedMode!) {\n    homeFeed(first: $first, after: $after, mode: $mode) {\n      edges {\n        cursor\n        node {\n          id\n          ...PostCard_post\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query HomeFeed($first: Int!, $after: String, $mode: FeedMode!) {\n    homeFeed(first: $first, after: $after, mode: $mode) {\n      edges {\n        cursor\n        node {\n          id\n          ...PostCard_post\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpaceFeed($spaceId: ID!, $first: Int!, $after: String) {\n    spaceFeed(spaceId: $spaceId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...PostCard_post\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query SpaceFeed($spaceId: ID!, $first: Int!, $after: String) {\n    spaceFeed(spaceId: $spaceId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...PostCard_post\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserFeed($userId: ID!, $first: Int!, $after: String) {\n    userFeed(userId: $userId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...PostCard_post\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query UserFeed($userId: ID!, $first: Int!, $after: String) {\n    userFeed(userId: $userId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...PostCard_post\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Follow($targetId: ID!) {\n    follow(targetId: $targetId)\n  }\n"): (typeof documents)["\n  mutation Follow($targetId: ID!) {\n    follow(targetId: $targetId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unfollow($targetId: ID!) {\n    unfollow(targetId: $targetId)\n  }\n"): (typeof documents)["\n  mutation Unfollow($targetId: ID!) {\n    unfollow(targetId: $targetId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Hashtag($tag: String!) {\n    hashtag(tag: $tag) {\n      tag\n      postCount\n    }\n  }\n"): (typeof documents)["\n  query Hashtag($tag: String!) {\n    hashtag(tag: $tag) {\n      tag\n      postCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HashtagFeed($tag: String!, $first: Int!, $after: String) {\n    hashtagFeed(tag: $tag, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...PostCard_post\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query HashtagFeed($tag: String!, $first: Int!, $after: String) {\n    hashtagFeed(tag: $tag, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...PostCard_post\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MentionCandidates($query: String!, $spaceId: ID, $first: Int!) {\n    mentionCandidates(query: $query, spaceId: $spaceId, first: $first) {\n      id\n      handle\n      displayName\n      title\n    }\n  }\n"): (typeof documents)["\n  query MentionCandidates($query: String!, $spaceId: ID, $first: Int!) {\n    mentionCandidates(query: $query, spaceId: $spaceId, first: $first) {\n      id\n      handle\n      displayName\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationEntry_notification on Notification {\n    id\n    kind\n    count\n    read\n    createdAt\n    updatedAt\n    commentId\n    excerpt\n    actor {\n      id\n      displayName\n      handle\n    }\n    post {\n      id\n      kind\n    }\n    space {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment NotificationEntry_notification on Notification {\n    id\n    kind\n    count\n    read\n    createdAt\n    updatedAt\n    commentId\n    excerpt\n    actor {\n      id\n      displayName\n      handle\n    }\n    post {\n      id\n      kind\n    }\n    space {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationBell($first: Int!) {\n    unreadNotificationCount\n    notifications(first: $first) {\n      edges {\n        cursor\n        node {\n          id\n          read\n          ...NotificationEntry_notification\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query NotificationBell($first: Int!) {\n    unreadNotificationCount\n    notifications(first: $first) {\n      edges {\n        cursor\n        node {\n          id\n          read\n          ...NotificationEntry_notification\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationsPage($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          read\n          ...NotificationEntry_notification\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query NotificationsPage($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          read\n          ...NotificationEntry_notification\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPreferences {\n    notificationPreferences {\n      emailDigest\n      inApp {\n        kind\n        enabled\n      }\n    }\n  }\n"): (typeof documents)["\n  query NotificationPreferences {\n    notificationPreferences {\n      emailDigest\n      inApp {\n        kind\n        enabled\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      emailDigest\n      inApp {\n        kind\n        enabled\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      emailDigest\n      inApp {\n        kind\n        enabled\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationReadFlag_notification on Notification {\n    id\n    read\n  }\n"): (typeof documents)["\n  fragment NotificationReadFlag_notification on Notification {\n    id\n    read\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonCardItem_user on User {\n    id\n    handle\n    displayName\n    title\n    department {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment PersonCardItem_user on User {\n    id\n    handle\n    displayName\n    title\n    department {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleDirectory($query: String, $first: Int!, $after: String) {\n    users(query: $query, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...PersonCardItem_user\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query PeopleDirectory($query: String, $first: Int!, $after: String) {\n    users(query: $query, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...PersonCardItem_user\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProfilePage($handle: String!) {\n    user(handle: $handle) {\n      id\n      handle\n      displayName\n      email\n      title\n      viewerFollows\n      department {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProfilePage($handle: String!) {\n    user(handle: $handle) {\n      id\n      handle\n      displayName\n      email\n      title\n      viewerFollows\n      department {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMe($input: UpdateMeInput!) {\n    updateMe(input: $input) {\n      id\n      ...Viewer_user\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMe($input: UpdateMeInput!) {\n    updateMe(input: $input) {\n      id\n      ...Viewer_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentItem_comment on Comment {\n    id\n    html\n    createdAt\n    editedAt\n    parentId\n    viewerReaction\n    author {\n      id\n      displayName\n      handle\n    }\n    reactionCounts {\n      type\n      count\n    }\n  }\n"): (typeof documents)["\n  fragment CommentItem_comment on Comment {\n    id\n    html\n    createdAt\n    editedAt\n    parentId\n    viewerReaction\n    author {\n      id\n      displayName\n      handle\n    }\n    reactionCounts {\n      type\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostCard_post on Post {\n    id\n    body\n    html\n    kind\n    pinned\n    createdAt\n    editedAt\n    commentCount\n    viewerReaction\n    viewerCanEdit\n    viewerCanPin\n    author {\n      id\n      displayName\n      handle\n      title\n    }\n    space {\n      id\n      slug\n      name\n    }\n    reactionCounts {\n      type\n      count\n    }\n    source {\n      kind\n      externalUrl\n    }\n  }\n"): (typeof documents)["\n  fragment PostCard_post on Post {\n    id\n    body\n    html\n    kind\n    pinned\n    createdAt\n    editedAt\n    commentCount\n    viewerReaction\n    viewerCanEdit\n    viewerCanPin\n    author {\n      id\n      displayName\n      handle\n      title\n    }\n    space {\n      id\n      slug\n      name\n    }\n    reactionCounts {\n      type\n      count\n    }\n    source {\n      kind\n      externalUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n      space {\n        id\n      }\n      author {\n        id\n      }\n      ...PostCard_post\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n      space {\n        id\n      }\n      author {\n        id\n      }\n      ...PostCard_post\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditPost($id: ID!, $body: String!) {\n    editPost(id: $id, body: $body) {\n      id\n      body\n      html\n      editedAt\n    }\n  }\n"): (typeof documents)["\n  mutation EditPost($id: ID!, $body: String!) {\n    editPost(id: $id, body: $body) {\n      id\n      body\n      html\n      editedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePost($id: ID!) {\n    deletePost(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeletePost($id: ID!) {\n    deletePost(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PinPost($id: ID!, $pinned: Boolean!) {\n    pinPost(id: $id, pinned: $pinned) {\n      id\n      pinned\n    }\n  }\n"): (typeof documents)["\n  mutation PinPost($id: ID!, $pinned: Boolean!) {\n    pinPost(id: $id, pinned: $pinned) {\n      id\n      pinned\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddComment($postId: ID!, $body: String!, $parentId: ID) {\n    addComment(postId: $postId, body: $body, parentId: $parentId) {\n      id\n      parentId\n      ...CommentItem_comment\n    }\n  }\n"): (typeof documents)["\n  mutation AddComment($postId: ID!, $body: String!, $parentId: ID) {\n    addComment(postId: $postId, body: $body, parentId: $parentId) {\n      id\n      parentId\n      ...CommentItem_comment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostPage($id: ID!) {\n    post(id: $id) {\n      id\n      ...PostCard_post\n    }\n  }\n"): (typeof documents)["\n  query PostPage($id: ID!) {\n    post(id: $id) {\n      id\n      ...PostCard_post\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostComments($postId: ID!, $first: Int!, $after: String) {\n    post(id: $postId) {\n      id\n      commentCount\n      comments(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            parentId\n            ...CommentItem_comment\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PostComments($postId: ID!, $first: Int!, $after: String) {\n    post(id: $postId) {\n      id\n      commentCount\n      comments(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            parentId\n            ...CommentItem_comment\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RenderMarkdown($body: String!) {\n    renderMarkdown(body: $body)\n  }\n"): (typeof documents)["\n  query RenderMarkdown($body: String!) {\n    renderMarkdown(body: $body)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComposerSpaces {\n    spaces(filter: { mine: true }, first: 100) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          viewerCanPost\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ComposerSpaces {\n    spaces(filter: { mine: true }, first: 100) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          viewerCanPost\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation React($targetId: ID!, $type: ReactionType!) {\n    react(targetId: $targetId, type: $type) {\n      targetId\n      viewerReaction\n      reactionCounts {\n        type\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation React($targetId: ID!, $type: ReactionType!) {\n    react(targetId: $targetId, type: $type) {\n      targetId\n      viewerReaction\n      reactionCounts {\n        type\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unreact($targetId: ID!) {\n    unreact(targetId: $targetId) {\n      targetId\n      viewerReaction\n      reactionCounts {\n        type\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Unreact($targetId: ID!) {\n    unreact(targetId: $targetId) {\n      targetId\n      viewerReaction\n      reactionCounts {\n        type\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SearchResultItem_result on SearchResult {\n    __typename\n    ... on Post {\n      id\n      createdAt\n      author {\n        id\n        displayName\n      }\n      space {\n        id\n        slug\n        name\n      }\n    }\n    ... on Comment {\n      id\n      postId\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n    ... on Space {\n      id\n      slug\n      name\n      kind\n      description\n      memberCount\n    }\n    ... on User {\n      id\n      handle\n      displayName\n      title\n      department {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SearchResultItem_result on SearchResult {\n    __typename\n    ... on Post {\n      id\n      createdAt\n      author {\n        id\n        displayName\n      }\n      space {\n        id\n        slug\n        name\n      }\n    }\n    ... on Comment {\n      id\n      postId\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n    ... on Space {\n      id\n      slug\n      name\n      kind\n      description\n      memberCount\n    }\n    ... on User {\n      id\n      handle\n      displayName\n      title\n      department {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($query: String!, $first: Int!, $after: String, $filter: SearchFilter) {\n    search(query: $query, first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        snippet\n        rank\n        node {\n          __typename\n          ...SearchResultItem_result\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Search($query: String!, $first: Int!, $after: String, $filter: SearchFilter) {\n    search(query: $query, first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        snippet\n        rank\n        node {\n          __typename\n          ...SearchResultItem_result\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SpaceCardItem_space on Space {\n    id\n    slug\n    name\n    kind\n    visibility\n    description\n    memberCount\n    viewerRole\n  }\n"): (typeof documents)["\n  fragment SpaceCardItem_space on Space {\n    id\n    slug\n    name\n    kind\n    visibility\n    description\n    memberCount\n    viewerRole\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SpaceHeader_space on Space {\n    id\n    slug\n    name\n    kind\n    visibility\n    description\n    memberCount\n    viewerRole\n    viewerFollows\n  }\n"): (typeof documents)["\n  fragment SpaceHeader_space on Space {\n    id\n    slug\n    name\n    kind\n    visibility\n    description\n    memberCount\n    viewerRole\n    viewerFollows\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SpaceProjectPanel_space on Space {\n    id\n    project {\n      id\n      externalKey\n      customer\n      status\n      goal\n      targetValue\n      currency\n      outcomeValue\n      startDate\n      endDate\n    }\n  }\n"): (typeof documents)["\n  fragment SpaceProjectPanel_space on Space {\n    id\n    project {\n      id\n      externalKey\n      customer\n      status\n      goal\n      targetValue\n      currency\n      outcomeValue\n      startDate\n      endDate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinSpace($spaceId: ID!) {\n    joinSpace(spaceId: $spaceId) {\n      id\n      viewerRole\n      viewerCanPost\n      viewerFollows\n      memberCount\n    }\n  }\n"): (typeof documents)["\n  mutation JoinSpace($spaceId: ID!) {\n    joinSpace(spaceId: $spaceId) {\n      id\n      viewerRole\n      viewerCanPost\n      viewerFollows\n      memberCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveSpace($spaceId: ID!) {\n    leaveSpace(spaceId: $spaceId)\n  }\n"): (typeof documents)["\n  mutation LeaveSpace($spaceId: ID!) {\n    leaveSpace(spaceId: $spaceId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSpace($input: CreateSpaceInput!) {\n    createSpace(input: $input) {\n      id\n      slug\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSpace($input: CreateSpaceInput!) {\n    createSpace(input: $input) {\n      id\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpacesDirectory($filter: SpaceFilter, $first: Int!, $after: String) {\n    spaces(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...SpaceCardItem_space\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query SpacesDirectory($filter: SpaceFilter, $first: Int!, $after: String) {\n    spaces(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...SpaceCardItem_space\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpacePage($slug: String!) {\n    space(slug: $slug) {\n      id\n      kind\n      visibility\n      viewerRole\n      viewerCanPost\n      viewerCanModerate\n      ...SpaceHeader_space\n      ...SpaceProjectPanel_space\n    }\n  }\n"): (typeof documents)["\n  query SpacePage($slug: String!) {\n    space(slug: $slug) {\n      id\n      kind\n      visibility\n      viewerRole\n      viewerCanPost\n      viewerCanModerate\n      ...SpaceHeader_space\n      ...SpaceProjectPanel_space\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpaceMembers($slug: String!, $first: Int!, $after: String) {\n    space(slug: $slug) {\n      id\n      memberCount\n      members(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            role\n            user {\n              id\n              handle\n              displayName\n              title\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SpaceMembers($slug: String!, $first: Int!, $after: String) {\n    space(slug: $slug) {\n      id\n      memberCount\n      members(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            role\n            user {\n              id\n              handle\n              displayName\n              title\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;